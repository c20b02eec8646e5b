import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import { type ProcessInstanceRecord, rootInstanceOf } from '../engine/records.js';
import type { EngineRequest, EngineResponse, HandlerTable } from '../http/engine-handler.js';
import { type FieldFilter, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { actorOf } from './batch-operation-handlers.js';
import { keyParam, notFoundBy, searchResponse } from './handler-support.js';

/** One audited command: the spec's `AuditLogResult`, values as they go on the wire (dates as epoch ms). */
type AuditLogEntry = Record<string, string | number | null> & {
  readonly auditLogKey: string;
  readonly timestamp: number;
};

const FIELDS = [
  'auditLogKey',
  'entityKey',
  'entityType',
  'operationType',
  'batchOperationKey',
  'batchOperationType',
  'timestamp',
  'actorId',
  'actorType',
  'agentElementId',
  'tenantId',
  'result',
  'category',
  'processDefinitionId',
  'processDefinitionKey',
  'processInstanceKey',
  'rootProcessInstanceKey',
  'elementInstanceKey',
  'jobKey',
  'userTaskKey',
  'decisionRequirementsId',
  'decisionRequirementsKey',
  'decisionDefinitionId',
  'decisionDefinitionKey',
  'decisionEvaluationKey',
  'deploymentKey',
  'formKey',
  'resourceKey',
  'relatedEntityKey',
  'relatedEntityType',
  'entityDescription',
  'inboundChannelType',
  'inboundChannelToolName',
] as const;

const KEY_FIELDS = new Set<string>([
  'auditLogKey',
  'batchOperationKey',
  'processDefinitionKey',
  'processInstanceKey',
  'rootProcessInstanceKey',
  'elementInstanceKey',
  'jobKey',
  'decisionRequirementsKey',
  'decisionDefinitionKey',
  'decisionEvaluationKey',
  'deploymentKey',
  'formKey',
  'resourceKey',
]);

/** The operation type of a command, from the verb its operationId starts with. */
const OPERATIONS: ReadonlyArray<[RegExp, string]> = [
  [/^create|^activateAdHoc|^broadcast/, 'CREATE'],
  [/^cancel/, 'CANCEL'],
  [/^delete/, 'DELETE'],
  [/^complete/, 'COMPLETE'],
  [/^assign/, 'ASSIGN'],
  [/^unassign/, 'UNASSIGN'],
  [/^update|^fail|^throwJobError/, 'UPDATE'],
  [/^resolve/, 'RESOLVE'],
  [/^migrate/, 'MIGRATE'],
  [/^modify/, 'MODIFY'],
  [/^suspend/, 'SUSPEND'],
  [/^resume/, 'RESUME'],
  [/^evaluateDecision/, 'EVALUATE'],
];

/** The audited entity of a command, from the noun in its operationId (first match wins). */
const ENTITIES: ReadonlyArray<[RegExp, string, string]> = [
  [/BatchOperation$|IncidentsBatch/, 'BATCH', 'DEPLOYED_RESOURCES'],
  [/UserTask/, 'USER_TASK', 'USER_TASKS'],
  [/ProcessInstance/, 'PROCESS_INSTANCE', 'DEPLOYED_RESOURCES'],
  [/Incident/, 'INCIDENT', 'DEPLOYED_RESOURCES'],
  [/Job/, 'JOB', 'DEPLOYED_RESOURCES'],
  [/Variables?$/, 'VARIABLE', 'DEPLOYED_RESOURCES'],
  [/Deployment|Resource/, 'RESOURCE', 'DEPLOYED_RESOURCES'],
  [/Decision/, 'DECISION', 'DEPLOYED_RESOURCES'],
  [/MappingRule/, 'MAPPING_RULE', 'ADMIN'],
  [/Authorization/, 'AUTHORIZATION', 'ADMIN'],
  [/Tenant/, 'TENANT', 'ADMIN'],
  [/Group/, 'GROUP', 'ADMIN'],
  [/Role/, 'ROLE', 'ADMIN'],
  [/Client/, 'CLIENT', 'ADMIN'],
  [/User/, 'USER', 'ADMIN'],
];

const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** The audit log: an entry per command the engine accepts or rejects, and its searches. */
export interface AuditLogService {
  /** Wraps a handler table so that every command in it is audited. */
  wrap(handlers: HandlerTable): HandlerTable;
  readonly handlers: HandlerTable;
  clear(): void;
}

/** Creates the audit log of the engine's commands. */
export function auditLogService(ctx: EngineContext): AuditLogService {
  const entries: AuditLogEntry[] = [];

  const describe = (operationId: string) => {
    const operationType = OPERATIONS.find(([re]) => re.test(operationId))?.[1];
    const entity = ENTITIES.find(([re]) => re.test(operationId));
    if (operationType === undefined || entity === undefined) return undefined;
    return { operationType, entityType: entity[1], category: entity[2] };
  };

  const record = (req: EngineRequest, body: unknown, result: 'SUCCESS' | 'FAIL') => {
    const kind = describe(req.operationId);
    if (kind === undefined) return;
    const params = req.params;
    const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const entry: Record<string, string | number | null> = Object.fromEntries(FIELDS.map((f) => [f, null]));
    const actor = actorOf(req);
    Object.assign(entry, {
      auditLogKey: ctx.keys.next(),
      timestamp: ctx.clock.now(),
      result,
      actorType: actor.actorType,
      actorId: actor.actorId,
      ...kind,
    });
    let pi: ProcessInstanceRecord | undefined;
    const userTask =
      params.userTaskKey === undefined ? undefined : ctx.executor.userTasks.get(params.userTaskKey);
    const job = params.jobKey === undefined ? undefined : ctx.jobs.get(params.jobKey);
    const incident =
      params.incidentKey === undefined ? undefined : ctx.executor.incidents.get(params.incidentKey);
    const element = userTask?.elementInstance ?? job?.elementInstance ?? incident?.elementInstance;
    if (element !== undefined) {
      pi = element.processInstance;
      entry.elementInstanceKey = element.key;
    }
    const piKey = params.processInstanceKey ?? stringOrNull(answer.processInstanceKey);
    if (pi === undefined && piKey !== null) pi = ctx.executor.processInstances.get(piKey);
    if (pi !== undefined) {
      entry.processInstanceKey = pi.key;
      entry.rootProcessInstanceKey = rootInstanceOf(pi).key;
      entry.processDefinitionKey = pi.definition.key;
      entry.processDefinitionId = pi.definition.processDefinitionId;
      entry.tenantId = pi.tenantId;
    }
    if (userTask !== undefined) entry.userTaskKey = userTask.key;
    if (job !== undefined) entry.jobKey = job.key;
    entry.batchOperationKey = params.batchOperationKey ?? stringOrNull(answer.batchOperationKey);
    entry.batchOperationType = stringOrNull(answer.batchOperationType);
    entry.deploymentKey = stringOrNull(answer.deploymentKey);
    entry.decisionEvaluationKey = stringOrNull(answer.decisionEvaluationKey);
    entry.decisionDefinitionKey = stringOrNull(answer.decisionDefinitionKey);
    entry.decisionDefinitionId = stringOrNull(answer.decisionDefinitionId);
    entry.entityKey =
      params.userTaskKey ??
      params.jobKey ??
      params.incidentKey ??
      entry.batchOperationKey ??
      entry.deploymentKey ??
      entry.decisionEvaluationKey ??
      pi?.key ??
      Object.values(params)[0] ??
      '';
    entries.push(entry as AuditLogEntry);
  };

  const fields: Record<string, FieldFilter<AuditLogEntry>> = {};
  for (const field of FIELDS) {
    fields[field] = {
      kind: field === 'timestamp' ? 'date' : KEY_FIELDS.has(field) ? 'key' : 'string',
      get: (e) => e[field],
    };
  }
  const descriptor = (scope: (e: AuditLogEntry) => boolean): SearchDescriptor<AuditLogEntry> => ({
    entity: 'audit log',
    key: (e) => e.auditLogKey,
    all: () => entries.filter(scope),
    filters: fields,
    sorts: fields,
  });
  const all = descriptor(() => true);
  const toResult = (e: AuditLogEntry) => ({ ...e, timestamp: isoDate(e.timestamp) });

  return {
    wrap(table) {
      const wrapped: Record<string, HandlerTable[string]> = {};
      for (const [operationId, handler] of Object.entries(table)) {
        if (describe(operationId) === undefined) {
          wrapped[operationId] = handler;
          continue;
        }
        wrapped[operationId] = async (req) => {
          let response: EngineResponse;
          try {
            response = await handler(req);
          } catch (error) {
            record(req, undefined, 'FAIL');
            throw error;
          }
          record(req, response.body, 'SUCCESS');
          return response;
        };
      }
      return wrapped;
    },
    handlers: {
      searchAuditLogs(req) {
        const { items, page } = runSearch(all, req.body);
        return searchResponse(items.map(toResult), page);
      },
      getAuditLog(req) {
        const key = keyParam(req.params, 'auditLogKey');
        const entry = entries.find((e) => e.auditLogKey === key);
        if (entry === undefined) throw notFoundBy('Audit log', 'id', key);
        return { status: 200, body: toResult(entry) };
      },
      searchUserTaskAuditLogs(req) {
        const key = keyParam(req.params, 'userTaskKey');
        const { items, page } = runSearch(
          descriptor((e) => e.userTaskKey === key),
          req.body,
        );
        return searchResponse(items.map(toResult), page);
      },
    },
    clear() {
      entries.length = 0;
    },
  };
}
