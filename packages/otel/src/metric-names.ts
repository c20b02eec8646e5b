// Metric names. `http.client.request.duration` is OpenTelemetry's semantic convention; the rest are this
// package's own. Durations are histograms in seconds, as the conventions ask.

/** Histogram (s): each HTTP attempt, by operation, method, server and status (and status class). */
export const METRIC_HTTP_CLIENT_REQUEST_DURATION = 'http.client.request.duration';
/** Histogram (s): each client call from start to settling, retries, gate waits and consistency polls included. */
export const METRIC_CAMUNDA_CLIENT_OPERATION_DURATION = 'camunda.client.operation.duration';

/** Gauge ({permit}): the backpressure gate's limit; not observed while the gate is unlimited. */
export const METRIC_CAMUNDA_BACKPRESSURE_LIMIT = 'camunda.backpressure.limit';
/** Gauge ({permit}): permits held by gated operations. */
export const METRIC_CAMUNDA_BACKPRESSURE_IN_FLIGHT = 'camunda.backpressure.in_flight';
/** Gauge ({caller}): callers queued for a permit. */
export const METRIC_CAMUNDA_BACKPRESSURE_WAITING = 'camunda.backpressure.waiting';
/** Gauge: the gate's severity, 0 healthy, 1 soft, 2 severe. */
export const METRIC_CAMUNDA_BACKPRESSURE_SEVERITY = 'camunda.backpressure.severity';
/** Counter ({signal}): answers that signal overload (429, or 503/500 `RESOURCE_EXHAUSTED`), by operation and status. */
export const METRIC_CAMUNDA_BACKPRESSURE_OVERLOAD_SIGNALS = 'camunda.backpressure.overload_signals';

/** Counter ({job}): jobs a worker received and started. */
export const METRIC_CAMUNDA_WORKER_JOBS_ACTIVATED = 'camunda.worker.jobs.activated';
/** Counter ({job}): jobs completed (`completeJob` accepted). */
export const METRIC_CAMUNDA_WORKER_JOBS_COMPLETED = 'camunda.worker.jobs.completed';
/** Counter ({job}): jobs failed (`failJob` accepted). */
export const METRIC_CAMUNDA_WORKER_JOBS_FAILED = 'camunda.worker.jobs.failed';
/** Counter ({job}): jobs that raised a BPMN error (`throwJobError` accepted). */
export const METRIC_CAMUNDA_WORKER_JOBS_BPMN_ERRORS = 'camunda.worker.jobs.bpmn_errors';
/** Counter ({job}): jobs the handler ignored. */
export const METRIC_CAMUNDA_WORKER_JOBS_IGNORED = 'camunda.worker.jobs.ignored';
/** Counter ({job}): jobs whose action did not reach the engine (gone, rejected, deadline passed). */
export const METRIC_CAMUNDA_WORKER_JOBS_DROPPED = 'camunda.worker.jobs.dropped';
/** Counter ({job}): handlers still running at their job's deadline (`overran` events; `stats().overran`). */
export const METRIC_CAMUNDA_WORKER_JOBS_OVERRAN = 'camunda.worker.jobs.overran';
/** Counter ({error}): handler throws, by `error.type`. */
export const METRIC_CAMUNDA_WORKER_HANDLER_ERRORS = 'camunda.worker.handler.errors';
/** Histogram (s): time the handler ran, by job outcome. */
export const METRIC_CAMUNDA_WORKER_HANDLER_DURATION = 'camunda.worker.handler.duration';
/** Gauge ({job}): jobs held now (handler running or action in flight). */
export const METRIC_CAMUNDA_WORKER_JOBS_IN_FLIGHT = 'camunda.worker.jobs.in_flight';
/** Gauge ({slot}): free slots (`maxConcurrentJobs` − jobs in flight). */
export const METRIC_CAMUNDA_WORKER_SLOTS_FREE = 'camunda.worker.slots.free';
/** Histogram (s): each activation request, long-poll wait included; failed ones carry `error.type`. */
export const METRIC_CAMUNDA_WORKER_POLL_DURATION = 'camunda.worker.poll.duration';
