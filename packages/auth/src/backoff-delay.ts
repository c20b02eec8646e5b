/**
 * Exponential backoff with full jitter: a uniform delay in `[0, min(maxDelayMs, baseDelayMs * 2^retry))`.
 * Full jitter spreads the retries of many clients that failed together, so they do not return in lockstep.
 * `retry` counts from 0 for the first retry; `random` returns a number in `[0, 1)`.
 */
export function backoffDelay(
  retry: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  const ceilingMs = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceilingMs);
}
