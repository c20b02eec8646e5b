import { type AuthProvider, createAuthProvider, rejectDispatcherWithTls } from '@camunda-ts/auth';
import {
  type BackpressureChangeEvent,
  type BackpressureGate,
  type BackpressureState,
  createBackpressureGate,
} from '@camunda-ts/backpressure';
import { type CamundaConfig, resolveConfig } from '@camunda-ts/config';
import { createLazyApiAgent, createTransport, type LazyApiAgent, type Transport } from '@camunda-ts/http';
import type { Logger } from '@camunda-ts/types';
import { type OperationId, type OperationOutput, operations } from '@camunda-ts/types/operations';
import type { Dispatcher } from 'undici';
import type { CallOptions } from './call-options.js';
import type { CamundaClientHooks } from './camunda-client-hooks.js';
import type { CamundaClientOptions } from './camunda-client-options.js';
import { systemClock } from './clock.js';
import { type CallTracker, createCallTracker } from './create-call-tracker.js';
import { createDefaultLogger } from './create-default-logger.js';
import { createHookRegistry, type HookRegistry } from './create-hook-registry.js';
import { createInvoker, type Invoke } from './create-invoker.js';
import { type ExtendedDeploymentResult, extendDeploymentResult } from './extend-deployment-result.js';
import { GeneratedOperations } from './generated/generated-operations.js';
import { logConfigWarnings } from './log-config-warnings.js';
import { paginate } from './paginate.js';
import type { PaginateCallOptions, Paginators } from './paginators.js';
import { readResourceFiles } from './read-resource-files.js';
import { createSchemaValidator, type OperationSchemas, type SchemaValidator } from './schema-validator.js';
import { createSupportLog, type SupportLog } from './support-log.js';
import { toLogger } from './to-logger.js';
import { ValidationError } from './validation-error.js';

/** Options of {@link CamundaClient.deployResourcesFromFiles}. */
export interface DeployResourcesOptions extends CallOptions {
  /** Tenant to deploy to; default `CAMUNDA_DEFAULT_TENANT_ID`. */
  readonly tenantId?: string;
}

/**
 * The Camunda 8 Orchestration Cluster REST API client: one typed method per operation, each executed by the same
 * runtime (validation → default tenant → backpressure gate → HTTP transport with retries → validation).
 * Configured from the environment unless told otherwise; `close()` (or `await using`) releases its resources.
 */
export class CamundaClient extends GeneratedOperations {
  /** The resolved configuration (deep-frozen; secrets masked when printed). */
  readonly config: CamundaConfig;
  /** The logger the client writes to. */
  readonly logger: Logger;
  /** Walk every result of a search page by page: `for await (const pi of client.paginate.searchProcessInstances({ filter }))`. */
  readonly paginate: Paginators;

  readonly #auth: AuthProvider;
  readonly #ownsAuth: boolean;
  readonly #gate: BackpressureGate;
  /** The caller's dispatcher, or the client's own pool (created by the first call). */
  readonly #pool: { readonly dispatcher: Dispatcher } | { readonly agent: LazyApiAgent };
  readonly #hooks: HookRegistry;
  readonly #validator: SchemaValidator;
  /** Calls while no hook is registered: no tracker, no per-attempt hook work. */
  readonly #plain: { readonly transport: Transport; readonly invoke: Invoke };
  /** Calls while hooks are registered; built on the first registration, sharing the connection pool. */
  #tracked: { readonly transport: Transport; readonly invoke: Invoke } | undefined;
  readonly #supportLog: SupportLog | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: CamundaClientOptions = {}) {
    super();
    const config = resolveConfig({
      ...(options.env !== undefined && { env: options.env }),
      ...(options.config !== undefined && { overrides: options.config }),
    });
    const logger =
      options.logger === undefined
        ? createDefaultLogger({ level: config.logLevel })
        : toLogger(options.logger);
    // A dispatcher brings its own connection settings: configured TLS would be dropped without a word.
    if (options.dispatcher !== undefined) rejectDispatcherWithTls(config.tls);
    this.config = config;
    this.logger = logger;
    logConfigWarnings(config, logger);
    this.#supportLog = config.supportLog.enabled ? createSupportLog(config, logger) : undefined;
    this.#ownsAuth = options.auth === undefined;
    this.#auth = options.auth ?? createAuthProvider(config, { logger, dispatcher: options.dispatcher });
    const hooks = createHookRegistry(logger);
    this.#hooks = hooks;
    this.#gate = createBackpressureGate({
      profile: config.backpressure.profile,
      ...config.backpressure.knobs,
      onChange: (event) => backpressureChanged(logger, event, hooks),
    });
    // One connection pool for both pipelines, so that adding hooks later keeps the warm sockets.
    this.#pool =
      options.dispatcher === undefined
        ? { agent: createLazyApiAgent(config) }
        : { dispatcher: options.dispatcher };
    this.#validator = createSchemaValidator({
      request: config.validation.request,
      response: config.validation.response,
      logger,
      ...(options.schemas !== undefined && { load: options.schemas as () => Promise<OperationSchemas> }),
    });
    this.#plain = this.#pipeline(undefined);
    if (options.hooks !== undefined) this.addHooks(options.hooks);
    this.paginate = this.#paginators();
  }

  /**
   * Registers observation hooks on a client that already exists (what `@camunda-ts/otel` uses); returns the
   * function that removes them. Hooks passed to the constructor are registered the same way. While no hook is
   * registered, calls take a path without any hook work.
   */
  addHooks(hooks: CamundaClientHooks): () => void {
    const remove = this.#hooks.add(hooks);
    this.#tracked ??= this.#pipeline(createCallTracker(this.#hooks.hooks, this.logger));
    return remove;
  }

  /** Runs every generated method: see `createInvoker` for what happens to each call. */
  protected override invoke<K extends OperationId>(
    operationId: K,
    input: unknown,
    options: CallOptions | undefined,
  ): Promise<OperationOutput<K>> {
    const pipeline = this.#hooks.size === 0 ? this.#plain : (this.#tracked ?? this.#plain);
    const call = pipeline.invoke(operationId, input, options);
    const supportLog = this.#supportLog;
    if (supportLog === undefined) return call;
    return call.catch((error: unknown) => {
      supportLog.recordError(operationId, error);
      throw error;
    });
  }

  /** Where the support log is written (`CAMUNDA_SUPPORT_LOG_ENABLED`), or `undefined` when it is off. */
  get supportLogPath(): string | undefined {
    return this.#supportLog?.filePath;
  }

  /**
   * Deploys BPMN, DMN, form and other resource files in one atomic deployment. Every file is read first: a missing
   * or unreadable one fails with `ResourceFileError` naming it, and nothing is sent.
   */
  async deployResourcesFromFiles(
    paths: readonly string[],
    options: DeployResourcesOptions = {},
  ): Promise<ExtendedDeploymentResult> {
    if (paths.length === 0) {
      throw new ValidationError('createDeployment', 'request', [
        { path: ['resources'], message: 'At least one file is required' },
      ]);
    }
    const { tenantId, ...callOptions } = options;
    const resources = await readResourceFiles(paths);
    const result = await this.createDeployment(
      tenantId === undefined ? { resources } : { resources, tenantId: tenantId as never },
      callOptions,
    );
    return extendDeploymentResult(result);
  }

  /** The backpressure gate's current state: severity, limit, permits in flight, waiting callers. */
  backpressureState(): BackpressureState {
    return this.#gate.state();
  }

  /**
   * Stops accepting calls, ends pending long polls, waits for the other calls in flight, then releases sockets and timers: the transport's
   * connection pool, the gate's timers and the auth provider the client created. Safe to call more than once.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      // Queued callers first; closing the transports ends their long polls and waits for the other calls.
      this.#gate.close();
      await Promise.all([this.#plain.transport.close(), this.#tracked?.transport.close()]);
      if ('agent' in this.#pool) await this.#pool.agent.destroy();
      if (this.#ownsAuth) await this.#auth.close?.();
      await this.#supportLog?.flush();
    })();
    return this.#closing;
  }

  /** `await using client = createCamundaClient()` closes the client at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** A transport and the invoker on top of it; with a tracker, both report to the registered hooks. */
  #pipeline(tracker: CallTracker | undefined): { transport: Transport; invoke: Invoke } {
    const { config, logger } = this;
    const transport = createTransport({
      config,
      auth: this.#auth,
      logger,
      gate: this.#gate,
      // The client owns the pool: a transport leaves a dispatcher or a shared pool it was given open.
      ...this.#pool,
      ...(tracker !== undefined && { hooks: tracker.transportHooks }),
    });
    const invoke = createInvoker({
      transport,
      config,
      validator: this.#validator,
      tracker,
      clock: systemClock,
    });
    return { transport, invoke };
  }

  #paginators(): Paginators {
    const paginators: Record<string, unknown> = {};
    for (const spec of Object.values(operations)) {
      const itemsField = spec.pagination?.itemsField;
      if (itemsField === undefined) continue;
      const operationId = spec.operationId;
      paginators[operationId] = (
        query: Record<string, unknown> | undefined,
        options: PaginateCallOptions = {},
      ) => {
        const { pageSize, maxItems, consistency, ...callOptions } = options;
        return paginate({
          operationId,
          itemsField,
          options: {
            ...(pageSize !== undefined && { pageSize }),
            ...(maxItems !== undefined && { maxItems }),
          },
          // Waiting for consistency only makes sense for the first page; later pages exist by then.
          fetchPage: (page, index) =>
            this.invoke(
              operationId,
              { ...query, page },
              index === 0 && consistency !== undefined ? { ...callOptions, consistency } : callOptions,
            ),
        });
      };
    }
    return Object.freeze(paginators) as Paginators;
  }
}

function backpressureChanged(logger: Logger, event: BackpressureChangeEvent, hooks: HookRegistry): void {
  const { state, previous, reason } = event;
  const fields = { reason, severity: state.severity, limit: state.limit, backoffMs: state.backoffMs };
  if (state.severity !== previous.severity) {
    logger[state.severity === 'healthy' ? 'info' : 'warn'](fields, `backpressure ${state.severity}`);
  } else {
    logger.debug(fields, 'backpressure limit changed');
  }
  // The registry isolates each hook's failures.
  if (hooks.size > 0) hooks.hooks.onBackpressureChange(event);
}
