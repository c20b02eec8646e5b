/**
 * The `error.type` of a failure: the HTTP status for an `HttpError` (as the HTTP conventions ask), else the
 * error's stable `name` (`NetworkError`, `TimeoutError`, …). Duck-typed, so this package imports no SDK code.
 */
export function errorType(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { name, status } = error as { name?: unknown; status?: unknown };
    if (name === 'HttpError' && typeof status === 'number') return String(status);
    if (typeof name === 'string' && name !== '') return name;
  }
  return '_OTHER';
}
