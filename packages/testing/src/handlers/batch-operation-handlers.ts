import { isoDate } from '../api/api-results.js';
import type {
  BatchOperationActor,
  BatchOperationItemInput,
  BatchOperationItemRecord,
  BatchOperationRecord,
  BatchOperationRejection,
  BatchOperationType,
} from '../engine/batch-operation-store.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { ActivateInstruction, MappingInstruction } from '../engine/instance-commands.js';
import { type ProcessInstanceRecord, rootInstanceOf } from '../engine/records.js';
import type { EngineRequest, HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { decisionInstanceDescriptor } from './decision-handlers.js';
import {
  atLeastOneOf,
  badRequest,
  bodyObject,
  integerField,
  keyParam,
  missingField,
  notFoundBy,
  searchResponse,
} from './handler-support.js';
import { jobDescriptor } from './job-handlers.js';
import { processInstanceDescriptor } from './process-instance-handlers.js';

// Every match: a batch operation works on the whole filtered set.
const ALL = { limit: Number.MAX_SAFE_INTEGER };

/** Who sent the request, as a batch operation records its actor. */
export function actorOf(req: EngineRequest): BatchOperationActor {
  return req.principal === undefined
    ? { actorType: 'ANONYMOUS', actorId: null }
    : { actorType: req.principal.type, actorId: req.principal.id };
}

/** `BatchOperationResponse`. */
function toBatchOperationResult(batch: BatchOperationRecord) {
  const failed = batch.items.filter((i) => i.state === 'FAILED').length;
  const completed = batch.items.filter((i) => i.state === 'COMPLETED').length;
  return {
    batchOperationKey: batch.key,
    state: batch.state,
    batchOperationType: batch.type,
    startDate: isoDate(batch.startDate),
    endDate: batch.endDate === undefined ? null : isoDate(batch.endDate),
    actorType: batch.actor.actorType,
    actorId: batch.actor.actorId,
    operationsTotalCount: batch.items.length,
    operationsFailedCount: failed,
    operationsCompletedCount: completed,
    errors: [],
  };
}

/** `BatchOperationItemResponse`. */
function toBatchOperationItemResult(item: BatchOperationItemRecord) {
  return {
    operationType: item.batchOperation.type,
    batchOperationKey: item.batchOperation.key,
    itemKey: item.itemKey,
    processInstanceKey: item.processInstanceKey,
    rootProcessInstanceKey: item.rootProcessInstanceKey,
    state: item.state,
    processedDate: item.processedDate === undefined ? null : isoDate(item.processedDate),
    errorMessage: item.errorMessage,
  };
}

function batchOperationDescriptor(ctx: EngineContext): SearchDescriptor<BatchOperationRecord> {
  const fields = {
    batchOperationKey: { kind: 'string', get: (b: BatchOperationRecord) => b.key },
    operationType: { kind: 'string', get: (b: BatchOperationRecord) => b.type },
    state: { kind: 'string', get: (b: BatchOperationRecord) => b.state },
    startDate: { kind: 'date', get: (b: BatchOperationRecord) => b.startDate },
    endDate: { kind: 'date', get: (b: BatchOperationRecord) => b.endDate },
    actorType: { kind: 'string', get: (b: BatchOperationRecord) => b.actor.actorType },
    actorId: { kind: 'string', get: (b: BatchOperationRecord) => b.actor.actorId },
  } as const;
  return {
    entity: 'batch operation',
    key: (b) => b.key,
    all: () => ctx.batchOperations.all(),
    filters: fields,
    sorts: fields,
  };
}

function batchOperationItemDescriptor(ctx: EngineContext): SearchDescriptor<BatchOperationItemRecord> {
  const fields = {
    batchOperationKey: { kind: 'string', get: (i: BatchOperationItemRecord) => i.batchOperation.key },
    itemKey: { kind: 'string', get: (i: BatchOperationItemRecord) => i.itemKey },
    processInstanceKey: { kind: 'key', get: (i: BatchOperationItemRecord) => i.processInstanceKey },
    processedDate: { kind: 'date', get: (i: BatchOperationItemRecord) => i.processedDate },
    state: { kind: 'string', get: (i: BatchOperationItemRecord) => i.state },
    operationType: { kind: 'string', get: (i: BatchOperationItemRecord) => i.batchOperation.type },
  } as const;
  return {
    entity: 'batch operation item',
    // Items of different batches may share an item key.
    key: (i) => `${i.batchOperation.key}/${i.itemKey}`,
    all: () => ctx.batchOperations.allItems(),
    filters: fields,
    sorts: fields,
  };
}

const filterOf = (body: Record<string, unknown>): Record<string, unknown> => {
  const filter = body.filter;
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw badRequest("Property 'filter' must be an object");
  }
  return filter as Record<string, unknown>;
};

const REJECTIONS: Record<BatchOperationRejection, string> = {
  notSuspendable: 'it is not created or active',
  notResumable: 'it is not suspended',
  notCancelable: 'it has already ended',
};

/** Process instance and job batch operations, and reading, suspending, resuming and cancelling them. */
export function batchOperationHandlers(ctx: EngineContext): HandlerTable {
  const instances = processInstanceDescriptor(ctx);
  const jobs = jobDescriptor(ctx);
  const decisions = decisionInstanceDescriptor(ctx);
  const batches = batchOperationDescriptor(ctx);
  const items = batchOperationItemDescriptor(ctx);
  const { executor } = ctx;

  const matchInstances = (filter: Record<string, unknown>) =>
    runSearch(instances, { filter, page: ALL }).items;
  /** Only root instances in `state` qualify: the spec overrides state and parent filters of these batches. */
  const rootsIn = (filter: Record<string, unknown>, state: string) => {
    const { parentProcessInstanceKey: _ignored, ...rest } = filter;
    return matchInstances({ ...rest, state }).filter((pi) => pi.parentElementInstance === undefined);
  };
  const instanceItem = (pi: ProcessInstanceRecord, apply: () => void): BatchOperationItemInput => ({
    itemKey: pi.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    apply,
  });
  const requireActive = (pi: ProcessInstanceRecord) => {
    if (pi.state !== 'ACTIVE' || pi.suspendedDate !== undefined)
      throw new Error(`Process instance '${pi.key}' is not active`);
  };
  const started = (req: EngineRequest, type: BatchOperationType, inputs: BatchOperationItemInput[]) => {
    const batch = ctx.batchOperations.start(type, inputs, actorOf(req));
    return { status: 200, body: { batchOperationKey: batch.key, batchOperationType: batch.type } };
  };
  const get = (req: EngineRequest) => {
    const key = keyParam(req.params, 'batchOperationKey');
    const batch = ctx.batchOperations.get(key);
    if (batch === undefined) throw notFoundBy('Batch Operation', 'id', key);
    return batch;
  };
  const command = (verb: string, act: (b: BatchOperationRecord) => BatchOperationRejection | undefined) => {
    return (req: EngineRequest) => {
      const batch = get(req);
      const rejection = act(batch);
      if (rejection !== undefined) {
        throw badRequest(
          `Expected to ${verb} batch operation with key '${batch.key}', but ${REJECTIONS[rejection]} (state ${batch.state})`,
        );
      }
      return { status: 204 };
    };
  };

  return {
    cancelProcessInstancesBatchOperation(req) {
      const filter = filterOf(bodyObject(req.body));
      const inputs = rootsIn(filter, 'ACTIVE').map((pi) =>
        instanceItem(pi, () => {
          requireActive(pi);
          executor.cancelInstance(pi);
        }),
      );
      return started(req, 'CANCEL_PROCESS_INSTANCE', inputs);
    },

    deleteProcessInstancesBatchOperation(req) {
      const filter = filterOf(bodyObject(req.body));
      const inputs = matchInstances(filter).map((pi) =>
        instanceItem(pi, () => {
          if (pi.state === 'ACTIVE') {
            throw new Error(
              `Process instance '${pi.key}' is not in a completed or terminated state and cannot be deleted`,
            );
          }
          executor.deleteInstance(pi);
        }),
      );
      return started(req, 'DELETE_PROCESS_INSTANCE', inputs);
    },

    resolveIncidentsBatchOperation(req) {
      const filter = filterOf(bodyObject(req.body));
      const inputs: BatchOperationItemInput[] = [];
      for (const pi of matchInstances(filter)) {
        for (const incident of executor.incidentsOf(pi.key)) {
          if (incident.state !== 'ACTIVE') continue;
          inputs.push({
            itemKey: incident.key,
            processInstanceKey: pi.key,
            rootProcessInstanceKey: rootInstanceOf(pi).key,
            apply() {
              if (incident.state !== 'ACTIVE')
                throw new Error(`Incident '${incident.key}' is already resolved`);
              // As in Camunda, a job without retries gets one so the resolution can retry it.
              if (incident.job !== undefined && incident.job.retries < 1)
                ctx.jobs.updateRetries(incident.job, 1);
              executor.resolveIncident(incident);
            },
          });
        }
      }
      return started(req, 'RESOLVE_INCIDENT', inputs);
    },

    migrateProcessInstancesBatchOperation(req) {
      const body = bodyObject(req.body);
      const filter = filterOf(body);
      const plan = bodyObject(body.migrationPlan);
      const targetKey = String(plan.targetProcessDefinitionKey ?? '');
      const target = ctx.definitions.get(targetKey);
      if (target === undefined) throw badRequest(`Process definition with key '${targetKey}' not found`);
      const mappings = mappingInstructions(plan.mappingInstructions);
      const inputs = rootsIn(filter, 'ACTIVE').map((pi) =>
        instanceItem(pi, () => {
          requireActive(pi);
          executor.migrateInstance(pi, target, mappings);
        }),
      );
      return started(req, 'MIGRATE_PROCESS_INSTANCE', inputs);
    },

    modifyProcessInstancesBatchOperation(req) {
      const body = bodyObject(req.body);
      const filter = filterOf(body);
      if (!Array.isArray(body.moveInstructions))
        throw badRequest("Property 'moveInstructions' must be an array");
      const moves = mappingInstructions(body.moveInstructions);
      const inputs = rootsIn(filter, 'ACTIVE').map((pi) =>
        instanceItem(pi, () => {
          requireActive(pi);
          const activations: ActivateInstruction[] = [];
          const terminations: Array<{ elementId: string }> = [];
          for (const move of moves) {
            const sources = executor
              .elementInstancesOf(pi.key)
              .filter((ei) => ei.state === 'ACTIVE' && ei.elementId === move.sourceElementId);
            if (sources.length === 0) continue;
            activations.push({ elementId: move.targetElementId, variableInstructions: [] });
            terminations.push({ elementId: move.sourceElementId });
          }
          executor.modifyInstance(pi, activations, terminations);
        }),
      );
      return started(req, 'MODIFY_PROCESS_INSTANCE', inputs);
    },

    suspendProcessInstancesBatchOperation(req) {
      const filter = filterOf(bodyObject(req.body));
      const inputs = rootsIn(filter, 'ACTIVE').map((pi) =>
        instanceItem(pi, () => {
          requireActive(pi);
          executor.suspendInstance(pi);
        }),
      );
      return started(req, 'SUSPEND_PROCESS_INSTANCE', inputs);
    },

    resumeProcessInstancesBatchOperation(req) {
      const filter = filterOf(bodyObject(req.body));
      const inputs = rootsIn(filter, 'SUSPENDED').map((pi) =>
        instanceItem(pi, () => {
          if (pi.suspendedDate === undefined)
            throw new Error(`Process instance '${pi.key}' is not suspended`);
          executor.resumeInstance(pi);
        }),
      );
      return started(req, 'RESUME_PROCESS_INSTANCE', inputs);
    },

    updateJobsBatchOperation(req) {
      const body = bodyObject(req.body);
      const filter = filterOf(body);
      if (body.changeset === undefined || body.changeset === null) throw missingField('changeset');
      const changeset = bodyObject(body.changeset);
      const retries = integerField(changeset, 'retries');
      const timeout = integerField(changeset, 'timeout');
      const priority = integerField(changeset, 'priority');
      if (retries === undefined && timeout === undefined && priority === undefined) {
        throw atLeastOneOf(['retries', 'timeout', 'priority']);
      }
      if (retries !== undefined && retries < 1) throw badRequest("Changeset 'retries' must be at least 1");
      if (timeout !== undefined && timeout < 1) throw badRequest("Changeset 'timeout' must be at least 1");
      const inputs = runSearch(jobs, { filter, page: ALL }).items.map((job) => {
        const pi = job.elementInstance.processInstance;
        return {
          itemKey: job.key,
          processInstanceKey: pi.key,
          rootProcessInstanceKey: rootInstanceOf(pi).key,
          apply() {
            if (job.endTime !== undefined) throw new Error(`Job '${job.key}' has already ended`);
            if (timeout !== undefined) {
              if (job.status !== 'ACTIVATED') throw new Error(`Job '${job.key}' is not activated`);
              ctx.jobs.updateTimeout(job, timeout);
            }
            if (retries !== undefined) ctx.jobs.updateRetries(job, retries);
            if (priority !== undefined) ctx.jobs.updatePriority(job, priority);
          },
        };
      });
      return started(req, 'UPDATE_JOB', inputs);
    },

    deleteDecisionInstancesBatchOperation(req) {
      const filter = filterOf(bodyObject(req.body));
      const evaluations = new Map<string, BatchOperationItemInput>();
      for (const instance of runSearch(decisions, { filter, page: ALL }).items) {
        const evaluation = instance.evaluation;
        if (evaluations.has(evaluation.key)) continue;
        const piKey = evaluation.origin.processInstanceKey;
        const pi = piKey === null ? undefined : executor.processInstances.get(piKey);
        evaluations.set(evaluation.key, {
          itemKey: evaluation.key,
          processInstanceKey: piKey,
          rootProcessInstanceKey: pi === undefined ? piKey : rootInstanceOf(pi).key,
          apply() {
            if (!ctx.decisionInstances.delete(evaluation.key)) {
              throw new Error(`Decision instance '${evaluation.key}' was already deleted`);
            }
          },
        });
      }
      return started(req, 'DELETE_DECISION_INSTANCE', [...evaluations.values()]);
    },

    getBatchOperation(req) {
      return { status: 200, body: toBatchOperationResult(get(req)) };
    },
    searchBatchOperations(req) {
      const { items: found, page } = runSearch(batches, req.body);
      return searchResponse(found.map(toBatchOperationResult), page);
    },
    searchBatchOperationItems(req) {
      const { items: found, page } = runSearch(items, req.body);
      return searchResponse(found.map(toBatchOperationItemResult), page);
    },
    suspendBatchOperation: command('suspend', (b) => ctx.batchOperations.suspend(b)),
    resumeBatchOperation: command('resume', (b) => ctx.batchOperations.resume(b)),
    cancelBatchOperation: command('cancel', (b) => ctx.batchOperations.cancel(b)),
  };
}

/** `{ sourceElementId, targetElementId }` entries (migration mappings and batch move instructions). */
export function mappingInstructions(value: unknown): MappingInstruction[] {
  if (!Array.isArray(value)) throw badRequest("Property 'mappingInstructions' must be an array");
  return value.map((entry) => {
    const { sourceElementId, targetElementId } = bodyObject(entry);
    if (typeof sourceElementId !== 'string' || typeof targetElementId !== 'string') {
      throw badRequest('All [sourceElementId, targetElementId] are required.');
    }
    return { sourceElementId, targetElementId };
  });
}
