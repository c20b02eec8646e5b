import type { EngineContext } from '../engine/engine-context.js';
import { isJsonObject } from '../feel/json-value.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { badRequest, bodyObject, rejection, stringField } from './handler-support.js';

/** `evaluateConditionals`: starts instances at the conditional start events whose condition holds. */
export function conditionalHandlers(ctx: EngineContext): HandlerTable {
  return {
    evaluateConditionals(req) {
      const body = bodyObject(req.body);
      if (!isJsonObject(body.variables)) throw badRequest("Property 'variables' must be a JSON object");
      const tenantId = stringField(body, 'tenantId') ?? '<default>';
      const processDefinitionKey = stringField(body, 'processDefinitionKey');
      if (processDefinitionKey !== undefined && ctx.definitions.get(processDefinitionKey) === undefined) {
        throw rejection(
          'EVALUATE',
          'NOT_FOUND',
          `Expected to evaluate conditional for process definition key '${processDefinitionKey}', but no such process was found.`,
        );
      }
      const started = ctx.executor.evaluateConditionals(body.variables, tenantId, processDefinitionKey);
      return {
        status: 200,
        body: {
          conditionalEvaluationKey: ctx.keys.next(),
          tenantId,
          processInstances: started.map((pi) => ({
            processDefinitionKey: pi.definition.key,
            processInstanceKey: pi.key,
          })),
        },
      };
    },
  };
}
