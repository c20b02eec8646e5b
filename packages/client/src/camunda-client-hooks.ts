import type { BackpressureChangeEvent } from '@camunda-ts/backpressure';
import type { AttemptInfo, ErrorInfo, ResponseInfo } from '@camunda-ts/http';
import type { OperationEndEvent, OperationStartEvent } from './operation-events.js';

/** What attempt hooks hear: the transport's attempt facts plus the `callId` of the client call they belong to. */
export type ClientAttemptInfo<T extends AttemptInfo = AttemptInfo> = T & {
  /** The `callId` of the operation events; `undefined` for requests made outside a client method. */
  readonly callId: number | undefined;
};

/**
 * Observation points of a client, for logs, metrics and tracing (the OpenTelemetry integration is built on these).
 * Hooks run synchronously on the call path: keep them cheap. A hook that throws is logged at `warn` and ignored.
 */
export interface CamundaClientHooks {
  /** A client method was called. */
  onOperationStart?(event: OperationStartEvent): void;
  /** A client method settled: duration, attempts, retries, gate wait, last status, error. */
  onOperationEnd?(event: OperationEndEvent): void;
  /** Before each HTTP attempt; returned headers are added to it (e.g. a W3C `traceparent`). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook typed `() => void` elsewhere must stay assignable here.
  beforeRequest?(info: ClientAttemptInfo): Readonly<Record<string, string>> | undefined | void;
  /** After each HTTP answer, error statuses and retried attempts included. */
  afterResponse?(info: ClientAttemptInfo<ResponseInfo>): void;
  /** After each attempt that got no HTTP answer (network error, timeout, abort, credentials failure). */
  onError?(info: ClientAttemptInfo<ErrorInfo>): void;
  /** The backpressure gate changed severity, limit or backoff. */
  onBackpressureChange?(event: BackpressureChangeEvent): void;
}
