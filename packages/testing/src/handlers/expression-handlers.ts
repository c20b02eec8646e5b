import { evaluate, SyntaxError as FeelSyntaxError } from 'feelin';
import type { EngineContext } from '../engine/engine-context.js';
import { toJsonValue } from '../feel/json-value.js';
import type { HandlerTable } from '../http/engine-handler.js';
import {
  badRequest,
  bodyObject,
  keyParam,
  rejection,
  stringField,
  variablesField,
} from './handler-support.js';

const SECRET_REFERENCE = /camunda\.secrets\.(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)/g;

/** What expressions see of cluster variables: `camunda.vars.cluster`, `.tenant` and `.env`. */
export type ClusterVariableContext = (tenantId: string | undefined) => Record<string, unknown>;

/**
 * `evaluateExpression` (FEEL through feelin, with the variables of a scope, cluster variables as `camunda.vars`,
 * and the request's variables on top). `evaluateConditionals` is in `conditional-handlers.ts`.
 */
export function expressionHandlers(
  ctx: EngineContext,
  clusterVariables: ClusterVariableContext,
): HandlerTable {
  return {
    evaluateExpression(req) {
      const body = bodyObject(req.body);
      const expression = stringField(body, 'expression');
      if (expression === undefined || expression.trim() === '')
        throw badRequest("Property 'expression' is required");
      const tenantId = stringField(body, 'tenantId');
      const scopeKey =
        body.scopeKey === undefined || body.scopeKey === null ? undefined : String(body.scopeKey);
      let scoped = {};
      if (scopeKey !== undefined) {
        const scope = ctx.executor.elementInstances.get(keyParam({ scopeKey }, 'scopeKey'));
        // Zeebe's expression validator rejects an unknown scope; Camunda answers 404 though the spec documents none.
        if (scope === undefined)
          throw rejection('EVALUATE', 'NOT_FOUND', `No scope found with key '${scopeKey}'`);
        scoped = ctx.variables.visible(scope);
      }
      const requestVariables = body.variables === null ? {} : variablesField(body);
      const source = expression.trim().startsWith('=') ? expression.trim().slice(1) : expression;
      const referencedSecrets = [
        ...new Set([...source.matchAll(SECRET_REFERENCE)].map((m) => m[1] as string)),
      ].map((name) => ({ storeId: 'default', secretName: name.replaceAll('`', '') }));
      const context = { ...scoped, ...requestVariables, camunda: { vars: clusterVariables(tenantId) } };
      try {
        const { value, warnings } = evaluate(source, context);
        return {
          status: 200,
          body: {
            expression,
            result: toJsonValue(value),
            warnings: warnings.map((w) => ({ message: w.message })),
            referencedSecrets,
          },
        };
      } catch (error) {
        if (error instanceof FeelSyntaxError) {
          throw badRequest(`Failed to parse expression '${expression}': ${error.message}`);
        }
        throw badRequest(`Failed to evaluate expression '${expression}': ${(error as Error).message}`);
      }
    },
  };
}
