import type { WorkerClock } from './clock.js';

/**
 * Waits `ms` on the given clock; resolves early (never rejects) when `signal` aborts, so a stopping worker is
 * not held up by a backoff or jitter wait. Resolves `true` when the full time passed.
 */
export function sleep(clock: WorkerClock, ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    const onAbort = (): void => {
      clock.clearTimeout(handle);
      resolve(false);
    };
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
