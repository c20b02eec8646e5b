import { errorStatus } from './error-status.js';

// Errors a retry cannot fix: the configuration or the request built from it is wrong.
const permanentNames = new Set(['ConfigError', 'ValidationError', 'WorkerOptionsError']);

/**
 * True when an activation failed in a way that polling again cannot fix, so the worker fails instead of backing
 * off forever: the client was closed (`TRANSPORT_CLOSED`), the credentials were rejected (401/403, or the token
 * endpoint refused them: `INVALID_CREDENTIALS`), or the address, request or configuration is wrong (a 3xx, any 4xx but
 * 408/429, a `ConfigError` or `ValidationError`). Network failures, timeouts, 5xx, 408, 429 and an unreachable
 * token endpoint are transient: the worker backs off and polls again.
 */
export function isPermanentActivationError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (code === 'TRANSPORT_CLOSED' || code === 'INVALID_CREDENTIALS') return true;
  if (typeof name === 'string' && permanentNames.has(name)) return true;
  const status = errorStatus(error);
  if (status === undefined) return false;
  if (name === 'AuthError') return status === 401 || status === 403;
  // A redirect (a login page in front of the API) is a wrong address, not an outage.
  return status >= 300 && status < 500 && status !== 408 && status !== 429;
}
