import type { Dispatcher } from 'undici';
import type { OutgoingAttempt, ReceivedResponse } from './attempt-sender.js';

type Headers = ReceivedResponse['headers'];
/** Header names and values as undici's parser hands them over (a mock may repeat a value as an array). */
type RawHeaders = ReadonlyArray<Uint8Array | string | ReadonlyArray<Uint8Array | string>>;

const NO_BYTES = new Uint8Array(0);

/**
 * Collects one answer of undici's `dispatch` for `attempt.respond`: status, headers, and the body bytes as they
 * arrive, with no response stream, no promise per chunk and no `AbortSignal`. When the attempt's scope aborts,
 * the attempt fails at once and the request is cancelled. A body that grows past `attempt.maxResponseBytes` is not
 * read on: the request is cancelled and the answer has `body: undefined`.
 *
 * It implements undici's core handler hooks (`onConnect` … `onComplete`), the ones undici's own `request` uses:
 * the controller-style hooks would put a wrapper and a controller around every request and parse every header
 * and trailer, where an answer's headers are mostly never read (a job completion's `204`).
 */
export class UndiciAnswerHandler implements Dispatcher.DispatchHandler {
  readonly #attempt: OutgoingAttempt;
  #abortRequest: ((error: Error) => void) | undefined;
  /** Set when the scope aborts before undici hands out the request's abort (queued for a connection). */
  #abortReason: unknown;
  #aborted = false;
  readonly #onScopeAbort: (() => void) | undefined;
  #status = 0;
  #rawHeaders: RawHeaders = [];
  #first: Uint8Array | undefined;
  #more: Uint8Array[] | undefined;
  #size = 0;
  #tooLarge = false;

  constructor(attempt: OutgoingAttempt) {
    this.#attempt = attempt;
    const { scope } = attempt;
    // A scope with neither a budget nor a caller signal never aborts: nothing to listen to.
    if (scope.timeoutMs > 0 || scope.callerSignal !== undefined) {
      this.#onScopeAbort = () => this.#abort(scope.reason);
      scope.onAbort(this.#onScopeAbort);
    }
  }

  onConnect(abort: (error?: Error) => void): void {
    this.#abortRequest = abort;
    if (this.#aborted) abort(asError(this.#abortReason));
  }

  onHeaders(statusCode: number, rawHeaders: Uint8Array[]): boolean {
    this.#status = statusCode;
    this.#rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Uint8Array): boolean {
    if (this.#tooLarge) return false;
    this.#size += chunk.byteLength;
    const maxBytes = this.#attempt.maxResponseBytes;
    if (this.#size > maxBytes) {
      this.#tooLarge = true;
      this.#first = undefined;
      this.#more = undefined;
      this.#abortRequest?.(new RangeError(`The response body exceeds ${maxBytes} bytes`));
      return false;
    }
    if (this.#first === undefined) this.#first = chunk;
    else if (this.#more === undefined) this.#more = [chunk];
    else this.#more.push(chunk);
    return true;
  }

  onComplete(): void {
    this.#done();
    this.#attempt.respond(new UndiciAnswer(this.#status, this.#rawHeaders, this.#body()));
  }

  onError(error: Error): void {
    this.#done();
    if (this.#tooLarge) this.#attempt.respond(new UndiciAnswer(this.#status, this.#rawHeaders, undefined));
    else this.#attempt.fail(error);
  }

  /** The scope aborted: the attempt fails now, whether or not undici has started the request yet. */
  #abort(reason: unknown): void {
    this.#aborted = true;
    this.#abortReason = reason;
    this.#done();
    this.#attempt.fail(reason);
    this.#abortRequest?.(asError(reason));
  }

  #done(): void {
    if (this.#onScopeAbort !== undefined) this.#attempt.scope.offAbort(this.#onScopeAbort);
  }

  #body(): Uint8Array {
    const first = this.#first;
    if (first === undefined) return NO_BYTES;
    const more = this.#more;
    // undici's chunks are Buffers; callers get a plain Uint8Array (a view, not a copy).
    if (more === undefined) return new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
    const bytes = new Uint8Array(this.#size);
    bytes.set(first, 0);
    let offset = first.byteLength;
    for (const chunk of more) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }
}

/** An answer whose headers are turned into a record when first read. */
class UndiciAnswer implements ReceivedResponse {
  readonly status: number;
  readonly body: Uint8Array | undefined;
  #raw: RawHeaders | undefined;
  #headers: Headers | undefined;

  constructor(status: number, raw: RawHeaders, body: Uint8Array | undefined) {
    this.status = status;
    this.body = body;
    this.#raw = raw;
  }

  get headers(): Headers {
    if (this.#headers === undefined) {
      this.#headers = headerRecord(this.#raw ?? []);
      this.#raw = undefined;
    }
    return this.#headers;
  }
}

/** Lower-case names; a repeated header becomes an array of its values, as undici's own parser makes it. */
function headerRecord(raw: RawHeaders): Headers {
  const record: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = text(raw[i] as Uint8Array | string).toLowerCase();
    const value = raw[i + 1] as RawHeaders[number];
    let joined: string | string[] = Array.isArray(value)
      ? value.map(text)
      : text(value as Uint8Array | string);
    if (Object.hasOwn(record, name)) joined = [record[name] as string | string[], joined].flat();
    if (Array.isArray(joined) && joined.length === 1) joined = joined[0] as string;
    // A header named `__proto__` is data, not the record's prototype.
    if (name === '__proto__') {
      Object.defineProperty(record, name, {
        value: joined,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      record[name] = joined;
    }
  }
  return record;
}

/**
 * Header bytes are ISO-8859-1, as undici reads them: one code unit per byte (`TextDecoder('latin1')` would be
 * windows-1252). Header fields are short, far below the argument limit of `fromCharCode`.
 */
function text(value: Uint8Array | string): string {
  return typeof value === 'string' ? value : String.fromCharCode.apply(null, value as unknown as number[]);
}

/** undici's abort takes an `Error`; a caller may abort with any value (the scope keeps the original). */
function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new DOMException(String(reason), 'AbortError');
}
