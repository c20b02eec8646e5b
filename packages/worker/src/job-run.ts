import { childLogger, type Logger } from '@camunda-ts/client';
import { backoffDelay } from './backoff-delay.js';
import type { WorkerClock } from './clock.js';
import { createDeadlineTimer, type DeadlineTimer } from './deadline-timer.js';
import type { DeliveryFailure, DeliveryOptions, DeliveryRuntime } from './deliver-job-action.js';
import { deliverJobAction } from './deliver-job-action.js';
import { errorMessage, errorStatus, isStaleLeaseError, isTransientError } from './error-status.js';
import type { ExecutionStrategy } from './execution-strategy.js';
import { failBackJob, localDeadline } from './fail-back-job.js';
import { HandlerOverrunError } from './handler-overrun-error.js';
import { JobAbortedError } from './job-aborted-error.js';
import { isJobCompletion } from './job-completion.js';
import type {
  CompleteJobOptions,
  ConnectedJobContext,
  FailJobOptions,
  JobActionKind,
  JobActionReceipt,
  ThrowJobErrorOptions,
} from './job-context.js';
import { isJobError } from './job-error.js';
import { isJobFailure } from './job-failure.js';
import { JobSettledError } from './job-settled-error.js';
import type {
  ActivatedJob,
  CompleteJobInput,
  FailJobInput,
  ThrowJobErrorInput,
  UpdateJobInput,
} from './job-types.js';
import type { JobRunSummary } from './job-worker-interceptor.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import { validateWithSchema } from './validate-with-schema.js';
import type { JobOutcome } from './worker-events.js';

/** What every job run of one worker shares; built once per worker. */
export interface JobRuntime extends DeliveryRuntime {
  readonly clock: WorkerClock;
  /** Logger bound to the worker name and job type. */
  readonly logger: Logger;
  readonly jobTimeoutMs: number;
  /** Extend the job's timeout while the handler runs. */
  readonly autoExtendTimeout: boolean;
  readonly inputSchema: StandardSchemaV1 | undefined;
  readonly outputSchema: StandardSchemaV1 | undefined;
  readonly customHeadersSchema: StandardSchemaV1 | undefined;
  /** The client as handlers see it (`job.client`); `undefined` for isolated handlers. */
  readonly handlerClient: unknown;
  /** Called when a job is dropped because the engine refused its stale lease (before `settled`). */
  superseded(): void;
  /** Called for every timeout extension the engine accepted. */
  extended(): void;
  /**
   * How long a handler may run on after its signal aborted before the worker stops waiting for it (terminating a
   * thread or process, abandoning an async handler's promise) and frees its slot.
   */
  readonly abortGraceMs: number;
  /** How long a fail-back (a job handed back on stop) is retried on transient errors. */
  readonly failBackWindowMs: number;
  /** Called when a handler is still running at its job's deadline. */
  overran(job: ActivatedJob): void;
  /** Called when the run of a job whose handler overran ended (its slot is about to be freed). */
  overrunEnded(): void;
  /** Watches the deadlines of the worker's runs; from {@link createJobDeadlineTimer}. */
  readonly deadlines: DeadlineTimer<JobRun>;
  /** Called once per job with how it ended. */
  settled(job: ActivatedJob, outcome: JobOutcome, startedAt: number, error: unknown): void;
}

/** Share of the time left before the deadline after which an automatic extension is sent. */
const AUTO_EXTEND_AT = 0.8;

const noop = (): void => {};

/** A handler may return a promise or any thenable (what `await` accepts). */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

// Delivery options by whether the job has a lease; shared, so an action allocates none.
const FENCED: DeliveryOptions = Object.freeze({ fenced: true });
const UNFENCED: DeliveryOptions = Object.freeze({ fenced: false });

// One frozen receipt per (action, outcome): handing them out allocates nothing per job.
const receipts = Object.fromEntries(
  (['complete', 'fail', 'throwError', 'ignore'] as const).map((action) => [
    action,
    Object.fromEntries(
      (['completed', 'failed', 'bpmnError', 'ignored', 'dropped'] as const).map((outcome) => [
        outcome,
        Object.freeze({ action, outcome }),
      ]),
    ),
  ]),
) as unknown as Record<JobActionKind, Record<JobOutcome, JobActionReceipt>>;

// Set by the static block of JobRun, which alone can read its private fields.
let deadlineOf: (run: JobRun) => number;
let deadlinePassed: (run: JobRun) => void;

/** The timer that watches the deadlines of one worker's job runs ({@link JobRuntime.deadlines}). */
export function createJobDeadlineTimer(clock: WorkerClock): DeadlineTimer<JobRun> {
  return createDeadlineTimer(clock, deadlineOf, deadlinePassed);
}

const STOPPED_MESSAGE = 'The job worker stopped before the handler finished';

/**
 * One activated job: the handler's context (fields, variables, log, signal, actions) and the worker's book-keeping
 * for it. Handlers see it through the `JobContext` types; the methods not in those types are the worker's.
 * The logger and the abort controller are created only when the handler uses them; the deadline timer runs for
 * every job, so a handler that never reads its signal is still noticed when it overruns.
 * `implements` keeps the copied fields in step with the spec's `ActivatedJobResult`.
 */
export class JobRun implements ConnectedJobContext<unknown, unknown, unknown, unknown> {
  readonly type: ActivatedJob['type'];
  readonly processDefinitionId: ActivatedJob['processDefinitionId'];
  readonly processDefinitionVersion: ActivatedJob['processDefinitionVersion'];
  readonly elementId: ActivatedJob['elementId'];
  customHeaders: unknown;
  readonly worker: ActivatedJob['worker'];
  readonly retries: ActivatedJob['retries'];
  readonly deadline: ActivatedJob['deadline'];
  variables: unknown;
  readonly tenantId: ActivatedJob['tenantId'];
  readonly physicalTenantId: ActivatedJob['physicalTenantId'];
  readonly jobKey: ActivatedJob['jobKey'];
  readonly processInstanceKey: ActivatedJob['processInstanceKey'];
  readonly processDefinitionKey: ActivatedJob['processDefinitionKey'];
  readonly elementInstanceKey: ActivatedJob['elementInstanceKey'];
  readonly kind: ActivatedJob['kind'];
  readonly listenerEventType: ActivatedJob['listenerEventType'];
  readonly userTask: ActivatedJob['userTask'];
  readonly tags: ActivatedJob['tags'];
  readonly rootProcessInstanceKey: ActivatedJob['rootProcessInstanceKey'];
  readonly businessId: ActivatedJob['businessId'];
  readonly priority: ActivatedJob['priority'];
  readonly leaseToken: ActivatedJob['leaseToken'];
  readonly client: unknown;

  readonly #rt: JobRuntime;
  readonly #job: ActivatedJob;
  readonly #startedAt: number;
  /**
   * Local deadline: the engine's, but never later than activation time plus the job timeout (clock skew); an
   * accepted extension moves it to the time the extension was sent plus its timeout.
   */
  #deadlineAt: number;
  #log: Logger | undefined;
  #controller: AbortController | undefined;
  /** Watched by the worker's deadline timer. */
  #watched = false;
  #abortReason: JobAbortedError | undefined;
  #action: Promise<JobActionReceipt> | undefined;
  #actionKind: JobActionKind | undefined;
  #handlerError: unknown;
  #done = false;
  /** What the run ended in, for interceptors (`summary()`). */
  #outcome: JobOutcome | undefined;
  #threw = false;
  #handlerMs: number | undefined;
  /** The next automatic timeout extension. */
  #extendTimer: unknown;
  /** Settles when the extensions sent or queued so far are answered; never rejects. */
  #extension: Promise<void> | undefined;
  /** An extension showed that the engine no longer holds the job for this worker. */
  #lost = false;
  /** Between handing the job to the strategy and the handler settling (or being given up on). */
  #handlerRunning = false;
  /** The handler was still running at the deadline. */
  #overran = false;
  /** Ends the abort grace period of an overrunning handler. */
  #graceTimer: unknown;
  #strategy: ExecutionStrategy | undefined;
  /** When the handler started, for `summary()`; -1 when the run is not timed. */
  #handlerStart = -1;
  /** Called once when the run ended. */
  #onEnd: ((run: JobRun) => void) | undefined;

  constructor(rt: JobRuntime, job: ActivatedJob, receivedAt: number) {
    this.type = job.type;
    this.processDefinitionId = job.processDefinitionId;
    this.processDefinitionVersion = job.processDefinitionVersion;
    this.elementId = job.elementId;
    this.customHeaders = job.customHeaders;
    this.worker = job.worker;
    this.retries = job.retries;
    this.deadline = job.deadline;
    this.variables = job.variables;
    this.tenantId = job.tenantId;
    this.physicalTenantId = job.physicalTenantId;
    this.jobKey = job.jobKey;
    this.processInstanceKey = job.processInstanceKey;
    this.processDefinitionKey = job.processDefinitionKey;
    this.elementInstanceKey = job.elementInstanceKey;
    this.kind = job.kind;
    this.listenerEventType = job.listenerEventType;
    this.userTask = job.userTask;
    this.tags = job.tags;
    this.rootProcessInstanceKey = job.rootProcessInstanceKey;
    this.businessId = job.businessId;
    this.priority = job.priority;
    this.leaseToken = job.leaseToken;
    this.client = rt.handlerClient;
    this.#rt = rt;
    this.#job = job;
    this.#startedAt = receivedAt;
    this.#deadlineAt = localDeadline(job, receivedAt, rt.jobTimeoutMs);
  }

  /** A child logger bound to job type, job key and worker; created on first use. */
  get log(): Logger {
    if (this.#log === undefined) this.#log = childLogger(this.#rt.logger, { jobKey: this.jobKey });
    return this.#log;
  }

  /** Aborted at the job's deadline and on hard shutdown; created on first use. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      const controller = new AbortController();
      this.#controller = controller;
      if (this.#abortReason !== undefined) controller.abort(this.#abortReason);
    }
    return this.#controller.signal;
  }

  /** The deadline is watched for every job, whether or not the handler reads its signal. */
  #armDeadline(): void {
    this.#watched = true;
    this.#rt.deadlines.watch(this);
  }

  #unwatchDeadline(): void {
    if (!this.#watched) return;
    this.#watched = false;
    this.#rt.deadlines.unwatch(this);
  }

  static {
    deadlineOf = (run) => run.#deadlineAt;
    deadlinePassed = (run) => run.#deadlinePassed();
  }

  #deadlinePassed(): void {
    this.#watched = false;
    this.#abort(new JobAbortedError('JOB_DEADLINE', `The deadline of job ${this.jobKey} passed`));
    if (!this.#handlerRunning || this.#overran) return;
    this.#overran = true;
    const rt = this.#rt;
    this.log.warn(
      { graceMs: rt.abortGraceMs },
      'job handler still running at the job deadline; its signal was aborted',
    );
    rt.overran(this.#job);
    if (Number.isFinite(rt.abortGraceMs)) {
      this.#graceTimer = rt.clock.setTimeout(() => {
        this.#graceTimer = undefined;
        this.#abandonHandler(
          new HandlerOverrunError(
            `The handler of job ${this.jobKey} ran ${rt.abortGraceMs} ms past the job deadline and was given up on`,
          ),
        );
      }, rt.abortGraceMs);
    }
  }

  /**
   * Stops waiting for the handler: the strategy terminates it (thread, process) or forgets it (async), and the run
   * goes on as if the handler had thrown `reason`.
   */
  #abandonHandler(reason: Error): void {
    if (!this.#handlerRunning) return;
    this.log.warn({ reason: reason.message }, 'job handler given up on; its slot is freed');
    this.#strategy?.abandon?.(this);
    this.#handlerSettled(false, reason);
  }

  /** Whether the engine refuses this run's actions once the job went to another worker (a lease). */
  #fence(): DeliveryOptions {
    return typeof this.leaseToken === 'string' ? FENCED : UNFENCED;
  }

  /** The job's lease token for an action's input, when it was activated with a lease. */
  #lease(): { leaseToken?: string } {
    return typeof this.leaseToken === 'string' ? { leaseToken: this.leaseToken } : {};
  }

  extendTimeout(timeoutMs: number): Promise<void> {
    if (this.#action !== undefined || this.#done) return this.#alreadySettled('extendTimeout');
    return this.#queueExtension(timeoutMs);
  }

  /** Sends an extension once the ones before it were answered, so at most one is in flight. */
  #queueExtension(timeoutMs: number): Promise<void> {
    const previous = this.#extension;
    const send = (): Promise<void> => this.#sendExtension(timeoutMs);
    const next = previous === undefined ? send() : previous.then(send);
    const tail = next.then(noop, noop);
    this.#extension = tail;
    tail.then(() => {
      if (this.#extension === tail) this.#extension = undefined;
    });
    return next;
  }

  async #sendExtension(timeoutMs: number): Promise<void> {
    const rt = this.#rt;
    const sentAt = rt.clock.now();
    const input: UpdateJobInput = {
      jobKey: this.jobKey,
      changeset: { timeout: timeoutMs },
      ...this.#lease(),
    };
    try {
      await rt.client.updateJob(input);
    } catch (error) {
      const status = errorStatus(error);
      if (status === 404 || status === 409) this.#jobLost(error);
      throw error;
    }
    rt.extended();
    // The engine counts the new timeout from when it got the request, so the send time is the safe base.
    // A watched run's new deadline is read by the deadline timer; an earlier one re-arms it.
    this.#deadlineAt = sentAt + timeoutMs;
    if (this.#watched) rt.deadlines.watch(this);
    this.#armAutoExtension(sentAt);
  }

  /** Arms the next automatic extension at {@link AUTO_EXTEND_AT} of the time from `from` to the deadline. */
  #armAutoExtension(from: number): void {
    if (!this.#rt.autoExtendTimeout || this.#done || this.#lost || this.#action !== undefined) return;
    const { clock } = this.#rt;
    if (this.#extendTimer !== undefined) clock.clearTimeout(this.#extendTimer);
    const at = from + Math.floor((this.#deadlineAt - from) * AUTO_EXTEND_AT);
    this.#extendTimer = clock.setTimeout(() => this.#autoExtend(0), Math.max(0, at - clock.now()));
  }

  /** One automatic extension; transient failures are retried with backoff while the deadline allows. */
  #autoExtend(attempt: number): void {
    this.#extendTimer = undefined;
    // Settled handlers need no more time; an extension in flight re-arms the timer when it is accepted.
    if (this.#done || this.#lost || this.#action !== undefined || this.#extension !== undefined) return;
    const rt = this.#rt;
    this.#queueExtension(rt.jobTimeoutMs).catch((error: unknown) => {
      if (this.#lost || this.#done || this.#action !== undefined) return;
      const delay = backoffDelay(attempt, rt.backoffInitialMs, rt.backoffMaxMs, rt.random);
      if (!isTransientError(error) || rt.clock.now() + delay >= this.#deadlineAt) {
        this.log.warn({ err: error }, 'could not extend the job timeout; the job may time out');
        return;
      }
      this.#extendTimer = rt.clock.setTimeout(() => this.#autoExtend(attempt + 1), delay);
    });
  }

  /** A 404/409 to an extension: the engine no longer holds the job for this worker, so the handler can stop. */
  #jobLost(error: unknown): void {
    if (this.#lost) return;
    this.#lost = true;
    if (this.#extendTimer !== undefined) {
      this.#rt.clock.clearTimeout(this.#extendTimer);
      this.#extendTimer = undefined;
    }
    if (this.#done || this.#action !== undefined) return;
    const superseded = isStaleLeaseError(error);
    this.log.warn(
      { err: error },
      superseded
        ? 'the job was activated again by another worker (its lease was superseded); aborting the handler'
        : 'the job is no longer active on the engine; aborting the handler',
    );
    this.#abort(
      new JobAbortedError(
        'JOB_LOST',
        superseded
          ? `Job ${this.jobKey} was activated again by another worker`
          : `Job ${this.jobKey} is no longer active on the engine`,
      ),
    );
  }

  complete(variables?: unknown, options?: CompleteJobOptions): Promise<JobActionReceipt> {
    if (this.#action !== undefined) return this.#alreadySettled('complete');
    this.#actionKind = 'complete';
    const schema = this.#rt.outputSchema;
    if (schema === undefined || variables == null) {
      this.#action = this.#deliverComplete(variables, options?.result);
      return this.#action;
    }
    // The action counts as taken from here on, so nothing else is sent while the output is validated.
    this.#action = Promise.resolve(validateWithSchema(schema, variables, 'output variables')).then(
      (check) => {
        if (check.ok) return this.#deliverComplete(check.value, options?.result);
        this.log.error({ reason: check.message }, 'job output failed validation');
        return this.#deliverFail('complete', check.message, Math.max(0, this.retries - 1), undefined, true);
      },
    );
    return this.#action;
  }

  fail(options: FailJobOptions): Promise<JobActionReceipt> {
    if (this.#action !== undefined) return this.#alreadySettled('fail');
    return this.#fail(options.errorMessage, options.retries ?? Math.max(0, this.retries - 1), options, true);
  }

  throwError(options: ThrowJobErrorOptions): Promise<JobActionReceipt> {
    if (this.#action !== undefined) return this.#alreadySettled('throwError');
    const input: ThrowJobErrorInput = {
      jobKey: this.jobKey,
      errorCode: options.errorCode,
      ...(options.errorMessage !== undefined && { errorMessage: options.errorMessage }),
      ...(options.variables !== undefined && { variables: options.variables }),
      ...this.#lease(),
    };
    this.#actionKind = 'throwError';
    this.#action = deliverJobAction(
      this.#rt,
      'throwJobError',
      input,
      this.#deadlineAt,
      true,
      this.#fence(),
      (failure) =>
        failure === undefined
          ? this.#settle('throwError', 'bpmnError')
          : this.#recover('throwError', failure),
    );
    return this.#action;
  }

  ignore(): Promise<JobActionReceipt> {
    if (this.#action !== undefined) return this.#alreadySettled('ignore');
    this.#actionKind = 'ignore';
    this.#action = Promise.resolve(this.#settle('ignore', 'ignored'));
    return this.#action;
  }

  /**
   * Runs the job to its end: validate input, run the handler through `strategy`, turn its return or throw into
   * exactly one action, wait for that action. Never rejects. `timed` measures the handler for `summary()` (only
   * when an interceptor will ask: otherwise the run reads no clock for it).
   */
  execute(strategy: ExecutionStrategy, timed = false): Promise<void> {
    return new Promise<void>((resolve) => this.start(strategy, timed, () => resolve()));
  }

  /**
   * `execute` without a promise of its own: `onEnd` is called once, when the run ended. The worker's common path,
   * where a promise per job (and an async frame around the handler) would only be waited on to free the slot.
   */
  start(strategy: ExecutionStrategy, timed: boolean, onEnd: (run: JobRun) => void): void {
    this.#onEnd = onEnd;
    const rt = this.#rt;
    if (rt.inputSchema === undefined && rt.customHeadersSchema === undefined) {
      this.#startHandler(strategy, timed);
      return;
    }
    this.#validateInput().then(
      (problem) => {
        if (problem === undefined) {
          this.#startHandler(strategy, timed);
          return;
        }
        // A retry would see the same variables, so the job goes straight to an incident.
        this.log.warn({ reason: problem }, 'job input failed validation');
        this.#endAfter(this.#fail(problem, 0, undefined, true));
      },
      (error: unknown) => this.#unexpected(error),
    );
  }

  /** Hands the job to the strategy; the handler's return or throw comes back through `#handlerSettled`. */
  #startHandler(strategy: ExecutionStrategy, timed: boolean): void {
    const rt = this.#rt;
    try {
      if (this.#abortReason === undefined) this.#armDeadline();
      if (rt.autoExtendTimeout) this.#armAutoExtension(this.#startedAt);
      if (timed) this.#handlerStart = rt.clock.now();
    } catch (error) {
      this.#unexpected(error);
      return;
    }
    this.#strategy = strategy;
    this.#handlerRunning = true;
    let result: unknown;
    try {
      result = strategy.run(this);
    } catch (error) {
      this.#handlerSettled(false, error);
      return;
    }
    if (isThenable(result)) {
      result.then(
        (value) => this.#handlerSettled(true, value),
        (error: unknown) => this.#handlerSettled(false, error),
      );
    } else {
      this.#handlerSettled(true, result);
    }
  }

  /**
   * The handler returned (`ok`) or threw, or was given up on: the first of these counts. Turns it into the run's
   * one action and ends the run when that action settled.
   */
  #handlerSettled(ok: boolean, outcome: unknown): void {
    if (!this.#handlerRunning) return;
    this.#handlerRunning = false;
    if (this.#handlerStart >= 0) this.#handlerMs = this.#rt.clock.now() - this.#handlerStart;
    let action: Promise<unknown>;
    try {
      if (!ok) action = this.#handlerThrew(outcome);
      else if (this.#action !== undefined) action = this.#action;
      else if (outcome === undefined || outcome === null) {
        // The common case (nothing returned): the run ends from the completion's own settlement, without
        // `#completeWith`'s async hop or a promise of its own to wait on.
        this.#actionKind = 'complete';
        this.#action = this.#deliverComplete(undefined, undefined, true);
        return;
      } else action = this.#completeWith(outcome);
    } catch (error) {
      this.#unexpected(error);
      return;
    }
    this.#endAfter(action);
  }

  /** Ends the run once `action` settled (it never rejects; if it did, that is logged as unexpected). */
  #endAfter(action: Promise<unknown>): void {
    action.then(
      () => this.#end(),
      (error: unknown) => this.#unexpected(error),
    );
  }

  #unexpected(error: unknown): void {
    this.#rt.logger.error(
      { err: error, jobKey: this.jobKey },
      'job worker: unexpected error while running a job',
    );
    this.#end();
  }

  /** The run is over: stop watching the deadline and the timers, then tell the worker. */
  #end(): void {
    const rt = this.#rt;
    this.#done = true;
    this.#unwatchDeadline();
    if (this.#extendTimer !== undefined) {
      rt.clock.clearTimeout(this.#extendTimer);
      this.#extendTimer = undefined;
    }
    if (this.#graceTimer !== undefined) {
      rt.clock.clearTimeout(this.#graceTimer);
      this.#graceTimer = undefined;
    }
    if (this.#overran) rt.overrunEnded();
    const onEnd = this.#onEnd;
    this.#onEnd = undefined;
    onEnd?.(this);
  }

  /**
   * Hard shutdown: abort the handler's signal and, unless it already acted, fail the job with its retries
   * unchanged so the engine can hand it out again at once (transient failures retried for the fail-back window,
   * never past the deadline without a lease). The handler is given up on, so the run ends. Resolves when the
   * action settled.
   */
  forceFail(): Promise<unknown> {
    const reason = new JobAbortedError('WORKER_STOPPED', STOPPED_MESSAGE);
    this.#abort(reason);
    const action = this.#action ?? this.#failBack();
    this.#abandonHandler(reason);
    return action;
  }

  #failBack(): Promise<JobActionReceipt> {
    const rt = this.#rt;
    this.#actionKind = 'fail';
    this.#action = failBackJob(rt, this, STOPPED_MESSAGE, this.#deadlineAt, rt.failBackWindowMs).then(
      (failure) => (failure === undefined ? this.#settle('fail', 'failed') : this.#drop('fail', failure)),
    );
    return this.#action;
  }

  /** How the run ended, for the worker's interceptors; meant for after `execute` resolved. */
  summary(): JobRunSummary {
    const error = this.#handlerError;
    return {
      // Only an unexpected internal error leaves a run without an outcome; its job is not settled.
      outcome: this.#outcome ?? 'dropped',
      ...(error !== undefined && { error }),
      handlerThrew: this.#threw,
      handlerDurationMs: this.#handlerMs,
      durationMs: this.#rt.clock.now() - this.#startedAt,
    };
  }

  /** The job as plain data (validated variables and headers), for a handler in another thread or process. */
  toWire(): ActivatedJob {
    return {
      ...this.#job,
      variables: this.variables as ActivatedJob['variables'],
      customHeaders: this.customHeaders as ActivatedJob['customHeaders'],
    };
  }

  async #validateInput(): Promise<string | undefined> {
    const rt = this.#rt;
    if (rt.inputSchema !== undefined) {
      const check = await validateWithSchema(rt.inputSchema, this.variables, 'input variables');
      if (!check.ok) return check.message;
      this.variables = check.value;
    }
    if (rt.customHeadersSchema !== undefined) {
      const check = await validateWithSchema(rt.customHeadersSchema, this.customHeaders, 'custom headers');
      if (!check.ok) return check.message;
      this.customHeaders = check.value;
    }
    return undefined;
  }

  async #completeWith(value: unknown): Promise<void> {
    if (value === undefined || value === null) {
      await this.complete();
      return;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      const message = `The handler returned ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}; return an object of variables or nothing`;
      this.log.error({ reason: message }, 'job handler returned an invalid value');
      await this.#fail(message, Math.max(0, this.retries - 1), undefined, true);
      return;
    }
    if (isJobCompletion(value)) {
      await this.complete(value.variables, { result: value.result });
      return;
    }
    await this.complete(value);
  }

  async #handlerThrew(error: unknown): Promise<void> {
    if (this.#action !== undefined) {
      if (this.#abortReason === undefined) {
        this.log.warn({ err: error }, 'job handler threw after the job was settled; the error was ignored');
      }
      await this.#action;
      return;
    }
    this.#handlerError = error;
    this.#threw = true;
    if (isJobError(error)) {
      await this.throwError({
        errorCode: error.errorCode,
        ...(error.errorMessage !== undefined && { errorMessage: error.errorMessage }),
        ...(error.variables !== undefined && { variables: error.variables }),
      });
      return;
    }
    if (isJobFailure(error)) {
      const { retries, retryBackOffMs, variables } = error;
      const options = {
        ...(retryBackOffMs !== undefined && { retryBackOffMs }),
        ...(variables !== undefined && { variables }),
      };
      await this.#fail(error.message, retries ?? Math.max(0, this.retries - 1), options, true);
      return;
    }
    // The stack stays in the log; only the message reaches the engine.
    this.log.error({ err: error }, 'job handler failed');
    await this.#fail(errorMessage(error), Math.max(0, this.retries - 1), undefined, true);
  }

  #fail(
    message: string,
    retries: number,
    options: Omit<FailJobOptions, 'errorMessage' | 'retries'> | undefined,
    retry: boolean,
  ): Promise<JobActionReceipt> {
    this.#actionKind = 'fail';
    this.#action = this.#deliverFail('fail', message, retries, options, retry);
    return this.#action;
  }

  /** Sends `completeJob`; with `endsRun`, the run ends as soon as the completion (or its recovery) settled. */
  #deliverComplete(
    variables: unknown,
    result: CompleteJobOptions['result'],
    endsRun = false,
  ): Promise<JobActionReceipt> {
    const input: { -readonly [K in keyof CompleteJobInput]: CompleteJobInput[K] } = { jobKey: this.jobKey };
    if (variables != null) input.variables = variables as Record<string, unknown>;
    if (result !== undefined) input.result = result;
    if (typeof this.leaseToken === 'string') input.leaseToken = this.leaseToken;
    return deliverJobAction(
      this.#rt,
      'completeJob',
      input,
      this.#deadlineAt,
      true,
      this.#fence(),
      endsRun ? (failure) => this.#completedThenEnd(failure) : (failure) => this.#completed(failure),
    );
  }

  #completed(failure: DeliveryFailure | undefined): Promise<JobActionReceipt> | JobActionReceipt {
    return failure === undefined ? this.#settle('complete', 'completed') : this.#recover('complete', failure);
  }

  /** Settles the run's own completion and ends the run; never throws, so its promise is never left rejected. */
  #completedThenEnd(failure: DeliveryFailure | undefined): Promise<JobActionReceipt> | JobActionReceipt {
    let settled: Promise<JobActionReceipt> | JobActionReceipt;
    try {
      settled = this.#completed(failure);
    } catch (error) {
      this.#unexpected(error);
      return receipts.complete[this.#outcome ?? 'dropped'];
    }
    if (isThenable(settled)) this.#endAfter(settled);
    else this.#end();
    return settled;
  }

  /** Sends `failJob`; `kind` is the action the handler asked for (a refused completion may end as a failure). */
  #deliverFail(
    kind: JobActionKind,
    message: string,
    retries: number,
    options: Omit<FailJobOptions, 'errorMessage' | 'retries'> | undefined,
    retry: boolean,
  ): Promise<JobActionReceipt> {
    const input: FailJobInput = {
      jobKey: this.jobKey,
      retries,
      errorMessage: message,
      ...(options?.retryBackOffMs !== undefined && { retryBackOff: options.retryBackOffMs }),
      ...(options?.variables !== undefined && { variables: options.variables }),
      ...this.#lease(),
    };
    return deliverJobAction(this.#rt, 'failJob', input, this.#deadlineAt, retry, this.#fence(), (failure) =>
      failure === undefined ? this.#settle(kind, 'failed') : this.#drop(kind, failure),
    );
  }

  /**
   * A refused completion or BPMN error leaves the job active on the engine; failing it (retries - 1) surfaces
   * the refusal now instead of after the job timeout.
   */
  #recover(
    kind: 'complete' | 'throwError',
    failure: DeliveryFailure,
  ): Promise<JobActionReceipt> | JobActionReceipt {
    if (failure.kind !== 'rejected') return this.#drop(kind, failure);
    const message = `The engine rejected ${kind === 'complete' ? 'the completion' : 'the BPMN error'}: ${errorMessage(failure.error)}`;
    this.log.error({ err: failure.error }, message);
    this.#handlerError ??= failure.error;
    return this.#deliverFail(kind, message, Math.max(0, this.retries - 1), undefined, true);
  }

  #drop(kind: JobActionKind, failure: DeliveryFailure): JobActionReceipt {
    const fields = { err: failure.error, action: kind, reason: failure.kind };
    if (failure.kind === 'superseded') {
      this.#rt.superseded();
      this.log.warn(fields, 'job was activated again by another worker (its lease was superseded); dropped');
    } else if (failure.kind === 'gone') {
      this.log.warn(fields, 'job is gone from the engine (404/409); dropped');
    } else {
      this.log.error(fields, 'job action did not reach the engine; the job will time out and be retried');
    }
    return this.#settle(kind, 'dropped');
  }

  #settle(kind: JobActionKind, outcome: JobOutcome): JobActionReceipt {
    this.#outcome = outcome;
    this.#rt.settled(this.#job, outcome, this.#startedAt, this.#handlerError);
    return receipts[kind][outcome];
  }

  #alreadySettled(attempted: JobActionKind | 'extendTimeout'): Promise<never> {
    return Promise.reject(new JobSettledError(this.jobKey, this.#actionKind ?? 'unknown', attempted));
  }

  #abort(reason: JobAbortedError): void {
    if (this.#abortReason !== undefined) return;
    this.#abortReason = reason;
    this.#unwatchDeadline();
    this.#controller?.abort(reason);
  }
}
