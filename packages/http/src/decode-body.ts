import type { ResponseBody } from './attempt-sender.js';

/**
 * Reads a success body by its content type: JSON (or no type) is parsed, `text/*` and XML are returned as
 * strings, anything else as bytes; an empty body is `undefined`. Throws `SyntaxError` on malformed JSON.
 */
export async function decodeBody(
  body: ResponseBody,
  contentType: string | undefined,
  status: number,
): Promise<unknown> {
  if (status === 204 || status === 304) {
    await body.dump();
    return undefined;
  }
  if (contentType === undefined || contentType.includes('json')) {
    const text = await body.text();
    if (text.length === 0) return undefined;
    if (contentType !== undefined) return JSON.parse(text);
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (contentType.startsWith('text/') || contentType.includes('xml')) {
    const text = await body.text();
    return text.length === 0 ? undefined : text;
  }
  const bytes = await body.bytes();
  return bytes.byteLength === 0 ? undefined : bytes;
}
