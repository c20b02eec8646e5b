import { InvalidRequestError } from './invalid-request-error.js';

/** A compiled path template: fills `{name}` placeholders with URI-encoded values. */
export type UrlTemplate = (params: Readonly<Record<string, string | number>> | undefined) => string;

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Compiles `/process-instances/{processInstanceKey}` once into literal parts and parameter names, so a call
 * only concatenates. A template without placeholders returns its constant string.
 */
export function compileUrlTemplate(template: string, operationId: string): UrlTemplate {
  const literals: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    literals.push(template.slice(last, match.index));
    names.push(match[1] as string);
    last = match.index + match[0].length;
  }
  const tail = template.slice(last);
  if (names.length === 0) return () => template;
  return (params) => {
    let path = '';
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const value = params?.[name];
      const reason = invalidValueReason(value);
      if (reason !== undefined) throw new InvalidRequestError({ operationId, parameter: name, reason });
      path += literals[i] + encodeURIComponent(value as string | number);
    }
    return path + tail;
  };
}

/** Why a value may not fill a path segment: `.` and `..` would be resolved by any normalizing proxy. */
function invalidValueReason(value: unknown): string | undefined {
  if (value === undefined || value === null) return 'is missing';
  if (typeof value === 'number' || typeof value === 'bigint') return undefined;
  if (typeof value !== 'string') return 'must be a string or a number';
  if (value === '') return 'is empty';
  if (value === '.' || value === '..') return 'must not be "." or ".."';
  return undefined;
}
