import type { Dispatcher } from 'undici';
import type { OutgoingAttempt, ReceivedResponse } from './attempt-sender.js';

type Headers = ReceivedResponse['headers'];

const NO_BYTES = new Uint8Array(0);
const NO_HEADERS: Headers = Object.freeze({});

/**
 * Collects one answer of undici's `dispatch` into a {@link ReceivedResponse} for `attempt.respond`: status,
 * headers, and the body bytes as they arrive, with no response stream, no promise per chunk and no `AbortSignal`.
 * When the attempt's scope aborts, the attempt fails at once and the request is cancelled. A body that grows past
 * `attempt.maxResponseBytes` is not read on: the request is cancelled and the answer has `body: undefined`.
 */
export class UndiciAnswerHandler implements Dispatcher.DispatchHandler {
  readonly #attempt: OutgoingAttempt;
  #controller: Dispatcher.DispatchController | undefined;
  /** Set when the scope aborts before undici hands out the request's controller (queued for a connection). */
  #abortReason: unknown;
  #aborted = false;
  readonly #onScopeAbort: (() => void) | undefined;
  #status = 0;
  #headers: Headers = NO_HEADERS;
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

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#aborted) controller.abort(asError(this.#abortReason));
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: Headers): void {
    this.#status = statusCode;
    this.#headers = headers;
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Uint8Array): void {
    if (this.#tooLarge) return;
    this.#size += chunk.byteLength;
    const maxBytes = this.#attempt.maxResponseBytes;
    if (this.#size > maxBytes) {
      this.#tooLarge = true;
      this.#first = undefined;
      this.#more = undefined;
      controller.abort(new RangeError(`The response body exceeds ${maxBytes} bytes`));
      return;
    }
    if (this.#first === undefined) this.#first = chunk;
    else if (this.#more === undefined) this.#more = [chunk];
    else this.#more.push(chunk);
  }

  onResponseEnd(): void {
    this.#done();
    this.#attempt.respond({ status: this.#status, headers: this.#headers, body: this.#body() });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#done();
    if (this.#tooLarge)
      this.#attempt.respond({ status: this.#status, headers: this.#headers, body: undefined });
    else this.#attempt.fail(error);
  }

  /** The scope aborted: the attempt fails now, whether or not undici has started the request yet. */
  #abort(reason: unknown): void {
    this.#aborted = true;
    this.#abortReason = reason;
    this.#done();
    this.#attempt.fail(reason);
    this.#controller?.abort(asError(reason));
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

/** undici's controller takes an `Error`; a caller may abort with any value (the scope keeps the original). */
function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new DOMException(String(reason), 'AbortError');
}
