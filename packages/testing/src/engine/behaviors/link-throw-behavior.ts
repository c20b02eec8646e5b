import type { ElementBehavior } from '../element-behavior.js';
import type { ElementInstanceRecord } from '../records.js';

/** A link throw event completes and the token continues at the link catch event of the same name in its scope. */
export const linkThrowBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const target = ei.node?.linkTarget;
    if (target !== undefined) ctx.activate(target, ei.parent as ElementInstanceRecord);
    ctx.complete(ei, undefined, []);
  },
};
