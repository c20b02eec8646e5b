import type {
  BackpressureSeverity,
  BackpressureState,
  CamundaClientHooks,
  ClientAttemptInfo,
  ErrorInfo,
  OperationEndEvent,
  ResponseInfo,
} from '@camunda-ts/client';
import {
  type Attributes,
  type BatchObservableCallback,
  context,
  defaultTextMapSetter,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import {
  ATTR_CAMUNDA_BACKPRESSURE_WAIT_MS,
  ATTR_CAMUNDA_HTTP_ATTEMPTS,
  ATTR_CAMUNDA_HTTP_STATUS_CLASS,
  ATTR_CAMUNDA_OPERATION_ID,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_URL_FULL,
  ATTR_URL_TEMPLATE,
} from './attribute-names.js';
import { errorType } from './error-type.js';
import type { Instrumentation } from './instrumentation.js';
import type { InstrumentationOptions } from './instrumentation-options.js';
import {
  METRIC_CAMUNDA_BACKPRESSURE_IN_FLIGHT,
  METRIC_CAMUNDA_BACKPRESSURE_LIMIT,
  METRIC_CAMUNDA_BACKPRESSURE_OVERLOAD_SIGNALS,
  METRIC_CAMUNDA_BACKPRESSURE_SEVERITY,
  METRIC_CAMUNDA_BACKPRESSURE_WAITING,
  METRIC_CAMUNDA_CLIENT_OPERATION_DURATION,
  METRIC_HTTP_CLIENT_REQUEST_DURATION,
} from './metric-names.js';
import { resolveInstrumentation } from './resolve-instrumentation.js';
import { serverAttributes } from './server-attributes.js';

/** What `instrumentClient` needs of a client: `@camunda-ts/client`'s `CamundaClient` has it. */
export interface InstrumentableClient {
  /** Registers hooks on the running client; returns their removal. */
  addHooks(hooks: CamundaClientHooks): () => void;
  /** The gate's snapshot, read when metrics are collected. */
  backpressureState(): BackpressureState;
  /** The client's resolved configuration. */
  readonly config: {
    /** The REST base URL: the spans' server address and port come from it. */
    readonly restAddress: string;
  };
}

/** The HTTP conventions' advised buckets for `http.client.request.duration`, in seconds. */
const HTTP_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
/** Calls include retries, gate waits and long polls: the same buckets, stretched to a minute. */
const OPERATION_DURATION_BUCKETS = [...HTTP_DURATION_BUCKETS, 20, 30, 60];
const SEVERITY_LEVEL: Readonly<Record<BackpressureSeverity, number>> = { healthy: 0, soft: 1, severe: 2 };

/**
 * Instruments a client that already exists: one CLIENT span per operation (named after its operationId, a child
 * of the active span), a W3C `traceparent` on every HTTP attempt, and the request, operation and backpressure
 * metrics. Built only on `client.addHooks`; `disable()` removes everything again. A client that is not
 * instrumented does no work for this package.
 */
export function instrumentClient(
  client: InstrumentableClient,
  options: InstrumentationOptions = {},
): Instrumentation {
  const { tracer, meter, propagator } = resolveInstrumentation(options);
  const server = serverAttributes(client.config.restAddress);
  /** Open spans by the client's `callId`. */
  const calls = new Map<number, Span>();

  const requestDuration = meter.createHistogram(METRIC_HTTP_CLIENT_REQUEST_DURATION, {
    description: 'Duration of HTTP client requests (each attempt) to the Camunda REST API.',
    unit: 's',
    advice: { explicitBucketBoundaries: HTTP_DURATION_BUCKETS },
  });
  const operationDuration = meter.createHistogram(METRIC_CAMUNDA_CLIENT_OPERATION_DURATION, {
    description: 'Duration of client calls, retries, backpressure waits and consistency polls included.',
    unit: 's',
    advice: { explicitBucketBoundaries: OPERATION_DURATION_BUCKETS },
  });
  const overloadSignals = meter.createCounter(METRIC_CAMUNDA_BACKPRESSURE_OVERLOAD_SIGNALS, {
    description: 'Answers that signalled overload (429, or 503/500 RESOURCE_EXHAUSTED).',
    unit: '{signal}',
  });
  const gateLimit = meter.createObservableGauge(METRIC_CAMUNDA_BACKPRESSURE_LIMIT, {
    description: 'Permits the backpressure gate allows at once; not observed while it is unlimited.',
    unit: '{permit}',
  });
  const gateInFlight = meter.createObservableGauge(METRIC_CAMUNDA_BACKPRESSURE_IN_FLIGHT, {
    description: 'Permits held by gated operations.',
    unit: '{permit}',
  });
  const gateWaiting = meter.createObservableGauge(METRIC_CAMUNDA_BACKPRESSURE_WAITING, {
    description: 'Callers queued for a backpressure permit.',
    unit: '{caller}',
  });
  const gateSeverity = meter.createObservableGauge(METRIC_CAMUNDA_BACKPRESSURE_SEVERITY, {
    description: 'Backpressure severity: 0 healthy, 1 soft, 2 severe.',
  });
  const gauges = [gateLimit, gateInFlight, gateWaiting, gateSeverity];
  const observeGate: BatchObservableCallback = (result) => {
    const state = client.backpressureState();
    if (state.limit !== null) result.observe(gateLimit, state.limit, server.attributes);
    result.observe(gateInFlight, state.inFlight, server.attributes);
    result.observe(gateWaiting, state.waiting, server.attributes);
    result.observe(gateSeverity, SEVERITY_LEVEL[state.severity], server.attributes);
  };
  meter.addBatchObservableCallback(observeGate, gauges);

  const attemptAttributes = (info: ClientAttemptInfo): Attributes => ({
    ...server.attributes,
    [ATTR_CAMUNDA_OPERATION_ID]: info.operationId,
    [ATTR_HTTP_REQUEST_METHOD]: info.method,
    [ATTR_URL_TEMPLATE]: server.basePath + info.pathTemplate,
  });

  const hooks: CamundaClientHooks = {
    onOperationStart({ callId, operationId }) {
      const span = tracer.startSpan(
        operationId,
        {
          kind: SpanKind.CLIENT,
          attributes: { ...server.attributes, [ATTR_CAMUNDA_OPERATION_ID]: operationId },
        },
        context.active(),
      );
      calls.set(callId, span);
    },

    beforeRequest(info) {
      const span = info.callId === undefined ? undefined : calls.get(info.callId);
      let ctx = context.active();
      if (span !== undefined) {
        if (info.attempt === 1) {
          span.setAttributes({
            [ATTR_HTTP_REQUEST_METHOD]: info.method,
            [ATTR_URL_TEMPLATE]: server.basePath + info.pathTemplate,
            [ATTR_URL_FULL]: info.url,
          });
        }
        ctx = trace.setSpan(ctx, span);
      }
      const headers: Record<string, string> = {};
      propagator.inject(ctx, headers, defaultTextMapSetter);
      return headers;
    },

    afterResponse(info: ClientAttemptInfo<ResponseInfo>) {
      const attributes = attemptAttributes(info);
      attributes[ATTR_HTTP_RESPONSE_STATUS_CODE] = info.status;
      attributes[ATTR_CAMUNDA_HTTP_STATUS_CLASS] = `${Math.floor(info.status / 100)}xx`;
      if (info.status >= 400) attributes[ATTR_ERROR_TYPE] = String(info.status);
      requestDuration.record(info.durationMs / 1000, attributes);
      if (info.overload) {
        overloadSignals.add(1, {
          ...server.attributes,
          [ATTR_CAMUNDA_OPERATION_ID]: info.operationId,
          [ATTR_HTTP_RESPONSE_STATUS_CODE]: info.status,
        });
      }
    },

    onError(info: ClientAttemptInfo<ErrorInfo>) {
      // An attempt that never reached the server (credentials, gate, abort before sending) took no request time.
      const attributes = attemptAttributes(info);
      attributes[ATTR_ERROR_TYPE] = errorType(info.error);
      requestDuration.record(info.durationMs / 1000, attributes);
    },

    onOperationEnd(event: OperationEndEvent) {
      const span = calls.get(event.callId);
      const attributes: Attributes = {
        ...server.attributes,
        [ATTR_CAMUNDA_OPERATION_ID]: event.operationId,
      };
      if (event.status !== undefined) attributes[ATTR_HTTP_RESPONSE_STATUS_CODE] = event.status;
      if (!event.ok) attributes[ATTR_ERROR_TYPE] = errorType(event.error);
      operationDuration.record(event.durationMs / 1000, attributes);
      if (span === undefined) return;
      calls.delete(event.callId);
      span.setAttributes(attributes);
      span.setAttribute(ATTR_CAMUNDA_HTTP_ATTEMPTS, event.attempts);
      span.setAttribute(ATTR_CAMUNDA_BACKPRESSURE_WAIT_MS, event.gateWaitMs);
      if (event.retries > 0) span.setAttribute(ATTR_HTTP_REQUEST_RESEND_COUNT, event.retries);
      if (!event.ok) {
        if (event.error instanceof Error) span.recordException(event.error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(event.error) });
      }
      span.end();
    },
  };

  const remove = client.addHooks(hooks);
  let disabled = false;
  return {
    disable() {
      if (disabled) return;
      disabled = true;
      remove();
      meter.removeBatchObservableCallback(observeGate, gauges);
      for (const span of calls.values()) span.end();
      calls.clear();
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
