import { readBoundedBody } from '@camunda-ts/auth';

/** A response body, read once: by bytes or thrown away; streamed when the runtime offers a stream. */
export interface ResponseBody {
  /** The body as bytes. */
  bytes(): Promise<Uint8Array>;
  /** Reads and discards the body so the connection can be reused. */
  dump(): Promise<void>;
  /** The body as a stream of chunks (a WHATWG `ReadableStream`'s); leaving the iteration cancels it. */
  readonly [Symbol.asyncIterator]?: () => AsyncIterator<Uint8Array>;
}

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
  const header = Array.isArray(contentLength) ? contentLength[0] : contentLength;
  const announced = header === undefined || header === '' ? Number.NaN : Number(header);
  if (announced > maxBytes) {
    await body.dump();
    return undefined;
  }
  // A length announced within the limit binds the sender (undici fails a body that runs past it), so the body is
  // read in one go; only a body of unknown length is streamed and counted, which costs a promise per chunk.
  if (Number.isFinite(announced) || body[Symbol.asyncIterator] === undefined) {
    const bytes = await body.bytes();
    return bytes.byteLength > maxBytes ? undefined : bytes;
  }
  const read = await readBoundedBody(body as AsyncIterable<Uint8Array>, maxBytes);
  return read.ok ? read.bytes : undefined;
}
