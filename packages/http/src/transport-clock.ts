/** Time as the transport sees it; tests inject one to run backoff in virtual time. */
export interface TransportClock {
  /** Epoch milliseconds (fractions allowed); used for durations and `Retry-After` dates. */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` when the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `performance` for sub-millisecond durations, `setTimeout` for waits. */
export const systemClock: TransportClock = Object.freeze({
  now: () => performance.timeOrigin + performance.now(),
  sleep: (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
});
