import type { ActivatedJob, JobActivationResult } from './job-types.js';
import type { JobOutcome } from './worker-events.js';

/** One activation request, as interceptors see it. */
export interface ActivationInfo {
  /** Sequence number of the activation within its worker, from 1: ties jobs to the poll that delivered them. */
  readonly activationId: number;
  /** Jobs asked for: the worker's free slots. */
  readonly requested: number;
}

/** One job about to run, as interceptors see it. */
export interface InterceptedJob {
  /** The job as activated. */
  readonly job: ActivatedJob;
  /** The activation that delivered the job: the same object the `activation` interceptor saw. */
  readonly activation: ActivationInfo;
}

/** How one job's run ended. */
export interface JobRunSummary {
  /** What became of the job. */
  readonly outcome: JobOutcome;
  /** The error behind a failed job or BPMN error (the handler's throw, or the engine's refusal of its action). */
  readonly error?: unknown;
  /** True when the handler threw (before the job was settled). */
  readonly handlerThrew: boolean;
  /** How long the handler ran; `undefined` when it did not run (input failed validation). */
  readonly handlerDurationMs: number | undefined;
  /** From activation to the end of the run, the engine's answer to the action included. */
  readonly durationMs: number;
}

/**
 * Wraps a worker's activations and job runs, e.g. to run them inside a tracing context (what `@camunda-ts/otel`
 * does). Each method gets a `run` to call once, and returns a promise that settles after it. The worker uses
 * what `run` produced, whatever the interceptor resolves with; an interceptor that throws or does not call `run`
 * is logged and bypassed. Interceptors run in the order they were added, the first one outermost.
 */
export interface JobWorkerInterceptor {
  /** Around each activation request (the long poll). `run` rejects when the activation fails. */
  activation?(info: ActivationInfo, run: () => Promise<JobActivationResult>): Promise<unknown>;
  /** Around each job: input validation, the handler and the job's action. `run` never rejects. */
  job?(info: InterceptedJob, run: () => Promise<JobRunSummary>): Promise<unknown>;
}
