/** A body read up to a size limit: its bytes, or how far it got past the limit before reading stopped. */
export type BoundedBody =
  | {
      /** The whole body was read within the limit. */
      readonly ok: true;
      /** The body. */
      readonly bytes: Uint8Array;
    }
  | {
      /** Reading stopped at the limit. */
      readonly ok: false;
      /** Bytes received (or announced by `content-length`) when reading stopped: more than the limit. */
      readonly receivedBytes: number;
    };

/**
 * Reads a response body (undici's body stream, or a WHATWG `ReadableStream`) into memory, but never more than
 * `maxBytes`: a body announced larger by `content-length`, or that grows past the limit while arriving, is
 * abandoned at once (leaving the loop cancels the stream) instead of filling memory. Used for the token endpoint
 * and the API alike.
 */
export async function readBoundedBody(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  contentLength?: string | readonly string[] | undefined,
): Promise<BoundedBody> {
  const announced = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  const chunks: Uint8Array[] = [];
  let received = Number.isFinite(announced) && announced > maxBytes ? announced : 0;
  if (received === 0) {
    for await (const chunk of body) {
      received += chunk.byteLength;
      if (received > maxBytes) break;
      chunks.push(chunk);
    }
  } else {
    // Announced too large: cancel without reading.
    await body[Symbol.asyncIterator]().return?.();
  }
  if (received > maxBytes) return { ok: false, receivedBytes: received };
  if (chunks.length === 1) return { ok: true, bytes: chunks[0] as Uint8Array };
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
