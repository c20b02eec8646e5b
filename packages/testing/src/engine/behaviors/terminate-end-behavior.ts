import type { ElementBehavior } from '../element-behavior.js';

/** A terminate end event ends every other element of its flow scope; the scope then completes. */
export const terminateEndBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    ctx.terminateScope(ei);
  },
};
