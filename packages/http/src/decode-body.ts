/**
 * Decodes a success body by its content type: JSON (or no type) is parsed, `text/*` and XML are returned as
 * strings, anything else as bytes; an empty body is `undefined`. Throws `SyntaxError` on malformed JSON; an
 * untyped body that is not JSON comes back as text.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined, status: number): unknown {
  if (status === 204 || status === 304 || bytes.byteLength === 0) return undefined;
  if (contentType === undefined || contentType.includes('json')) {
    const text = utf8(bytes);
    if (contentType !== undefined) return JSON.parse(text);
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (contentType.startsWith('text/') || contentType.includes('xml')) return utf8(bytes);
  return bytes;
}

/** Shared: a decoder is stateless between calls that do not pass `stream`. */
const decoder = new TextDecoder();

/** UTF-8 text of a body, as undici's `text()` reads it. */
export function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
