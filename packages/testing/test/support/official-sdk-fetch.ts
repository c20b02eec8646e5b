import { operations } from '@camunda-ts/types/operations';

/**
 * Properties Camunda 8.10 added to the response schemas an operation answers with at the top level, by schema name
 * (the spec's `x-properties-added-in-version`). SDK 9.x types the 8.9 API: in fanatical mode it refuses any
 * property its schema does not know, and it checks the top-level object and the objects nested in it (not array
 * items). These properties are right for an 8.10 engine, so they are taken out before the SDK looks; every other
 * property is still checked. (Only those SDK 9.1.5 does not know: it already has `ProcessDefinitionResult.state`.)
 */
export const addedIn810: Readonly<Record<string, readonly string[]>> = {
  ProcessInstanceResult: ['suspendedDate'],
  DecisionInstanceGetQueryResult: ['businessId'],
  UserTaskResult: ['businessId'],
  ClusterVariableResult: ['kind', 'metadata'],
  SystemConfigurationResponse: ['authentication', 'cloud', 'components', 'deployment'],
  ExpressionEvaluationResult: ['referencedSecrets'],
  AuditLogResult: ['inboundChannelToolName', 'inboundChannelType'],
};

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly strip: readonly string[];
}

const routes: readonly Route[] = Object.values(operations).flatMap((op): Route[] => {
  const strip = op.responseSchema === undefined ? undefined : addedIn810[op.responseSchema];
  if (strip === undefined) return [];
  const pattern = new RegExp(`/v2${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return [{ method: op.method, pattern, strip }];
});

/** What {@link stripping810Fields} took out, by operation path, so a test can see that it happened. */
export type StrippedLog = Array<{ readonly path: string; readonly properties: readonly string[] }>;

/**
 * A `fetch` for the official SDK that removes {@link addedIn810} properties from the answers of the operations that
 * carry them, and records what it removed in `log`.
 */
export function stripping810Fields(log: StrippedLog): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (route === undefined || !response.ok || response.status === 204) return response;
    const body = (await response.json()) as Record<string, unknown>;
    const removed = route.strip.filter((name) => name in body);
    for (const name of removed) delete body[name];
    if (removed.length > 0) log.push({ path: url.pathname, properties: removed });
    return new Response(JSON.stringify(body), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
