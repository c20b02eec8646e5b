/** An access token with the times that govern its reuse, all epoch milliseconds. */
export interface CachedToken {
  readonly accessToken: string;
  /** When the token request started: a lower bound of the issuer's clock, so the lifetime is never overstated. */
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** From here on a new token is fetched while the current one is still served. */
  readonly refreshAt: number;
}

const MIN_REFRESH_MARGIN_MS = 30_000;

/**
 * Builds a cached token that is refreshed `max(30 s, 5 % of its lifetime)` before it expires. For lifetimes
 * under a minute the margin is capped at half the lifetime; otherwise such a token would be stale on arrival
 * and every call would fetch a new one.
 */
export function cachedToken(accessToken: string, issuedAt: number, expiresAt: number): CachedToken {
  const lifetimeMs = expiresAt - issuedAt;
  const marginMs = Math.min(Math.max(MIN_REFRESH_MARGIN_MS, lifetimeMs * 0.05), lifetimeMs / 2);
  return Object.freeze({ accessToken, issuedAt, expiresAt, refreshAt: expiresAt - marginMs });
}
