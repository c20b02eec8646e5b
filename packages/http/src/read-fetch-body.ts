import { readBoundedBody } from '@camunda-ts/auth';

/**
 * Reads a `fetch` answer's whole body, but never more than `maxBytes` of it: `undefined` when the body is announced
 * or turns out larger (what was read is dropped and the stream cancelled). A length announced within the limit
 * binds the runtime, so that body is read in one go; only a body of unknown length is streamed and counted.
 */
export async function readFetchBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const header = response.headers.get('content-length');
  const announced = header === null || header === '' ? Number.NaN : Number(header);
  const stream = response.body;
  if (announced > maxBytes) {
    await stream?.cancel();
    return undefined;
  }
  if (Number.isFinite(announced) || stream === null) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? undefined : bytes;
  }
  const read = await readBoundedBody(chunksOf(stream), maxBytes);
  return read.ok ? read.bytes : undefined;
}

/**
 * The chunks of a body stream through its reader (async iteration of `ReadableStream` itself is missing in some
 * browsers); leaving early cancels the stream.
 */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
