import type { Expression } from '../../feel/expression.js';
import type { ElementBehavior } from '../element-behavior.js';

/**
 * Escalation intermediate throw and end events: the nearest escalation boundary event or event sub-process with
 * the code (or a catch-all) catches it. An interrupting catch ends the thrower with its scope; otherwise, and when
 * nothing catches it (no incident, as in Zeebe), the event completes and the flow goes on.
 */
export const escalationThrowBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const code = ctx.evaluateString(ei.node?.escalationCode as Expression, ei, 'escalation code');
    const interrupted = ctx.throwEscalation(ei, code);
    if (!interrupted) ctx.complete(ei);
  },
};
