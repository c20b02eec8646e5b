import type { StandardSchemaIssue, StandardSchemaResult, StandardSchemaV1 } from './standard-schema.js';

/** Result of {@link validateWithSchema}: the parsed value, or one readable message listing every issue. */
export type SchemaCheck =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * Validates `value`; `what` names the checked thing in the message ("input variables"). Returns synchronously
 * when the schema does (zod does unless it has async refinements), so the common case adds no await.
 */
export function validateWithSchema(
  schema: StandardSchemaV1,
  value: unknown,
  what: string,
): SchemaCheck | Promise<SchemaCheck> {
  const result = schema['~standard'].validate(value);
  return result instanceof Promise ? result.then((r) => toCheck(r, what)) : toCheck(result, what);
}

function toCheck(result: StandardSchemaResult<unknown>, what: string): SchemaCheck {
  if (result.issues === undefined) return { ok: true, value: result.value };
  return { ok: false, message: `Invalid ${what}: ${result.issues.map(describeIssue).join('; ')}` };
}

function describeIssue(issue: StandardSchemaIssue): string {
  if (!issue.path || issue.path.length === 0) return issue.message;
  const path = issue.path.map((p) => String(typeof p === 'object' ? p.key : p)).join('.');
  return `${path}: ${issue.message}`;
}
