/**
 * Time as the worker sees it. Every wait (backoff, startup jitter, stop grace, job deadlines) goes through it, so
 * tests drive the worker in virtual time.
 */
export interface WorkerClock {
  /** Epoch milliseconds (job deadlines from the engine are epoch milliseconds too). */
  now(): number;
  /** Calls `callback` after `ms`; returns a handle for {@link WorkerClock.clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a callback scheduled with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** The real clock: `Date.now` and Node timers. */
export const systemClock: WorkerClock = Object.freeze({
  now: Date.now,
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
});
