import { abortableSleep } from '@camunda-ts/client';
import type { WorkerClock } from './clock.js';

/**
 * Waits `ms` on the given clock; resolves early (never rejects) when `signal` aborts, so a stopping worker is
 * not held up by a backoff or jitter wait. Resolves `true` when the full time passed. The shared `abortableSleep`
 * on the worker's clock.
 */
export function sleep(clock: WorkerClock, ms: number, signal?: AbortSignal): Promise<boolean> {
  // No wait at all takes no timer, so a virtual clock need not be advanced for it.
  if (ms <= 0) return Promise.resolve(signal?.aborted !== true);
  return abortableSleep(ms, signal, clock).then(
    () => true,
    () => false,
  );
}
