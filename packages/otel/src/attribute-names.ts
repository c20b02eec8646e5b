// Span and metric attribute names. The HTTP ones are OpenTelemetry's semantic conventions (stable HTTP client
// conventions); the `camunda.*` ones are this package's own.

/** HTTP method of the operation (`GET`, `POST`, …). Semantic convention. */
export const ATTR_HTTP_REQUEST_METHOD = 'http.request.method';
/** Path template of the operation, e.g. `/v2/jobs/{jobKey}/completion`. Semantic convention. */
export const ATTR_URL_TEMPLATE = 'url.template';
/** Full URL of the first attempt. Semantic convention. */
export const ATTR_URL_FULL = 'url.full';
/** Host of the REST address. Semantic convention. */
export const ATTR_SERVER_ADDRESS = 'server.address';
/** Port of the REST address. Semantic convention. */
export const ATTR_SERVER_PORT = 'server.port';
/** Status of the (last) HTTP answer. Semantic convention. */
export const ATTR_HTTP_RESPONSE_STATUS_CODE = 'http.response.status_code';
/** Why an operation, attempt or job failed: the HTTP status as text, or the error's name. Semantic convention. */
export const ATTR_ERROR_TYPE = 'error.type';
/** Retries of the operation (attempts − 1), set when there were any. Semantic convention. */
export const ATTR_HTTP_REQUEST_RESEND_COUNT = 'http.request.resend_count';

/** The spec's `operationId` of a client call, e.g. `completeJob`. */
export const ATTR_CAMUNDA_OPERATION_ID = 'camunda.operation.id';
/** HTTP attempts of the call: retries, the credentials refresh after a 401 and consistency polls included. */
export const ATTR_CAMUNDA_HTTP_ATTEMPTS = 'camunda.http.attempts';
/** Class of the HTTP status (`2xx`, `4xx`, …) on the request-duration metric. */
export const ATTR_CAMUNDA_HTTP_STATUS_CLASS = 'camunda.http.status_class';
/** Total time the call's attempts waited for a backpressure permit, in milliseconds. */
export const ATTR_CAMUNDA_BACKPRESSURE_WAIT_MS = 'camunda.backpressure.wait_ms';

/** Job type. */
export const ATTR_CAMUNDA_JOB_TYPE = 'camunda.job.type';
/** Job key. */
export const ATTR_CAMUNDA_JOB_KEY = 'camunda.job.key';
/** Retries the job had left when it was activated. */
export const ATTR_CAMUNDA_JOB_RETRIES = 'camunda.job.retries';
/** How the job ended: `completed`, `failed`, `bpmn_error`, `ignored` or `dropped`. */
export const ATTR_CAMUNDA_JOB_OUTCOME = 'camunda.job.outcome';
/** Error code of a BPMN error thrown by the handler (`JobError`). */
export const ATTR_CAMUNDA_JOB_ERROR_CODE = 'camunda.job.error_code';
/** Process instance key of the job. */
export const ATTR_CAMUNDA_PROCESS_INSTANCE_KEY = 'camunda.process_instance.key';
/** BPMN process id of the job's process. */
export const ATTR_CAMUNDA_PROCESS_DEFINITION_ID = 'camunda.process_definition.id';
/** Process definition key of the job's process. */
export const ATTR_CAMUNDA_PROCESS_DEFINITION_KEY = 'camunda.process_definition.key';
/** Version of the job's process definition. */
export const ATTR_CAMUNDA_PROCESS_DEFINITION_VERSION = 'camunda.process_definition.version';
/** BPMN element id of the job's task. */
export const ATTR_CAMUNDA_ELEMENT_ID = 'camunda.element.id';
/** Element instance key of the job's task. */
export const ATTR_CAMUNDA_ELEMENT_INSTANCE_KEY = 'camunda.element_instance.key';
/** Tenant of the job. */
export const ATTR_CAMUNDA_TENANT_ID = 'camunda.tenant.id';
/** Name the worker reports to the engine. */
export const ATTR_CAMUNDA_WORKER_NAME = 'camunda.worker.name';
/** Sequence number of an activation within its worker (from 1): ties a job to the poll that delivered it. */
export const ATTR_CAMUNDA_WORKER_ACTIVATION_ID = 'camunda.worker.activation_id';
/** Jobs an activation asked for (the worker's free slots). */
export const ATTR_CAMUNDA_WORKER_JOBS_REQUESTED = 'camunda.worker.jobs_requested';
/** Jobs an activation delivered. */
export const ATTR_CAMUNDA_WORKER_JOBS_RECEIVED = 'camunda.worker.jobs_received';
