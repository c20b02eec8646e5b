import { abortableSleep } from '@camunda-ts/types';

/** Time as the transport sees it; tests inject one to run backoff in virtual time. */
export interface TransportClock {
  /** Epoch milliseconds (fractions allowed); used for durations and `Retry-After` dates. */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` when the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `performance` for sub-millisecond durations, the shared `abortableSleep` for waits. */
export const systemClock: TransportClock = Object.freeze({
  now: () => timeOrigin() + performance.now(),
  sleep: (ms: number, signal?: AbortSignal) => abortableSleep(ms, signal),
});

let origin: number | undefined;

/** `performance.timeOrigin` is fixed for the process; its getter computes it on every read. */
function timeOrigin(): number {
  origin ??= performance.timeOrigin;
  return origin;
}
