/**
 * Exponential backoff with full jitter: a uniformly random delay in `[0, min(maxDelayMs, baseDelayMs · 2^attempt))`,
 * whole milliseconds. Full jitter spreads the retries of many clients that failed together, so they do not return
 * in lockstep. `attempt` counts from 0 for the first retry; `random` returns values in `[0, 1)` like `Math.random`.
 * The one backoff of the SDK: token requests, API retries and the worker's polling and job actions use it.
 */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  // The exponent is capped so that a long outage never turns the ceiling into Infinity (or 0 · Infinity = NaN).
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(Math.max(0, attempt), 30));
  return Math.floor(random() * ceiling);
}
