/** Retry knobs (`CAMUNDA_SDK_HTTP_RETRY_*`); the shape of `config.http.retry`. */
export interface RetryPolicy {
  /** Attempts in total, the first one included; `1` means no retry. */
  readonly maxAttempts: number;
  /** Cap of the first backoff; it doubles per retry. */
  readonly baseDelayMs: number;
  /** Upper bound of any backoff cap. */
  readonly maxDelayMs: number;
}

const SINGLE_ATTEMPT: RetryPolicy = Object.freeze({ maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 });

/** Merges a per-call override into the configured policy; `undefined` returns the configured object itself. */
export function resolveRetryPolicy(
  configured: RetryPolicy,
  override: false | Partial<RetryPolicy> | undefined,
): RetryPolicy {
  if (override === undefined) return configured;
  if (override === false) return SINGLE_ATTEMPT;
  return {
    maxAttempts: Math.max(1, Math.floor(override.maxAttempts ?? configured.maxAttempts)),
    baseDelayMs: Math.max(0, override.baseDelayMs ?? configured.baseDelayMs),
    maxDelayMs: Math.max(0, override.maxDelayMs ?? configured.maxDelayMs),
  };
}
