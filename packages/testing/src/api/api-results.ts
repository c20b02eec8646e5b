import { hasStartForm } from '../bpmn/start-form-id.js';
import {
  apiElementState,
  type ElementInstanceRecord,
  type IncidentRecord,
  type JobRecord as Job,
  type MessageSubscriptionRecord,
  type ProcessDefinitionRecord,
  type ProcessInstanceRecord,
  rootInstanceOf,
  type UserTaskRecord,
  type VariableRecord,
} from '../engine/records.js';
import type { JsonObject } from '../feel/json-value.js';

// Shapes of the spec's result schemas. Every field the schema requires is present; nullable ones are null.

/** Epoch ms to the spec's date-time string. */
export const isoDate = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | undefined): string | null => (ms === undefined ? null : isoDate(ms));

// Camunda search truncates long variable values unless asked not to.
const TRUNCATE_AT = 8191;

/** `ProcessInstanceResult`. */
export function toProcessInstanceResult(pi: ProcessInstanceRecord) {
  const d = pi.definition;
  return {
    processDefinitionId: d.processDefinitionId,
    processDefinitionName: d.name,
    processDefinitionVersion: d.version,
    processDefinitionVersionTag: d.versionTag,
    startDate: isoDate(pi.startDate),
    endDate: isoOrNull(pi.endDate),
    state: pi.suspendedDate === undefined ? pi.state : 'SUSPENDED',
    suspendedDate: isoOrNull(pi.suspendedDate),
    hasIncident: pi.activeIncidents > 0,
    tenantId: pi.tenantId,
    processInstanceKey: pi.key,
    processDefinitionKey: d.key,
    parentProcessInstanceKey: pi.parentElementInstance?.processInstance.key ?? null,
    parentElementInstanceKey: pi.parentElementInstance?.key ?? null,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    tags: [...pi.tags],
    businessId: pi.businessId,
  };
}

/** `ProcessDefinitionResult`. */
export function toProcessDefinitionResult(d: ProcessDefinitionRecord) {
  return {
    name: d.name,
    resourceName: d.resourceName,
    version: d.version,
    versionTag: d.versionTag,
    processDefinitionId: d.processDefinitionId,
    tenantId: d.tenantId,
    processDefinitionKey: d.key,
    hasStartForm: hasStartForm(d),
    state: 'ACTIVE' as const,
  };
}

/** `ElementInstanceResult`. */
export function toElementInstanceResult(ei: ElementInstanceRecord) {
  const pi = ei.processInstance;
  return {
    processDefinitionId: pi.definition.processDefinitionId,
    startDate: isoDate(ei.startDate),
    endDate: isoOrNull(ei.endDate),
    elementId: ei.elementId,
    elementName: ei.elementName,
    type: ei.type,
    state: apiElementState(ei.state),
    hasIncident: ei.incident !== undefined,
    tenantId: pi.tenantId,
    elementInstanceKey: ei.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    processDefinitionKey: pi.definition.key,
    incidentKey: ei.incident?.key ?? null,
  };
}

/** `IncidentResult`. */
export function toIncidentResult(incident: IncidentRecord) {
  const ei = incident.elementInstance;
  const pi = ei.processInstance;
  return {
    processDefinitionId: pi.definition.processDefinitionId,
    errorType: incident.errorType,
    errorMessage: incident.errorMessage,
    elementId: ei.elementId,
    creationTime: isoDate(incident.creationTime),
    state: incident.state,
    tenantId: pi.tenantId,
    incidentKey: incident.key,
    processDefinitionKey: pi.definition.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    elementInstanceKey: ei.key,
    jobKey: incident.job?.key ?? null,
  };
}

/** `UserTaskResult`. */
export function toUserTaskResult(task: UserTaskRecord) {
  const ei = task.elementInstance;
  const pi = ei.processInstance;
  const d = pi.definition;
  return {
    name: ei.node?.name ?? null,
    state: task.state,
    assignee: task.assignee,
    elementId: ei.elementId,
    candidateGroups: [...task.candidateGroups],
    candidateUsers: [...task.candidateUsers],
    processDefinitionId: d.processDefinitionId,
    creationDate: isoDate(task.creationDate),
    completionDate: isoOrNull(task.completionDate),
    followUpDate: task.followUpDate,
    dueDate: task.dueDate,
    tenantId: pi.tenantId,
    externalFormReference: task.externalFormReference,
    processDefinitionVersion: d.version,
    customHeaders: { ...task.customHeaders },
    priority: task.priority,
    userTaskKey: task.key,
    elementInstanceKey: ei.key,
    processName: d.name,
    processDefinitionKey: d.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    businessId: pi.businessId,
    formKey: task.formKey,
    tags: [...pi.tags],
  };
}

/** `VariableSearchResult` (`truncate`: cut long values as the search does by default). */
export function toVariableSearchResult(v: VariableRecord, truncate: boolean) {
  const json = JSON.stringify(v.value);
  const cut = truncate && json.length > TRUNCATE_AT;
  return {
    name: v.name,
    tenantId: v.tenantId,
    variableKey: v.key,
    scopeKey: v.scopeKey,
    processInstanceKey: v.processInstanceKey,
    rootProcessInstanceKey: v.processInstanceKey,
    value: cut ? json.slice(0, TRUNCATE_AT) : json,
    isTruncated: cut,
  };
}

/** `VariableResult`: the full value. */
export function toVariableResult(v: VariableRecord) {
  return {
    name: v.name,
    tenantId: v.tenantId,
    variableKey: v.key,
    scopeKey: v.scopeKey,
    processInstanceKey: v.processInstanceKey,
    rootProcessInstanceKey: v.processInstanceKey,
    value: JSON.stringify(v.value),
  };
}

/** `JobSearchResult`. */
export function toJobSearchResult(job: Job) {
  const ei = job.elementInstance;
  const pi = ei.processInstance;
  return {
    customHeaders: { ...job.customHeaders },
    deadline: isoOrNull(job.deadline),
    deniedReason: job.deniedReason ?? null,
    elementId: ei.elementId,
    elementInstanceKey: ei.key,
    endTime: isoOrNull(job.endTime),
    errorCode: job.errorCode,
    errorMessage: job.errorMessage,
    hasFailedWithRetriesLeft: job.hasFailedWithRetriesLeft,
    isDenied:
      job.kind === 'TASK_LISTENER' && job.intent === 'COMPLETED' ? job.deniedReason !== undefined : null,
    jobKey: job.key,
    kind: job.kind,
    listenerEventType: job.listenerEventType,
    processDefinitionId: pi.definition.processDefinitionId,
    processDefinitionKey: pi.definition.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    businessId: pi.businessId,
    retries: job.retries,
    state: job.intent,
    tenantId: job.tenantId,
    type: job.type,
    worker: job.worker,
    creationTime: isoDate(job.creationTime),
    lastUpdateTime: isoDate(job.lastUpdateTime),
    priority: job.priority,
  };
}

/**
 * `UserTaskProperties` of a task listener job. Zeebe's gateway builds them from the job's headers and gives none
 * (null) when the job carries no action: creating and canceling listeners, and the assigning listeners of an
 * assignee given at creation.
 */
function toUserTaskProperties(task: UserTaskRecord, headers: Job['customHeaders']) {
  const action = headers['io.camunda.zeebe:action'];
  if (action === undefined) return null;
  return {
    action,
    assignee: task.assignee,
    candidateGroups: [...task.candidateGroups],
    candidateUsers: [...task.candidateUsers],
    changedAttributes: [...(task.changedAttributes ?? [])],
    dueDate: task.dueDate,
    followUpDate: task.followUpDate,
    formKey: task.formKey,
    priority: task.priority,
    userTaskKey: task.key,
  };
}

/** `ActivatedJobResult`, with the variables the worker asked for. */
export function toActivatedJobResult(job: Job, variables: JsonObject) {
  const ei = job.elementInstance;
  const pi = ei.processInstance;
  return {
    type: job.type,
    processDefinitionId: pi.definition.processDefinitionId,
    processDefinitionVersion: pi.definition.version,
    elementId: ei.elementId,
    customHeaders: { ...job.customHeaders },
    worker: job.worker,
    retries: job.retries,
    deadline: job.deadline ?? 0,
    variables,
    tenantId: job.tenantId,
    physicalTenantId: 'default',
    jobKey: job.key,
    processInstanceKey: pi.key,
    processDefinitionKey: pi.definition.key,
    elementInstanceKey: ei.key,
    kind: job.kind,
    listenerEventType: job.listenerEventType,
    userTask: job.userTask === undefined ? null : toUserTaskProperties(job.userTask, job.customHeaders),
    tags: [...pi.tags],
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    businessId: pi.businessId,
    priority: job.priority,
    leaseToken: job.leaseToken ?? null,
  };
}

/** `MessageSubscriptionResult`. */
export function toMessageSubscriptionResult(sub: MessageSubscriptionRecord) {
  const ei = sub.elementInstance;
  const pi = ei.processInstance;
  return {
    messageSubscriptionKey: sub.key,
    processDefinitionId: pi.definition.processDefinitionId,
    processDefinitionKey: pi.definition.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    elementId: sub.catchNode.id,
    elementInstanceKey: ei.key,
    messageSubscriptionState: sub.state,
    lastUpdatedDate: isoDate(sub.lastUpdatedDate),
    messageName: sub.messageName,
    correlationKey: sub.correlationKey,
    messageSubscriptionType: 'PROCESS_EVENT' as const,
    toolProperties: {},
    processDefinitionName: pi.definition.name,
    processDefinitionVersion: pi.definition.version,
    toolName: null,
    inboundConnectorType: null,
    tenantId: sub.tenantId,
  };
}
