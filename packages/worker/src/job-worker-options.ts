import type { Logger } from '@camunda-ts/client';
import type { WorkerClock } from './clock.js';
import type { HandlerModule } from './handler-module.js';
import type { ConnectedJobContext, JobCustomHeaders, JobVariables } from './job-context.js';
import type { JobHandler } from './job-handler.js';
import type { StandardSchemaV1 } from './standard-schema.js';

/** How an activation picks tenants (`TenantFilterEnum`). */
export type TenantFilter = 'PROVIDED' | 'ASSIGNED';

/**
 * Where handlers run. `async`: on the worker's event loop (I/O-bound handlers). `thread`: a `worker_threads`
 * pool. `process`: a `child_process` pool (CPU-bound or crash-prone handlers). `auto`: `async` for a function,
 * `thread` for a {@link HandlerModule}.
 */
export type ExecutionStrategyName = 'auto' | 'async' | 'thread' | 'process';

/**
 * Options every worker takes. Durations are milliseconds; unset values come from the client's worker defaults
 * (`CAMUNDA_WORKER_*`), then from the built-in defaults noted here.
 */
export interface JobWorkerBaseOptions<V = JobVariables, O = JobVariables, H = JobCustomHeaders> {
  /** The job type to work on, as in `<zeebe:taskDefinition type="…"/>`. */
  readonly jobType: string;
  /** How long the engine reserves an activated job for this worker (default 300 000). */
  readonly jobTimeoutMs?: number;
  /** Jobs handled at once; activations never ask for more than the free slots (default 10). */
  readonly maxConcurrentJobs?: number;
  /**
   * Long-poll budget of one activation, sent as `requestTimeout` (default 20 000). `0`: the server's default
   * long poll (10 s on a default server; the call allows 60 s); negative: no long poll, the server answers at
   * once and the worker pauses (backoff) after each empty answer.
   */
  readonly pollTimeoutMs?: number;
  /** Variables to fetch; all visible variables when unset. */
  readonly fetchVariables?: readonly string[];
  /** Tenants to activate jobs for; else `CAMUNDA_TENANT_IDS`, else the client's default tenant. */
  readonly tenantIds?: readonly string[];
  /**
   * `PROVIDED` (the engine's default): activate for `tenantIds`. `ASSIGNED`: for the tenants the authenticated
   * principal is assigned to, ignoring `tenantIds` (Camunda 8.9+).
   */
  readonly tenantFilter?: TenantFilter;
  /**
   * Activate jobs with a lease (`withLease`, Camunda 8.10+; older servers answer 400, hence default false). Every
   * job action then carries the job's `leaseToken`, so the engine rejects the actions of a worker whose job timed
   * out and went to another worker; such a job is dropped (logged at warn, counted as `superseded`), never
   * retried and never failed.
   */
  readonly leases?: boolean;
  /**
   * While a handler runs, extend its job's timeout by `jobTimeoutMs` each time about 80 % of the current timeout
   * has passed (one extension in flight at a time, stopping when the handler settles), so a slow handler keeps
   * its job. Default false.
   */
  readonly autoExtendTimeout?: boolean;
  /** Reported to the engine as the activating worker (default `camunda-ts-worker`). */
  readonly workerName?: string;
  /** The first activation waits a random time up to this, so a fleet does not start in lockstep (default 0). */
  readonly startupJitterMaxSeconds?: number;
  /** Validates and types `job.variables`; invalid input fails the job (retries 0) with the issues listed. */
  readonly inputSchema?: StandardSchemaV1<unknown, V>;
  /** Validates what the handler completes with; invalid output fails the job (retries − 1). */
  readonly outputSchema?: StandardSchemaV1<O, unknown>;
  /** Validates and types `job.customHeaders`; invalid headers fail the job (retries 0). */
  readonly customHeadersSchema?: StandardSchemaV1<unknown, H>;
  /** Start polling at once (default true); otherwise call `worker.start()`. */
  readonly autoStart?: boolean;
  /** Logger for the worker; default the client's logger, else none. */
  readonly logger?: Logger;
  /**
   * Default grace of `worker.stop()` for running handlers before they are aborted (default 30 000). Jobs handed
   * back on stop are retried on transient errors for up to this long (never past the job's deadline).
   */
  readonly stopGraceMs?: number;
  /**
   * How long a handler may run on after its signal aborted (its job's deadline passed, or the worker stopped)
   * before the worker gives up on it and frees its slot: a thread or process handler is terminated (a process
   * gets SIGTERM, then SIGKILL after this long again); an async handler's promise is abandoned — it cannot be
   * stopped and runs on, but nothing it does reaches the job any more. Default 10 000; `Infinity` never gives up.
   */
  readonly abortGraceMs?: number;
  /** First backoff ceiling after a failed activation or job action (default 250). */
  readonly backoffInitialMs?: number;
  /** Largest backoff ceiling (default 30 000). */
  readonly backoffMaxMs?: number;
  /**
   * Free slots needed before the next activation while the engine has a backlog (default: a quarter of
   * `maxConcurrentJobs`, at least 1), once the free slots have waited 5 ms for the rest of their batch (a whole
   * free batch polls at once). Batching keeps requests per job low under load; after an activation that returned
   * fewer jobs than requested, one free slot is enough, so no slot idles while work waits.
   */
  readonly activationThreshold?: number;
  /** Time source (tests inject a virtual clock). */
  readonly clock?: WorkerClock;
  /** Randomness in [0, 1) for jitter (tests inject a fixed one). */
  readonly random?: () => number;
}

/** A worker whose handler is a function running on the worker's event loop; its context carries the client. */
export interface AsyncJobWorkerOptions<C, V = JobVariables, O = JobVariables, H = JobCustomHeaders>
  extends JobWorkerBaseOptions<V, O, H> {
  /** Where the handler runs: on the worker's event loop. */
  readonly executionStrategy?: 'async' | 'auto';
  /**
   * Receives a {@link ConnectedJobContext}. Returning completes the job with the returned variables; throwing
   * a `JobError` throws a BPMN error; any other throw fails the job with retries − 1.
   */
  readonly handler: JobHandler<ConnectedJobContext<V, O, H, C>, NoInfer<O>>;
}

/**
 * A worker whose handler is loaded from a module: in a thread (`thread`, and `auto`), a child process
 * (`process`), or on the worker's event loop (`async`). Type the module's export with `threadJobHandler` or
 * `processJobHandler`.
 */
export interface ModuleJobWorkerOptions<V = JobVariables, O = JobVariables, H = JobCustomHeaders>
  extends JobWorkerBaseOptions<V, O, H> {
  /** Where the handler runs (default `auto`: a thread for a module). */
  readonly executionStrategy?: ExecutionStrategyName;
  /** The module that exports the handler. */
  readonly handler: HandlerModule;
}

/** Options of `createJobWorker`. */
export type JobWorkerOptions<C = unknown, V = JobVariables, O = JobVariables, H = JobCustomHeaders> =
  | AsyncJobWorkerOptions<C, V, O, H>
  | ModuleJobWorkerOptions<V, O, H>;

/** Any worker options, with the type parameters erased (what `compileWorkerOptions` accepts). */
export interface JobWorkerInput extends JobWorkerBaseOptions<unknown, unknown, unknown> {
  /** Where the handler runs (default `auto`: a thread for a module). */
  readonly executionStrategy?: ExecutionStrategyName;
  /** A function, or the module that exports one. */
  readonly handler: ((job: never) => unknown) | HandlerModule;
}
