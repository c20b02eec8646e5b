import { readBoundedBody } from '@camunda-ts/auth';
import type { ResponseBody } from './attempt-sender.js';

/**
 * Reads a whole response body, but never more than `maxBytes` of it: `undefined` when the body is announced or
 * turns out larger (what was read is dropped and the stream cancelled). A sender whose body cannot be streamed
 * is checked by `content-length` before it is read, and by its size after.
 */
export async function readResponseBody(
  body: ResponseBody,
  contentLength: string | readonly string[] | undefined,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (body[Symbol.asyncIterator] !== undefined) {
    const read = await readBoundedBody(body as AsyncIterable<Uint8Array>, maxBytes, contentLength);
    return read.ok ? read.bytes : undefined;
  }
  const announced = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  if (Number.isFinite(announced) && announced > maxBytes) {
    await body.dump();
    return undefined;
  }
  const bytes = await body.bytes();
  return bytes.byteLength > maxBytes ? undefined : bytes;
}
