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
      if (value === undefined || value === '') {
        throw new TypeError(`${operationId}: path parameter "${name}" is missing`);
      }
      path += literals[i] + encodeURIComponent(value);
    }
    return path + tail;
  };
}
