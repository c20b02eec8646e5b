import type { AuthProvider } from './auth-provider.js';

/** A provider that adds no headers: for clusters without authentication (local development). */
export function createNoAuth(): AuthProvider {
  return Object.freeze({
    kind: 'none',
    headers: async () => ({}),
    headersNow: () => ({}),
    invalidate: () => {},
  });
}
