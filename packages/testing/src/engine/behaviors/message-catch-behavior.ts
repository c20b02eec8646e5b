import type { ElementBehavior } from '../element-behavior.js';

/** Message intermediate catch events and receive tasks wait on a subscription; a correlation completes them. */
export const messageCatchBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    if (ei.node !== undefined) ctx.subscribeMessage(ei, ei.node, ei);
  },
};
