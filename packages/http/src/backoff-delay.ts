import type { RetryPolicy } from './retry-policy.js';

/**
 * Full-jitter exponential backoff: a uniform delay in `[0, min(maxDelayMs, baseDelayMs · 2^(retry−1)))`.
 * Full jitter spreads a crowd of retrying clients out instead of having them return in lockstep.
 * `retry` counts from 1; `random` returns a number in `[0, 1)`.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * cap);
}
