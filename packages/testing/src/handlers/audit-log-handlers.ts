import { isoDate } from '../api/api-results.js';
import type { AuditLogEntry, AuditLogStore } from '../engine/audit-log-store.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { type FieldFilter, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam, notFound, searchResponse } from './handler-support.js';

type Entry = AuditLogEntry;
const key = (get: (e: Entry) => string | null | undefined): FieldFilter<Entry> => ({
  kind: 'key',
  get: (e) => get(e) ?? null,
});
const str = (get: (e: Entry) => string | null | undefined): FieldFilter<Entry> => ({
  kind: 'string',
  get: (e) => get(e) ?? null,
});
// Fields the engine never sets (no batch operations, agents or inbound channels act through the audit hook).
const none = str(() => null);

const SORTS: Readonly<Record<string, FieldFilter<Entry>>> = {
  actorId: str((e) => e.actorId),
  actorType: str((e) => e.actorType),
  auditLogKey: key((e) => e.auditLogKey),
  batchOperationKey: none,
  batchOperationType: none,
  category: str((e) => e.category),
  decisionDefinitionId: str((e) => e.decisionDefinitionId),
  decisionDefinitionKey: key((e) => e.decisionDefinitionKey),
  decisionEvaluationKey: key((e) => e.decisionEvaluationKey),
  decisionRequirementsId: str((e) => e.decisionRequirementsId),
  decisionRequirementsKey: key((e) => e.decisionRequirementsKey),
  elementInstanceKey: key((e) => e.elementInstanceKey),
  entityKey: str((e) => e.entityKey),
  entityType: str((e) => e.entityType),
  jobKey: key((e) => e.jobKey),
  operationType: str((e) => e.operationType),
  processDefinitionId: str((e) => e.processDefinitionId),
  processDefinitionKey: key((e) => e.processDefinitionKey),
  processInstanceKey: key((e) => e.processInstanceKey),
  inboundChannelType: none,
  inboundChannelToolName: none,
  result: str((e) => e.result),
  tenantId: str((e) => e.tenantId),
  timestamp: { kind: 'date', get: (e) => e.timestamp },
  userTaskKey: str((e) => e.userTaskKey),
};

const FILTERS: Readonly<Record<string, FieldFilter<Entry>>> = {
  ...SORTS,
  agentElementId: none,
  deploymentKey: key((e) => e.deploymentKey),
  formKey: key(() => null),
  resourceKey: key((e) => e.resourceKey),
  relatedEntityKey: str((e) => e.relatedEntityKey),
  relatedEntityType: str((e) => e.relatedEntityType),
  entityDescription: str((e) => e.entityDescription),
};

function auditLogDescriptor(log: AuditLogStore, userTaskKey?: string): SearchDescriptor<Entry> {
  const user = ['operationType', 'result', 'timestamp', 'actorType', 'actorId'];
  return {
    entity: userTaskKey === undefined ? 'audit log' : 'user task audit log',
    key: (e) => e.auditLogKey,
    all: () =>
      userTaskKey === undefined ? log.all() : [...log.all()].filter((e) => e.userTaskKey === userTaskKey),
    filters:
      userTaskKey === undefined
        ? FILTERS
        : Object.fromEntries(user.map((name) => [name, FILTERS[name] as FieldFilter<Entry>])),
    sorts: SORTS,
  };
}

/** `AuditLogResult`: every field the schema requires, null where the entry does not say. */
function toAuditLogResult(e: Entry) {
  const n = (v: string | null | undefined) => v ?? null;
  return {
    auditLogKey: e.auditLogKey,
    entityKey: e.entityKey,
    entityType: e.entityType,
    operationType: e.operationType,
    batchOperationKey: null,
    batchOperationType: null,
    timestamp: isoDate(e.timestamp),
    actorId: e.actorId,
    actorType: e.actorType,
    agentElementId: null,
    tenantId: e.tenantId,
    result: e.result,
    category: e.category,
    processDefinitionId: n(e.processDefinitionId),
    processDefinitionKey: n(e.processDefinitionKey),
    processInstanceKey: n(e.processInstanceKey),
    rootProcessInstanceKey: n(e.rootProcessInstanceKey),
    elementInstanceKey: n(e.elementInstanceKey),
    jobKey: n(e.jobKey),
    userTaskKey: n(e.userTaskKey),
    decisionRequirementsId: n(e.decisionRequirementsId),
    decisionRequirementsKey: n(e.decisionRequirementsKey),
    decisionDefinitionId: n(e.decisionDefinitionId),
    decisionDefinitionKey: n(e.decisionDefinitionKey),
    decisionEvaluationKey: n(e.decisionEvaluationKey),
    deploymentKey: n(e.deploymentKey),
    formKey: null,
    resourceKey: n(e.resourceKey),
    relatedEntityKey: n(e.relatedEntityKey),
    relatedEntityType: e.relatedEntityType ?? null,
    entityDescription: n(e.entityDescription),
    inboundChannelType: null,
    inboundChannelToolName: null,
  };
}

/** The audit log: lookup, search, and the entries of one user task. */
export function auditLogHandlers(log: AuditLogStore): HandlerTable {
  const descriptor = auditLogDescriptor(log);
  return {
    getAuditLog(req) {
      const auditLogKey = keyParam(req.params, 'auditLogKey');
      const entry = log.get(auditLogKey);
      if (entry === undefined) throw notFound('Audit log', auditLogKey);
      return { status: 200, body: toAuditLogResult(entry) };
    },
    searchAuditLogs(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toAuditLogResult), page);
    },
    searchUserTaskAuditLogs(req) {
      const userTaskKey = keyParam(req.params, 'userTaskKey');
      const { items, page } = runSearch(auditLogDescriptor(log, userTaskKey), req.body);
      return searchResponse(items.map(toAuditLogResult), page);
    },
  };
}
