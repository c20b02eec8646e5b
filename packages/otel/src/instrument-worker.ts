import type {
  ActivationInfo,
  JobOutcome,
  JobRunSummary,
  JobWorkerInterceptor,
  JobWorkerStats,
} from '@camunda-ts/worker';
import {
  type Attributes,
  type BatchObservableCallback,
  context,
  ROOT_CONTEXT,
  type SpanContext,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import {
  ATTR_CAMUNDA_ELEMENT_ID,
  ATTR_CAMUNDA_ELEMENT_INSTANCE_KEY,
  ATTR_CAMUNDA_JOB_ERROR_CODE,
  ATTR_CAMUNDA_JOB_KEY,
  ATTR_CAMUNDA_JOB_OUTCOME,
  ATTR_CAMUNDA_JOB_RETRIES,
  ATTR_CAMUNDA_JOB_TYPE,
  ATTR_CAMUNDA_PROCESS_DEFINITION_ID,
  ATTR_CAMUNDA_PROCESS_DEFINITION_KEY,
  ATTR_CAMUNDA_PROCESS_DEFINITION_VERSION,
  ATTR_CAMUNDA_PROCESS_INSTANCE_KEY,
  ATTR_CAMUNDA_TENANT_ID,
  ATTR_CAMUNDA_WORKER_ACTIVATION_ID,
  ATTR_CAMUNDA_WORKER_JOBS_RECEIVED,
  ATTR_CAMUNDA_WORKER_JOBS_REQUESTED,
  ATTR_CAMUNDA_WORKER_NAME,
  ATTR_ERROR_TYPE,
} from './attribute-names.js';
import { errorType } from './error-type.js';
import type { Instrumentation } from './instrumentation.js';
import type { InstrumentationOptions } from './instrumentation-options.js';
import {
  METRIC_CAMUNDA_WORKER_HANDLER_DURATION,
  METRIC_CAMUNDA_WORKER_HANDLER_ERRORS,
  METRIC_CAMUNDA_WORKER_JOBS_ACTIVATED,
  METRIC_CAMUNDA_WORKER_JOBS_BPMN_ERRORS,
  METRIC_CAMUNDA_WORKER_JOBS_COMPLETED,
  METRIC_CAMUNDA_WORKER_JOBS_DROPPED,
  METRIC_CAMUNDA_WORKER_JOBS_FAILED,
  METRIC_CAMUNDA_WORKER_JOBS_IGNORED,
  METRIC_CAMUNDA_WORKER_JOBS_IN_FLIGHT,
  METRIC_CAMUNDA_WORKER_JOBS_OVERRAN,
  METRIC_CAMUNDA_WORKER_POLL_DURATION,
  METRIC_CAMUNDA_WORKER_SLOTS_FREE,
} from './metric-names.js';
import { resolveInstrumentation } from './resolve-instrumentation.js';

/** What `instrumentWorker` needs of a worker: `@camunda-ts/worker`'s `JobWorker` has it. */
export interface InstrumentableWorker {
  /** The job type the worker activates. */
  readonly jobType: string;
  /** The name the worker reports to the engine. */
  readonly workerName: string;
  /** The worker's resolved options. */
  readonly options: {
    /** Its slots: free slots are reported as a metric. */
    readonly maxConcurrentJobs: number;
  };
  /** Registers an interceptor around activations and job runs; returns its removal. */
  intercept(interceptor: JobWorkerInterceptor): () => void;
  /** Read when metrics are collected. */
  stats(): Pick<JobWorkerStats, 'inFlight' | 'overran'>;
}

/** Attribute values of the job outcomes (snake case, as attribute values usually are). */
const OUTCOME: Readonly<Record<JobOutcome, string>> = {
  completed: 'completed',
  failed: 'failed',
  bpmnError: 'bpmn_error',
  ignored: 'ignored',
  dropped: 'dropped',
};
/** Long polls run up to the poll timeout (20 s by default). */
const POLL_DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60];
const HANDLER_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * Instruments a job worker: an INTERNAL span per activation (`poll <type>`, the client's `activateJobs` span
 * nested in it when the client is instrumented too), and a CONSUMER span per job (`job <type>`, a new trace
 * linked to the activation that delivered it) that is the active span while the handler runs and the job's
 * action is sent, so the handler's client calls and `completeJob` become its children. Plus the worker
 * metrics. Built only on `worker.intercept`; `disable()` removes everything again.
 */
export function instrumentWorker(
  worker: InstrumentableWorker,
  options: InstrumentationOptions = {},
): Instrumentation {
  const { tracer, meter } = resolveInstrumentation(options);
  const base: Attributes = Object.freeze({
    [ATTR_CAMUNDA_JOB_TYPE]: worker.jobType,
    [ATTR_CAMUNDA_WORKER_NAME]: worker.workerName,
  });
  const pollName = `poll ${worker.jobType}`;
  const jobName = `job ${worker.jobType}`;
  /** The poll span of each activation, for the links of the jobs it delivered; gone with the activation. */
  const polls = new WeakMap<ActivationInfo, SpanContext>();

  const jobCounter = (name: string, description: string) =>
    meter.createCounter(name, { description, unit: '{job}' });
  const activated = jobCounter(METRIC_CAMUNDA_WORKER_JOBS_ACTIVATED, 'Jobs received and started.');
  const settled: Readonly<Record<JobOutcome, ReturnType<typeof jobCounter>>> = {
    completed: jobCounter(METRIC_CAMUNDA_WORKER_JOBS_COMPLETED, 'Jobs completed.'),
    failed: jobCounter(METRIC_CAMUNDA_WORKER_JOBS_FAILED, 'Jobs failed.'),
    bpmnError: jobCounter(METRIC_CAMUNDA_WORKER_JOBS_BPMN_ERRORS, 'Jobs that raised a BPMN error.'),
    ignored: jobCounter(METRIC_CAMUNDA_WORKER_JOBS_IGNORED, 'Jobs the handler ignored.'),
    dropped: jobCounter(METRIC_CAMUNDA_WORKER_JOBS_DROPPED, 'Jobs whose action did not reach the engine.'),
  };
  const handlerErrors = meter.createCounter(METRIC_CAMUNDA_WORKER_HANDLER_ERRORS, {
    description: 'Errors thrown by job handlers.',
    unit: '{error}',
  });
  const handlerDuration = meter.createHistogram(METRIC_CAMUNDA_WORKER_HANDLER_DURATION, {
    description: 'Time job handlers ran.',
    unit: 's',
    advice: { explicitBucketBoundaries: HANDLER_DURATION_BUCKETS },
  });
  const pollDuration = meter.createHistogram(METRIC_CAMUNDA_WORKER_POLL_DURATION, {
    description: 'Duration of job activation requests, long-poll wait included.',
    unit: 's',
    advice: { explicitBucketBoundaries: POLL_DURATION_BUCKETS },
  });
  const inFlight = meter.createObservableGauge(METRIC_CAMUNDA_WORKER_JOBS_IN_FLIGHT, {
    description: 'Jobs held now: handler running or action in flight.',
    unit: '{job}',
  });
  const freeSlots = meter.createObservableGauge(METRIC_CAMUNDA_WORKER_SLOTS_FREE, {
    description: 'Free job slots of the worker.',
    unit: '{slot}',
  });
  // Read from the worker's stats, which count every overrun whether or not an interceptor saw the job.
  const overran = meter.createObservableCounter(METRIC_CAMUNDA_WORKER_JOBS_OVERRAN, {
    description: 'Job handlers still running at their job deadline.',
    unit: '{job}',
  });
  const gauges = [inFlight, freeSlots, overran];
  const observeWorker: BatchObservableCallback = (result) => {
    const stats = worker.stats();
    result.observe(inFlight, stats.inFlight, base);
    result.observe(freeSlots, Math.max(0, worker.options.maxConcurrentJobs - stats.inFlight), base);
    result.observe(overran, stats.overran, base);
  };
  meter.addBatchObservableCallback(observeWorker, gauges);

  const interceptor: JobWorkerInterceptor = {
    activation(info, run) {
      const span = tracer.startSpan(pollName, {
        kind: SpanKind.INTERNAL,
        root: true,
        attributes: {
          ...base,
          [ATTR_CAMUNDA_WORKER_ACTIVATION_ID]: info.activationId,
          [ATTR_CAMUNDA_WORKER_JOBS_REQUESTED]: info.requested,
        },
      });
      polls.set(info, span.spanContext());
      const startedAt = performance.now();
      return context.with(trace.setSpan(ROOT_CONTEXT, span), run).then(
        (result) => {
          span.setAttribute(ATTR_CAMUNDA_WORKER_JOBS_RECEIVED, result.jobs.length);
          span.end();
          pollDuration.record((performance.now() - startedAt) / 1000, base);
        },
        (error: unknown) => {
          const type = errorType(error);
          // The worker cut its own long poll short (stop, or its client closed): no failure, and no latency.
          if (type === 'AbortError') {
            span.end();
            return;
          }
          span.setAttribute(ATTR_ERROR_TYPE, type);
          if (error instanceof Error) span.recordException(error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: messageOf(error) });
          span.end();
          pollDuration.record((performance.now() - startedAt) / 1000, { ...base, [ATTR_ERROR_TYPE]: type });
        },
      );
    },

    job({ job, activation }, run) {
      const poll = polls.get(activation);
      const attributes: Attributes = withoutNullish({
        ...base,
        [ATTR_CAMUNDA_JOB_KEY]: job.jobKey,
        [ATTR_CAMUNDA_JOB_RETRIES]: job.retries,
        [ATTR_CAMUNDA_PROCESS_INSTANCE_KEY]: job.processInstanceKey,
        [ATTR_CAMUNDA_PROCESS_DEFINITION_ID]: job.processDefinitionId,
        [ATTR_CAMUNDA_PROCESS_DEFINITION_KEY]: job.processDefinitionKey,
        [ATTR_CAMUNDA_PROCESS_DEFINITION_VERSION]: job.processDefinitionVersion,
        [ATTR_CAMUNDA_ELEMENT_ID]: job.elementId,
        [ATTR_CAMUNDA_ELEMENT_INSTANCE_KEY]: job.elementInstanceKey,
        [ATTR_CAMUNDA_TENANT_ID]: job.tenantId,
        [ATTR_CAMUNDA_WORKER_ACTIVATION_ID]: activation.activationId,
      });
      // A job belongs to no caller's trace: a new trace, linked to the activation that delivered it.
      const span = tracer.startSpan(jobName, {
        kind: SpanKind.CONSUMER,
        root: true,
        attributes,
        ...(poll !== undefined && { links: [{ context: poll }] }),
      });
      activated.add(1, base);
      return context.with(trace.setSpan(ROOT_CONTEXT, span), run).then((summary) => {
        finishJob(span, summary);
      });
    },
  };

  function finishJob(span: ReturnType<typeof tracer.startSpan>, summary: JobRunSummary): void {
    const { outcome, error, handlerThrew, handlerDurationMs } = summary;
    const outcomeValue = OUTCOME[outcome] ?? String(outcome);
    span.setAttribute(ATTR_CAMUNDA_JOB_OUTCOME, outcomeValue);
    if (error !== undefined) {
      const type = errorType(error);
      span.setAttribute(ATTR_ERROR_TYPE, type);
      if (error instanceof Error) span.recordException(error);
      const code = (error as { errorCode?: unknown }).errorCode;
      if (outcome === 'bpmnError' && typeof code === 'string')
        span.setAttribute(ATTR_CAMUNDA_JOB_ERROR_CODE, code);
      if (handlerThrew) handlerErrors.add(1, { ...base, [ATTR_ERROR_TYPE]: type });
    }
    // A BPMN error is a modelled business outcome; a failed or lost job is an error.
    if (outcome === 'failed' || outcome === 'dropped') {
      if (error === undefined) span.setAttribute(ATTR_ERROR_TYPE, outcomeValue);
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: error === undefined ? outcomeValue : messageOf(error),
      });
    }
    span.end();
    settled[outcome]?.add(1, base);
    if (handlerDurationMs !== undefined) {
      handlerDuration.record(handlerDurationMs / 1000, { ...base, [ATTR_CAMUNDA_JOB_OUTCOME]: outcomeValue });
    }
  }

  const remove = worker.intercept(interceptor);
  let disabled = false;
  return {
    disable() {
      if (disabled) return;
      disabled = true;
      remove();
      meter.removeBatchObservableCallback(observeWorker, gauges);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Drops fields a job may lack (an older engine, a job kind without a process), which are no attribute values. */
function withoutNullish(fields: Record<string, unknown>): Attributes {
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null) attributes[key] = value as string | number | boolean;
  }
  return attributes;
}
