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
  /** The largest body kept (`http.maxResponseBytes`); a larger one is not read to its end. */
  readonly maxResponseBytes: number;
}

/** What a sender got back: status, headers and the whole body. */
export interface ReceivedResponse {
  /** The HTTP status. */
  readonly status: number;
  /** Response headers with lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * The whole body (empty when there was none), or `undefined` when it was larger than
   * {@link OutgoingAttempt.maxResponseBytes}: the sender stopped reading it and dropped what it had.
   */
  readonly body: Uint8Array | undefined;
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
   * Sends one attempt and resolves when the whole answer has arrived, its body read within
   * `attempt.maxResponseBytes`. Rejects with the runtime's own error when no complete answer came; the core maps
   * it to a `NetworkError` (its `code`, or its `cause`'s, is kept).
   */
  send(attempt: OutgoingAttempt): Promise<ReceivedResponse>;
  /**
   * `true` when `send` rejects with the scope's reason as soon as the attempt's scope aborts (it makes its promise
   * with `scope.settle`), so the core need not race it; otherwise the core does.
   */
  readonly settlesOnAbort?: boolean;
  /** Releases what the sender owns (a connection pool); called once, after the last call in flight. */
  close(): Promise<void>;
}
