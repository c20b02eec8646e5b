/** Per-call context the transport hands to `headers()`. */
export interface AuthHeadersContext {
  /** Aborts this caller's wait; a shared token request keeps running for the other callers. */
  readonly signal?: AbortSignal;
}

/**
 * What the http layer needs from an auth strategy: headers for the next request, a way to drop credentials
 * the server has rejected, and an optional cleanup hook. Any object of this shape works, including a user's own.
 */
export interface AuthProvider {
  /** Short name of the strategy, e.g. `oauth`; for logs and diagnostics only. */
  readonly kind: string;
  /** Headers to add to the next request. Rejects rather than resolving without credentials. */
  headers(ctx: AuthHeadersContext): Promise<Record<string, string>>;
  /**
   * The headers `headers()` would resolve with, when they are at hand without waiting (no token request in
   * flight or due); `undefined` when `headers()` must be called and awaited. Lets the http layer send a request
   * in the same turn it was made.
   */
  headersNow?(): Record<string, string> | undefined;
  /** Drops cached credentials; the http layer calls it after a 401 before retrying once. */
  invalidate(reason?: string): void;
  /** Releases sockets and timers the provider owns. */
  close?(): Promise<void>;
}
