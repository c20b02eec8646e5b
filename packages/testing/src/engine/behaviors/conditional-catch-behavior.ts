import type { ElementBehavior } from '../element-behavior.js';

/**
 * A conditional intermediate catch event completes at once when its condition holds, else when a change of a
 * variable it sees (filtered by `zeebe:conditionalFilter`) makes it hold.
 */
export const conditionalCatchBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    if (ei.node !== undefined) ctx.subscribeCondition(ei, ei.node, ei);
  },
};
