/**
 * The HTTP status carried by a client error (`HttpError.status`), read structurally so the worker needs no
 * import of the client's error classes.
 */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

// Errors that will fail the same way again: retrying them only delays the inevitable.
const permanentNames = new Set(['ValidationError', 'AbortError', 'ConfigError', 'TypeError']);

/**
 * True when sending the same request again may succeed: no response at all (network error, timeout), a
 * 5xx, 408 or 429. A 4xx answer or a local programming/validation error is final.
 */
export function isTransientError(error: unknown): boolean {
  const status = errorStatus(error);
  if (status !== undefined) return status >= 500 || status === 408 || status === 429;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return !(typeof name === 'string' && permanentNames.has(name));
}

/**
 * True for the engine's refusal of a command whose lease token is missing or stale (409 `INVALID_STATE` naming
 * the lease): the job was activated again by another worker.
 */
export function isStaleLeaseError(error: unknown): boolean {
  if (errorStatus(error) !== 409) return false;
  const detail = (error as { detail?: unknown }).detail;
  return /lease/i.test(typeof detail === 'string' ? detail : errorMessage(error));
}

/** The message of anything thrown, for a job's `errorMessage`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
