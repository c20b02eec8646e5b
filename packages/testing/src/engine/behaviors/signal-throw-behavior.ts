import type { Expression } from '../../feel/expression.js';
import type { JsonObject } from '../../feel/json-value.js';
import type { ElementBehavior } from '../element-behavior.js';

/**
 * Signal intermediate throw and end events broadcast their signal (with the event's local variables, i.e. its
 * input mappings) and complete.
 */
export const signalThrowBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const name = ctx.evaluateString(ei.node?.signalName as Expression, ei, 'signal name');
    const local: JsonObject = {};
    for (const [key, v] of ctx.variables.local(ei.key) ?? []) local[key] = v.value;
    ctx.triggerSignal(name, local, ei.processInstance.tenantId);
    ctx.complete(ei);
  },
};
