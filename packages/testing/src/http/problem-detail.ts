import { isTestEngineError } from '../test-engine-error.js';

/** An RFC 9457 problem detail as the spec's `ProblemDetail` schema describes it. */
export interface ProblemDetail {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
}

/** Builds a problem detail; `instance` is the request path. */
export function problemDetail(
  status: number,
  title: string,
  detail: string,
  instance: string,
): ProblemDetail {
  return { type: 'about:blank', title, status, detail, instance };
}

/** The problem detail for anything a handler throws; unknown errors become a 500. */
export function problemFromError(error: unknown, instance: string): ProblemDetail {
  if (isTestEngineError(error)) return problemDetail(error.status, error.title, error.message, instance);
  const message = error instanceof Error ? error.message : String(error);
  return problemDetail(500, 'INTERNAL', `Unexpected error in the test engine: ${message}`, instance);
}
