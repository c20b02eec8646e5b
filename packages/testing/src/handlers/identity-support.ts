import { TestEngineError } from '../test-engine-error.js';
import { badRequest } from './handler-support.js';

/** A 409 `ALREADY_EXISTS` problem. */
export function alreadyExists(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'ALREADY_EXISTS', status: 409, title: 'ALREADY_EXISTS' });
}

/** A 404 `NOT_FOUND` problem with Camunda's wording. */
export function missing(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'NOT_FOUND', status: 404, title: 'NOT_FOUND' });
}

/** A 403 `FORBIDDEN` problem. */
export function forbidden(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'FORBIDDEN', status: 403, title: 'FORBIDDEN' });
}

/** A required, non-blank string property. */
export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`No ${field} provided.`);
  return value;
}

/** A path parameter (already matched by the router, so present). */
export function idParam(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  if (value === undefined || value === '') throw badRequest(`Path parameter '${name}' must not be empty`);
  return value;
}
