import type { DecisionDefinitionRecord, DecisionRequirementsRecord } from '../dmn/decision-records.js';
import type { EngineContext } from '../engine/engine-context.js';
import { DEFAULT_TENANT_ID } from '../engine/identity-state.js';
import type { ProcessInstanceRecord, UserTaskRecord } from '../engine/records.js';
import type { EngineRequest } from './engine-handler.js';

/** One permission that allows an operation: on a resource type, for resource ids (a `*` grant always counts). */
export interface Requirement {
  readonly resourceType: string;
  readonly permission: string;
}

/** What an operation touches: the resource ids a grant may name, its tenant, and a user task for property grants. */
export interface Target {
  readonly resourceIds: readonly string[];
  readonly tenantId: string | undefined;
  readonly userTask?: UserTaskRecord;
}

/** An access rule: any one of `anyOf` allows the operation on what `target` resolves (undefined: not found). */
export interface AccessRule {
  readonly anyOf: readonly Requirement[];
  readonly target?: (req: EngineRequest, ctx: EngineContext) => Target | undefined;
  /** True for commands: a tenant the principal is not assigned to is rejected with 403 instead of hidden (404). */
  readonly command?: boolean;
}

/** A requirement of a permission on a resource type. */
export const req = (resourceType: string, permission: string): Requirement => ({ resourceType, permission });
const PD = (permission: string) => req('PROCESS_DEFINITION', permission);

/** The request body as an object (`{}` when it is none). */
export const bodyOf = (r: EngineRequest): Record<string, unknown> =>
  typeof r.body === 'object' && r.body !== null && !Array.isArray(r.body)
    ? (r.body as Record<string, unknown>)
    : {};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const instanceTarget = (pi: ProcessInstanceRecord | undefined): Target | undefined =>
  pi === undefined ? undefined : { resourceIds: [pi.definition.processDefinitionId], tenantId: pi.tenantId };

const byInstance =
  (param: string) =>
  (r: EngineRequest, ctx: EngineContext): Target | undefined =>
    instanceTarget(ctx.executor.processInstances.get(r.params[param] ?? ''));

const byElementInstance =
  (param: string) =>
  (r: EngineRequest, ctx: EngineContext): Target | undefined =>
    instanceTarget(ctx.executor.elementInstances.get(r.params[param] ?? '')?.processInstance);

const byIncident = (r: EngineRequest, ctx: EngineContext) =>
  instanceTarget(ctx.executor.incidents.get(r.params.incidentKey ?? '')?.elementInstance.processInstance);

const byJob = (r: EngineRequest, ctx: EngineContext) =>
  instanceTarget(ctx.jobs.get(r.params.jobKey ?? '')?.elementInstance.processInstance);

const byUserTask = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const task = ctx.executor.userTasks.get(r.params.userTaskKey ?? '');
  if (task === undefined) return undefined;
  const pi = task.elementInstance.processInstance;
  return { resourceIds: [pi.definition.processDefinitionId], tenantId: pi.tenantId, userTask: task };
};

const byDefinition = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const d = ctx.definitions.get(r.params.processDefinitionKey ?? '');
  return d === undefined ? undefined : { resourceIds: [d.processDefinitionId], tenantId: d.tenantId };
};

const decisionTarget = (d: DecisionDefinitionRecord | undefined): Target | undefined =>
  d === undefined ? undefined : { resourceIds: [d.decisionDefinitionId], tenantId: d.tenantId };

const requirementsTarget = (d: DecisionRequirementsRecord | undefined): Target | undefined =>
  d === undefined ? undefined : { resourceIds: [d.decisionRequirementsId], tenantId: d.tenantId };

/** A deployed resource by key: a generic resource, a process or a decision requirements graph. */
const resourceTarget = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const key = r.params.resourceKey ?? '';
  const generic = ctx.resources.get(key);
  if (generic !== undefined) return { resourceIds: [generic.resourceId], tenantId: generic.tenantId };
  const process = ctx.definitions.get(key);
  if (process !== undefined)
    return { resourceIds: [process.processDefinitionId], tenantId: process.tenantId };
  return requirementsTarget(ctx.decisions.requirements(key));
};

const byParam =
  (param: string) =>
  (r: EngineRequest): Target => ({ resourceIds: [r.params[param] ?? ''], tenantId: undefined });

const startTarget = (r: EngineRequest, ctx: EngineContext): Target | undefined => {
  const b = bodyOf(r);
  const byKey = str(b.processDefinitionKey);
  if (byKey !== undefined) {
    const d = ctx.definitions.get(byKey);
    return d === undefined ? undefined : { resourceIds: [d.processDefinitionId], tenantId: d.tenantId };
  }
  const id = str(b.processDefinitionId);
  return id === undefined ? undefined : { resourceIds: [id], tenantId: str(b.tenantId) ?? DEFAULT_TENANT_ID };
};

const tenantOfBody = (r: EngineRequest): Target => ({
  resourceIds: [],
  tenantId: str(bodyOf(r).tenantId) ?? DEFAULT_TENANT_ID,
});

const deploymentTarget = (r: EngineRequest): Target => {
  const part = r.parts?.find((p) => p.name === 'tenantId');
  return { resourceIds: [], tenantId: part === undefined ? DEFAULT_TENANT_ID : part.data.toString('utf8') };
};

const identityRules = (
  resourceType: string,
  idParam: string,
  ops: Readonly<Record<string, string>>,
): Record<string, AccessRule> =>
  Object.fromEntries(
    Object.entries(ops).map(([operationId, permission]) => [
      operationId,
      { anyOf: [req(resourceType, permission)], target: byParam(idParam) },
    ]),
  );

const createRule = (resourceType: string): AccessRule => ({ anyOf: [req(resourceType, 'CREATE')] });

const batchRules = (ops: Readonly<Record<string, string>>): Record<string, AccessRule> =>
  Object.fromEntries(
    Object.entries(ops).map(([operationId, kind]) => [
      operationId,
      { anyOf: [req('BATCH', 'CREATE'), req('BATCH', `CREATE_BATCH_OPERATION_${kind}`)] },
    ]),
  );

/** The permission each guarded operation needs, as Camunda 8.10 checks it. Searches are filtered instead. */
const RULES: Readonly<Record<string, AccessRule>> = {
  // Process definitions and instances.
  getProcessDefinition: { anyOf: [PD('READ_PROCESS_DEFINITION')], target: byDefinition },
  getProcessDefinitionXML: { anyOf: [PD('READ_PROCESS_DEFINITION')], target: byDefinition },
  createProcessInstance: { anyOf: [PD('CREATE_PROCESS_INSTANCE')], target: startTarget, command: true },
  getProcessInstance: { anyOf: [PD('READ_PROCESS_INSTANCE')], target: byInstance('processInstanceKey') },
  cancelProcessInstance: { anyOf: [PD('CANCEL_PROCESS_INSTANCE')], target: byInstance('processInstanceKey') },
  searchProcessInstanceIncidents: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  getElementInstance: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byElementInstance('elementInstanceKey'),
  },
  searchElementInstanceIncidents: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byElementInstance('elementInstanceKey'),
  },
  createElementInstanceVariables: {
    anyOf: [PD('UPDATE_PROCESS_INSTANCE')],
    target: byElementInstance('elementInstanceKey'),
  },
  getIncident: { anyOf: [PD('READ_PROCESS_INSTANCE')], target: byIncident },
  getVariable: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: (r, ctx) => {
      const v = ctx.variables.get(r.params.variableKey ?? '');
      return v === undefined
        ? undefined
        : instanceTarget(ctx.executor.processInstances.get(v.processInstanceKey));
    },
  },
  resolveIncident: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byIncident },
  completeJob: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  failJob: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  throwJobError: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  updateJob: { anyOf: [PD('UPDATE_PROCESS_INSTANCE')], target: byJob },
  // User tasks: the process-definition permission, or a USER_TASK grant (by id or by property).
  getUserTask: { anyOf: [PD('READ_USER_TASK'), req('USER_TASK', 'READ')], target: byUserTask },
  searchUserTaskVariables: { anyOf: [PD('READ_PROCESS_INSTANCE')], target: byUserTask },
  assignUserTask: { anyOf: [PD('UPDATE_USER_TASK'), req('USER_TASK', 'UPDATE')], target: byUserTask },
  unassignUserTask: { anyOf: [PD('UPDATE_USER_TASK'), req('USER_TASK', 'UPDATE')], target: byUserTask },
  updateUserTask: { anyOf: [PD('UPDATE_USER_TASK'), req('USER_TASK', 'UPDATE')], target: byUserTask },
  completeUserTask: {
    anyOf: [
      PD('UPDATE_USER_TASK'),
      PD('COMPLETE_USER_TASK'),
      req('USER_TASK', 'UPDATE'),
      req('USER_TASK', 'COMPLETE'),
    ],
    target: byUserTask,
  },
  // Decisions, checked on the decision's id (or the requirements' id).
  evaluateDecision: {
    anyOf: [req('DECISION_DEFINITION', 'CREATE_DECISION_INSTANCE')],
    target: (r, ctx) => {
      const b = bodyOf(r);
      const byKey = str(b.decisionDefinitionKey);
      if (byKey !== undefined) return decisionTarget(ctx.decisions.decision(byKey));
      return {
        resourceIds: [str(b.decisionDefinitionId) ?? ''],
        tenantId: str(b.tenantId) ?? DEFAULT_TENANT_ID,
      };
    },
    command: true,
  },
  getDecisionDefinition: {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_DEFINITION')],
    target: (r, ctx) => decisionTarget(ctx.decisions.decision(r.params.decisionDefinitionKey ?? '')),
  },
  getDecisionDefinitionXML: {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_DEFINITION')],
    target: (r, ctx) => decisionTarget(ctx.decisions.decision(r.params.decisionDefinitionKey ?? '')),
  },
  getDecisionInstance: {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_INSTANCE')],
    target: (r, ctx) =>
      decisionTarget(
        ctx.decisionInstances.instance(r.params.decisionEvaluationInstanceKey ?? '')?.definition,
      ),
  },
  deleteDecisionInstance: {
    anyOf: [req('DECISION_DEFINITION', 'DELETE_DECISION_INSTANCE')],
    target: (r, ctx) =>
      decisionTarget(ctx.decisionInstances.evaluation(r.params.decisionEvaluationKey ?? '')?.decision),
  },
  getDecisionRequirements: {
    anyOf: [req('DECISION_REQUIREMENTS_DEFINITION', 'READ')],
    target: (r, ctx) =>
      requirementsTarget(ctx.decisions.requirements(r.params.decisionRequirementsKey ?? '')),
  },
  getDecisionRequirementsXML: {
    anyOf: [req('DECISION_REQUIREMENTS_DEFINITION', 'READ')],
    target: (r, ctx) =>
      requirementsTarget(ctx.decisions.requirements(r.params.decisionRequirementsKey ?? '')),
  },
  // Messages, signals, deployments: tenant-owned commands.
  publishMessage: { anyOf: [req('MESSAGE', 'CREATE')], target: tenantOfBody, command: true },
  // Correlation and signals need a permission of the process they reach; the engine checks only the tenant.
  correlateMessage: { anyOf: [], target: tenantOfBody, command: true },
  broadcastSignal: { anyOf: [], target: tenantOfBody, command: true },
  createDeployment: { anyOf: [req('RESOURCE', 'CREATE')], target: deploymentTarget, command: true },
  // More process-instance operations, checked on the instance's process.
  assignProcessInstanceBusinessId: {
    anyOf: [PD('UPDATE_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  deleteProcessInstance: { anyOf: [PD('DELETE_PROCESS_INSTANCE')], target: byInstance('processInstanceKey') },
  resolveProcessInstanceIncidents: {
    anyOf: [PD('UPDATE_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  migrateProcessInstance: {
    anyOf: [PD('UPDATE_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  modifyProcessInstance: { anyOf: [PD('MODIFY_PROCESS_INSTANCE')], target: byInstance('processInstanceKey') },
  suspendProcessInstance: {
    anyOf: [PD('SUSPEND_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  resumeProcessInstance: {
    anyOf: [PD('SUSPEND_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  getProcessInstanceCallHierarchy: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  getProcessInstanceSequenceFlows: {
    anyOf: [PD('READ_PROCESS_INSTANCE')],
    target: byInstance('processInstanceKey'),
  },
  activateAdHocSubProcessActivities: {
    anyOf: [PD('UPDATE_PROCESS_INSTANCE')],
    target: byElementInstance('adHocSubProcessInstanceKey'),
  },
  getStartProcessForm: { anyOf: [PD('READ_PROCESS_DEFINITION')], target: byDefinition },
  // Batch operations: a general or an operation-specific BATCH permission.
  ...batchRules({
    cancelProcessInstancesBatchOperation: 'CANCEL_PROCESS_INSTANCE',
    deleteProcessInstancesBatchOperation: 'DELETE_PROCESS_INSTANCE',
    resolveIncidentsBatchOperation: 'RESOLVE_INCIDENT',
    migrateProcessInstancesBatchOperation: 'MIGRATE_PROCESS_INSTANCE',
    modifyProcessInstancesBatchOperation: 'MODIFY_PROCESS_INSTANCE',
    resumeProcessInstancesBatchOperation: 'SUSPEND_PROCESS_INSTANCE',
    suspendProcessInstancesBatchOperation: 'SUSPEND_PROCESS_INSTANCE',
    deleteDecisionInstancesBatchOperation: 'DELETE_DECISION_INSTANCE',
    updateJobsBatchOperation: 'UPDATE_JOB',
  }),
  ...identityRules('BATCH', 'batchOperationKey', {
    getBatchOperation: 'READ',
    cancelBatchOperation: 'UPDATE',
    resumeBatchOperation: 'UPDATE',
    suspendBatchOperation: 'UPDATE',
  }),
  // Cluster-wide resources: the permission on the type (a `*` grant), or on the named entity.
  createGlobalClusterVariable: createRule('CLUSTER_VARIABLE'),
  ...identityRules('CLUSTER_VARIABLE', 'name', {
    getGlobalClusterVariable: 'READ',
    updateGlobalClusterVariable: 'UPDATE',
    deleteGlobalClusterVariable: 'DELETE',
    getTenantClusterVariable: 'READ',
    updateTenantClusterVariable: 'UPDATE',
    deleteTenantClusterVariable: 'DELETE',
  }),
  createTenantClusterVariable: createRule('CLUSTER_VARIABLE'),
  createDocument: createRule('DOCUMENT'),
  createDocuments: createRule('DOCUMENT'),
  ...identityRules('DOCUMENT', 'documentId', {
    getDocument: 'READ',
    deleteDocument: 'DELETE',
    createDocumentLink: 'CREATE',
  }),
  createGlobalTaskListener: { anyOf: [req('GLOBAL_LISTENER', 'CREATE_TASK_LISTENER')] },
  ...identityRules('GLOBAL_LISTENER', 'id', {
    getGlobalTaskListener: 'READ_TASK_LISTENER',
    updateGlobalTaskListener: 'UPDATE_TASK_LISTENER',
    deleteGlobalTaskListener: 'DELETE_TASK_LISTENER',
  }),
  evaluateExpression: { anyOf: [req('EXPRESSION', 'EVALUATE')] },
  getAuditLog: { anyOf: [req('AUDIT_LOG', 'READ')] },
  ...Object.fromEntries(
    ['getResource', 'getResourceContent', 'getResourceContentBinary'].map((id) => [
      id,
      { anyOf: [req('RESOURCE', 'READ')], target: resourceTarget },
    ]),
  ),
  getFormByKey: { anyOf: [req('RESOURCE', 'READ')] },
  resolveSecrets: { anyOf: [req('SECRET', 'REVEAL')] },
  listSecrets: { anyOf: [req('SECRET', 'READ')] },
  getUsageMetrics: { anyOf: [req('SYSTEM', 'READ_USAGE_METRIC')] },
  changeClusterMode: { anyOf: [req('SYSTEM', 'UPDATE'), req('BACKUP', 'RESTORE')] },
  restore: { anyOf: [req('BACKUP', 'RESTORE')] },
  getRestoreStatus: { anyOf: [req('BACKUP', 'RESTORE')] },
  ...Object.fromEntries(
    [
      ['takeRuntimeBackup', 'CREATE'],
      ['listRuntimeBackups', 'READ'],
      ['getRuntimeBackupState', 'READ'],
      ['deleteRuntimeBackupState', 'DELETE'],
      ['syncRuntimeBackupState', 'CREATE'],
      ['getRuntimeBackup', 'READ'],
      ['deleteRuntimeBackup', 'DELETE'],
      ['takeHistoryBackup', 'CREATE'],
      ['listHistoryBackups', 'READ'],
      ['getHistoryBackup', 'READ'],
      ['deleteHistoryBackup', 'DELETE'],
    ].map(([id, permission]) => [id, { anyOf: [req('BACKUP', permission as string)] }]),
  ),
  ...Object.fromEntries(
    ['getExportingStatus', 'pauseExporting', 'resumeExporting'].map((id) => [
      id,
      { anyOf: [req('EXPORTER', 'PAUSE')] },
    ]),
  ),
  // The engine clock is cluster state.
  pinClock: { anyOf: [req('SYSTEM', 'UPDATE')] },
  resetClock: { anyOf: [req('SYSTEM', 'UPDATE')] },
  // Identity.
  createUser: createRule('USER'),
  ...identityRules('USER', 'username', { getUser: 'READ', updateUser: 'UPDATE', deleteUser: 'DELETE' }),
  createGroup: createRule('GROUP'),
  ...identityRules('GROUP', 'groupId', {
    getGroup: 'READ',
    updateGroup: 'UPDATE',
    deleteGroup: 'DELETE',
    assignUserToGroup: 'UPDATE',
    unassignUserFromGroup: 'UPDATE',
    assignClientToGroup: 'UPDATE',
    unassignClientFromGroup: 'UPDATE',
    assignMappingRuleToGroup: 'UPDATE',
    unassignMappingRuleFromGroup: 'UPDATE',
    searchUsersForGroup: 'READ',
    searchClientsForGroup: 'READ',
  }),
  createRole: createRule('ROLE'),
  ...identityRules('ROLE', 'roleId', {
    getRole: 'READ',
    updateRole: 'UPDATE',
    deleteRole: 'DELETE',
    assignRoleToUser: 'UPDATE',
    unassignRoleFromUser: 'UPDATE',
    assignRoleToClient: 'UPDATE',
    unassignRoleFromClient: 'UPDATE',
    assignRoleToGroup: 'UPDATE',
    unassignRoleFromGroup: 'UPDATE',
    assignRoleToMappingRule: 'UPDATE',
    unassignRoleFromMappingRule: 'UPDATE',
    searchUsersForRole: 'READ',
    searchClientsForRole: 'READ',
    searchGroupsForRole: 'READ',
  }),
  createTenant: createRule('TENANT'),
  ...identityRules('TENANT', 'tenantId', {
    getTenant: 'READ',
    updateTenant: 'UPDATE',
    deleteTenant: 'DELETE',
    assignUserToTenant: 'UPDATE',
    unassignUserFromTenant: 'UPDATE',
    assignClientToTenant: 'UPDATE',
    unassignClientFromTenant: 'UPDATE',
    assignGroupToTenant: 'UPDATE',
    unassignGroupFromTenant: 'UPDATE',
    assignRoleToTenant: 'UPDATE',
    unassignRoleFromTenant: 'UPDATE',
    assignMappingRuleToTenant: 'UPDATE',
    unassignMappingRuleFromTenant: 'UPDATE',
    searchUsersForTenant: 'READ',
    searchClientsForTenant: 'READ',
    searchGroupIdsForTenant: 'READ',
  }),
  createMappingRule: createRule('MAPPING_RULE'),
  ...identityRules('MAPPING_RULE', 'mappingRuleId', {
    getMappingRule: 'READ',
    updateMappingRule: 'UPDATE',
    deleteMappingRule: 'DELETE',
  }),
  createAuthorization: createRule('AUTHORIZATION'),
  ...identityRules('AUTHORIZATION', 'authorizationKey', {
    getAuthorization: 'READ',
    updateAuthorization: 'UPDATE',
    deleteAuthorization: 'DELETE',
  }),
};

/** The permissions an operation is checked for (any one suffices), or undefined when it is not checked. */
export function requiredPermissions(operationId: string): readonly Requirement[] | undefined {
  const rule = RULES[operationId];
  return rule === undefined || rule.anyOf.length === 0 ? undefined : rule.anyOf;
}

/** What each searched entity needs to be read, and where its resource id comes from. */
export const SEARCH_READS: Readonly<
  Record<string, { readonly anyOf: readonly Requirement[]; readonly idField: string }>
> = {
  'process definition': { anyOf: [PD('READ_PROCESS_DEFINITION')], idField: 'processDefinitionId' },
  'process instance': { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  'element instance': { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  variable: { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  incident: { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  job: { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  'message subscription': { anyOf: [PD('READ_PROCESS_INSTANCE')], idField: 'processDefinitionId' },
  'user task': { anyOf: [PD('READ_USER_TASK'), req('USER_TASK', 'READ')], idField: 'processDefinitionId' },
  'decision definition': {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_DEFINITION')],
    idField: 'decisionDefinitionId',
  },
  'decision instance': {
    anyOf: [req('DECISION_DEFINITION', 'READ_DECISION_INSTANCE')],
    idField: 'decisionDefinitionId',
  },
  'decision requirements': {
    anyOf: [req('DECISION_REQUIREMENTS_DEFINITION', 'READ')],
    idField: 'decisionRequirementsId',
  },
  resource: { anyOf: [req('RESOURCE', 'READ')], idField: 'resourceId' },
  'cluster variable': { anyOf: [req('CLUSTER_VARIABLE', 'READ')], idField: 'name' },
  'global task listener': { anyOf: [req('GLOBAL_LISTENER', 'READ_TASK_LISTENER')], idField: 'id' },
  user: { anyOf: [req('USER', 'READ')], idField: 'username' },
  group: { anyOf: [req('GROUP', 'READ')], idField: 'groupId' },
  role: { anyOf: [req('ROLE', 'READ')], idField: 'roleId' },
  tenant: { anyOf: [req('TENANT', 'READ')], idField: 'tenantId' },
  'mapping rule': { anyOf: [req('MAPPING_RULE', 'READ')], idField: 'mappingRuleId' },
  authorization: { anyOf: [req('AUTHORIZATION', 'READ')], idField: 'authorizationKey' },
};

/** Searched entities whose `tenantId` is not a tenant they belong to. */
export const NOT_TENANT_OWNED = new Set(['tenant', 'user', 'group', 'role', 'mapping rule', 'authorization']);

/** The access rule of an operation, if it is checked. */
export function accessRule(operationId: string): AccessRule | undefined {
  return RULES[operationId];
}
