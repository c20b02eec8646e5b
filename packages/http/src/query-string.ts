/**
 * Encodes query parameters as `?a=1&b=x&b=y`: `undefined`/`null` members are skipped, arrays repeat the key,
 * dates become ISO strings, objects become JSON. Returns `''` when nothing remains.
 */
export function queryString(query: Readonly<Record<string, unknown>> | undefined): string {
  if (query === undefined) return '';
  let out = '';
  for (const key in query) {
    const value = query[key];
    if (Array.isArray(value)) {
      for (const item of value) out = append(out, key, item);
    } else {
      out = append(out, key, value);
    }
  }
  return out;
}

function append(out: string, key: string, value: unknown): string {
  if (value === undefined || value === null) return out;
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return `${out}${out === '' ? '?' : '&'}${encodeURIComponent(key)}=${encodeURIComponent(text)}`;
}
