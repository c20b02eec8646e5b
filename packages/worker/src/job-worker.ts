import { childLogger, type Logger, nullLogger } from '@camunda-ts/client';
import { createAsyncStrategy } from './async-strategy.js';
import { backoffDelay } from './backoff-delay.js';
import {
  compileWorkerOptions,
  type ResolvedHandlerModule,
  type ResolvedWorkerOptions,
} from './compile-worker-options.js';
import type { ExecutionStrategy } from './execution-strategy.js';
import { failBackJob, localDeadline } from './fail-back-job.js';
import { createHandlerPool } from './handler-pool.js';
import { isPermanentActivationError } from './is-permanent-activation-error.js';
import type { JobClient } from './job-client.js';
import type { JobCustomHeaders, JobVariables } from './job-context.js';
import { createJobDeadlineTimer, JobRun, type JobRuntime } from './job-run.js';
import type { ActivatedJob, ActivateJobsInput, JobActivationResult } from './job-types.js';
import type {
  ActivationInfo,
  InterceptedJob,
  JobRunSummary,
  JobWorkerInterceptor,
} from './job-worker-interceptor.js';
import type { AsyncJobWorkerOptions, JobWorkerInput, ModuleJobWorkerOptions } from './job-worker-options.js';
import { type InterceptLayer, runIntercepted } from './run-intercepted.js';
import { sleep } from './sleep.js';
import { createSlotList } from './slot-list.js';
import { spawnHandlerProcess } from './spawn-handler-process.js';
import { spawnHandlerThread } from './spawn-handler-thread.js';
import { createWorkerEventHub, type WorkerEventListener, type WorkerEventName } from './worker-events.js';
import { createWorkerStateMachine, type WorkerState } from './worker-state.js';
import { WorkerStateError } from './worker-state-error.js';

const STOPPING_MESSAGE = 'The job worker was stopping when the job was activated';

/**
 * Under a backlog, how long the free slots wait for the rest of their batch before `activationThreshold` of them
 * are enough for a poll. Jobs of one batch that finish together are activated together again (one activation per
 * batch, completions and activations travelling in bursts, which costs both sides far less per job than a
 * trickle); jobs that finish apart are polled for as before, at most this much later.
 */
const ACTIVATION_BATCH_WINDOW_MS = 5;

/** Counters of one worker since it was created. */
export interface JobWorkerStats {
  /** The current lifecycle state. */
  readonly state: WorkerState;
  /** Jobs received from activations. */
  readonly activated: number;
  /** Jobs completed (`completeJob` accepted). */
  readonly completed: number;
  /** Jobs failed (`failJob` accepted): handler errors, invalid input/output, shutdown fail-backs. */
  readonly failed: number;
  /** Jobs that raised a BPMN error (`throwJobError` accepted). */
  readonly errored: number;
  /** Jobs the handler ignored. */
  readonly ignored: number;
  /** Jobs whose action did not reach the engine (gone, rejected, lease superseded, deadline passed). */
  readonly dropped: number;
  /**
   * Of the dropped jobs, those whose action the engine refused because their lease was superseded: the job timed
   * out and another worker holds it now (`leases: true`).
   */
  readonly superseded: number;
  /** Timeout extensions the engine accepted (`autoExtendTimeout` and `job.extendTimeout`). */
  readonly timeoutExtensions: number;
  /** Handlers still running at their job's deadline (each is given up on after `abortGraceMs`). */
  readonly overran: number;
  /** Handlers overrunning now; equal to `maxConcurrentJobs` while the worker is stalled by them. */
  readonly overrunning: number;
  /** Jobs held now: handler running or action in flight. */
  readonly inFlight: number;
  /** Activation requests sent. */
  readonly polls: number;
  /** Activation requests that failed. */
  readonly activationErrors: number;
  /** The most recent activation error or worker failure, with its time (clock milliseconds). */
  readonly lastError:
    | {
        /** The error. */
        readonly error: unknown;
        /** When it happened (worker clock, ms). */
        readonly at: number;
      }
    | undefined;
}

/** Options of `worker.stop()`. */
export interface StopWorkerOptions {
  /**
   * How long running handlers may still finish (default: the worker's `stopGraceMs`). After that their signals
   * abort and their jobs are failed with unchanged retries, so the engine hands them out again at once.
   */
  readonly graceMs?: number;
}

/** A running job worker. */
export interface JobWorker {
  /** The job type the worker activates. */
  readonly jobType: string;
  /** The name it reports to the engine. */
  readonly workerName: string;
  /** The current lifecycle state. */
  readonly state: WorkerState;
  /** The options in effect (defaults applied). */
  readonly options: ResolvedWorkerOptions;
  /** Resolves with the final state once the worker is `stopped` or `failed`; never rejects. */
  readonly finished: Promise<'stopped' | 'failed'>;
  /**
   * Starts a worker created with `autoStart: false` (a no-op otherwise). Resolves once it polls (or was stopped
   * first); rejects when it failed to start, e.g. because its handler module cannot be loaded.
   */
  start(): Promise<void>;
  /** Stops polling, lets running handlers finish within the grace time, then fails back the rest. Idempotent. */
  stop(options?: StopWorkerOptions): Promise<void>;
  /** A snapshot of the worker's counters. */
  stats(): JobWorkerStats;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends WorkerEventName>(event: E, listener: WorkerEventListener<E>): () => void;
  /**
   * Wraps later activations and job runs in `interceptor` (tracing contexts, e.g. `@camunda-ts/otel`); returns
   * the function that removes it. A worker without interceptors runs each job and poll directly.
   */
  intercept(interceptor: JobWorkerInterceptor): () => void;
}

/**
 * Creates a job worker that long-polls for `jobType` and runs `handler` for each job, never holding more jobs
 * than `maxConcurrentJobs`. The handler receives a {@link ConnectedJobContext} (with the client) when it is a
 * function; a module handler runs in a thread (`auto`/`thread`), a child process (`process`, no client) or in
 * process (`async`). Starts at once unless `autoStart: false`.
 */
export function createJobWorker<
  C extends JobClient,
  V = JobVariables,
  O = JobVariables,
  H = JobCustomHeaders,
>(client: C, options: AsyncJobWorkerOptions<C, V, O, H>): JobWorker;
export function createJobWorker<
  C extends JobClient,
  V = JobVariables,
  O = JobVariables,
  H = JobCustomHeaders,
>(client: C, options: ModuleJobWorkerOptions<V, O, H>): JobWorker;
export function createJobWorker(client: JobClient, input: JobWorkerInput): JobWorker {
  return startJobWorker(client, compileWorkerOptions(input, client.config?.worker));
}

function createStrategy(
  options: ResolvedWorkerOptions,
  client: JobClient,
  logger: Logger,
): ExecutionStrategy {
  if (options.executionStrategy === 'async') return createAsyncStrategy(options.handler);
  const target = options.handler as ResolvedHandlerModule;
  return options.executionStrategy === 'thread'
    ? createHandlerPool({
        kind: 'thread',
        size: options.maxConcurrentJobs,
        spawn: () => spawnHandlerThread(target),
        client,
        logger,
      })
    : createHandlerPool({
        kind: 'process',
        size: options.maxConcurrentJobs,
        spawn: () => spawnHandlerProcess(target),
        client: undefined,
        logger,
      });
}

function startJobWorker(client: JobClient, options: ResolvedWorkerOptions): JobWorker {
  const { clock, maxConcurrentJobs: maxJobs, activationThreshold } = options;
  const logger = childLogger(options.logger ?? client.logger ?? nullLogger, {
    worker: options.workerName,
    jobType: options.jobType,
  });
  const events = createWorkerEventHub((error, event) =>
    logger.warn({ err: error, event }, 'a job worker event listener threw'),
  );
  let resolveFinished: (state: 'stopped' | 'failed') => void = () => {};
  const finished = new Promise<'stopped' | 'failed'>((resolve) => {
    resolveFinished = resolve;
  });
  const state = createWorkerStateMachine('idle', (change) => {
    logger.debug({ from: change.from, to: change.to }, 'job worker state changed');
    events.emit('stateChange', change);
    if (change.to === 'stopped' || change.to === 'failed') resolveFinished(change.to);
  });

  /** Aborted when polling ends: cancels the long poll, backoff waits and the startup jitter. */
  const lifecycle = new AbortController();
  /** Aborted when running handlers are given up on: their signals abort and action retries stop. */
  const hardStop = new AbortController();

  const counters = {
    activated: 0,
    completed: 0,
    failed: 0,
    errored: 0,
    ignored: 0,
    dropped: 0,
    superseded: 0,
    timeoutExtensions: 0,
    overran: 0,
    polls: 0,
    activationErrors: 0,
  };
  let lastError: JobWorkerStats['lastError'];
  const recordError = (error: unknown): void => {
    lastError = { error, at: clock.now() };
  };

  /** Jobs held: from activation until the handler returned and its action was answered. */
  let busy = 0;
  /** Of those, the jobs whose handler ran past the deadline and was not yet given up on. */
  let overrunning = 0;
  // Not a Set: see createSlotList (a Set filled and emptied with every batch keeps job runs alive).
  const runs = createSlotList<JobRun>();
  let capacityWaiter: (() => void) | undefined;
  let drainWaiter: (() => void) | undefined;

  const strategy = createStrategy(options, client, logger);
  const runtime: JobRuntime = {
    client,
    clock,
    random: options.random,
    backoffInitialMs: options.backoffInitialMs,
    backoffMaxMs: options.backoffMaxMs,
    hardStop: hardStop.signal,
    logger,
    jobTimeoutMs: options.jobTimeoutMs,
    autoExtendTimeout: options.autoExtendTimeout,
    inputSchema: options.inputSchema,
    outputSchema: options.outputSchema,
    customHeadersSchema: options.customHeadersSchema,
    handlerClient: options.executionStrategy === 'async' ? client : undefined,
    superseded() {
      counters.superseded++;
    },
    extended() {
      counters.timeoutExtensions++;
    },
    abortGraceMs: options.abortGraceMs,
    failBackWindowMs: options.stopGraceMs,
    deadlines: createJobDeadlineTimer(clock),
    overran(job) {
      counters.overran++;
      overrunning++;
      events.emit('overran', { job, overrunning });
      if (overrunning >= maxJobs) {
        logger.warn(
          { overrunning, graceMs: options.abortGraceMs },
          'every job slot is held by a handler that overran its deadline; polling resumes when they are freed',
        );
        events.emit('stalled', { overrunning });
      }
    },
    overrunEnded() {
      overrunning--;
    },
    settled(job, outcome, startedAt, error) {
      switch (outcome) {
        case 'completed':
          counters.completed++;
          break;
        case 'failed':
          counters.failed++;
          break;
        case 'bpmnError':
          counters.errored++;
          break;
        case 'ignored':
          counters.ignored++;
          break;
        default:
          counters.dropped++;
      }
      if (events.has('jobSettled')) {
        const durationMs = clock.now() - startedAt;
        events.emit(
          'jobSettled',
          error === undefined ? { job, outcome, durationMs } : { job, outcome, durationMs, error },
        );
      }
    },
  };

  const activationBase: ActivateJobsInput = Object.freeze({
    type: options.jobType,
    worker: options.workerName,
    timeout: options.jobTimeoutMs,
    maxJobsToActivate: maxJobs,
    requestTimeout: options.pollTimeoutMs,
    ...(options.fetchVariables !== undefined && { fetchVariable: [...options.fetchVariables] }),
    // Tenant ids are plain strings in the options; the engine checks them.
    ...(options.tenantIds !== undefined && {
      tenantIds: [...options.tenantIds] as NonNullable<ActivateJobsInput['tenantIds']>,
    }),
    ...(options.tenantFilter !== undefined && { tenantFilter: options.tenantFilter }),
    // Only when asked: servers before 8.10 reject the field.
    ...(options.leases && { withLease: true }),
  });
  const pollCallOptions = Object.freeze({
    signal: lifecycle.signal,
    timeoutMs: options.pollCallTimeoutMs,
  });

  /** The engine filled the last activation: it has more jobs waiting than the worker has free slots. */
  let backlog = false;
  /** Under a backlog, the batching window runs from the first free slot; then `activationThreshold` applies. */
  let batchWindow: unknown;
  let windowExpired = false;

  /**
   * Whether to poll now. Without a backlog, any free slot is worth a poll. Under a backlog, the whole batch is
   * waited for, but once the batching window has run out `activationThreshold` free slots are enough.
   */
  function readyToPoll(): boolean {
    const free = maxJobs - busy;
    if (free === 0) return false;
    if (!backlog || free === maxJobs) return true;
    return windowExpired && free >= activationThreshold;
  }

  function release(run: JobRun): void {
    runs.delete(run);
    busy--;
    if (capacityWaiter !== undefined) {
      if (readyToPoll()) wakePoller();
      else armBatchWindow();
    }
    if (busy === 0 && drainWaiter !== undefined) drainWaiter();
  }

  function armBatchWindow(): void {
    if (batchWindow !== undefined || windowExpired || busy === maxJobs) return;
    batchWindow = clock.setTimeout(() => {
      batchWindow = undefined;
      windowExpired = true;
      if (capacityWaiter !== undefined && readyToPoll()) wakePoller();
    }, ACTIVATION_BATCH_WINDOW_MS);
  }

  /** A poll is being sent (or the worker stops): the next wait for capacity starts a new window. */
  function resetBatchWindow(): void {
    if (batchWindow !== undefined) {
      clock.clearTimeout(batchWindow);
      batchWindow = undefined;
    }
    windowExpired = false;
  }

  function wakePoller(): void {
    const wake = capacityWaiter;
    capacityWaiter = undefined;
    wake?.();
  }

  /** Interceptors, replaced (never mutated) on change so a run in progress keeps the list it started with. */
  let interceptors: readonly JobWorkerInterceptor[] = [];
  const interceptorFailed = (error: unknown): void =>
    logger.warn({ err: error }, 'a job worker interceptor failed; it was bypassed');
  const layers = <K extends keyof JobWorkerInterceptor>(key: K) => {
    const found: NonNullable<JobWorkerInterceptor[K]>[] = [];
    for (const interceptor of interceptors) {
      const layer = interceptor[key];
      if (layer !== undefined) found.push(layer.bind(interceptor) as NonNullable<JobWorkerInterceptor[K]>);
    }
    return found;
  };

  function activate(input: ActivateJobsInput, activation: ActivationInfo): Promise<JobActivationResult> {
    const run = () => client.activateJobs(input, pollCallOptions);
    if (interceptors.length === 0) return run();
    return runIntercepted(
      layers('activation') as InterceptLayer<ActivationInfo, JobActivationResult>[],
      activation,
      run,
      interceptorFailed,
    );
  }

  /** Runs one job inside the interceptors; the slot is freed when the run itself ends. */
  function runJob(run: JobRun, info: InterceptedJob): void {
    const execute = () =>
      run.execute(strategy, true).then(() => {
        release(run);
        return run.summary();
      });
    void runIntercepted(
      layers('job') as InterceptLayer<InterceptedJob, JobRunSummary>[],
      info,
      execute,
      interceptorFailed,
    );
  }

  function startJobs(
    jobs: readonly ActivatedJob[],
    requested: number,
    receivedAt: number,
    activation: ActivationInfo,
  ): void {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i] as ActivatedJob;
      if (i >= requested) {
        giveBack(job);
        continue;
      }
      busy++;
      counters.activated++;
      const run = new JobRun(runtime, job, receivedAt);
      runs.add(run);
      if (interceptors.length === 0) run.start(strategy, false, release);
      else runJob(run, { job, activation });
    }
  }

  /** A job beyond what was asked for (a misbehaving server) goes straight back, retries unchanged. */
  function giveBack(job: ActivatedJob): void {
    logger.warn(
      { jobKey: job.jobKey },
      'activation returned more jobs than requested; giving the extra job back',
    );
    void handBack(job, 'Activated beyond the worker capacity', clock.now());
  }

  /** Fails a job back, retries unchanged, without running it; resolves when the engine answered. */
  async function handBack(job: ActivatedJob, message: string, receivedAt: number): Promise<void> {
    counters.activated++;
    const deadlineAt = localDeadline(job, receivedAt, options.jobTimeoutMs);
    const failure = await failBackJob(runtime, job, message, deadlineAt, options.stopGraceMs);
    if (failure === undefined) counters.failed++;
    else {
      counters.dropped++;
      logger.warn(
        { err: failure.error, jobKey: job.jobKey, reason: failure.kind },
        'could not hand a job back; it will time out and be activated again',
      );
    }
  }

  /** Resolves once {@link readyToPoll} says so (or the worker stops). */
  function waitForCapacity(): Promise<void> {
    return new Promise<void>((resolve) => {
      capacityWaiter = resolve;
      armBatchWindow();
    });
  }

  async function pollLoop(): Promise<void> {
    let failures = 0;
    let emptyStreak = 0;
    while (state.current === 'running') {
      if (!readyToPoll()) {
        await waitForCapacity();
        continue;
      }
      resetBatchWindow();
      const free = maxJobs - busy;
      counters.polls++;
      const startedAt = clock.now();
      const activation: ActivationInfo = { activationId: counters.polls, requested: free };
      let jobs: readonly ActivatedJob[];
      try {
        const result: JobActivationResult = await activate(
          free === maxJobs ? activationBase : { ...activationBase, maxJobsToActivate: free },
          activation,
        );
        jobs = result.jobs;
        if (!Array.isArray(jobs)) throw new TypeError('activateJobs answered without a jobs array');
      } catch (error) {
        if (state.current !== 'running') return;
        counters.activationErrors++;
        recordError(error);
        if (isPermanentActivationError(error)) {
          // Polling again cannot fix a closed client, rejected credentials or a wrong configuration.
          fail(error);
          return;
        }
        const delayMs = backoffDelay(
          failures,
          options.backoffInitialMs,
          options.backoffMaxMs,
          options.random,
        );
        failures++;
        const fields = { err: error, attempt: failures, delayMs };
        if (failures === 1) logger.warn(fields, 'job activation failed; backing off');
        else logger.debug(fields, 'job activation failed again; backing off');
        events.emit('activationError', { error, attempt: failures, delayMs });
        await sleep(clock, delayMs, lifecycle.signal);
        continue;
      }
      if (failures > 0) {
        logger.info({ failedAttempts: failures }, 'job activation recovered');
        failures = 0;
      }
      const receivedAt = clock.now();
      if (state.current !== 'running') {
        // The worker began stopping while this activation was answered: the engine holds these jobs for us now,
        // so hand them back at once rather than leave them until their timeout.
        await Promise.all(jobs.map((job) => handBack(job, STOPPING_MESSAGE, receivedAt)));
        return;
      }
      if (events.has('poll')) {
        events.emit('poll', { requested: free, received: jobs.length, durationMs: receivedAt - startedAt });
      }
      // Batch activations only while the engine has a backlog (it filled the request); once it answers with
      // fewer jobs than asked for, every free slot is worth a poll, or a long-running handler would leave slots idle.
      backlog = jobs.length >= free;
      startJobs(jobs, free, receivedAt, activation);
      if (jobs.length === 0 && receivedAt - startedAt < options.emptyPollPauseBelowMs) {
        // An empty answer long before the poll timeout means the server is not long-polling; pause, don't spin.
        await sleep(
          clock,
          backoffDelay(emptyStreak++, options.backoffInitialMs, options.backoffMaxMs, options.random),
          lifecycle.signal,
        );
      } else {
        emptyStreak = 0;
      }
    }
  }

  async function run(): Promise<void> {
    try {
      await strategy.start();
    } catch (error) {
      fail(error);
      return;
    }
    if (state.current !== 'starting') return;
    if (options.startupJitterMaxMs > 0) {
      await sleep(clock, Math.floor(options.random() * options.startupJitterMaxMs), lifecycle.signal);
      if (state.current !== 'starting') return;
    }
    state.transition('running');
    try {
      await pollLoop();
    } catch (error) {
      fail(error);
    }
  }

  let loopDone: Promise<void> = Promise.resolve();
  let shutdownPromise: Promise<void> | undefined;
  const graceTimers: unknown[] = [];

  function begin(): void {
    state.transition('starting');
    loopDone = run();
  }

  function waitForDrain(graceMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      drainWaiter = () => {
        drainWaiter = undefined;
        for (const handle of graceTimers) clock.clearTimeout(handle);
        graceTimers.length = 0;
        resolve();
      };
      armGrace(graceMs);
    });
  }

  function armGrace(graceMs: number): void {
    if (drainWaiter === undefined || !Number.isFinite(graceMs)) return;
    const cut = drainWaiter;
    graceTimers.push(clock.setTimeout(cut, Math.max(0, graceMs)));
  }

  async function shutdown(graceMs: number, failure?: { error: unknown }): Promise<void> {
    lifecycle.abort();
    resetBatchWindow();
    wakePoller();
    await loopDone;
    if (busy > 0 && graceMs > 0) await waitForDrain(graceMs);
    if (busy > 0) {
      hardStop.abort();
      await Promise.all(runs.toArray().map((r) => r.forceFail()));
    }
    try {
      await strategy.close(options.abortGraceMs);
    } catch (error) {
      logger.warn({ err: error }, 'closing the handler pool failed');
    }
    if (failure === undefined) state.transition('stopped');
    else state.transition('failed', failure.error);
  }

  function fail(error: unknown): void {
    recordError(error);
    logger.error({ err: error }, 'job worker failed');
    if (shutdownPromise !== undefined) return;
    if (state.can('draining')) state.transition('draining');
    shutdownPromise = shutdown(options.stopGraceMs, { error });
  }

  const worker: JobWorker = {
    jobType: options.jobType,
    workerName: options.workerName,
    options,
    finished,
    get state() {
      return state.current;
    },
    start() {
      if (state.current === 'idle') begin();
      switch (state.current) {
        case 'running':
          return Promise.resolve();
        case 'failed':
          return Promise.reject(lastError?.error);
        case 'starting':
          return new Promise<void>((resolve, reject) => {
            const off = events.on('stateChange', (change) => {
              if (change.to === 'running' || change.to === 'stopped') {
                off();
                resolve();
              } else if (change.to === 'failed') {
                off();
                reject(change.error);
              }
            });
          });
        default:
          return Promise.reject(
            new WorkerStateError(`A ${state.current} job worker cannot be started again`),
          );
      }
    },
    stop(stopOptions) {
      const graceMs = stopOptions?.graceMs ?? options.stopGraceMs;
      if (shutdownPromise !== undefined) {
        // A second, shorter stop (a second Ctrl-C) cuts the grace time.
        armGrace(graceMs);
        return shutdownPromise.then(() => undefined);
      }
      if (state.current === 'idle') {
        state.transition('stopped');
        shutdownPromise = Promise.resolve();
        return shutdownPromise;
      }
      if (state.terminal) return Promise.resolve();
      state.transition('draining');
      shutdownPromise = shutdown(Number.isNaN(graceMs) ? 0 : graceMs);
      return shutdownPromise;
    },
    stats() {
      return {
        state: state.current,
        ...counters,
        inFlight: busy,
        overrunning,
        lastError,
      };
    },
    on: (event, listener) => events.on(event, listener),
    intercept(interceptor) {
      interceptors = [...interceptors, interceptor];
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        interceptors = interceptors.filter((i) => i !== interceptor);
      };
    },
  };

  if (options.autoStart) begin();
  return worker;
}
