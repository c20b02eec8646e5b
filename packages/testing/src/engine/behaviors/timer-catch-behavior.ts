import type { ElementBehavior } from '../element-behavior.js';

/** A timer intermediate catch event completes when its timer (date or duration) is due. */
export const timerCatchBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    if (ei.node !== undefined) ctx.scheduleTimer(ei, ei.node, () => ctx.complete(ei));
  },
};
