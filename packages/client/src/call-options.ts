import type { RetryPolicy } from '@camunda-ts/http';

/**
 * Wait for an eventually consistent read to show what you expect: the call is repeated (each time through the
 * normal retry and backpressure paths) until `predicate` holds, or fails with `ConsistencyTimeoutError`.
 */
export interface ConsistencyOptions<TResponse = unknown> {
  /** Upper bound of the whole wait; `0` reads once without waiting (a 404 is then an error, not "not yet"). */
  readonly waitUpToMs: number;
  /** Pause between polls; default `CAMUNDA_SDK_EVENTUAL_POLL_DEFAULT_MS`. */
  readonly pollIntervalMs?: number;
  /**
   * When the answer is good enough. Default: a non-empty `items` list for searches, any success for gets. A 404
   * always means "not yet" and keeps polling.
   */
  predicate?(response: TResponse): boolean;
}

/** Per-call options, the second argument of every client method. */
export interface CallOptions<TResponse = unknown> {
  /** Cancels the call at any stage (gate wait, credentials, request, retry backoff, consistency polling). */
  readonly signal?: AbortSignal;
  /** Budget for the call, retries included; default `CAMUNDA_SDK_HTTP_TIMEOUT_MS`; `0` disables it. */
  readonly timeoutMs?: number;
  /** `false` for a single attempt; a partial policy overrides `CAMUNDA_SDK_HTTP_RETRY_*` for this call. */
  readonly retry?: false | Partial<RetryPolicy>;
  /** Eventually consistent reads only: poll until the answer satisfies a predicate. */
  readonly consistency?: ConsistencyOptions<TResponse>;
}
