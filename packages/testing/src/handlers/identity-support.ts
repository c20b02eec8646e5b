import { TestEngineError } from '../test-engine-error.js';
import { badRequest, rejection } from './handler-support.js';

/** Zeebe's `ALREADY_EXISTS` rejection of an identity command (409). */
export function alreadyExists(intent: string, reason: string): TestEngineError {
  return rejection(intent, 'ALREADY_EXISTS', reason);
}

/** Zeebe's `NOT_FOUND` rejection of an identity command (404). */
export function missing(intent: string, reason: string): TestEngineError {
  return rejection(intent, 'NOT_FOUND', reason);
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
