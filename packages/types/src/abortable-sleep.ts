/** The timer functions a sleep runs on: the global ones, or a virtual clock in tests. */
export interface SleepTimers {
  /** Calls `callback` after `ms`; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a callback scheduled with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

const globalTimers: SleepTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Resolves after `ms`, or rejects with `signal.reason` as soon as the signal aborts (at once when it already
 * has), clearing the timer. The one wait of the SDK: retry backoff in the transport and the token fetch, the
 * client's consistency polling and the worker's backoff and jitter waits all use it.
 */
export function abortableSleep(
  ms: number,
  signal?: AbortSignal | undefined,
  timers: SleepTimers = globalTimers,
): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  // Even no time at all is a timer turn: a retry right after a failure lets the failed attempt's teardown run.
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      timers.clearTimeout(handle);
      reject((signal as AbortSignal).reason);
    };
    const handle = timers.setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
