import { type CamundaClient, createCamundaClient, nullLogger, ProcessDefinitionId } from '@camunda-ts/client';
import { type ObservedRequest, startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { createJobWorker, JobError, type JobWorker } from '@camunda-ts/worker';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ATTR_CAMUNDA_ELEMENT_ID,
  ATTR_CAMUNDA_JOB_ERROR_CODE,
  ATTR_CAMUNDA_JOB_KEY,
  ATTR_CAMUNDA_JOB_OUTCOME,
  ATTR_CAMUNDA_JOB_TYPE,
  ATTR_CAMUNDA_PROCESS_DEFINITION_ID,
  ATTR_CAMUNDA_PROCESS_INSTANCE_KEY,
  ATTR_CAMUNDA_WORKER_ACTIVATION_ID,
  ATTR_CAMUNDA_WORKER_JOBS_RECEIVED,
  ATTR_CAMUNDA_WORKER_JOBS_REQUESTED,
  ATTR_CAMUNDA_WORKER_NAME,
  ATTR_ERROR_TYPE,
  instrumentClient,
  instrumentWorker,
  METRIC_CAMUNDA_WORKER_HANDLER_DURATION,
  METRIC_CAMUNDA_WORKER_HANDLER_ERRORS,
  METRIC_CAMUNDA_WORKER_JOBS_ACTIVATED,
  METRIC_CAMUNDA_WORKER_JOBS_BPMN_ERRORS,
  METRIC_CAMUNDA_WORKER_JOBS_COMPLETED,
  METRIC_CAMUNDA_WORKER_JOBS_FAILED,
  METRIC_CAMUNDA_WORKER_JOBS_IN_FLIGHT,
  METRIC_CAMUNDA_WORKER_JOBS_OVERRAN,
  METRIC_CAMUNDA_WORKER_POLL_DURATION,
  METRIC_CAMUNDA_WORKER_SLOTS_FREE,
} from '../src/index.js';
import { type OtelHarness, otelHarness, useAsyncContext } from './support/otel-harness.js';

const JOB_TYPE = 'otel-work';
const WORKER_NAME = 'otel-test-worker';
const PROCESS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="otel-definitions" targetNamespace="http://camunda.org">
  <bpmn:process id="otel-process" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="to-work" sourceRef="start" targetRef="work" />
    <bpmn:serviceTask id="work">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="${JOB_TYPE}" retries="1" />
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-end" sourceRef="work" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

let teardownContext: () => void;
beforeAll(() => {
  teardownContext = useAsyncContext();
});
afterAll(() => teardownContext());

describe('instrumentWorker against the test engine', () => {
  let engine: TestEngine;
  let client: CamundaClient;
  let otel: OtelHarness;
  let received: ObservedRequest[];
  let worker: JobWorker | undefined;

  beforeEach(async () => {
    received = [];
    engine = await startTestEngine({ onRequest: (request) => received.push(request) });
    await engine.deploy({ 'otel-process.bpmn': PROCESS_XML });
    client = createCamundaClient({ env: { CAMUNDA_REST_ADDRESS: engine.restAddress }, logger: nullLogger });
    otel = otelHarness();
  });
  afterEach(async () => {
    await worker?.stop({ graceMs: 0 });
    worker = undefined;
    await client.close();
    await engine.stop();
    await otel.shutdown();
  });

  async function startInstances(modes: readonly string[]): Promise<string[]> {
    const keys: string[] = [];
    for (const mode of modes) {
      const created = await client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of('otel-process'),
        variables: { mode },
      });
      keys.push(String(created.processInstanceKey));
    }
    return keys;
  }

  const idOf = (span: ReadableSpan) => span.spanContext().spanId;
  const childrenOf = (parent: ReadableSpan, name: string) =>
    otel.spansNamed(name).filter((s) => s.parentSpanContext?.spanId === idOf(parent));

  it('traces each job in its own trace, linked to its activation, with the handler calls and completeJob inside', async () => {
    instrumentClient(client, otel);
    const instances = await startInstances(['ok', 'ok', 'ok', 'ok', 'ok']);
    worker = createJobWorker(client, {
      jobType: JOB_TYPE,
      workerName: WORKER_NAME,
      maxConcurrentJobs: 2,
      autoStart: false,
      handler: async (job) => {
        await job.client.getTopology();
        return { handled: true };
      },
    });
    instrumentWorker(worker, otel);
    await worker.start();
    const w = worker;
    await expect.poll(() => w.stats().completed, { timeout: 10_000 }).toBe(5);

    const jobs = otel.spansNamed(`job ${JOB_TYPE}`);
    const polls = otel.spansNamed(`poll ${JOB_TYPE}`);
    expect(jobs).toHaveLength(5);
    expect(new Set(jobs.map((s) => s.spanContext().traceId)).size).toBe(5);
    expect(new Set(jobs.map((s) => s.attributes[ATTR_CAMUNDA_PROCESS_INSTANCE_KEY]))).toEqual(
      new Set(instances),
    );
    expect(new Set(jobs.map((s) => s.attributes[ATTR_CAMUNDA_JOB_KEY])).size).toBe(5);

    for (const job of jobs) {
      expect(job.kind).toBe(SpanKind.CONSUMER);
      expect(job.parentSpanContext).toBeUndefined();
      expect(job.status.code).toBe(SpanStatusCode.UNSET);
      expect(job.attributes).toMatchObject({
        [ATTR_CAMUNDA_JOB_TYPE]: JOB_TYPE,
        [ATTR_CAMUNDA_WORKER_NAME]: WORKER_NAME,
        [ATTR_CAMUNDA_PROCESS_DEFINITION_ID]: 'otel-process',
        [ATTR_CAMUNDA_ELEMENT_ID]: 'work',
        [ATTR_CAMUNDA_JOB_OUTCOME]: 'completed',
      });

      // Linked to the poll span of the activation that delivered it.
      expect(job.links).toHaveLength(1);
      const poll = polls.find((p) => idOf(p) === job.links[0]?.context.spanId);
      expect(poll?.attributes[ATTR_CAMUNDA_WORKER_ACTIVATION_ID]).toBe(
        job.attributes[ATTR_CAMUNDA_WORKER_ACTIVATION_ID],
      );

      // The handler's own call and the completion are children of the job span, in its trace.
      const [topology] = childrenOf(job, 'getTopology');
      const [complete] = childrenOf(job, 'completeJob');
      expect(topology?.kind).toBe(SpanKind.CLIENT);
      expect(complete?.spanContext().traceId).toBe(job.spanContext().traceId);
      expect(complete?.attributes['url.template']).toBe('/v2/jobs/{jobKey}/completion');
      expect(complete?.attributes['url.full']).toContain(String(job.attributes[ATTR_CAMUNDA_JOB_KEY]));
    }

    // The engine received, for every completion, the traceparent of its completeJob span.
    const completions = otel.spansNamed('completeJob');
    const sent = received.filter((r) => r.operationId === 'completeJob').map((r) => r.headers.traceparent);
    expect(new Set(sent)).toEqual(
      new Set(completions.map((s) => `00-${s.spanContext().traceId}-${idOf(s)}-01`)),
    );

    // Each poll that delivered jobs holds the client's activateJobs span; never more jobs than free slots.
    const delivering = polls.filter((p) => Number(p.attributes[ATTR_CAMUNDA_WORKER_JOBS_RECEIVED]) > 0);
    expect(delivering.length).toBeGreaterThanOrEqual(3);
    for (const poll of delivering) {
      expect(poll.kind).toBe(SpanKind.INTERNAL);
      expect(poll.parentSpanContext).toBeUndefined();
      expect(Number(poll.attributes[ATTR_CAMUNDA_WORKER_JOBS_RECEIVED])).toBeLessThanOrEqual(
        Number(poll.attributes[ATTR_CAMUNDA_WORKER_JOBS_REQUESTED]),
      );
      expect(childrenOf(poll, 'activateJobs')).toHaveLength(1);
    }
    expect(delivering.reduce((n, p) => n + Number(p.attributes[ATTR_CAMUNDA_WORKER_JOBS_RECEIVED]), 0)).toBe(
      5,
    );

    const labels = { [ATTR_CAMUNDA_JOB_TYPE]: JOB_TYPE, [ATTR_CAMUNDA_WORKER_NAME]: WORKER_NAME };
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_COMPLETED, labels)).toBe(w.stats().completed);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_ACTIVATED, labels)).toBe(5);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_FAILED, labels)).toBe(0);
    expect(
      await otel.histogramCount(METRIC_CAMUNDA_WORKER_HANDLER_DURATION, {
        ...labels,
        [ATTR_CAMUNDA_JOB_OUTCOME]: 'completed',
      }),
    ).toBe(5);
    expect(await otel.histogramCount(METRIC_CAMUNDA_WORKER_POLL_DURATION, labels)).toBeGreaterThanOrEqual(3);
    await expect.poll(() => otel.gauge(METRIC_CAMUNDA_WORKER_JOBS_IN_FLIGHT, labels)).toBe(0);
    expect(await otel.gauge(METRIC_CAMUNDA_WORKER_SLOTS_FREE, labels)).toBe(2);
  });

  it('records handler errors with the outcome: failed is an error, a BPMN error is not', async () => {
    await startInstances(['fail', 'bpmn', 'ok']);
    worker = createJobWorker(client, {
      jobType: JOB_TYPE,
      workerName: WORKER_NAME,
      autoStart: false,
      handler: async (job) => {
        const { mode } = job.variables as { mode: string };
        if (mode === 'fail') throw new TypeError('no stock data');
        if (mode === 'bpmn') throw new JobError({ errorCode: 'OUT_OF_STOCK', errorMessage: 'none left' });
        return {};
      },
    });
    instrumentWorker(worker, otel);
    await worker.start();
    const w = worker;
    await expect
      .poll(() => w.stats().completed + w.stats().failed + w.stats().errored, { timeout: 10_000 })
      .toBe(3);

    const byOutcome = (outcome: string) =>
      otel.spansNamed(`job ${JOB_TYPE}`).filter((s) => s.attributes[ATTR_CAMUNDA_JOB_OUTCOME] === outcome);
    const [failed] = byOutcome('failed');
    const [bpmn] = byOutcome('bpmn_error');
    const [completed] = byOutcome('completed');
    expect(failed?.status).toMatchObject({ code: SpanStatusCode.ERROR, message: 'no stock data' });
    expect(failed?.attributes[ATTR_ERROR_TYPE]).toBe('TypeError');
    expect(failed?.events.map((e) => e.name)).toEqual(['exception']);
    expect(bpmn?.status.code).toBe(SpanStatusCode.UNSET);
    expect(bpmn?.attributes).toMatchObject({
      [ATTR_CAMUNDA_JOB_ERROR_CODE]: 'OUT_OF_STOCK',
      [ATTR_ERROR_TYPE]: 'JobError',
    });
    expect(bpmn?.events.map((e) => e.name)).toEqual(['exception']);
    expect(completed?.events).toEqual([]);
    // Without an instrumented client there are no operation spans; job spans are still made.
    expect(otel.spansNamed('completeJob')).toEqual([]);

    const labels = { [ATTR_CAMUNDA_JOB_TYPE]: JOB_TYPE };
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_FAILED, labels)).toBe(w.stats().failed);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_BPMN_ERRORS, labels)).toBe(w.stats().errored);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_COMPLETED, labels)).toBe(1);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_HANDLER_ERRORS, { [ATTR_ERROR_TYPE]: 'TypeError' })).toBe(1);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_HANDLER_ERRORS, { [ATTR_ERROR_TYPE]: 'JobError' })).toBe(1);
  });

  it('counts handlers that overran their job deadline', async () => {
    await startInstances(['slow']);
    worker = createJobWorker(client, {
      jobType: JOB_TYPE,
      autoStart: false,
      jobTimeoutMs: 1_000,
      // Returns only once its signal aborts at the deadline: it was still running then.
      handler: (job) =>
        new Promise<Record<string, never>>((resolve) =>
          job.signal.addEventListener('abort', () => resolve({}), { once: true }),
        ),
    });
    instrumentWorker(worker, otel);
    await worker.start();
    const w = worker;
    await expect.poll(() => w.stats().overran, { timeout: 10_000 }).toBe(1);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_OVERRAN, { [ATTR_CAMUNDA_JOB_TYPE]: JOB_TYPE })).toBe(1);
  });

  it('disable() stops spans and metrics for later jobs while the worker keeps working', async () => {
    worker = createJobWorker(client, { jobType: JOB_TYPE, autoStart: false, handler: async () => ({}) });
    const instrumentation = instrumentWorker(worker, otel);
    await worker.start();
    await startInstances(['ok']);
    const w = worker;
    await expect.poll(() => w.stats().completed, { timeout: 10_000 }).toBe(1);
    instrumentation.disable();
    await startInstances(['ok', 'ok']);
    await expect.poll(() => w.stats().completed, { timeout: 10_000 }).toBe(3);
    expect(otel.spansNamed(`job ${JOB_TYPE}`)).toHaveLength(1);
    expect(await otel.sum(METRIC_CAMUNDA_WORKER_JOBS_COMPLETED)).toBe(1);
    expect(await otel.gauge(METRIC_CAMUNDA_WORKER_SLOTS_FREE)).toBeUndefined();
  });
});
