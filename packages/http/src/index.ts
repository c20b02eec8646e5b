export { AbortError, type AbortErrorOptions, isAbortError } from './abort-error.js';
export { createApiAgent } from './api-agent.js';
export type { AttemptSender, OutgoingAttempt, ReceivedResponse } from './attempt-sender.js';
export type { CallScope } from './call-scope.js';
export { createFetchTransport, type FetchTransportOptions } from './create-fetch-transport.js';
export { createTransport, createTransportCore } from './create-transport.js';
export { createFetchAttemptSender, type FetchAttemptSenderOptions } from './fetch-attempt-sender.js';
export { HttpError, type HttpErrorOptions, isHttpError } from './http-error.js';
export {
  InvalidRequestError,
  type InvalidRequestErrorOptions,
  isInvalidRequestError,
} from './invalid-request-error.js';
export { createLazyApiAgent, type LazyApiAgent } from './lazy-api-agent.js';
export { LONG_POLL_MARGIN_MS } from './long-poll-margin.js';
export { isNetworkError, NetworkError, type NetworkErrorOptions } from './network-error.js';
export { isOverloadSignal } from './overload-signal.js';
export { type ParsedErrorBody, type ProblemDetail, parseProblemDetail } from './problem-detail.js';
export { REDACT_PATHS, redactBody, redactHeaders } from './redaction.js';
export type { RetryPolicy } from './retry-policy.js';
export { isTimeoutError, TimeoutError, type TimeoutErrorOptions } from './timeout-error.js';
export type {
  HttpMethod,
  ResponseExpectation,
  SendOptions,
  Transport,
  TransportRequest,
  TransportResponse,
} from './transport.js';
export { systemClock, type TransportClock } from './transport-clock.js';
export type { TransportCoreOptions } from './transport-core-options.js';
export type { GateOutcome, GatePermit, TransportGate } from './transport-gate.js';
export type { AttemptInfo, ErrorInfo, ResponseInfo, TransportHooks } from './transport-hooks.js';
export type { TransportOptions } from './transport-options.js';
export { createUndiciAttemptSender, type UndiciAttemptSenderOptions } from './undici-attempt-sender.js';
export { USER_AGENT, VERSION } from './version.js';
