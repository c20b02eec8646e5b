import { ProcessTestError } from './process-test-error.js';

/** How long an assertion or helper waits for what it expects; the trailing argument of every assertion. */
export interface WaitOptions {
  /** Upper bound of the wait (default 10 000). */
  readonly timeoutMs?: number;
  /** Pause between reads (default 100). */
  readonly pollIntervalMs?: number;
}

/** {@link WaitOptions} with every value present. */
export interface ResolvedWaitOptions {
  /** Upper bound of the wait. */
  readonly timeoutMs: number;
  /** Pause between reads. */
  readonly pollIntervalMs: number;
}

/** The defaults of every wait: 10 s, polling every 100 ms. */
export const DEFAULT_WAIT: ResolvedWaitOptions = Object.freeze({ timeoutMs: 10_000, pollIntervalMs: 100 });

/** Merges `override` over `base`, rejecting a negative or non-finite duration with an error naming the key. */
export function resolveWait(
  base: ResolvedWaitOptions,
  override: WaitOptions | undefined,
): ResolvedWaitOptions {
  const timeoutMs = override?.timeoutMs ?? base.timeoutMs;
  const pollIntervalMs = override?.pollIntervalMs ?? base.pollIntervalMs;
  for (const [key, value] of [
    ['timeoutMs', timeoutMs],
    ['pollIntervalMs', pollIntervalMs],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new ProcessTestError(`${key} must be a finite number >= 0, got ${String(value)}`, {
        code: 'INVALID_OPTIONS',
      });
    }
  }
  return Object.freeze({ timeoutMs, pollIntervalMs: Math.max(1, pollIntervalMs) });
}
