import type { ValidationIssue } from './validation-error.js';

/**
 * What is wrong with the path parameters of one call, checked on every call whatever the validation mode: a
 * missing or empty value, `.` or `..` (which a normalizing proxy would turn into a call on another resource), or
 * a value that is not a string or number. Values are never quoted: they may be secrets.
 */
export function pathParameterIssues(
  names: readonly string[],
  fields: Readonly<Record<string, unknown>>,
): ValidationIssue[] | undefined {
  let issues: ValidationIssue[] | undefined;
  for (const name of names) {
    const message = pathValueProblem(fields[name]);
    if (message === undefined) continue;
    issues ??= [];
    issues.push({ path: [name], message });
  }
  return issues;
}

function pathValueProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return 'Required path parameter is missing';
  if (typeof value === 'number' || typeof value === 'bigint') return undefined;
  if (typeof value !== 'string') return 'Path parameter must be a string or a number';
  if (value === '') return 'Path parameter must not be empty';
  if (value === '.' || value === '..') return 'Path parameter must not be "." or ".."';
  return undefined;
}
