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
  /** Hands back the whole answer. The first of `respond` and `fail` counts; later calls are ignored. */
  respond(response: ReceivedResponse): void;
  /**
   * Reports that no complete answer came: the runtime's error (the core maps it to a `NetworkError`, keeping its
   * `code` or its `cause`'s), or the scope's reason once it aborted.
   */
  fail(error: unknown): void;
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
   * Sends one attempt and settles it once: `attempt.respond` with the whole answer, its body read within
   * `attempt.maxResponseBytes`, or `attempt.fail` when no complete answer came. When the attempt's scope aborts,
   * the sender fails the attempt at once (`scope.onAbort`) and cancels the request.
   */
  send(attempt: OutgoingAttempt): void;
  /** Releases what the sender owns (a connection pool); called once, after the last call in flight. */
  close(): Promise<void>;
}
