import type { ElementBehavior } from '../element-behavior.js';

/** An embedded sub-process starts at its none start event and completes when nothing is left active in it. */
export const subProcessBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const start = ei.node?.startEvent;
    if (start !== undefined) ctx.activate(start, ei);
  },
};
