import type { Logger } from '@camunda-ts/client';
import type { ActivatedJob, JobResult } from './job-types.js';
import type { JobOutcome } from './worker-events.js';

/** Job variables when no schema narrows them. */
export type JobVariables = Record<string, unknown>;

/** Custom headers when no schema narrows them (the spec types them as a free-form object). */
export type JobCustomHeaders = Record<string, unknown>;

/** The action a handler took. */
export type JobActionKind = 'complete' | 'fail' | 'throwError' | 'ignore';

declare const receiptBrand: unique symbol;

/**
 * What an explicit action resolves to, so a handler can `return job.complete(...)`. `outcome` says whether the
 * engine took it (`completed`, `failed`, `bpmnError`, `ignored`) or the job was already gone (`dropped`).
 */
export interface JobActionReceipt {
  /** The action the handler took. */
  readonly action: JobActionKind;
  /** What became of it. */
  readonly outcome: JobOutcome;
  /** Only the worker creates receipts. */
  readonly [receiptBrand]: true;
}

/** Options of `job.complete`. */
export interface CompleteJobOptions {
  /**
   * A job result for user-task listeners and ad-hoc sub-processes; build it with `userTaskResult(…)` or
   * `adHocSubProcessResult(…)`.
   */
  readonly result?: JobResult;
}

/** Options of `job.fail`. */
export interface FailJobOptions {
  /** Shown in Operate and in the incident, when one is raised. */
  readonly errorMessage: string;
  /** Retries left after this failure; default: the job's retries minus one. 0 raises an incident. */
  readonly retries?: number;
  /** Delay before the job can be activated again. */
  readonly retryBackOffMs?: number;
  /** Variables set at the job's local scope. */
  readonly variables?: JobVariables;
}

/** Options of `job.throwError`. */
export interface ThrowJobErrorOptions {
  /** Matched against the error catch events of the process. */
  readonly errorCode: string;
  /** Context for operators. */
  readonly errorMessage?: string;
  /** Variables set at the scope of the catching event. */
  readonly variables?: JobVariables;
}

/**
 * What a handler receives: the activated job's fields, typed `variables` and `customHeaders`, a logger bound to
 * the job, a signal aborted at the job's deadline and on hard shutdown, and the explicit actions. Exactly one
 * action reaches the engine per activation: a second call rejects with `JobSettledError`.
 *
 * `V` is the variables type (from `inputSchema`), `O` what the job completes with (the input of `outputSchema`),
 * `H` the custom headers type (from `customHeadersSchema`).
 */
export interface JobContext<V = JobVariables, O = JobVariables, H = JobCustomHeaders>
  extends Omit<ActivatedJob, 'variables' | 'customHeaders'> {
  /** The job's variables, validated by `inputSchema` when one was given. */
  readonly variables: V;
  /** The task's custom headers, validated by `customHeadersSchema` when one was given. */
  readonly customHeaders: H;
  /** A child logger bound to the job type, job key and worker name (created on first use). */
  readonly log: Logger;
  /** Aborted at the job's deadline and when the worker stops without waiting any longer. */
  readonly signal: AbortSignal;
  /** Completes the job, optionally with variables (and a job result). */
  complete(variables?: O, options?: CompleteJobOptions): Promise<JobActionReceipt>;
  /** Fails the job; retries default to the job's retries minus one. */
  fail(options: FailJobOptions): Promise<JobActionReceipt>;
  /** Throws a BPMN error, to be caught by an error event in the process. */
  throwError(options: ThrowJobErrorOptions): Promise<JobActionReceipt>;
  /** Sends nothing: the job times out on the engine and is activated again later. */
  ignore(): Promise<JobActionReceipt>;
  /**
   * Sets the job's deadline to `timeoutMs` from now (`updateJob` with a timeout changeset and the job's lease
   * token), moving `signal`'s deadline with it. Rejects with the client's error when the engine refuses; a 404
   * or 409 (the job is gone, or its lease was superseded) also aborts `signal` with `JOB_LOST`. Extensions run
   * one at a time; after an action was taken it rejects with `JobSettledError`.
   */
  extendTimeout(timeoutMs: number): Promise<void>;
}

/**
 * A {@link JobContext} that also carries the client, for handlers that call the API (`async` and `thread`
 * strategies; a `thread` handler gets a client that forwards each call to the main thread's client).
 */
export interface ConnectedJobContext<V = JobVariables, O = JobVariables, H = JobCustomHeaders, C = unknown>
  extends JobContext<V, O, H> {
  /** The client the worker was created with (`async`), or its forwarding stand-in (`thread`). */
  readonly client: C;
}
