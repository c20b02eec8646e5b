import type { ElementBehavior } from '../element-behavior.js';

/**
 * An embedded sub-process opens its event sub-processes, starts at its none start event and completes when
 * nothing is left active in it.
 */
export const subProcessBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const node = ei.node;
    if (node === undefined) return;
    if (node.eventSubProcesses.length > 0) ctx.openEventSubProcesses(ei, node.eventSubProcesses);
    if (node.startEvent !== undefined) ctx.activate(node.startEvent, ei);
  },
};
