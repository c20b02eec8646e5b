import { isJsonObject, type JsonObject } from '../feel/json-value.js';
import { TestEngineError } from '../test-engine-error.js';

const LONG_KEY = /^-?[0-9]{1,25}$/;

/** A 400 problem. */
export function badRequest(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'INVALID_ARGUMENT', status: 400, title: 'INVALID_ARGUMENT' });
}

/**
 * A read from secondary storage that found nothing, worded as Camunda's search layer words it
 * (`Process Instance with key '1' not found`): `what` is Camunda's entity name, e.g. `User Task`.
 */
export function notFound(what: string, key: string): TestEngineError {
  return notFoundBy(what, 'key', key);
}

/** {@link notFound} for an entity read by another identifier: `Group with id 'x' not found`. */
export function notFoundBy(what: string, idName: string, id: string): TestEngineError {
  return new TestEngineError(`${what} with ${idName} '${id}' not found`, {
    code: 'NOT_FOUND',
    status: 404,
    title: 'NOT_FOUND',
  });
}

/** The HTTP status Camunda's gateway answers each broker rejection type with. */
const REJECTION_STATUS = {
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  ALREADY_EXISTS: 409,
  INVALID_ARGUMENT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
} as const;

/** A rejection type of the broker. */
export type RejectionType = keyof typeof REJECTION_STATUS;

/**
 * The engine's refusal of a command, reported as Camunda's gateway reports a broker rejection: title the
 * rejection type, detail `Command '<INTENT>' rejected with code '<TYPE>': <reason>`, status by type (also where
 * the spec does not document that status for the operation: Camunda answers it all the same).
 */
export function rejection(intent: string, type: RejectionType, reason: string): TestEngineError {
  return new TestEngineError(`Command '${intent}' rejected with code '${type}': ${reason}`, {
    code: type,
    status: REJECTION_STATUS[type],
    title: type,
  });
}

/** A bare 409 problem; a command the engine refuses answers {@link rejection} instead, as Camunda does. */
export function invalidState(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'INVALID_STATE', status: 409, title: 'INVALID_STATE' });
}

/** Camunda's gateway refusal of a missing or blank field, before the broker sees the request. */
export function missingField(field: string): TestEngineError {
  return badRequest(`No ${field} provided.`);
}

/** Camunda's gateway refusal of a field value out of range: `mustBe` completes "but must be …". */
export function invalidValue(field: string, value: unknown, mustBe: string): TestEngineError {
  return badRequest(`The value for ${field} is '${String(value)}' but must be ${mustBe}.`);
}

/** Camunda's gateway refusal of a request that gives none of `fields`. */
export function atLeastOneOf(fields: readonly string[]): TestEngineError {
  return badRequest(`At least one of [${fields.join(', ')}] is required.`);
}

/** Zeebe's refusal of a deployment: one resource it cannot deploy, named in `reason`. */
export function deploymentRejected(reason: string): TestEngineError {
  return rejection(
    'CREATE',
    'INVALID_ARGUMENT',
    `Expected to deploy new resources, but encountered the following errors:\n${reason}`,
  );
}

/** Reads a key path parameter, rejecting anything that is not an int64 string. */
export function keyParam(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name] ?? '';
  if (!LONG_KEY.test(value))
    throw badRequest(`Path parameter '${name}' must be a key (an int64 as a string), got '${value}'`);
  return value;
}

/** The request body as an object (an absent body reads as `{}`). */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw badRequest('The request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** An optional variables document: absent or null read as `{}`. */
export function variablesField(body: Record<string, unknown>, field = 'variables'): JsonObject {
  const value = body[field];
  if (value === undefined || value === null) return {};
  if (!isJsonObject(value)) throw badRequest(`Property '${field}' must be a JSON object`);
  return value;
}

/** An optional string field. */
export function stringField(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`Property '${field}' must be a string`);
  return value;
}

/** An optional integer field. */
export function integerField(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw badRequest(`Property '${field}' must be an integer`);
  return value;
}

/** An optional boolean field. */
export function booleanField(body: Record<string, unknown>, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`Property '${field}' must be a boolean`);
  return value;
}

/** An optional array-of-strings field. */
export function stringListField(body: Record<string, unknown>, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw badRequest(`Property '${field}' must be an array of strings`);
  }
  return value as string[];
}

/** The tenant of a request, `<default>` when none is given. */
export function tenantField(body: Record<string, unknown>): string {
  return stringField(body, 'tenantId') ?? '<default>';
}

/** A search response: `{ items, page }`. */
export function searchResponse<T>(items: T[], page: unknown) {
  return { status: 200, body: { items, page } };
}
