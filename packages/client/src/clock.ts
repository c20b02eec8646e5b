/** Time as the client's waiting logic sees it; tests inject a virtual one. */
export interface Clock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Resolves after `ms`, or rejects with `onAbort(signal)` when the signal aborts first. */
  sleep(
    ms: number,
    signal: AbortSignal | undefined,
    onAbort: (signal: AbortSignal) => unknown,
  ): Promise<void>;
}

/** The real clock: `performance.now()` and `setTimeout`, with the timer cleared on abort. */
export const systemClock: Clock = Object.freeze({
  now: () => performance.now(),
  sleep(
    ms: number,
    signal: AbortSignal | undefined,
    onAbort: (signal: AbortSignal) => unknown,
  ): Promise<void> {
    if (signal?.aborted) return Promise.reject(onAbort(signal));
    return new Promise<void>((resolve, reject) => {
      const abort = () => {
        clearTimeout(timer);
        reject(onAbort(signal as AbortSignal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', abort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', abort, { once: true });
    });
  },
});
