import type { RetryPolicy } from './retry-policy.js';

/** HTTP methods the Camunda REST API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API call, described by its operation rather than by a URL. */
export interface TransportRequest {
  /** The spec's `operationId`, e.g. `createProcessInstance`; names the call in errors, logs and hooks. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Path relative to `config.restAddress`, with `{name}` placeholders: `/process-instances/{processInstanceKey}`. */
  readonly pathTemplate: string;
  /** Values for the template's placeholders; each is URI-encoded. */
  readonly pathParams?: Readonly<Record<string, string | number>>;
  /** Query parameters; `undefined`/`null` members are left out, arrays repeat the key. */
  readonly query?: Readonly<Record<string, unknown>>;
  /**
   * The request body: serialised as JSON, sent as multipart when it is a `FormData`, or sent as is when it is a
   * string or bytes (then `contentType` names its type).
   */
  readonly body?: unknown;
  /** Content type of a string or bytes body; JSON and `FormData` bodies set their own. */
  readonly contentType?: string;
  /** `Accept` header for operations that answer with something other than JSON (XML, bytes). */
  readonly accept?: string;
  /**
   * True when sending the request twice has the same effect as once, so a network error may be retried.
   * 429/503 answers are retried regardless: the engine rejected the request before acting on it.
   */
  readonly retrySafe: boolean;
  /**
   * Server-side `requestTimeout` of a long poll (job activation). The client-side budget becomes
   * `longPollMs + LONG_POLL_MARGIN_MS` (at least the default timeout).
   */
  readonly longPollMs?: number;
  /**
   * What a success looks like, from the spec: the documented 2xx statuses and the content type of their body.
   * Another 2xx, or a body of another type (a proxy's HTML page), fails with an `HttpError`
   * (`UNEXPECTED_STATUS`, `UNEXPECTED_CONTENT_TYPE`). Without it any 2xx is a success. A 1xx or 3xx is an error
   * either way (redirects are not followed: they lead to login pages, not to the API).
   */
  readonly expect?: ResponseExpectation;
}

/** The documented success of an operation: its 2xx statuses and the media type of their body. */
export interface ResponseExpectation {
  /** Every documented success status. */
  readonly statuses: readonly number[];
  /** The documented content type (`application/json`, `text/xml`, …); undefined when there is no content. */
  readonly contentType: string | undefined;
}

/** Per-call options. */
export interface SendOptions {
  /** Cancels the call at any stage: gate wait, credentials, connect, response, body, backoff. */
  readonly signal?: AbortSignal;
  /** Budget for the whole call, retries and backoff included; `0` disables the client-side timeout. */
  readonly timeoutMs?: number;
  /** `false` for a single attempt; a partial policy overrides `config.http.retry` for this call. */
  readonly retry?: false | Partial<RetryPolicy>;
}

/** A successful (documented 2xx) answer. */
export interface TransportResponse<T> {
  /** The HTTP status. */
  readonly status: number;
  /** Response headers as undici reports them (lower-case names). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * Decoded JSON; a string for `text/*` and XML answers; a `Uint8Array` for other binary answers;
   * `undefined` when the body is empty.
   */
  readonly body: T;
}

/** The transport every API call goes through. */
export interface Transport {
  /** Sends one operation; resolves with the decoded answer or rejects with an `HttpError`, `NetworkError`, … */
  send<T = unknown>(request: TransportRequest, options?: SendOptions): Promise<TransportResponse<T>>;
  /**
   * `send`, resolving with the decoded body alone (what a typed client returns): one promise less per call than
   * `send(...).then((response) => response.body)`.
   */
  sendForBody<T = unknown>(request: TransportRequest, options?: SendOptions): Promise<T>;
  /**
   * Stops accepting calls, ends long polls in flight with an `AbortError`, waits for the other calls, and closes the
   * connection pool it owns (an injected dispatcher is left open).
   */
  close(): Promise<void>;
}
