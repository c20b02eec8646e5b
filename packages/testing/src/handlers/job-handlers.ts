import { toActivatedJobResult, toJobSearchResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { JobRecord, JobResultInput } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { checkJobResult } from './check-job-result.js';
import { checkTaskListenerVariables } from './check-task-listener-variables.js';
import {
  atLeastOneOf,
  badRequest,
  bodyObject,
  booleanField,
  integerField,
  invalidValue,
  keyParam,
  missingField,
  rejection,
  searchResponse,
  stringField,
  stringListField,
  variablesField,
} from './handler-support.js';
import { jobBatchSizeLimit } from './job-batch-size-limit.js';

/** The error message of jobs given back because their activation could not be sent (Camunda's wording). */
const ACTIVATED_JOBS_NOT_SENT = 'Failed to send activated jobs to client';

/** The lease token a command carries; an empty string counts as none, as in Zeebe. */
function leaseTokenField(body: Record<string, unknown>): string | undefined {
  const token = stringField(body, 'leaseToken');
  return token === '' ? undefined : token;
}

/** The search descriptor of jobs. */
export function jobDescriptor(ctx: EngineContext): SearchDescriptor<JobRecord> {
  const fields = {
    jobKey: { kind: 'key', get: (j: JobRecord) => j.key },
    type: { kind: 'string', get: (j: JobRecord) => j.type },
    worker: { kind: 'string', get: (j: JobRecord) => j.worker },
    state: { kind: 'string', get: (j: JobRecord) => j.intent },
    kind: { kind: 'string', get: (j: JobRecord) => j.kind },
    listenerEventType: { kind: 'string', get: (j: JobRecord) => j.listenerEventType },
    retries: { kind: 'integer', get: (j: JobRecord) => j.retries },
    priority: { kind: 'integer', get: (j: JobRecord) => j.priority },
    deadline: { kind: 'date', get: (j: JobRecord) => j.deadline },
    endTime: { kind: 'date', get: (j: JobRecord) => j.endTime },
    creationTime: { kind: 'date', get: (j: JobRecord) => j.creationTime },
    lastUpdateTime: { kind: 'date', get: (j: JobRecord) => j.lastUpdateTime },
    errorCode: { kind: 'string', get: (j: JobRecord) => j.errorCode },
    errorMessage: { kind: 'string', get: (j: JobRecord) => j.errorMessage },
    deniedReason: { kind: 'string', get: (j: JobRecord) => toJobSearchResult(j).deniedReason },
    isDenied: { kind: 'boolean', get: (j: JobRecord) => toJobSearchResult(j).isDenied },
    hasFailedWithRetriesLeft: { kind: 'boolean', get: (j: JobRecord) => j.hasFailedWithRetriesLeft },
    elementId: { kind: 'string', get: (j: JobRecord) => j.elementInstance.elementId },
    elementInstanceKey: { kind: 'key', get: (j: JobRecord) => j.elementInstance.key },
    processDefinitionId: {
      kind: 'string',
      get: (j: JobRecord) => j.elementInstance.processInstance.definition.processDefinitionId,
    },
    processDefinitionKey: {
      kind: 'key',
      get: (j: JobRecord) => j.elementInstance.processInstance.definition.key,
    },
    processInstanceKey: { kind: 'key', get: (j: JobRecord) => j.elementInstance.processInstance.key },
    tenantId: { kind: 'string', get: (j: JobRecord) => j.tenantId },
  } as const;
  return {
    entity: 'job',
    key: (j) => j.key,
    all: () => ctx.jobs.all(),
    candidates(filter) {
      if (typeof filter.processInstanceKey === 'string')
        return ctx.jobs.byProcessInstance(filter.processInstanceKey);
      if (typeof filter.jobKey === 'string') {
        const job = ctx.jobs.get(filter.jobKey);
        return job === undefined ? [] : [job];
      }
      return undefined;
    },
    filters: fields,
    sorts: fields,
  };
}

/** Job activation (long poll), completion, failure, BPMN errors, updates and search. */
export function jobHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = jobDescriptor(ctx);
  return {
    async activateJobs(req) {
      const body = bodyObject(req.body);
      const type = stringField(body, 'type');
      if (type === undefined || type.trim() === '') throw missingField('type');
      const timeoutMs = integerField(body, 'timeout');
      if (timeoutMs === undefined) throw missingField('timeout');
      if (timeoutMs < 1) throw invalidValue('timeout', timeoutMs, 'greater than 0');
      const maxJobs = integerField(body, 'maxJobsToActivate');
      if (maxJobs === undefined) throw missingField('maxJobsToActivate');
      // Camunda's gateway names the timeout's value here (sic).
      if (maxJobs < 1) throw invalidValue('maxJobsToActivate', timeoutMs, 'greater than 0');
      const withLease = booleanField(body, 'withLease') === true;
      const fetchVariable = stringListField(body, 'fetchVariable');
      const requestTimeout = integerField(body, 'requestTimeout') ?? 0;
      const tenantIds = stringListField(body, 'tenantIds');
      const tenantFilter = stringField(body, 'tenantFilter');
      if (tenantFilter !== undefined && tenantFilter !== 'PROVIDED' && tenantFilter !== 'ASSIGNED') {
        throw badRequest("Property 'tenantFilter' must be 'PROVIDED' or 'ASSIGNED'");
      }
      const worker = stringField(body, 'worker') ?? '';
      const sizeLimit = jobBatchSizeLimit(ctx, worker, fetchVariable);
      const request = {
        type,
        worker,
        timeoutMs,
        maxJobs,
        // ASSIGNED means "the tenants the caller may see": with no identity here, that is every tenant.
        tenantIds:
          tenantFilter === 'ASSIGNED' || tenantIds === undefined || tenantIds.length === 0
            ? undefined
            : tenantIds,
        withLease,
        ...(req.jobFilter === undefined ? {} : { accepts: req.jobFilter }),
        sizeLimit,
      };
      let jobs: JobRecord[];
      if (requestTimeout < 0) {
        jobs = ctx.jobs.activate(request);
      } else {
        // The gateway holds a long poll on wall time: a pinned or manual engine clock does not end it.
        const deadline = ctx.requestTimers.deadline(
          requestTimeout === 0 ? ctx.defaultLongPollMs : requestTimeout,
          req.signal,
        );
        try {
          jobs = await ctx.jobs.activateOrWait(request, deadline.signal);
        } finally {
          deadline.dispose();
        }
      }
      return {
        status: 200,
        // As Camunda's gateway does with jobs it cannot send: they fail with their retries unchanged and no
        // backoff, so they are activatable again at once instead of waiting out their timeout.
        undelivered: () => {
          for (const job of jobs) {
            if (job.status === 'ACTIVATED') {
              ctx.executor.failJob(job, job.retries, ACTIVATED_JOBS_NOT_SENT, 0, {});
            }
          }
        },
        body: {
          jobs: jobs.map((job) => toActivatedJobResult(job, sizeLimit.variablesOf(job))),
        },
      };
    },
    completeJob(req) {
      const body = bodyObject(req.body);
      const job = ctx.jobs.require(keyParam(req.params, 'jobKey'), 'complete', leaseTokenField(body));
      const variables = variablesField(body);
      checkTaskListenerVariables(job, variables);
      checkJobResult(body.result, job);
      const businessId = stringField(body, 'businessId');
      if (businessId !== undefined) {
        const pi = job.elementInstance.processInstance;
        if (businessId.trim() === '') throw missingField('businessId');
        if (pi.businessId !== null && pi.businessId !== businessId) {
          throw rejection(
            'COMPLETE',
            'INVALID_STATE',
            `Expected to assign a business id to process instance with key '${pi.key}', but it already has a business id assigned`,
          );
        }
        pi.businessId = businessId;
      }
      ctx.executor.completeJob(
        job,
        variables,
        typeof body.result === 'object' && body.result !== null ? (body.result as JobResultInput) : undefined,
      );
      return { status: 204 };
    },
    failJob(req) {
      const body = bodyObject(req.body);
      const job = ctx.jobs.require(keyParam(req.params, 'jobKey'), 'fail', leaseTokenField(body));
      const retries = integerField(body, 'retries') ?? 0;
      const backoff = integerField(body, 'retryBackOff') ?? 0;
      if (backoff < 0) throw badRequest("Property 'retryBackOff' must not be negative");
      ctx.executor.failJob(
        job,
        retries,
        stringField(body, 'errorMessage') ?? '',
        backoff,
        variablesField(body),
      );
      return { status: 204 };
    },
    throwJobError(req) {
      const body = bodyObject(req.body);
      const errorCode = stringField(body, 'errorCode');
      if (errorCode === undefined || errorCode.trim() === '') throw missingField('errorCode');
      const job = ctx.jobs.require(keyParam(req.params, 'jobKey'), 'throwError', leaseTokenField(body));
      // As in Zeebe: a listener's element is not in a state to be left by an error (a canceling listener's is
      // being terminated), so only element and ad-hoc sub-process jobs may throw one.
      if (job.kind === 'EXECUTION_LISTENER' || job.kind === 'TASK_LISTENER') {
        throw rejection(
          'THROW_ERROR',
          'INVALID_STATE',
          `Cannot throw BPMN error from ${job.kind} job with key '${job.key}', type '${job.type}' and processInstanceKey '${job.elementInstance.processInstance.key}'`,
        );
      }
      ctx.executor.throwJobError(
        job,
        errorCode,
        stringField(body, 'errorMessage') ?? '',
        variablesField(body),
      );
      return { status: 204 };
    },
    updateJob(req) {
      const body = bodyObject(req.body);
      const changeset = body.changeset ?? {};
      if (typeof changeset !== 'object' || Array.isArray(changeset)) {
        throw badRequest("Property 'changeset' must be an object");
      }
      const c = changeset as Record<string, unknown>;
      const retries = integerField(c, 'retries');
      const timeout = integerField(c, 'timeout');
      const priority = integerField(c, 'priority');
      // The gateway checks the request before the broker looks the job up.
      if (retries === undefined && timeout === undefined && priority === undefined) {
        throw atLeastOneOf(['retries', 'timeout', 'priority']);
      }
      const job = ctx.jobs.require(keyParam(req.params, 'jobKey'), 'update', leaseTokenField(body));
      if (retries !== undefined && retries < 1) {
        throw rejection(
          'UPDATE',
          'INVALID_ARGUMENT',
          `Expected to update retries for job with key '${job.key}' with a positive amount of retries, but the amount given was '${retries}'`,
        );
      }
      if (timeout !== undefined && timeout < 1) throw badRequest("Changeset 'timeout' must be at least 1");
      if (timeout !== undefined) ctx.jobs.updateTimeout(job, timeout);
      if (retries !== undefined) ctx.jobs.updateRetries(job, retries);
      if (priority !== undefined) ctx.jobs.updatePriority(job, priority);
      return { status: 204 };
    },
    searchJobs(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toJobSearchResult), page);
    },
  };
}
