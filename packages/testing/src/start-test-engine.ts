import { operations } from '@camunda-ts/types/operations';
import type { ZodType } from 'zod';
import { createDecisionInstanceStore } from './dmn/decision-instance-store.js';
import { createDecisionRegistry } from './dmn/decision-registry.js';
import { createBatchOperationStore } from './engine/batch-operation-store.js';
import { createDefinitionRegistry } from './engine/definition-registry.js';
import type { EngineContext } from './engine/engine-context.js';
import { createIdentityState } from './engine/identity-state.js';
import { createJobStore } from './engine/job-store.js';
import { createMessageStore } from './engine/message-store.js';
import { createProcessExecutor } from './engine/process-executor.js';
import { createResourceStore } from './engine/resource-store.js';
import { createVariableStore } from './engine/variable-store.js';
import { createEngineClock, type EngineClock } from './engine-clock.js';
import { agentService } from './handlers/agent-service.js';
import { auditLogService } from './handlers/audit-log-service.js';
import { backupHandlers } from './handlers/backup-handlers.js';
import { batchOperationHandlers } from './handlers/batch-operation-handlers.js';
import { clusterHandlers } from './handlers/cluster-handlers.js';
import { clusterVariableService } from './handlers/cluster-variable-service.js';
import { conditionalHandlers } from './handlers/conditional-handlers.js';
import { correlatedMessageHandlers } from './handlers/correlated-message-handlers.js';
import { decisionHandlers } from './handlers/decision-handlers.js';
import { deploymentHandlers } from './handlers/deployment-handlers.js';
import { documentService } from './handlers/document-service.js';
import { elementInstanceHandlers } from './handlers/element-instance-handlers.js';
import { expressionHandlers } from './handlers/expression-handlers.js';
import { formHandlers } from './handlers/form-handlers.js';
import { globalTaskListenerService } from './handlers/global-task-listener-service.js';
import { identityHandlers } from './handlers/identity-handlers.js';
import { incidentHandlers } from './handlers/incident-handlers.js';
import { jobHandlers } from './handlers/job-handlers.js';
import { jobStatisticsHandlers } from './handlers/job-statistics-handlers.js';
import { messageHandlers } from './handlers/message-handlers.js';
import { processDefinitionHandlers } from './handlers/process-definition-handlers.js';
import { processInstanceCommandHandlers } from './handlers/process-instance-command-handlers.js';
import { processInstanceHandlers } from './handlers/process-instance-handlers.js';
import { resourceHandlers } from './handlers/resource-handlers.js';
import { secretHandlers } from './handlers/secret-handlers.js';
import { statisticsHandlers } from './handlers/statistics-handlers.js';
import { type SystemState, systemHandlers } from './handlers/system-handlers.js';
import { userTaskHandlers } from './handlers/user-task-handlers.js';
import { variableHandlers } from './handlers/variable-handlers.js';
import { waitStateHandlers } from './handlers/wait-state-handlers.js';
import { guardHandlers } from './http/access-guard.js';
import { createAuthGuard } from './http/auth-guard.js';
import type { EngineResponse, HandlerTable, MultipartPart } from './http/engine-handler.js';
import { type EngineStats, type ServedOperation, startEngineServer } from './http/engine-server.js';
import { createFaultInjector, type FaultOptions } from './http/fault-injector.js';
import { createRequestTimers } from './http/request-timers.js';
import {
  createResponseValidator,
  type FidelityViolation,
  type SchemaCheck,
} from './http/response-validator.js';
import { createRouteTable } from './http/route-table.js';
import { createKeyGenerator } from './key-generator.js';
import { TestEngineError } from './test-engine-error.js';
import { compileTestEngineOptions, type TestEngineOptions } from './test-engine-options.js';

/** The API version the engine reports in its topology. */
export const TEST_ENGINE_VERSION = '8.10.0';

const BASE_PATH = '/v2';
const TOKEN_PATH = '/oauth/token';
// The spec marks these with an empty security requirement.
const UNAUTHENTICATED = new Set(['getStatus', 'getLicense', 'createAdminUser', 'getClusterStatus']);

/** Credentials a client needs for the engine's auth mode. */
export type TestEngineCredentials =
  | {
      /** No credentials needed. */
      readonly mode: 'none';
    }
  | {
      /** HTTP basic auth. */
      readonly mode: 'basic';
      /** `CAMUNDA_BASIC_AUTH_USERNAME`. */
      readonly username: string;
      /** `CAMUNDA_BASIC_AUTH_PASSWORD` (readable, but not enumerable). */
      readonly password: string;
    }
  | {
      /** OAuth client credentials against the engine's token endpoint (`oauthUrl`). */
      readonly mode: 'oauth';
      /** `CAMUNDA_CLIENT_ID`. */
      readonly clientId: string;
      /** `CAMUNDA_CLIENT_SECRET` (readable, but not enumerable). */
      readonly clientSecret: string;
      /** `CAMUNDA_TOKEN_AUDIENCE`. */
      readonly audience: string;
    };

/** A running in-memory engine. */
export interface TestEngine {
  /** REST base URL, ending in `/v2` (what `CAMUNDA_REST_ADDRESS` expects). */
  readonly restAddress: string;
  /** Token endpoint (OAuth mode only). */
  readonly oauthUrl: string | undefined;
  /** The credentials to configure a client with (the password or client secret is readable but non-enumerable). */
  readonly credentials: TestEngineCredentials;
  /** The engine clock: `advance(ms)` fires timers and job timeouts (request timeouts run on wall time). */
  readonly clock: EngineClock;
  /** Stops the server and closes every socket, held long polls included. */
  stop(): Promise<void>;
  /** Drops all deployments, instances, jobs, messages and incidents; keys keep increasing. */
  reset(): void;
  /** Request and fault counters. */
  stats(): EngineStats;
  /** Replaces the fault settings (undefined: no faults). */
  setFaults(faults: FaultOptions | undefined): void;
  /** Responses that did not match the spec (fidelity mode). */
  violations(): readonly FidelityViolation[];
  /** Deploys resources without going through HTTP; returns the `DeploymentResult` body. */
  deploy(resources: Readonly<Record<string, string | Uint8Array>>, tenantId?: string): Promise<unknown>;
}

function zodCheck(schema: ZodType): SchemaCheck {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? undefined : describeIssues(result.error.issues);
  };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length === 0 ? '(root)' : i.path.join('.')}: ${i.message}`)
    .join('; ');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * Checks a request body against its schema. A missing required field is refused in Camunda's gateway wording
 * (`No <field> provided.`), anything else names the schema's issues.
 */
function requestCheck(schema: ZodType, operationId: string): SchemaCheck {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return undefined;
    const path = result.error.issues[0]?.path ?? [];
    const field = path.at(-1);
    if (typeof field === 'string' && valueAt(value, path) === undefined) return `No ${field} provided.`;
    return `Request body of ${operationId} is invalid: ${describeIssues(result.error.issues)}`;
  };
}

/**
 * Starts an in-memory engine that speaks the Camunda 8 `/v2` REST API and executes BPMN. Meant for tests and
 * local development, not production.
 */
export async function startTestEngine(input: TestEngineOptions = {}): Promise<TestEngine> {
  const options = compileTestEngineOptions(input);
  const clock = createEngineClock({
    mode: options.clock,
    ...(options.startTimeMs === undefined ? {} : { startMs: options.startTimeMs }),
    onError: (error) => options.logger.error({ err: error }, 'timer callback failed'),
  });
  const requestTimers = createRequestTimers();
  const keys = createKeyGenerator();
  const definitions = createDefinitionRegistry(keys);
  const variables = createVariableStore(keys);
  const jobs = createJobStore(clock, keys);
  const messages = createMessageStore(clock, keys);
  const decisions = createDecisionRegistry(keys);
  const decisionInstances = createDecisionInstanceStore(clock, keys);
  const executor = createProcessExecutor({
    clock,
    keys,
    definitions,
    variables,
    jobs,
    messages,
    decisions,
    decisionInstances,
    // Declared further down with the other API services; read only while instances run.
    globalTaskListeners: () => listeners.all(),
  });
  const resources = createResourceStore(keys);
  let port = options.port;
  const ctx: EngineContext = {
    clock,
    keys,
    definitions,
    variables,
    jobs,
    messages,
    executor,
    decisions,
    decisionInstances,
    resources,
    batchOperations: createBatchOperationStore(clock, keys),
    requestTimers,
    defaultLongPollMs: options.longPollTimeoutMs,
    maxMessageSizeBytes: options.maxMessageSizeBytes,
    defaultRequestTimeoutMs: options.requestTimeoutMs,
    version: TEST_ENGINE_VERSION,
    port: () => port,
  };
  const a = options.auth;
  const identity = createIdentityState(keys, {
    users: a.mode === 'basic' ? [{ username: a.username, password: a.password }] : [],
    adminClients: a.mode === 'oauth' ? [a.clientId] : [],
  });
  const enforcement = { authorizations: options.authorizations, multiTenancy: options.multiTenancy };
  let origin = '';
  const documents = documentService(ctx, {
    origin: () => origin,
    maxDocumentBytes: options.maxDocumentBytes,
  });
  const clusterVariables = clusterVariableService();
  const listeners = globalTaskListenerService();
  const agents = agentService(ctx);
  const system: SystemState = { exporting: 'EXPORTING', lastChangeId: 0 };
  const dropRuntime = () => {
    ctx.batchOperations.clear();
    executor.clear();
    jobs.releaseWaiters();
    jobs.clear();
    messages.clear();
    variables.clear();
    agents.clear();
  };
  const snapshotters = [
    () => definitions.snapshot(),
    () => decisions.snapshot(),
    () => decisionInstances.snapshot(),
    () => resources.snapshot(),
    () => documents.snapshot(),
    () => {
      const saved = [...clusterVariables.all()].map((v) => ({ ...v }));
      return () => clusterVariables.restore(saved);
    },
    () => {
      const saved = [...listeners.all()].map((l) => ({ ...l }));
      return () => listeners.restore(saved);
    },
  ];
  const audit = auditLogService(ctx);
  const handlers: HandlerTable = guardHandlers(
    audit.wrap({
      ...audit.handlers,
      ...clusterHandlers(ctx),
      ...deploymentHandlers(ctx),
      ...processDefinitionHandlers(ctx),
      ...processInstanceHandlers(ctx),
      ...elementInstanceHandlers(ctx),
      ...jobHandlers(ctx),
      ...messageHandlers(ctx),
      ...userTaskHandlers(ctx),
      ...variableHandlers(ctx),
      ...incidentHandlers(ctx),
      ...statisticsHandlers(ctx),
      ...batchOperationHandlers(ctx),
      ...processInstanceCommandHandlers(ctx),
      ...waitStateHandlers(ctx),
      ...jobStatisticsHandlers(ctx),
      ...correlatedMessageHandlers(ctx),
      ...decisionHandlers(ctx),
      ...conditionalHandlers(ctx),
      ...formHandlers(ctx),
      ...resourceHandlers(ctx),
      ...documents.handlers,
      ...clusterVariables.handlers,
      ...expressionHandlers(ctx, (tenantId) => clusterVariables.feelContext(tenantId)),
      ...secretHandlers(options.secrets),
      ...listeners.handlers,
      ...systemHandlers(ctx, system, options.maxBodyBytes),
      ...backupHandlers(ctx, snapshotters, dropRuntime),
      ...agents.handlers,
      ...identityHandlers(identity, { authorizationsEnabled: options.authorizations }),
    }),
    ctx,
    identity,
    enforcement,
  );

  const specs = Object.values(operations) as ServedOperation[];
  // Cluster-admin operations live outside `/v2` in the spec (`/cluster/v2/…`); serve them at both places.
  const rootSpecs = specs.filter((s) => s.path.startsWith('/cluster/'));
  const routes = createRouteTable(BASE_PATH, specs);
  const rootRoutes = createRouteTable('', rootSpecs);
  const router = {
    match(method: string, path: string) {
      const found = routes.match(method, path);
      return found.kind === 'notFound' ? rootRoutes.match(method, path) : found;
    },
  };

  // The zod schemas are large; load them only when a validation mode needs them.
  const zod =
    options.validateResponses || options.validateRequests ? await import('@camunda-ts/types/zod') : undefined;
  const problemSchema = zod?.getSchema('ProblemDetail');
  const validator =
    zod !== undefined && options.validateResponses
      ? createResponseValidator({
          operation: (id) =>
            (
              operations as Record<
                string,
                ServedOperation & {
                  successStatus: number;
                  errorStatuses: readonly number[];
                  pathParams: readonly string[];
                }
              >
            )[id],
          successSchema: (id) => {
            const schema = (zod.operationResponseSchemas as Record<string, ZodType | undefined>)[id];
            return schema === undefined ? undefined : zodCheck(schema);
          },
          problemSchema: problemSchema === undefined ? () => undefined : zodCheck(problemSchema),
          // Camunda answers 403 to any operation the caller may not perform, documented or not.
          alsoAllowed: options.authorizations || options.multiTenancy ? [403] : [],
        })
      : undefined;

  const requestChecks = new Map<string, SchemaCheck>();
  const validateRequest =
    zod !== undefined && options.validateRequests
      ? (operation: ServedOperation, body: unknown) => {
          if (body === undefined) return undefined;
          let check = requestChecks.get(operation.operationId);
          if (check === undefined) {
            const schemas = zod.operationRequestSchemas as Record<string, ZodType | undefined>;
            const schema = schemas[operation.operationId];
            if (schema === undefined) return undefined;
            check = requestCheck(schema, operation.operationId);
            requestChecks.set(operation.operationId, check);
          }
          return check(body);
        }
      : undefined;

  const auth = createAuthGuard(options.auth, clock, identity.users);
  const faults = createFaultInjector(options.faults);
  const server = await startEngineServer({
    host: options.host,
    port: options.port,
    basePath: BASE_PATH,
    tokenPath: TOKEN_PATH,
    routes: router,
    handlers,
    unauthenticated: UNAUTHENTICATED,
    auth,
    faults,
    validateRequest,
    validator,
    logger: options.logger,
    maxBodyBytes: options.maxBodyBytes,
    onRequest: options.onRequest,
    publicRoute: (method, pathname) => (method === 'GET' ? documents.serveLink(pathname) : undefined),
    allowOrigin: options.allowOrigin,
  });
  port = server.port;
  origin = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${server.port}`;

  const resetState = () => {
    audit.clear();
    ctx.batchOperations.clear();
    executor.clear();
    jobs.releaseWaiters();
    jobs.clear();
    messages.clear();
    variables.clear();
    definitions.clear();
    identity.reset();
    decisions.clear();
    decisionInstances.clear();
    resources.clear();
    documents.clear();
    clusterVariables.clear();
    listeners.clear();
    agents.clear();
    system.exporting = 'EXPORTING';
  };

  // The secret half is non-enumerable: readable, but never in JSON.stringify or util.inspect output.
  const hidden = <T extends object>(target: T, key: string, value: string): T =>
    Object.defineProperty(target, key, { value, enumerable: false });
  const credentials: TestEngineCredentials =
    a.mode === 'basic'
      ? hidden({ mode: 'basic', username: a.username } as TestEngineCredentials, 'password', a.password)
      : a.mode === 'oauth'
        ? hidden(
            { mode: 'oauth', clientId: a.clientId, audience: a.audience } as TestEngineCredentials,
            'clientSecret',
            a.clientSecret,
          )
        : { mode: 'none' };

  let stopped = false;
  return {
    restAddress: `${origin}${BASE_PATH}`,
    oauthUrl: options.auth.mode === 'oauth' ? `${origin}${TOKEN_PATH}` : undefined,
    credentials,
    clock,
    async stop() {
      if (stopped) return;
      stopped = true;
      jobs.releaseWaiters();
      await server.stop();
      resetState();
      clock.cancelAll();
      requestTimers.cancelAll();
    },
    reset: resetState,
    stats: () => server.stats(),
    setFaults: (next) => faults.configure(next),
    violations: () => validator?.violations() ?? [],
    async deploy(resources, tenantId) {
      const parts: MultipartPart[] = Object.entries(resources).map(([name, content]) => ({
        name: 'resources',
        filename: name,
        contentType: undefined,
        data: Buffer.from(content),
      }));
      if (tenantId !== undefined) {
        parts.push({
          name: 'tenantId',
          filename: undefined,
          contentType: undefined,
          data: Buffer.from(tenantId),
        });
      }
      const handler = handlers.createDeployment;
      if (handler === undefined)
        throw new TestEngineError('createDeployment is not available', { code: 'INTERNAL' });
      const response: EngineResponse = await handler({
        operationId: 'createDeployment',
        params: {},
        query: new URLSearchParams(),
        body: undefined,
        parts,
        signal: new AbortController().signal,
      });
      return response.body;
    },
  };
}
