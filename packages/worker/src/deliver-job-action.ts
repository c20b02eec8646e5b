import { backoffDelay } from './backoff-delay.js';
import type { WorkerClock } from './clock.js';
import { errorStatus, isStaleLeaseError, isTransientError } from './error-status.js';
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

/**
 * Sends one job action, retrying transient failures with backoff until it is accepted, the job is gone, or the
 * job's deadline passes (complete/fail/throw-error are idempotent for a job key, so a repeat is safe). Resolves
 * `undefined` on success, so the common path allocates nothing; never rejects.
 */
export async function deliverJobAction(
  rt: DeliveryRuntime,
  method: ActionMethod,
  input: Parameters<JobClient[ActionMethod]>[0],
  deadlineAt: number,
  retry: boolean,
): Promise<DeliveryFailure | undefined> {
  let mayRetry = retry;
  for (let attempt = 0; ; attempt++) {
    try {
      // The cast is safe: `input` was built for `method` by the caller.
      await (rt.client[method] as (i: typeof input) => Promise<unknown>)(input);
      return undefined;
    } catch (error) {
      const status = errorStatus(error);
      if (isStaleLeaseError(error)) return { kind: 'superseded', error };
      if (status === 404 || status === 409) return { kind: 'gone', error };
      if (!isTransientError(error)) return { kind: 'rejected', error };
      if (!mayRetry || rt.hardStop.aborted) return { kind: 'abandoned', error };
      const delay = backoffDelay(attempt, rt.backoffInitialMs, rt.backoffMaxMs, rt.random);
      if (rt.clock.now() + delay >= deadlineAt) return { kind: 'expired', error };
      // A hard stop during the wait still gets one last immediate attempt, then no more.
      if (!(await sleep(rt.clock, delay, rt.hardStop))) mayRetry = false;
    }
  }
}
