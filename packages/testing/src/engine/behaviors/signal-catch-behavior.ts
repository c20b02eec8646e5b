import type { ElementBehavior } from '../element-behavior.js';

/** A signal intermediate catch event completes when a signal of its name is broadcast. */
export const signalCatchBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    if (ei.node !== undefined) ctx.subscribeSignal(ei, ei.node, ei);
  },
};
