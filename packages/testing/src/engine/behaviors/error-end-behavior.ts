import type { Expression } from '../../feel/expression.js';
import type { ElementBehavior } from '../element-behavior.js';

/** An error end event throws its error; an error boundary of an enclosing activity catches it, or an incident. */
export const errorEndBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const node = ei.node;
    const code = ctx.evaluateString(node?.errorCode as Expression, ei, 'error code');
    ctx.throwError(ei, code, '', {}, undefined);
  },
};
