import type { HttpMethod } from './transport.js';

/** What every hook hears about the attempt it is called for. */
export interface AttemptInfo {
  /** The operation id. */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The path as in the spec, e.g. `/process-instances/{processInstanceKey}`. */
  readonly pathTemplate: string;
  /** Full URL of the request, query string included. */
  readonly url: string;
  /** 1 for the first attempt of a call; counts every attempt, the 401 refresh included. */
  readonly attempt: number;
  /** Retries made so far in this call (`attempt − 1`). */
  readonly retryCount: number;
  /** Time this attempt waited for a gate permit; 0 without a gate. */
  readonly gateWaitMs: number;
}

/** Context of `afterResponse`: the attempt got an HTTP answer (any status). */
export interface ResponseInfo extends AttemptInfo {
  /** The HTTP status of the answer. */
  readonly status: number;
  /** From sending the request to the end of the body. */
  readonly durationMs: number;
  /** The response headers. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** True when the answer is an overload signal (429, or 503/500 naming `RESOURCE_EXHAUSTED`): what the gate counts. */
  readonly overload: boolean;
}

/** Context of `onError`: the attempt ended without an HTTP answer. */
export interface ErrorInfo extends AttemptInfo {
  /** The error as the caller would see it (`NetworkError`, `TimeoutError`, `AbortError`, `AuthError`, …). */
  readonly error: unknown;
  /** From the start of the attempt to the failure. */
  readonly durationMs: number;
}

/**
 * Observation points around each attempt. A hook that throws is logged at `warn` and otherwise ignored:
 * instrumentation must not break calls.
 */
export interface TransportHooks {
  /** Before the request is sent; returned headers are added to it (e.g. a W3C `traceparent`). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that only observes returns nothing, and may say so as `void`.
  beforeRequest?(info: AttemptInfo): Readonly<Record<string, string>> | undefined | void;
  /** After each HTTP answer, errors and retried ones included. */
  afterResponse?(info: ResponseInfo): void;
  /** After each attempt that got no HTTP answer. */
  onError?(info: ErrorInfo): void;
}
