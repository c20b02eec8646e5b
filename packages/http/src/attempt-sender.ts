import type { CallScope } from './call-scope.js';
import type { HttpMethod } from './transport.js';

/** One HTTP exchange as the transport core hands it to a runtime's sender. */
export interface OutgoingAttempt {
  /** `scheme://host:port` of `config.restAddress`. */
  readonly origin: string;
  /** Path and query, the base path of `config.restAddress` included. */
  readonly path: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Every request header, credentials included. */
  readonly headers: Readonly<Record<string, string>>;
  /** The serialised body (a `FormData` after {@link AttemptSender.prepareForm}), or nothing. */
  readonly body: string | Uint8Array | FormData | undefined;
  /** Cancellation and budget of the call this attempt belongs to. */
  readonly scope: CallScope;
}

/** A response body, read once: by text, by bytes, or thrown away. */
export interface ResponseBody {
  /** The body as UTF-8 text. */
  text(): Promise<string>;
  /** The body as bytes. */
  bytes(): Promise<Uint8Array>;
  /** Reads and discards the body so the connection can be reused. */
  dump(): Promise<void>;
  /**
   * The body as a stream of chunks, when the runtime offers one (undici's body, a WHATWG `ReadableStream`): lets
   * the core stop reading a body that grows past `http.maxResponseBytes`. Leaving the iteration cancels it.
   * Without it the core can only check `content-length` before reading.
   */
  readonly [Symbol.asyncIterator]?: () => AsyncIterator<Uint8Array>;
}

/** What a sender got back: status and headers, the body still unread. */
export interface IncomingResponse {
  /** The HTTP status. */
  readonly status: number;
  /** Response headers with lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The unread body. */
  readonly body: ResponseBody;
}

/**
 * The runtime-specific half of a transport: sends one attempt and nothing more. Retries, credentials, the gate,
 * hooks, decoding and logging are the core's (`createTransportCore`), the same for every runtime.
 */
export interface AttemptSender {
  /**
   * Resolves once the sender can send (a pool created on first use); `undefined` when it already can, so the
   * usual call pays for no extra await.
   */
  ready(): Promise<void> | undefined;
  /** Converts a multipart body, once per call, into what {@link AttemptSender.send} accepts. */
  prepareForm(form: FormData): Promise<FormData>;
  /**
   * Sends one attempt and resolves when the response head has arrived. Rejects with the runtime's own error
   * when no HTTP answer came; the core maps it to a `NetworkError` (its `code`, or its `cause`'s, is kept).
   */
  send(attempt: OutgoingAttempt): Promise<IncomingResponse>;
  /**
   * `true` when `send` rejects with the scope's reason as soon as the attempt's scope aborts (it makes its promise
   * with `scope.settle`), so the core need not race it; otherwise the core does.
   */
  readonly settlesOnAbort?: boolean;
  /** Releases what the sender owns (a connection pool); called once, after the last call in flight. */
  close(): Promise<void>;
}
