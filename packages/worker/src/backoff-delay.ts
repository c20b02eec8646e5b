/**
 * Exponential backoff with full jitter: a uniformly random delay in `[0, min(maxMs, initialMs · 2^attempt))`.
 * Full jitter spreads a fleet of workers that all lost the server at once, so they do not return in lockstep.
 * `attempt` counts from 0; `random` returns values in `[0, 1)` like `Math.random`.
 */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
