import { abortableSleep } from '@camunda-ts/types';

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

/** The real clock: `performance.now()`, and the shared `abortableSleep` with the timer cleared on abort. */
export const systemClock: Clock = Object.freeze({
  now: () => performance.now(),
  sleep(
    ms: number,
    signal: AbortSignal | undefined,
    onAbort: (signal: AbortSignal) => unknown,
  ): Promise<void> {
    return abortableSleep(ms, signal).catch(() => {
      throw onAbort(signal as AbortSignal);
    });
  },
});
