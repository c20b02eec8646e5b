import type { ElementBehavior } from '../element-behavior.js';

/** A script task with a `zeebe:script` FEEL expression: evaluated, its result set, the task completes. */
export const scriptBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const script = ei.node?.script;
    if (script === undefined) return;
    const value = ctx.evaluate(script.expression, ei, 'script');
    ctx.complete(ei, { [script.resultVariable]: value });
  },
};
