import { type CamundaClient, createCamundaClient, nullLogger, ProcessInstanceKey } from '@camunda-ts/client';
import { type ObservedRequest, startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { SpanKind, SpanStatusCode, type TextMapPropagator } from '@opentelemetry/api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ATTR_CAMUNDA_BACKPRESSURE_WAIT_MS,
  ATTR_CAMUNDA_HTTP_ATTEMPTS,
  ATTR_CAMUNDA_OPERATION_ID,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
  ATTR_URL_TEMPLATE,
  instrumentClient,
  METRIC_CAMUNDA_BACKPRESSURE_IN_FLIGHT,
  METRIC_CAMUNDA_BACKPRESSURE_LIMIT,
  METRIC_CAMUNDA_BACKPRESSURE_OVERLOAD_SIGNALS,
  METRIC_CAMUNDA_BACKPRESSURE_SEVERITY,
  METRIC_CAMUNDA_BACKPRESSURE_WAITING,
  METRIC_CAMUNDA_CLIENT_OPERATION_DURATION,
  METRIC_HTTP_CLIENT_REQUEST_DURATION,
} from '../src/index.js';
import { type OtelHarness, otelHarness, useAsyncContext } from './support/otel-harness.js';

let teardownContext: () => void;
beforeAll(() => {
  teardownContext = useAsyncContext();
});
afterAll(() => teardownContext());

describe('instrumentClient against the test engine', () => {
  let engine: TestEngine;
  let client: CamundaClient;
  let otel: OtelHarness;
  let received: ObservedRequest[];

  beforeEach(async () => {
    received = [];
    engine = await startTestEngine({ onRequest: (request) => received.push(request) });
    client = createCamundaClient({
      env: {
        CAMUNDA_REST_ADDRESS: engine.restAddress,
        CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS: '1',
        CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS: '2',
      },
      logger: nullLogger,
    });
    otel = otelHarness();
  });
  afterEach(async () => {
    await client.close();
    await engine.stop();
    await otel.shutdown();
  });

  const port = () => Number(new URL(engine.restAddress).port);
  const traceparentOf = (span: { spanContext(): { traceId: string; spanId: string } }) =>
    `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;

  it('makes one CLIENT span per operation, a child of the active span, and sends its traceparent', async () => {
    instrumentClient(client, otel);
    const tracer = otel.tracerProvider.getTracer('test');
    await tracer.startActiveSpan('request handling', async (parent) => {
      await client.getTopology();
      parent.end();
    });

    const [span] = otel.spansNamed('getTopology');
    const [parent] = otel.spansNamed('request handling');
    expect(span).toBeDefined();
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.parentSpanContext?.spanId).toBe(parent?.spanContext().spanId);
    expect(span?.spanContext().traceId).toBe(parent?.spanContext().traceId);
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.attributes).toMatchObject({
      [ATTR_CAMUNDA_OPERATION_ID]: 'getTopology',
      [ATTR_HTTP_REQUEST_METHOD]: 'GET',
      [ATTR_URL_TEMPLATE]: '/v2/topology',
      [ATTR_URL_FULL]: `${engine.restAddress}/topology`,
      [ATTR_SERVER_ADDRESS]: '127.0.0.1',
      [ATTR_SERVER_PORT]: port(),
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200,
      [ATTR_CAMUNDA_HTTP_ATTEMPTS]: 1,
    });
    expect(span?.attributes[ATTR_CAMUNDA_BACKPRESSURE_WAIT_MS]).toBeGreaterThanOrEqual(0);
    expect(span?.attributes).not.toHaveProperty(ATTR_HTTP_REQUEST_RESEND_COUNT);

    const topology = received.filter((r) => r.operationId === 'getTopology');
    expect(topology).toHaveLength(1);
    expect(topology[0]?.headers.traceparent).toBe(traceparentOf(span as never));
  });

  it('starts a new trace for a call made outside any span', async () => {
    instrumentClient(client, otel);
    await client.getTopology();
    await client.getTopology();
    const spans = otel.spansNamed('getTopology');
    expect(spans).toHaveLength(2);
    expect(spans.every((s) => s.parentSpanContext === undefined)).toBe(true);
    expect(spans[0]?.spanContext().traceId).not.toBe(spans[1]?.spanContext().traceId);
    expect(received.map((r) => r.headers.traceparent)).toEqual(spans.map(traceparentOf));
  });

  it('marks a failed operation as an error with error.type, and records the exception', async () => {
    instrumentClient(client, otel);
    const missing = ProcessInstanceKey.of('2251799813699999');
    await expect(client.getProcessInstance({ processInstanceKey: missing })).rejects.toMatchObject({
      name: 'HttpError',
      status: 404,
    });
    const [span] = otel.spansNamed('getProcessInstance');
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.attributes).toMatchObject({
      [ATTR_ERROR_TYPE]: '404',
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 404,
      [ATTR_URL_TEMPLATE]: '/v2/process-instances/{processInstanceKey}',
      [ATTR_URL_FULL]: `${engine.restAddress}/process-instances/${missing}`,
    });
    expect(span?.events.map((e) => e.name)).toContain('exception');

    expect(
      await otel.histogramCount(METRIC_HTTP_CLIENT_REQUEST_DURATION, {
        [ATTR_CAMUNDA_OPERATION_ID]: 'getProcessInstance',
        [ATTR_HTTP_RESPONSE_STATUS_CODE]: 404,
        'camunda.http.status_class': '4xx',
        [ATTR_ERROR_TYPE]: '404',
      }),
    ).toBe(1);
    expect(
      await otel.histogramCount(METRIC_CAMUNDA_CLIENT_OPERATION_DURATION, {
        [ATTR_CAMUNDA_OPERATION_ID]: 'getProcessInstance',
        [ATTR_ERROR_TYPE]: '404',
      }),
    ).toBe(1);
  });

  it('counts retries and overload signals, and the gate gauges follow the engine pushing back', async () => {
    instrumentClient(client, otel);
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_SEVERITY)).toBe(0);
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_IN_FLIGHT)).toBe(0);
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_WAITING)).toBe(0);
    // Unlimited: no limit to report.
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_LIMIT)).toBeUndefined();

    engine.setFaults({ maxInFlight: 0, capacityStatus: 429, operations: ['getTopology'] });
    await expect(client.getTopology(undefined, { retry: { maxAttempts: 3 } })).rejects.toMatchObject({
      status: 429,
    });

    const [span] = otel.spansNamed('getTopology');
    expect(span?.attributes).toMatchObject({
      [ATTR_CAMUNDA_HTTP_ATTEMPTS]: 3,
      [ATTR_HTTP_REQUEST_RESEND_COUNT]: 2,
      [ATTR_ERROR_TYPE]: '429',
    });
    // Every attempt carried the operation's trace context.
    const sent = received.filter((r) => r.operationId === 'getTopology').map((r) => r.headers.traceparent);
    expect(sent).toEqual(Array(3).fill(traceparentOf(span as never)));

    expect(
      await otel.sum(METRIC_CAMUNDA_BACKPRESSURE_OVERLOAD_SIGNALS, {
        [ATTR_CAMUNDA_OPERATION_ID]: 'getTopology',
        [ATTR_HTTP_RESPONSE_STATUS_CODE]: 429,
      }),
    ).toBe(3);
    expect(
      await otel.histogramCount(METRIC_HTTP_CLIENT_REQUEST_DURATION, {
        [ATTR_CAMUNDA_OPERATION_ID]: 'getTopology',
      }),
    ).toBe(3);
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_SEVERITY)).toBeGreaterThan(0);
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_LIMIT)).toBe(client.backpressureState().limit);
  });

  it('uses the propagator it is given', async () => {
    const propagator: TextMapPropagator = {
      inject: (_context, carrier, setter) => setter.set(carrier, 'x-trace-probe', 'yes'),
      extract: (context) => context,
      fields: () => ['x-trace-probe'],
    };
    instrumentClient(client, { ...otel, propagator });
    await client.getTopology();
    expect(received[0]?.headers['x-trace-probe']).toBe('yes');
    expect(received[0]?.headers).not.toHaveProperty('traceparent');
  });

  it('disable() removes every hook: no spans, no traceparent, no gate observations afterwards', async () => {
    const instrumentation = instrumentClient(client, otel);
    await client.getTopology();
    instrumentation.disable();
    instrumentation.disable();
    await client.getTopology();
    expect(otel.spansNamed('getTopology')).toHaveLength(1);
    expect(received.map((r) => typeof r.headers.traceparent)).toEqual(['string', 'undefined']);
    expect(await otel.gauge(METRIC_CAMUNDA_BACKPRESSURE_SEVERITY)).toBeUndefined();
  });

  it('ends the spans of calls still open when disabled', async () => {
    const instrumentation = instrumentClient(client, otel);
    const poll = client
      .activateJobs({ type: 'nothing-here', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 5_000 })
      .catch((error: unknown) => error);
    await expect.poll(() => received.some((r) => r.operationId === 'activateJobs')).toBe(true);
    instrumentation.disable();
    expect(otel.spansNamed('activateJobs')).toHaveLength(1);
    await client.close();
    expect(await poll).toMatchObject({ name: 'AbortError' });
    // The end event after disable() reached no instrumentation: still one span.
    expect(otel.spansNamed('activateJobs')).toHaveLength(1);
  });

  it('a client that was never instrumented sends no trace context', async () => {
    await client.getTopology();
    expect(received[0]?.headers).not.toHaveProperty('traceparent');
    expect(otel.spans()).toHaveLength(0);
  });
});
