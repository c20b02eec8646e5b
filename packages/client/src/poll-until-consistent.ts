import type { Clock } from './clock.js';
import { ConsistencyTimeoutError } from './consistency-timeout-error.js';

/** One answer of a polled read. */
export interface PolledResponse<T> {
  readonly status: number;
  readonly body: T;
}

/** What {@link pollUntilConsistent} needs: how to ask once, when to stop, and how long to try. */
export interface PollUntilConsistentInput<T> {
  readonly operationId: string;
  readonly waitUpToMs: number;
  readonly pollIntervalMs: number;
  readonly predicate: (body: T) => boolean;
  /**
   * Sends the read once. `remainingMs` is the time left in the wait, so a slow request cannot outlive it.
   * Rejections propagate, except those `notYet` recognises.
   */
  readonly attempt: (remainingMs: number) => Promise<PolledResponse<T>>;
  /**
   * Returns the HTTP status of an error that means "not visible yet, keep polling" (404), or `'deadline'` for
   * a request cut short by `remainingMs`; `undefined` for any other error, which is thrown as is.
   */
  readonly notYet: (error: unknown) => number | 'deadline' | undefined;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: (signal: AbortSignal) => unknown;
  readonly clock: Clock;
}

/**
 * Repeats an eventually consistent read until `predicate` accepts the answer, or fails with
 * {@link ConsistencyTimeoutError} once another poll would go past `waitUpToMs`.
 */
export async function pollUntilConsistent<T>(input: PollUntilConsistentInput<T>): Promise<T> {
  const { clock, waitUpToMs, pollIntervalMs } = input;
  const started = clock.now();
  let attempts = 0;
  let lastStatus: number | undefined;
  for (;;) {
    attempts += 1;
    try {
      const response = await input.attempt(Math.max(1, waitUpToMs - (clock.now() - started)));
      lastStatus = response.status;
      if (input.predicate(response.body)) return response.body;
    } catch (error) {
      const verdict = input.notYet(error);
      if (verdict === undefined) throw error;
      if (verdict === 'deadline')
        throw timeout(input.operationId, attempts, clock.now() - started, lastStatus, error);
      lastStatus = verdict;
    }
    const elapsed = clock.now() - started;
    if (elapsed + pollIntervalMs >= waitUpToMs) {
      throw timeout(input.operationId, attempts, elapsed, lastStatus, undefined);
    }
    await clock.sleep(pollIntervalMs, input.signal, input.onAbort);
  }
}

function timeout(
  operationId: string,
  attempts: number,
  elapsedMs: number,
  lastStatus: number | undefined,
  cause: unknown,
): ConsistencyTimeoutError {
  return new ConsistencyTimeoutError({
    operationId,
    attempts,
    elapsedMs: Math.round(elapsedMs),
    lastStatus,
    ...(cause === undefined ? {} : { cause }),
  });
}
