import { backoffDelay } from './backoff-delay.js';
import type { WorkerClock } from './clock.js';
import { errorStatus, isStaleLeaseError, isTransientError } from './error-status.js';
import { JobAbortedError } from './job-aborted-error.js';
import type { JobClient } from './job-client.js';
import { sleep } from './sleep.js';

/** Why an action did not reach the engine. */
export type DeliveryFailureKind =
  /** 404/409: the job no longer exists or is no longer activated (timed out, cancelled, settled elsewhere). */
  | 'gone'
  /** 409 for the lease: the job timed out and another worker holds it now. Never retried. */
  | 'superseded'
  /** A final refusal (4xx other than 404/409, or a local validation error). */
  | 'rejected'
  /** Transient failures went on until the job's deadline; afterwards the engine owns the job again. */
  | 'expired'
  /** The worker stopped retrying (hard shutdown). */
  | 'abandoned';

/** A failed delivery and the last error seen. */
export interface DeliveryFailure {
  readonly kind: DeliveryFailureKind;
  readonly error: unknown;
}

/** What a delivery needs of the worker. */
export interface DeliveryRuntime {
  readonly client: JobClient;
  readonly clock: WorkerClock;
  readonly random: () => number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
  /** Aborted on hard shutdown: no new retries after that. */
  readonly hardStop: AbortSignal;
}

type ActionMethod = 'completeJob' | 'failJob' | 'throwJobError';

/** How one delivery may be retried; every field has a default. */
export interface DeliveryOptions {
  /**
   * The action carries the job's lease token, so the engine refuses it once another worker holds the job. Without
   * a lease nothing is sent after the job's local deadline: by then the engine may have handed the job to another
   * worker, and an action without a lease would settle that worker's activation.
   */
  readonly fenced?: boolean;
  /** No retry starts after this (clock ms); default the job's deadline. */
  readonly retryUntil?: number;
  /** Retries end when this aborts (one last immediate attempt); default the worker's hard stop. */
  readonly stop?: AbortSignal | undefined;
}

/**
 * Sends one job action, retrying transient failures with backoff until it is accepted, the job is gone, or the
 * job's deadline passes (complete/fail/throw-error are idempotent for a job key, so a repeat is safe). An action
 * without a lease is not sent at all once the job's local deadline passed (see {@link DeliveryOptions.fenced}).
 * `settle` gets `undefined` on success or the failure, and the promise resolves with what it returns; rejects only
 * when `settle` throws. Not an async function: the common path is the client's promise with one `.then` that
 * settles, and only a failed attempt enters the retry loop.
 */
export function deliverJobAction<R>(
  rt: DeliveryRuntime,
  method: ActionMethod,
  input: Parameters<JobClient[ActionMethod]>[0],
  deadlineAt: number,
  retry: boolean,
  options: DeliveryOptions,
  settle: (failure: DeliveryFailure | undefined) => R | PromiseLike<R>,
): Promise<R> {
  const fenced = options.fenced ?? false;
  if (!fenced && rt.clock.now() >= deadlineAt) return Promise.resolve(expired(input.jobKey)).then(settle);
  let sent: Promise<unknown>;
  try {
    // The cast is safe: `input` was built for `method` by the caller.
    sent = (rt.client[method] as (i: typeof input) => Promise<unknown>)(input);
  } catch (error) {
    sent = Promise.reject(error);
  }
  return sent.then(
    () => settle(undefined),
    (error: unknown) => retryDelivery(rt, method, input, deadlineAt, retry, options, error).then(settle),
  );
}

function expired(jobKey: string): DeliveryFailure {
  return {
    kind: 'expired',
    error: new JobAbortedError('JOB_DEADLINE', `The deadline of job ${jobKey} passed`),
  };
}

/** The retry loop after a failed first attempt (`firstError`). */
async function retryDelivery(
  rt: DeliveryRuntime,
  method: ActionMethod,
  input: Parameters<JobClient[ActionMethod]>[0],
  deadlineAt: number,
  retry: boolean,
  options: DeliveryOptions,
  firstError: unknown,
): Promise<DeliveryFailure | undefined> {
  let mayRetry = retry;
  const fenced = options.fenced ?? false;
  const retryUntil = options.retryUntil ?? deadlineAt;
  const stop = 'stop' in options ? options.stop : rt.hardStop;
  let error = firstError;
  for (let attempt = 0; ; attempt++) {
    const status = errorStatus(error);
    if (isStaleLeaseError(error)) return { kind: 'superseded', error };
    if (status === 404 || status === 409) return { kind: 'gone', error };
    if (!isTransientError(error)) return { kind: 'rejected', error };
    if (!mayRetry || stop?.aborted) return { kind: 'abandoned', error };
    const delay = backoffDelay(attempt, rt.backoffInitialMs, rt.backoffMaxMs, rt.random);
    if (rt.clock.now() + delay >= retryUntil) return { kind: 'expired', error };
    // A hard stop during the wait still gets one last immediate attempt, then no more.
    if (!(await sleep(rt.clock, delay, stop))) mayRetry = false;
    if (!fenced && rt.clock.now() >= deadlineAt) return expired(input.jobKey);
    try {
      // The cast is safe: `input` was built for `method` by the caller.
      await (rt.client[method] as (i: typeof input) => Promise<unknown>)(input);
      return undefined;
    } catch (caught) {
      error = caught;
    }
  }
}
