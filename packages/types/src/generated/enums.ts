// Generated from the OpenAPI spec — do not edit

/** The field to sort by. */
export const AgentDefinitionSearchQuerySortRequestField = {
  agentDefinitionKey: 'agentDefinitionKey',
  agentType: 'agentType',
  name: 'name',
  elementId: 'elementId',
  processDefinitionId: 'processDefinitionId',
  processDefinitionKey: 'processDefinitionKey',
  processDefinitionVersion: 'processDefinitionVersion',
  processDefinitionVersionTag: 'processDefinitionVersionTag',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type AgentDefinitionSearchQuerySortRequestField =
  (typeof AgentDefinitionSearchQuerySortRequestField)[keyof typeof AgentDefinitionSearchQuerySortRequestField];

/** The kind of agent an agent definition describes. */
export const AgentDefinitionTypeEnum = {
  AI_AGENT_SUB_PROCESS: 'AI_AGENT_SUB_PROCESS',
  AI_AGENT_TASK: 'AI_AGENT_TASK',
  EXTERNAL_AGENT: 'EXTERNAL_AGENT',
} as const;
/** The kind of agent an agent definition describes. */
export type AgentDefinitionTypeEnum = (typeof AgentDefinitionTypeEnum)[keyof typeof AgentDefinitionTypeEnum];

/**
 * The commit status of a history item.
 * COMMITTED: the producing job completed successfully.
 * PENDING: the producing job is still active (in-flight).
 * DISCARDED: the producing job failed; this item was superseded by a later activation.
 */
export const AgentInstanceHistoryCommitStatusEnum = {
  COMMITTED: 'COMMITTED',
  PENDING: 'PENDING',
  DISCARDED: 'DISCARDED',
} as const;
/**
 * The commit status of a history item.
 * COMMITTED: the producing job completed successfully.
 * PENDING: the producing job is still active (in-flight).
 * DISCARDED: the producing job failed; this item was superseded by a later activation.
 */
export type AgentInstanceHistoryCommitStatusEnum =
  (typeof AgentInstanceHistoryCommitStatusEnum)[keyof typeof AgentInstanceHistoryCommitStatusEnum];

/** The role of a history item in the agent conversation. */
export const AgentInstanceHistoryRoleEnum = {
  USER: 'USER',
  ASSISTANT: 'ASSISTANT',
  TOOL_RESULT: 'TOOL_RESULT',
  CONFIGURATION: 'CONFIGURATION',
} as const;
/** The role of a history item in the agent conversation. */
export type AgentInstanceHistoryRoleEnum =
  (typeof AgentInstanceHistoryRoleEnum)[keyof typeof AgentInstanceHistoryRoleEnum];

/** The field to sort by. */
export const AgentInstanceHistorySearchQuerySortRequestField = {
  producedAt: 'producedAt',
  historyItemKey: 'historyItemKey',
  loopIteration: 'loopIteration',
} as const;
/** The field to sort by. */
export type AgentInstanceHistorySearchQuerySortRequestField =
  (typeof AgentInstanceHistorySearchQuerySortRequestField)[keyof typeof AgentInstanceHistorySearchQuerySortRequestField];

/** The content type discriminator for a history item content block. */
export const AgentInstanceMessageContentTypeEnum = {
  TEXT: 'TEXT',
  DOCUMENT: 'DOCUMENT',
  OBJECT: 'OBJECT',
} as const;
/** The content type discriminator for a history item content block. */
export type AgentInstanceMessageContentTypeEnum =
  (typeof AgentInstanceMessageContentTypeEnum)[keyof typeof AgentInstanceMessageContentTypeEnum];

/** The field to sort by. */
export const AgentInstanceSearchQuerySortRequestField = {
  agentInstanceKey: 'agentInstanceKey',
  agentDefinitionKey: 'agentDefinitionKey',
  status: 'status',
  elementId: 'elementId',
  processInstanceKey: 'processInstanceKey',
  rootProcessInstanceKey: 'rootProcessInstanceKey',
  processDefinitionKey: 'processDefinitionKey',
  tenantId: 'tenantId',
  creationDate: 'creationDate',
  lastUpdatedDate: 'lastUpdatedDate',
  completionDate: 'completionDate',
} as const;
/** The field to sort by. */
export type AgentInstanceSearchQuerySortRequestField =
  (typeof AgentInstanceSearchQuerySortRequestField)[keyof typeof AgentInstanceSearchQuerySortRequestField];

/** The current status of an agent instance. */
export const AgentInstanceStatusEnum = {
  UNKNOWN: 'UNKNOWN',
  COMPLETED: 'COMPLETED',
  IDLE: 'IDLE',
  INITIALIZING: 'INITIALIZING',
  THINKING: 'THINKING',
  TOOL_CALLING: 'TOOL_CALLING',
  TOOL_DISCOVERY: 'TOOL_DISCOVERY',
} as const;
/** The current status of an agent instance. */
export type AgentInstanceStatusEnum = (typeof AgentInstanceStatusEnum)[keyof typeof AgentInstanceStatusEnum];

/** The status values that can be set on an agent instance via an update request. */
export const AgentInstanceUpdateStatusEnum = {
  IDLE: 'IDLE',
  THINKING: 'THINKING',
  TOOL_CALLING: 'TOOL_CALLING',
  TOOL_DISCOVERY: 'TOOL_DISCOVERY',
} as const;
/** The status values that can be set on an agent instance via an update request. */
export type AgentInstanceUpdateStatusEnum =
  (typeof AgentInstanceUpdateStatusEnum)[keyof typeof AgentInstanceUpdateStatusEnum];

/** The type of actor who performed the operation. */
export const AuditLogActorTypeEnum = {
  ANONYMOUS: 'ANONYMOUS',
  CLIENT: 'CLIENT',
  UNKNOWN: 'UNKNOWN',
  USER: 'USER',
} as const;
/** The type of actor who performed the operation. */
export type AuditLogActorTypeEnum = (typeof AuditLogActorTypeEnum)[keyof typeof AuditLogActorTypeEnum];

/** The category of the audit log operation. */
export const AuditLogCategoryEnum = {
  ADMIN: 'ADMIN',
  DEPLOYED_RESOURCES: 'DEPLOYED_RESOURCES',
  USER_TASKS: 'USER_TASKS',
} as const;
/** The category of the audit log operation. */
export type AuditLogCategoryEnum = (typeof AuditLogCategoryEnum)[keyof typeof AuditLogCategoryEnum];

/** The type of entity affected by the operation. */
export const AuditLogEntityTypeEnum = {
  AUTHORIZATION: 'AUTHORIZATION',
  BATCH: 'BATCH',
  DECISION: 'DECISION',
  GROUP: 'GROUP',
  INCIDENT: 'INCIDENT',
  JOB: 'JOB',
  MAPPING_RULE: 'MAPPING_RULE',
  PROCESS_INSTANCE: 'PROCESS_INSTANCE',
  RESOURCE: 'RESOURCE',
  ROLE: 'ROLE',
  TENANT: 'TENANT',
  USER: 'USER',
  USER_TASK: 'USER_TASK',
  VARIABLE: 'VARIABLE',
  CLIENT: 'CLIENT',
} as const;
/** The type of entity affected by the operation. */
export type AuditLogEntityTypeEnum = (typeof AuditLogEntityTypeEnum)[keyof typeof AuditLogEntityTypeEnum];

/** The type of operation performed. */
export const AuditLogOperationTypeEnum = {
  ASSIGN: 'ASSIGN',
  CANCEL: 'CANCEL',
  COMPLETE: 'COMPLETE',
  CREATE: 'CREATE',
  DELETE: 'DELETE',
  EVALUATE: 'EVALUATE',
  MIGRATE: 'MIGRATE',
  MODIFY: 'MODIFY',
  RESOLVE: 'RESOLVE',
  RESUME: 'RESUME',
  SUSPEND: 'SUSPEND',
  UNASSIGN: 'UNASSIGN',
  UNKNOWN: 'UNKNOWN',
  UPDATE: 'UPDATE',
} as const;
/** The type of operation performed. */
export type AuditLogOperationTypeEnum =
  (typeof AuditLogOperationTypeEnum)[keyof typeof AuditLogOperationTypeEnum];

/** The result status of the operation. */
export const AuditLogResultEnum = {
  FAIL: 'FAIL',
  SUCCESS: 'SUCCESS',
} as const;
/** The result status of the operation. */
export type AuditLogResultEnum = (typeof AuditLogResultEnum)[keyof typeof AuditLogResultEnum];

/** The field to sort by. */
export const AuditLogSearchQuerySortRequestField = {
  actorId: 'actorId',
  actorType: 'actorType',
  auditLogKey: 'auditLogKey',
  batchOperationKey: 'batchOperationKey',
  batchOperationType: 'batchOperationType',
  category: 'category',
  decisionDefinitionId: 'decisionDefinitionId',
  decisionDefinitionKey: 'decisionDefinitionKey',
  decisionEvaluationKey: 'decisionEvaluationKey',
  decisionRequirementsId: 'decisionRequirementsId',
  decisionRequirementsKey: 'decisionRequirementsKey',
  elementInstanceKey: 'elementInstanceKey',
  entityKey: 'entityKey',
  entityType: 'entityType',
  jobKey: 'jobKey',
  operationType: 'operationType',
  processDefinitionId: 'processDefinitionId',
  processDefinitionKey: 'processDefinitionKey',
  processInstanceKey: 'processInstanceKey',
  inboundChannelType: 'inboundChannelType',
  inboundChannelToolName: 'inboundChannelToolName',
  result: 'result',
  tenantId: 'tenantId',
  timestamp: 'timestamp',
  userTaskKey: 'userTaskKey',
} as const;
/** The field to sort by. */
export type AuditLogSearchQuerySortRequestField =
  (typeof AuditLogSearchQuerySortRequestField)[keyof typeof AuditLogSearchQuerySortRequestField];

/** The field to sort by. */
export const AuthorizationSearchQuerySortRequestField = {
  ownerId: 'ownerId',
  ownerType: 'ownerType',
  resourceId: 'resourceId',
  resourcePropertyName: 'resourcePropertyName',
  resourceType: 'resourceType',
} as const;
/** The field to sort by. */
export type AuthorizationSearchQuerySortRequestField =
  (typeof AuthorizationSearchQuerySortRequestField)[keyof typeof AuthorizationSearchQuerySortRequestField];

/** The type of the backup. */
export const BackupType = {
  MANUAL_BACKUP: 'MANUAL_BACKUP',
  SCHEDULED_BACKUP: 'SCHEDULED_BACKUP',
} as const;
/** The type of the backup. */
export type BackupType = (typeof BackupType)[keyof typeof BackupType];

/** The type of the error that occurred during the batch operation. */
export const BatchOperationErrorType = {
  QUERY_FAILED: 'QUERY_FAILED',
  RESULT_BUFFER_SIZE_EXCEEDED: 'RESULT_BUFFER_SIZE_EXCEEDED',
} as const;
/** The type of the error that occurred during the batch operation. */
export type BatchOperationErrorType = (typeof BatchOperationErrorType)[keyof typeof BatchOperationErrorType];

/** State of the item. */
export const BatchOperationItemResponseState = {
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  SKIPPED: 'SKIPPED',
  CANCELED: 'CANCELED',
  FAILED: 'FAILED',
} as const;
/** State of the item. */
export type BatchOperationItemResponseState =
  (typeof BatchOperationItemResponseState)[keyof typeof BatchOperationItemResponseState];

/** The field to sort by. */
export const BatchOperationItemSearchQuerySortRequestField = {
  batchOperationKey: 'batchOperationKey',
  itemKey: 'itemKey',
  processInstanceKey: 'processInstanceKey',
  processedDate: 'processedDate',
  state: 'state',
} as const;
/** The field to sort by. */
export type BatchOperationItemSearchQuerySortRequestField =
  (typeof BatchOperationItemSearchQuerySortRequestField)[keyof typeof BatchOperationItemSearchQuerySortRequestField];

/** The batch operation item state. */
export const BatchOperationItemStateEnum = {
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  CANCELED: 'CANCELED',
  FAILED: 'FAILED',
} as const;
/** The batch operation item state. */
export type BatchOperationItemStateEnum =
  (typeof BatchOperationItemStateEnum)[keyof typeof BatchOperationItemStateEnum];

/** The field to sort by. */
export const BatchOperationSearchQuerySortRequestField = {
  batchOperationKey: 'batchOperationKey',
  operationType: 'operationType',
  state: 'state',
  startDate: 'startDate',
  endDate: 'endDate',
  actorType: 'actorType',
  actorId: 'actorId',
} as const;
/** The field to sort by. */
export type BatchOperationSearchQuerySortRequestField =
  (typeof BatchOperationSearchQuerySortRequestField)[keyof typeof BatchOperationSearchQuerySortRequestField];

/** The batch operation state. */
export const BatchOperationStateEnum = {
  ACTIVE: 'ACTIVE',
  CANCELED: 'CANCELED',
  COMPLETED: 'COMPLETED',
  CREATED: 'CREATED',
  FAILED: 'FAILED',
  PARTIALLY_COMPLETED: 'PARTIALLY_COMPLETED',
  SUSPENDED: 'SUSPENDED',
} as const;
/** The batch operation state. */
export type BatchOperationStateEnum = (typeof BatchOperationStateEnum)[keyof typeof BatchOperationStateEnum];

/** The type of the batch operation. */
export const BatchOperationTypeEnum = {
  ADD_VARIABLE: 'ADD_VARIABLE',
  CANCEL_PROCESS_INSTANCE: 'CANCEL_PROCESS_INSTANCE',
  DELETE_DECISION_DEFINITION: 'DELETE_DECISION_DEFINITION',
  DELETE_DECISION_INSTANCE: 'DELETE_DECISION_INSTANCE',
  DELETE_PROCESS_DEFINITION: 'DELETE_PROCESS_DEFINITION',
  DELETE_PROCESS_INSTANCE: 'DELETE_PROCESS_INSTANCE',
  MIGRATE_PROCESS_INSTANCE: 'MIGRATE_PROCESS_INSTANCE',
  MODIFY_PROCESS_INSTANCE: 'MODIFY_PROCESS_INSTANCE',
  RESOLVE_INCIDENT: 'RESOLVE_INCIDENT',
  RESUME_PROCESS_INSTANCE: 'RESUME_PROCESS_INSTANCE',
  SUSPEND_PROCESS_INSTANCE: 'SUSPEND_PROCESS_INSTANCE',
  UPDATE_JOB: 'UPDATE_JOB',
  UPDATE_VARIABLE: 'UPDATE_VARIABLE',
} as const;
/** The type of the batch operation. */
export type BatchOperationTypeEnum = (typeof BatchOperationTypeEnum)[keyof typeof BatchOperationTypeEnum];

/** The type of the checkpoint. */
export const CheckpointType = {
  MARKER: 'MARKER',
  SCHEDULED_BACKUP: 'SCHEDULED_BACKUP',
  MANUAL_BACKUP: 'MANUAL_BACKUP',
} as const;
/** The type of the checkpoint. */
export type CheckpointType = (typeof CheckpointType)[keyof typeof CheckpointType];

/** The cloud deployment stage. */
export const CloudStage = {
  dev: 'dev',
  int: 'int',
  prod: 'prod',
} as const;
/** The cloud deployment stage. */
export type CloudStage = (typeof CloudStage)[keyof typeof CloudStage];

/**
 * What a physical tenant reports for a history backup id: the per-tenant `HistoryBackupStateCode` extended with `NOT_FOUND` for a tenant that was read and does not hold the backup. `NOT_FOUND` is a successful observation, not a failure — a backup that only some physical tenants hold is a supported outcome. There is no state for a tenant that could not be read at all, because such a tenant fails the whole request.
 */
export const ClusterHistoryBackupTenantState = {
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  INCOMPLETE: 'INCOMPLETE',
  INCOMPATIBLE: 'INCOMPATIBLE',
  NOT_FOUND: 'NOT_FOUND',
} as const;
/**
 * What a physical tenant reports for a history backup id: the per-tenant `HistoryBackupStateCode` extended with `NOT_FOUND` for a tenant that was read and does not hold the backup. `NOT_FOUND` is a successful observation, not a failure — a backup that only some physical tenants hold is a supported outcome. There is no state for a tenant that could not be read at all, because such a tenant fails the whole request.
 */
export type ClusterHistoryBackupTenantState =
  (typeof ClusterHistoryBackupTenantState)[keyof typeof ClusterHistoryBackupTenantState];

/**
 * What a physical tenant did with the trigger. `TRIGGERED` says the backup is running, not that it completed — poll `GET /cluster/v2/backups/runtime/{backupId}` for that. A `FAILED` tenant is running no backup for this request and needs no cleanup. `UNKNOWN` means the broker may or may not have accepted the request — the connection was cut mid-flight, or the gateway timed out waiting — so that tenant's backups have to be checked before retrying; it is reported separately from `FAILED` precisely because calling it failed would claim nothing is running there. Tenants that were triggered are never rolled back.
 */
export const ClusterRuntimeBackupTakeOutcome = {
  TRIGGERED: 'TRIGGERED',
  FAILED: 'FAILED',
  UNKNOWN: 'UNKNOWN',
} as const;
/**
 * What a physical tenant did with the trigger. `TRIGGERED` says the backup is running, not that it completed — poll `GET /cluster/v2/backups/runtime/{backupId}` for that. A `FAILED` tenant is running no backup for this request and needs no cleanup. `UNKNOWN` means the broker may or may not have accepted the request — the connection was cut mid-flight, or the gateway timed out waiting — so that tenant's backups have to be checked before retrying; it is reported separately from `FAILED` precisely because calling it failed would claim nothing is running there. Tenants that were triggered are never rolled back.
 */
export type ClusterRuntimeBackupTakeOutcome =
  (typeof ClusterRuntimeBackupTakeOutcome)[keyof typeof ClusterRuntimeBackupTakeOutcome];

/**
 * `HEALTHY` when every physical tenant is healthy, `DOWN` when no physical tenant can process work, `DEGRADED` in every other case.
 */
export const ClusterStatusResponseStatus = {
  HEALTHY: 'HEALTHY',
  DEGRADED: 'DEGRADED',
  DOWN: 'DOWN',
} as const;
/**
 * `HEALTHY` when every physical tenant is healthy, `DOWN` when no physical tenant can process work, `DEGRADED` in every other case.
 */
export type ClusterStatusResponseStatus =
  (typeof ClusterStatusResponseStatus)[keyof typeof ClusterStatusResponseStatus];

/**
 * The kind of a cluster variable. JSON is the default. SECRET_REFERENCE allows the value to contain camunda.secrets.X references that are resolved at job activation time.
 */
export const ClusterVariableKindEnum = {
  JSON: 'JSON',
  SECRET_REFERENCE: 'SECRET_REFERENCE',
} as const;
/**
 * The kind of a cluster variable. JSON is the default. SECRET_REFERENCE allows the value to contain camunda.secrets.X references that are resolved at job activation time.
 */
export type ClusterVariableKindEnum = (typeof ClusterVariableKindEnum)[keyof typeof ClusterVariableKindEnum];

/** The scope of a cluster variable. */
export const ClusterVariableScopeEnum = {
  GLOBAL: 'GLOBAL',
  TENANT: 'TENANT',
} as const;
/** The scope of a cluster variable. */
export type ClusterVariableScopeEnum =
  (typeof ClusterVariableScopeEnum)[keyof typeof ClusterVariableScopeEnum];

/** The field to sort by. */
export const ClusterVariableSearchQuerySortRequestField = {
  name: 'name',
  value: 'value',
  tenantId: 'tenantId',
  scope: 'scope',
} as const;
/** The field to sort by. */
export type ClusterVariableSearchQuerySortRequestField =
  (typeof ClusterVariableSearchQuerySortRequestField)[keyof typeof ClusterVariableSearchQuerySortRequestField];

/** Values of `ConditionWaitStateDetails.events`. */
export const ConditionWaitStateDetailsEvents = {
  create: 'create',
  update: 'update',
} as const;
/** Values of `ConditionWaitStateDetails.events`. */
export type ConditionWaitStateDetailsEvents =
  (typeof ConditionWaitStateDetailsEvents)[keyof typeof ConditionWaitStateDetailsEvents];

/** The field to sort by. */
export const CorrelatedMessageSubscriptionSearchQuerySortRequestField = {
  businessId: 'businessId',
  correlationKey: 'correlationKey',
  correlationTime: 'correlationTime',
  elementId: 'elementId',
  elementInstanceKey: 'elementInstanceKey',
  messageKey: 'messageKey',
  messageName: 'messageName',
  partitionId: 'partitionId',
  processDefinitionId: 'processDefinitionId',
  processDefinitionKey: 'processDefinitionKey',
  processInstanceKey: 'processInstanceKey',
  subscriptionKey: 'subscriptionKey',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type CorrelatedMessageSubscriptionSearchQuerySortRequestField =
  (typeof CorrelatedMessageSubscriptionSearchQuerySortRequestField)[keyof typeof CorrelatedMessageSubscriptionSearchQuerySortRequestField];

/** The field to sort by. */
export const DecisionDefinitionSearchQuerySortRequestField = {
  decisionDefinitionKey: 'decisionDefinitionKey',
  decisionDefinitionId: 'decisionDefinitionId',
  name: 'name',
  version: 'version',
  decisionRequirementsId: 'decisionRequirementsId',
  decisionRequirementsKey: 'decisionRequirementsKey',
  decisionRequirementsName: 'decisionRequirementsName',
  decisionRequirementsVersion: 'decisionRequirementsVersion',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type DecisionDefinitionSearchQuerySortRequestField =
  (typeof DecisionDefinitionSearchQuerySortRequestField)[keyof typeof DecisionDefinitionSearchQuerySortRequestField];

/** The type of the decision. UNSPECIFIED is deprecated and should not be used anymore, for removal in 8.10 */
export const DecisionDefinitionTypeEnum = {
  DECISION_TABLE: 'DECISION_TABLE',
  LITERAL_EXPRESSION: 'LITERAL_EXPRESSION',
  /** @deprecated Deprecated since 8.9.0. */
  UNSPECIFIED: 'UNSPECIFIED',
  UNKNOWN: 'UNKNOWN',
} as const;
/** The type of the decision. UNSPECIFIED is deprecated and should not be used anymore, for removal in 8.10 */
export type DecisionDefinitionTypeEnum =
  (typeof DecisionDefinitionTypeEnum)[keyof typeof DecisionDefinitionTypeEnum];

/** The field to sort by. */
export const DecisionInstanceSearchQuerySortRequestField = {
  businessId: 'businessId',
  decisionDefinitionId: 'decisionDefinitionId',
  decisionDefinitionKey: 'decisionDefinitionKey',
  decisionDefinitionName: 'decisionDefinitionName',
  decisionDefinitionType: 'decisionDefinitionType',
  decisionDefinitionVersion: 'decisionDefinitionVersion',
  decisionEvaluationInstanceKey: 'decisionEvaluationInstanceKey',
  decisionEvaluationKey: 'decisionEvaluationKey',
  elementInstanceKey: 'elementInstanceKey',
  evaluationDate: 'evaluationDate',
  evaluationFailure: 'evaluationFailure',
  processDefinitionKey: 'processDefinitionKey',
  processInstanceKey: 'processInstanceKey',
  rootDecisionDefinitionKey: 'rootDecisionDefinitionKey',
  state: 'state',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type DecisionInstanceSearchQuerySortRequestField =
  (typeof DecisionInstanceSearchQuerySortRequestField)[keyof typeof DecisionInstanceSearchQuerySortRequestField];

/**
 * The state of the decision instance. UNSPECIFIED and UNKNOWN are deprecated and should not be used anymore, for removal in 8.10
 */
export const DecisionInstanceStateEnum = {
  EVALUATED: 'EVALUATED',
  FAILED: 'FAILED',
  /** @deprecated Deprecated since 8.9.0. */
  UNSPECIFIED: 'UNSPECIFIED',
  /** @deprecated Deprecated since 8.9.0. */
  UNKNOWN: 'UNKNOWN',
} as const;
/**
 * The state of the decision instance. UNSPECIFIED and UNKNOWN are deprecated and should not be used anymore, for removal in 8.10
 */
export type DecisionInstanceStateEnum =
  (typeof DecisionInstanceStateEnum)[keyof typeof DecisionInstanceStateEnum];

/** The field to sort by. */
export const DecisionRequirementsSearchQuerySortRequestField = {
  decisionRequirementsKey: 'decisionRequirementsKey',
  decisionRequirementsName: 'decisionRequirementsName',
  version: 'version',
  decisionRequirementsId: 'decisionRequirementsId',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type DecisionRequirementsSearchQuerySortRequestField =
  (typeof DecisionRequirementsSearchQuerySortRequestField)[keyof typeof DecisionRequirementsSearchQuerySortRequestField];

/** Document discriminator. Always set to "camunda". */
export const DocumentReferenceCamundaDocumentType = {
  camunda: 'camunda',
} as const;
/** Document discriminator. Always set to "camunda". */
export type DocumentReferenceCamundaDocumentType =
  (typeof DocumentReferenceCamundaDocumentType)[keyof typeof DocumentReferenceCamundaDocumentType];

/** Type of element as defined set of values. */
export const ElementInstanceFilterFieldsType = {
  UNSPECIFIED: 'UNSPECIFIED',
  PROCESS: 'PROCESS',
  SUB_PROCESS: 'SUB_PROCESS',
  EVENT_SUB_PROCESS: 'EVENT_SUB_PROCESS',
  AD_HOC_SUB_PROCESS: 'AD_HOC_SUB_PROCESS',
  AD_HOC_SUB_PROCESS_INNER_INSTANCE: 'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
  START_EVENT: 'START_EVENT',
  INTERMEDIATE_CATCH_EVENT: 'INTERMEDIATE_CATCH_EVENT',
  INTERMEDIATE_THROW_EVENT: 'INTERMEDIATE_THROW_EVENT',
  BOUNDARY_EVENT: 'BOUNDARY_EVENT',
  END_EVENT: 'END_EVENT',
  SERVICE_TASK: 'SERVICE_TASK',
  RECEIVE_TASK: 'RECEIVE_TASK',
  USER_TASK: 'USER_TASK',
  MANUAL_TASK: 'MANUAL_TASK',
  TASK: 'TASK',
  EXCLUSIVE_GATEWAY: 'EXCLUSIVE_GATEWAY',
  INCLUSIVE_GATEWAY: 'INCLUSIVE_GATEWAY',
  PARALLEL_GATEWAY: 'PARALLEL_GATEWAY',
  EVENT_BASED_GATEWAY: 'EVENT_BASED_GATEWAY',
  SEQUENCE_FLOW: 'SEQUENCE_FLOW',
  MULTI_INSTANCE_BODY: 'MULTI_INSTANCE_BODY',
  CALL_ACTIVITY: 'CALL_ACTIVITY',
  BUSINESS_RULE_TASK: 'BUSINESS_RULE_TASK',
  SCRIPT_TASK: 'SCRIPT_TASK',
  SEND_TASK: 'SEND_TASK',
  UNKNOWN: 'UNKNOWN',
} as const;
/** Type of element as defined set of values. */
export type ElementInstanceFilterFieldsType =
  (typeof ElementInstanceFilterFieldsType)[keyof typeof ElementInstanceFilterFieldsType];

/** Type of element as defined set of values. */
export const ElementInstanceResultType = {
  UNSPECIFIED: 'UNSPECIFIED',
  PROCESS: 'PROCESS',
  SUB_PROCESS: 'SUB_PROCESS',
  EVENT_SUB_PROCESS: 'EVENT_SUB_PROCESS',
  AD_HOC_SUB_PROCESS: 'AD_HOC_SUB_PROCESS',
  AD_HOC_SUB_PROCESS_INNER_INSTANCE: 'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
  START_EVENT: 'START_EVENT',
  INTERMEDIATE_CATCH_EVENT: 'INTERMEDIATE_CATCH_EVENT',
  INTERMEDIATE_THROW_EVENT: 'INTERMEDIATE_THROW_EVENT',
  BOUNDARY_EVENT: 'BOUNDARY_EVENT',
  END_EVENT: 'END_EVENT',
  SERVICE_TASK: 'SERVICE_TASK',
  RECEIVE_TASK: 'RECEIVE_TASK',
  USER_TASK: 'USER_TASK',
  MANUAL_TASK: 'MANUAL_TASK',
  TASK: 'TASK',
  EXCLUSIVE_GATEWAY: 'EXCLUSIVE_GATEWAY',
  INCLUSIVE_GATEWAY: 'INCLUSIVE_GATEWAY',
  PARALLEL_GATEWAY: 'PARALLEL_GATEWAY',
  EVENT_BASED_GATEWAY: 'EVENT_BASED_GATEWAY',
  SEQUENCE_FLOW: 'SEQUENCE_FLOW',
  MULTI_INSTANCE_BODY: 'MULTI_INSTANCE_BODY',
  CALL_ACTIVITY: 'CALL_ACTIVITY',
  BUSINESS_RULE_TASK: 'BUSINESS_RULE_TASK',
  SCRIPT_TASK: 'SCRIPT_TASK',
  SEND_TASK: 'SEND_TASK',
  UNKNOWN: 'UNKNOWN',
} as const;
/** Type of element as defined set of values. */
export type ElementInstanceResultType =
  (typeof ElementInstanceResultType)[keyof typeof ElementInstanceResultType];

/** The field to sort by. */
export const ElementInstanceSearchQuerySortRequestField = {
  elementInstanceKey: 'elementInstanceKey',
  processInstanceKey: 'processInstanceKey',
  processDefinitionKey: 'processDefinitionKey',
  processDefinitionId: 'processDefinitionId',
  startDate: 'startDate',
  endDate: 'endDate',
  elementId: 'elementId',
  elementName: 'elementName',
  type: 'type',
  state: 'state',
  incidentKey: 'incidentKey',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type ElementInstanceSearchQuerySortRequestField =
  (typeof ElementInstanceSearchQuerySortRequestField)[keyof typeof ElementInstanceSearchQuerySortRequestField];

/** Element states */
export const ElementInstanceStateEnum = {
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  TERMINATED: 'TERMINATED',
} as const;
/** Element states */
export type ElementInstanceStateEnum =
  (typeof ElementInstanceStateEnum)[keyof typeof ElementInstanceStateEnum];

/** The field to sort by. */
export const ElementInstanceWaitStateQuerySortRequestField = {
  elementInstanceKey: 'elementInstanceKey',
  processInstanceKey: 'processInstanceKey',
  rootProcessInstanceKey: 'rootProcessInstanceKey',
  elementId: 'elementId',
} as const;
/** The field to sort by. */
export type ElementInstanceWaitStateQuerySortRequestField =
  (typeof ElementInstanceWaitStateQuerySortRequestField)[keyof typeof ElementInstanceWaitStateQuerySortRequestField];

/**
 * The exporting status of a physical tenant, aggregated over every replica of every one of
 * its partitions:
 * - `EXPORTING`: all replicas are exporting and committing their position.
 * - `PAUSED`: all replicas are paused, nothing is being exported.
 * - `SOFT_PAUSED`: all replicas keep exporting but do not commit their position.
 * - `MIXED`: replicas report different phases, so the tenant is in no single phase.
 */
export const ExportingStatusCode = {
  EXPORTING: 'EXPORTING',
  PAUSED: 'PAUSED',
  SOFT_PAUSED: 'SOFT_PAUSED',
  MIXED: 'MIXED',
} as const;
/**
 * The exporting status of a physical tenant, aggregated over every replica of every one of
 * its partitions:
 * - `EXPORTING`: all replicas are exporting and committing their position.
 * - `PAUSED`: all replicas are paused, nothing is being exported.
 * - `SOFT_PAUSED`: all replicas keep exporting but do not commit their position.
 * - `MIXED`: replicas report different phases, so the tenant is in no single phase.
 */
export type ExportingStatusCode = (typeof ExportingStatusCode)[keyof typeof ExportingStatusCode];

/** How the global listener was defined. */
export const GlobalListenerSourceEnum = {
  CONFIGURATION: 'CONFIGURATION',
  API: 'API',
} as const;
/** How the global listener was defined. */
export type GlobalListenerSourceEnum =
  (typeof GlobalListenerSourceEnum)[keyof typeof GlobalListenerSourceEnum];

/** The event type that triggers the user task listener. */
export const GlobalTaskListenerEventTypeEnum = {
  all: 'all',
  creating: 'creating',
  assigning: 'assigning',
  updating: 'updating',
  completing: 'completing',
  canceling: 'canceling',
} as const;
/** The event type that triggers the user task listener. */
export type GlobalTaskListenerEventTypeEnum =
  (typeof GlobalTaskListenerEventTypeEnum)[keyof typeof GlobalTaskListenerEventTypeEnum];

/** The field to sort by. */
export const GlobalTaskListenerSearchQuerySortRequestField = {
  id: 'id',
  type: 'type',
  afterNonGlobal: 'afterNonGlobal',
  priority: 'priority',
  source: 'source',
} as const;
/** The field to sort by. */
export type GlobalTaskListenerSearchQuerySortRequestField =
  (typeof GlobalTaskListenerSearchQuerySortRequestField)[keyof typeof GlobalTaskListenerSearchQuerySortRequestField];

/** The field to sort by. */
export const GroupClientSearchQuerySortRequestField = {
  clientId: 'clientId',
} as const;
/** The field to sort by. */
export type GroupClientSearchQuerySortRequestField =
  (typeof GroupClientSearchQuerySortRequestField)[keyof typeof GroupClientSearchQuerySortRequestField];

/** The field to sort by. */
export const GroupSearchQuerySortRequestField = {
  name: 'name',
  groupId: 'groupId',
} as const;
/** The field to sort by. */
export type GroupSearchQuerySortRequestField =
  (typeof GroupSearchQuerySortRequestField)[keyof typeof GroupSearchQuerySortRequestField];

/** The field to sort by. */
export const GroupUserSearchQuerySortRequestField = {
  username: 'username',
} as const;
/** The field to sort by. */
export type GroupUserSearchQuerySortRequestField =
  (typeof GroupUserSearchQuerySortRequestField)[keyof typeof GroupUserSearchQuerySortRequestField];

/**
 * The aggregated state of a history backup, computed from the state of each of its
 * snapshots.
 */
export const HistoryBackupStateCode = {
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  INCOMPLETE: 'INCOMPLETE',
  INCOMPATIBLE: 'INCOMPATIBLE',
} as const;
/**
 * The aggregated state of a history backup, computed from the state of each of its
 * snapshots.
 */
export type HistoryBackupStateCode = (typeof HistoryBackupStateCode)[keyof typeof HistoryBackupStateCode];

/** Incident error type with a defined set of values. */
export const IncidentErrorTypeEnum = {
  AD_HOC_SUB_PROCESS_NO_RETRIES: 'AD_HOC_SUB_PROCESS_NO_RETRIES',
  CALLED_DECISION_ERROR: 'CALLED_DECISION_ERROR',
  CALLED_ELEMENT_ERROR: 'CALLED_ELEMENT_ERROR',
  CONDITION_ERROR: 'CONDITION_ERROR',
  DECISION_EVALUATION_ERROR: 'DECISION_EVALUATION_ERROR',
  EXECUTION_LISTENER_NO_RETRIES: 'EXECUTION_LISTENER_NO_RETRIES',
  EXTRACT_VALUE_ERROR: 'EXTRACT_VALUE_ERROR',
  FORM_NOT_FOUND: 'FORM_NOT_FOUND',
  IO_MAPPING_ERROR: 'IO_MAPPING_ERROR',
  JOB_NO_RETRIES: 'JOB_NO_RETRIES',
  MESSAGE_SIZE_EXCEEDED: 'MESSAGE_SIZE_EXCEEDED',
  RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
  SECRET_RESOLUTION_ERROR: 'SECRET_RESOLUTION_ERROR',
  TASK_LISTENER_NO_RETRIES: 'TASK_LISTENER_NO_RETRIES',
  UNHANDLED_ERROR_EVENT: 'UNHANDLED_ERROR_EVENT',
  UNKNOWN: 'UNKNOWN',
  UNSPECIFIED: 'UNSPECIFIED',
} as const;
/** Incident error type with a defined set of values. */
export type IncidentErrorTypeEnum = (typeof IncidentErrorTypeEnum)[keyof typeof IncidentErrorTypeEnum];

/** The aggregated field by which the process instance statistics are sorted. */
export const IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestField = {
  activeInstancesWithErrorCount: 'activeInstancesWithErrorCount',
  processDefinitionKey: 'processDefinitionKey',
  tenantId: 'tenantId',
} as const;
/** The aggregated field by which the process instance statistics are sorted. */
export type IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestField =
  (typeof IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestField)[keyof typeof IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestField];

/** The field to sort the incident error statistics by. */
export const IncidentProcessInstanceStatisticsByErrorQuerySortRequestField = {
  errorMessage: 'errorMessage',
  activeInstancesWithErrorCount: 'activeInstancesWithErrorCount',
} as const;
/** The field to sort the incident error statistics by. */
export type IncidentProcessInstanceStatisticsByErrorQuerySortRequestField =
  (typeof IncidentProcessInstanceStatisticsByErrorQuerySortRequestField)[keyof typeof IncidentProcessInstanceStatisticsByErrorQuerySortRequestField];

/** The field to sort by. */
export const IncidentSearchQuerySortRequestField = {
  incidentKey: 'incidentKey',
  processDefinitionKey: 'processDefinitionKey',
  processDefinitionId: 'processDefinitionId',
  processInstanceKey: 'processInstanceKey',
  errorType: 'errorType',
  elementId: 'elementId',
  elementInstanceKey: 'elementInstanceKey',
  creationTime: 'creationTime',
  state: 'state',
  jobKey: 'jobKey',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type IncidentSearchQuerySortRequestField =
  (typeof IncidentSearchQuerySortRequestField)[keyof typeof IncidentSearchQuerySortRequestField];

/** Incident states with a defined set of values. */
export const IncidentStateEnum = {
  ACTIVE: 'ACTIVE',
  MIGRATED: 'MIGRATED',
  PENDING: 'PENDING',
  RESOLVED: 'RESOLVED',
  UNKNOWN: 'UNKNOWN',
} as const;
/** Incident states with a defined set of values. */
export type IncidentStateEnum = (typeof IncidentStateEnum)[keyof typeof IncidentStateEnum];

/** The job kind. */
export const JobKindEnum = {
  BPMN_ELEMENT: 'BPMN_ELEMENT',
  EXECUTION_LISTENER: 'EXECUTION_LISTENER',
  TASK_LISTENER: 'TASK_LISTENER',
  AD_HOC_SUB_PROCESS: 'AD_HOC_SUB_PROCESS',
} as const;
/** The job kind. */
export type JobKindEnum = (typeof JobKindEnum)[keyof typeof JobKindEnum];

/** The listener event type of the job. */
export const JobListenerEventTypeEnum = {
  ASSIGNING: 'ASSIGNING',
  BEFORE_ALL: 'BEFORE_ALL',
  CANCEL: 'CANCEL',
  CANCELING: 'CANCELING',
  COMPLETING: 'COMPLETING',
  CREATING: 'CREATING',
  END: 'END',
  START: 'START',
  UNSPECIFIED: 'UNSPECIFIED',
  UPDATING: 'UPDATING',
} as const;
/** The listener event type of the job. */
export type JobListenerEventTypeEnum =
  (typeof JobListenerEventTypeEnum)[keyof typeof JobListenerEventTypeEnum];

/** The field to sort by. */
export const JobSearchQuerySortRequestField = {
  creationTime: 'creationTime',
  deadline: 'deadline',
  deniedReason: 'deniedReason',
  elementId: 'elementId',
  elementInstanceKey: 'elementInstanceKey',
  endTime: 'endTime',
  errorCode: 'errorCode',
  errorMessage: 'errorMessage',
  hasFailedWithRetriesLeft: 'hasFailedWithRetriesLeft',
  isDenied: 'isDenied',
  jobKey: 'jobKey',
  kind: 'kind',
  listenerEventType: 'listenerEventType',
  priority: 'priority',
  processDefinitionId: 'processDefinitionId',
  processDefinitionKey: 'processDefinitionKey',
  processInstanceKey: 'processInstanceKey',
  retries: 'retries',
  state: 'state',
  tenantId: 'tenantId',
  type: 'type',
  worker: 'worker',
} as const;
/** The field to sort by. */
export type JobSearchQuerySortRequestField =
  (typeof JobSearchQuerySortRequestField)[keyof typeof JobSearchQuerySortRequestField];

/** The state of the job. */
export const JobStateEnum = {
  CANCELED: 'CANCELED',
  COMPLETED: 'COMPLETED',
  CREATED: 'CREATED',
  ERROR_THROWN: 'ERROR_THROWN',
  FAILED: 'FAILED',
  MIGRATED: 'MIGRATED',
  PRIORITY_UPDATED: 'PRIORITY_UPDATED',
  RETRIES_UPDATED: 'RETRIES_UPDATED',
  TIMEOUT_UPDATED: 'TIMEOUT_UPDATED',
  TIMED_OUT: 'TIMED_OUT',
} as const;
/** The state of the job. */
export type JobStateEnum = (typeof JobStateEnum)[keyof typeof JobStateEnum];

/** The field to sort by. */
export const MappingRuleSearchQuerySortRequestField = {
  mappingRuleId: 'mappingRuleId',
  claimName: 'claimName',
  claimValue: 'claimValue',
  name: 'name',
} as const;
/** The field to sort by. */
export type MappingRuleSearchQuerySortRequestField =
  (typeof MappingRuleSearchQuerySortRequestField)[keyof typeof MappingRuleSearchQuerySortRequestField];

/** The field to sort by. */
export const MessageSubscriptionSearchQuerySortRequestField = {
  messageSubscriptionKey: 'messageSubscriptionKey',
  processDefinitionId: 'processDefinitionId',
  processDefinitionName: 'processDefinitionName',
  processDefinitionVersion: 'processDefinitionVersion',
  processInstanceKey: 'processInstanceKey',
  elementId: 'elementId',
  elementInstanceKey: 'elementInstanceKey',
  messageSubscriptionState: 'messageSubscriptionState',
  messageSubscriptionType: 'messageSubscriptionType',
  lastUpdatedDate: 'lastUpdatedDate',
  messageName: 'messageName',
  correlationKey: 'correlationKey',
  tenantId: 'tenantId',
  toolName: 'toolName',
  inboundConnectorType: 'inboundConnectorType',
} as const;
/** The field to sort by. */
export type MessageSubscriptionSearchQuerySortRequestField =
  (typeof MessageSubscriptionSearchQuerySortRequestField)[keyof typeof MessageSubscriptionSearchQuerySortRequestField];

/**
 * The state of message subscription.
 *
 * **Note for `START_EVENT` subscriptions:** The `CORRELATED` and `MIGRATED` states are not
 * tracked for these subscriptions. To query correlation history for process start events,
 * use the `/correlated-message-subscriptions/search` endpoint.
 */
export const MessageSubscriptionStateEnum = {
  CORRELATED: 'CORRELATED',
  CREATED: 'CREATED',
  DELETED: 'DELETED',
  MIGRATED: 'MIGRATED',
} as const;
/**
 * The state of message subscription.
 *
 * **Note for `START_EVENT` subscriptions:** The `CORRELATED` and `MIGRATED` states are not
 * tracked for these subscriptions. To query correlation history for process start events,
 * use the `/correlated-message-subscriptions/search` endpoint.
 */
export type MessageSubscriptionStateEnum =
  (typeof MessageSubscriptionStateEnum)[keyof typeof MessageSubscriptionStateEnum];

/**
 * The type of message subscription.
 * `START_EVENT` is definition-scoped (process start events). Always has a value; only
 * captured from Camunda 8.10 onwards.
 * `PROCESS_EVENT` is instance-scoped (intermediate catch events). Pre-8.10 entries have
 * no value stored; the API returns `PROCESS_EVENT` as a default for those entries.
 */
export const MessageSubscriptionTypeEnum = {
  START_EVENT: 'START_EVENT',
  PROCESS_EVENT: 'PROCESS_EVENT',
} as const;
/**
 * The type of message subscription.
 * `START_EVENT` is definition-scoped (process start events). Always has a value; only
 * captured from Camunda 8.10 onwards.
 * `PROCESS_EVENT` is instance-scoped (intermediate catch events). Pre-8.10 entries have
 * no value stored; the API returns `PROCESS_EVENT` as a default for those entries.
 */
export type MessageSubscriptionTypeEnum =
  (typeof MessageSubscriptionTypeEnum)[keyof typeof MessageSubscriptionTypeEnum];

/** The operating mode of a cluster's partitions. */
export const Mode = {
  PROCESSING: 'PROCESSING',
  RECOVERING: 'RECOVERING',
} as const;
/** The operating mode of a cluster's partitions. */
export type Mode = (typeof Mode)[keyof typeof Mode];

/** The type of the owner of permissions. */
export const OwnerTypeEnum = {
  USER: 'USER',
  CLIENT: 'CLIENT',
  ROLE: 'ROLE',
  GROUP: 'GROUP',
  MAPPING_RULE: 'MAPPING_RULE',
  UNSPECIFIED: 'UNSPECIFIED',
} as const;
/** The type of the owner of permissions. */
export type OwnerTypeEnum = (typeof OwnerTypeEnum)[keyof typeof OwnerTypeEnum];

/** Describes the current health of the partition. */
export const PartitionHealth = {
  healthy: 'healthy',
  unhealthy: 'unhealthy',
  dead: 'dead',
} as const;
/** Describes the current health of the partition. */
export type PartitionHealth = (typeof PartitionHealth)[keyof typeof PartitionHealth];

/** Describes the Raft role of the broker for a given partition. */
export const PartitionRole = {
  leader: 'leader',
  follower: 'follower',
  inactive: 'inactive',
} as const;
/** Describes the Raft role of the broker for a given partition. */
export type PartitionRole = (typeof PartitionRole)[keyof typeof PartitionRole];

/** Describes the current operational state of the partition within the cluster configuration. */
export const PartitionState = {
  unknown: 'unknown',
  joining: 'joining',
  active: 'active',
  leaving: 'leaving',
  recovering: 'recovering',
} as const;
/** Describes the current operational state of the partition within the cluster configuration. */
export type PartitionState = (typeof PartitionState)[keyof typeof PartitionState];

/** Specifies the type of permissions. */
export const PermissionTypeEnum = {
  ACCESS: 'ACCESS',
  CANCEL_PROCESS_INSTANCE: 'CANCEL_PROCESS_INSTANCE',
  CLAIM: 'CLAIM',
  CLAIM_USER_TASK: 'CLAIM_USER_TASK',
  COMPLETE: 'COMPLETE',
  COMPLETE_USER_TASK: 'COMPLETE_USER_TASK',
  CREATE: 'CREATE',
  CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE: 'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
  CREATE_BATCH_OPERATION_DELETE_DECISION_DEFINITION: 'CREATE_BATCH_OPERATION_DELETE_DECISION_DEFINITION',
  CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE: 'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE',
  CREATE_BATCH_OPERATION_DELETE_PROCESS_DEFINITION: 'CREATE_BATCH_OPERATION_DELETE_PROCESS_DEFINITION',
  CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE: 'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE',
  CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE: 'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
  CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE: 'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
  CREATE_BATCH_OPERATION_RESOLVE_INCIDENT: 'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
  CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE: 'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE',
  CREATE_BATCH_OPERATION_UPDATE_JOB: 'CREATE_BATCH_OPERATION_UPDATE_JOB',
  CREATE_DECISION_INSTANCE: 'CREATE_DECISION_INSTANCE',
  CREATE_PROCESS_INSTANCE: 'CREATE_PROCESS_INSTANCE',
  CREATE_TASK_LISTENER: 'CREATE_TASK_LISTENER',
  DELETE: 'DELETE',
  DELETE_DECISION_INSTANCE: 'DELETE_DECISION_INSTANCE',
  DELETE_DRD: 'DELETE_DRD',
  DELETE_FORM: 'DELETE_FORM',
  DELETE_PROCESS: 'DELETE_PROCESS',
  DELETE_PROCESS_INSTANCE: 'DELETE_PROCESS_INSTANCE',
  DELETE_RESOURCE: 'DELETE_RESOURCE',
  DELETE_TASK_LISTENER: 'DELETE_TASK_LISTENER',
  EVALUATE: 'EVALUATE',
  MODIFY_PROCESS_INSTANCE: 'MODIFY_PROCESS_INSTANCE',
  PAUSE: 'PAUSE',
  READ: 'READ',
  READ_DECISION_DEFINITION: 'READ_DECISION_DEFINITION',
  READ_DECISION_INSTANCE: 'READ_DECISION_INSTANCE',
  READ_JOB_METRIC: 'READ_JOB_METRIC',
  READ_PROCESS_DEFINITION: 'READ_PROCESS_DEFINITION',
  READ_PROCESS_INSTANCE: 'READ_PROCESS_INSTANCE',
  READ_USAGE_METRIC: 'READ_USAGE_METRIC',
  READ_USER_TASK: 'READ_USER_TASK',
  READ_TASK_LISTENER: 'READ_TASK_LISTENER',
  RESTORE: 'RESTORE',
  REVEAL: 'REVEAL',
  SUSPEND_PROCESS_INSTANCE: 'SUSPEND_PROCESS_INSTANCE',
  UPDATE: 'UPDATE',
  UPDATE_PROCESS_INSTANCE: 'UPDATE_PROCESS_INSTANCE',
  UPDATE_USER_TASK: 'UPDATE_USER_TASK',
  UPDATE_TASK_LISTENER: 'UPDATE_TASK_LISTENER',
} as const;
/** Specifies the type of permissions. */
export type PermissionTypeEnum = (typeof PermissionTypeEnum)[keyof typeof PermissionTypeEnum];

/**
 * Filter by the process definition's state.
 * When not set, process definitions in any state are returned.
 * Set to `ACTIVE` to exclude draining and deleted definitions (recommended for most use cases).
 * Set to `DRAINING` to return only definitions that are being deleted but still have
 * active process instances draining.
 * Set to `DELETED` to return only definitions that have been deleted but are still
 * retained in secondary storage.
 */
export const ProcessDefinitionFilterState = {
  ACTIVE: 'ACTIVE',
  DRAINING: 'DRAINING',
  DELETED: 'DELETED',
} as const;
/**
 * Filter by the process definition's state.
 * When not set, process definitions in any state are returned.
 * Set to `ACTIVE` to exclude draining and deleted definitions (recommended for most use cases).
 * Set to `DRAINING` to return only definitions that are being deleted but still have
 * active process instances draining.
 * Set to `DELETED` to return only definitions that have been deleted but are still
 * retained in secondary storage.
 */
export type ProcessDefinitionFilterState =
  (typeof ProcessDefinitionFilterState)[keyof typeof ProcessDefinitionFilterState];

/** The field to sort by. */
export const ProcessDefinitionInstanceStatisticsQuerySortRequestField = {
  processDefinitionId: 'processDefinitionId',
  activeInstancesWithIncidentCount: 'activeInstancesWithIncidentCount',
  activeInstancesWithoutIncidentCount: 'activeInstancesWithoutIncidentCount',
} as const;
/** The field to sort by. */
export type ProcessDefinitionInstanceStatisticsQuerySortRequestField =
  (typeof ProcessDefinitionInstanceStatisticsQuerySortRequestField)[keyof typeof ProcessDefinitionInstanceStatisticsQuerySortRequestField];

/** The field to sort by. */
export const ProcessDefinitionInstanceVersionStatisticsQuerySortRequestField = {
  processDefinitionId: 'processDefinitionId',
  processDefinitionKey: 'processDefinitionKey',
  processDefinitionName: 'processDefinitionName',
  processDefinitionVersion: 'processDefinitionVersion',
  activeInstancesWithIncidentCount: 'activeInstancesWithIncidentCount',
  activeInstancesWithoutIncidentCount: 'activeInstancesWithoutIncidentCount',
} as const;
/** The field to sort by. */
export type ProcessDefinitionInstanceVersionStatisticsQuerySortRequestField =
  (typeof ProcessDefinitionInstanceVersionStatisticsQuerySortRequestField)[keyof typeof ProcessDefinitionInstanceVersionStatisticsQuerySortRequestField];

/**
 * The state of this process definition.
 * `DRAINING` indicates the definition is being deleted but still has active process
 * instances draining before it is removed.
 */
export const ProcessDefinitionResultState = {
  ACTIVE: 'ACTIVE',
  DRAINING: 'DRAINING',
  DELETED: 'DELETED',
} as const;
/**
 * The state of this process definition.
 * `DRAINING` indicates the definition is being deleted but still has active process
 * instances draining before it is removed.
 */
export type ProcessDefinitionResultState =
  (typeof ProcessDefinitionResultState)[keyof typeof ProcessDefinitionResultState];

/** The field to sort by. */
export const ProcessDefinitionSearchQuerySortRequestField = {
  processDefinitionKey: 'processDefinitionKey',
  name: 'name',
  resourceName: 'resourceName',
  version: 'version',
  versionTag: 'versionTag',
  processDefinitionId: 'processDefinitionId',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type ProcessDefinitionSearchQuerySortRequestField =
  (typeof ProcessDefinitionSearchQuerySortRequestField)[keyof typeof ProcessDefinitionSearchQuerySortRequestField];

/** The field to sort by. */
export const ProcessInstanceSearchQuerySortRequestField = {
  processInstanceKey: 'processInstanceKey',
  processDefinitionId: 'processDefinitionId',
  processDefinitionName: 'processDefinitionName',
  processDefinitionVersion: 'processDefinitionVersion',
  processDefinitionVersionTag: 'processDefinitionVersionTag',
  processDefinitionKey: 'processDefinitionKey',
  parentProcessInstanceKey: 'parentProcessInstanceKey',
  parentElementInstanceKey: 'parentElementInstanceKey',
  startDate: 'startDate',
  endDate: 'endDate',
  suspendedDate: 'suspendedDate',
  state: 'state',
  hasIncident: 'hasIncident',
  tenantId: 'tenantId',
  businessId: 'businessId',
} as const;
/** The field to sort by. */
export type ProcessInstanceSearchQuerySortRequestField =
  (typeof ProcessInstanceSearchQuerySortRequestField)[keyof typeof ProcessInstanceSearchQuerySortRequestField];

/** Process instance states */
export const ProcessInstanceStateEnum = {
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  SUSPENDED: 'SUSPENDED',
  TERMINATED: 'TERMINATED',
} as const;
/** Process instance states */
export type ProcessInstanceStateEnum =
  (typeof ProcessInstanceStateEnum)[keyof typeof ProcessInstanceStateEnum];

/** The field to sort by. */
export const ResourceSearchQuerySortRequestField = {
  resourceKey: 'resourceKey',
  resourceName: 'resourceName',
  resourceId: 'resourceId',
  version: 'version',
  versionTag: 'versionTag',
  deploymentKey: 'deploymentKey',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type ResourceSearchQuerySortRequestField =
  (typeof ResourceSearchQuerySortRequestField)[keyof typeof ResourceSearchQuerySortRequestField];

/** The type of resource to add/remove permissions to/from. */
export const ResourceTypeEnum = {
  AUDIT_LOG: 'AUDIT_LOG',
  AUTHORIZATION: 'AUTHORIZATION',
  BACKUP: 'BACKUP',
  BATCH: 'BATCH',
  CLUSTER_VARIABLE: 'CLUSTER_VARIABLE',
  COMPONENT: 'COMPONENT',
  DECISION_DEFINITION: 'DECISION_DEFINITION',
  DECISION_REQUIREMENTS_DEFINITION: 'DECISION_REQUIREMENTS_DEFINITION',
  DOCUMENT: 'DOCUMENT',
  EXPORTER: 'EXPORTER',
  EXPRESSION: 'EXPRESSION',
  GLOBAL_LISTENER: 'GLOBAL_LISTENER',
  GROUP: 'GROUP',
  MAPPING_RULE: 'MAPPING_RULE',
  MESSAGE: 'MESSAGE',
  PROCESS_DEFINITION: 'PROCESS_DEFINITION',
  RESOURCE: 'RESOURCE',
  ROLE: 'ROLE',
  SECRET: 'SECRET',
  SYSTEM: 'SYSTEM',
  TENANT: 'TENANT',
  USER: 'USER',
  USER_TASK: 'USER_TASK',
} as const;
/** The type of resource to add/remove permissions to/from. */
export type ResourceTypeEnum = (typeof ResourceTypeEnum)[keyof typeof ResourceTypeEnum];

/** The restore state of the partition. */
export const RestorePartitionStatusState = {
  PENDING: 'PENDING',
  RESTORING: 'RESTORING',
  RESTORED: 'RESTORED',
} as const;
/** The restore state of the partition. */
export type RestorePartitionStatusState =
  (typeof RestorePartitionStatusState)[keyof typeof RestorePartitionStatusState];

/** The overall status of the restore. */
export const RestoreStatusResponseStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
} as const;
/** The overall status of the restore. */
export type RestoreStatusResponseStatus =
  (typeof RestoreStatusResponseStatus)[keyof typeof RestoreStatusResponseStatus];

/** The field to sort by. */
export const RoleClientSearchQuerySortRequestField = {
  clientId: 'clientId',
} as const;
/** The field to sort by. */
export type RoleClientSearchQuerySortRequestField =
  (typeof RoleClientSearchQuerySortRequestField)[keyof typeof RoleClientSearchQuerySortRequestField];

/** The field to sort by. */
export const RoleGroupSearchQuerySortRequestField = {
  groupId: 'groupId',
} as const;
/** The field to sort by. */
export type RoleGroupSearchQuerySortRequestField =
  (typeof RoleGroupSearchQuerySortRequestField)[keyof typeof RoleGroupSearchQuerySortRequestField];

/** The field to sort by. */
export const RoleSearchQuerySortRequestField = {
  name: 'name',
  roleId: 'roleId',
} as const;
/** The field to sort by. */
export type RoleSearchQuerySortRequestField =
  (typeof RoleSearchQuerySortRequestField)[keyof typeof RoleSearchQuerySortRequestField];

/** The field to sort by. */
export const RoleUserSearchQuerySortRequestField = {
  username: 'username',
} as const;
/** The field to sort by. */
export type RoleUserSearchQuerySortRequestField =
  (typeof RoleUserSearchQuerySortRequestField)[keyof typeof RoleUserSearchQuerySortRequestField];

/**
 * The typed reason a reference could not be resolved.
 *
 * - `NOT_FOUND`: no secret exists for the reference.
 * - `ACCESS_DENIED`: the caller lacks `SECRET:REVEAL` on the reference.
 * - `INVALID_REFERENCE`: the reference is malformed, or the configured store rejected it as
 *   an invalid secret identifier.
 * - `UNREADABLE`: the configured store could not return a value for the reference, for
 *   example because it rejected the cluster's own store credentials or the stored value could
 *   not be read. Whether the secret exists is not implied.
 */
export const SecretErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  ACCESS_DENIED: 'ACCESS_DENIED',
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  UNREADABLE: 'UNREADABLE',
} as const;
/**
 * The typed reason a reference could not be resolved.
 *
 * - `NOT_FOUND`: no secret exists for the reference.
 * - `ACCESS_DENIED`: the caller lacks `SECRET:REVEAL` on the reference.
 * - `INVALID_REFERENCE`: the reference is malformed, or the configured store rejected it as
 *   an invalid secret identifier.
 * - `UNREADABLE`: the configured store could not return a value for the reference, for
 *   example because it rejected the cluster's own store credentials or the stored value could
 *   not be read. Whether the secret exists is not implied.
 */
export type SecretErrorCode = (typeof SecretErrorCode)[keyof typeof SecretErrorCode];

/**
 * The order in which to sort the related field.
 *
 * @defaultValue `"ASC"`
 */
export const SortOrderEnum = {
  ASC: 'ASC',
  DESC: 'DESC',
} as const;
/**
 * The order in which to sort the related field.
 *
 * @defaultValue `"ASC"`
 */
export type SortOrderEnum = (typeof SortOrderEnum)[keyof typeof SortOrderEnum];

/** The aggregated state of the backup, computed from the state of each partition. */
export const StateCode = {
  DOES_NOT_EXIST: 'DOES_NOT_EXIST',
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
  INCOMPLETE: 'INCOMPLETE',
  DELETED: 'DELETED',
} as const;
/** The aggregated state of the backup, computed from the state of each partition. */
export type StateCode = (typeof StateCode)[keyof typeof StateCode];

/** The field to sort by. */
export const TenantClientSearchQuerySortRequestField = {
  clientId: 'clientId',
} as const;
/** The field to sort by. */
export type TenantClientSearchQuerySortRequestField =
  (typeof TenantClientSearchQuerySortRequestField)[keyof typeof TenantClientSearchQuerySortRequestField];

/**
 * The tenant filtering strategy for job activation. Determines whether to use tenant IDs provided in the request or tenant IDs assigned to the authenticated principal.
 */
export const TenantFilterEnum = {
  PROVIDED: 'PROVIDED',
  ASSIGNED: 'ASSIGNED',
} as const;
/**
 * The tenant filtering strategy for job activation. Determines whether to use tenant IDs provided in the request or tenant IDs assigned to the authenticated principal.
 */
export type TenantFilterEnum = (typeof TenantFilterEnum)[keyof typeof TenantFilterEnum];

/** The field to sort by. */
export const TenantGroupSearchQuerySortRequestField = {
  groupId: 'groupId',
} as const;
/** The field to sort by. */
export type TenantGroupSearchQuerySortRequestField =
  (typeof TenantGroupSearchQuerySortRequestField)[keyof typeof TenantGroupSearchQuerySortRequestField];

/** The field to sort by. */
export const TenantSearchQuerySortRequestField = {
  key: 'key',
  name: 'name',
  tenantId: 'tenantId',
} as const;
/** The field to sort by. */
export type TenantSearchQuerySortRequestField =
  (typeof TenantSearchQuerySortRequestField)[keyof typeof TenantSearchQuerySortRequestField];

/** The field to sort by. */
export const TenantUserSearchQuerySortRequestField = {
  username: 'username',
} as const;
/** The field to sort by. */
export type TenantUserSearchQuerySortRequestField =
  (typeof TenantUserSearchQuerySortRequestField)[keyof typeof TenantUserSearchQuerySortRequestField];

/** The field to sort by. */
export const UserSearchQuerySortRequestField = {
  username: 'username',
  name: 'name',
  email: 'email',
} as const;
/** The field to sort by. */
export type UserSearchQuerySortRequestField =
  (typeof UserSearchQuerySortRequestField)[keyof typeof UserSearchQuerySortRequestField];

/** The field to sort by. */
export const UserTaskSearchQuerySortRequestField = {
  creationDate: 'creationDate',
  completionDate: 'completionDate',
  followUpDate: 'followUpDate',
  dueDate: 'dueDate',
  priority: 'priority',
  name: 'name',
  businessId: 'businessId',
} as const;
/** The field to sort by. */
export type UserTaskSearchQuerySortRequestField =
  (typeof UserTaskSearchQuerySortRequestField)[keyof typeof UserTaskSearchQuerySortRequestField];

/**
 * The state of the user task.
 * Note: FAILED state is only for legacy job-worker-based tasks.
 */
export const UserTaskStateEnum = {
  CREATING: 'CREATING',
  CREATED: 'CREATED',
  ASSIGNING: 'ASSIGNING',
  UPDATING: 'UPDATING',
  COMPLETING: 'COMPLETING',
  COMPLETED: 'COMPLETED',
  CANCELING: 'CANCELING',
  CANCELED: 'CANCELED',
  FAILED: 'FAILED',
} as const;
/**
 * The state of the user task.
 * Note: FAILED state is only for legacy job-worker-based tasks.
 */
export type UserTaskStateEnum = (typeof UserTaskStateEnum)[keyof typeof UserTaskStateEnum];

/** The field to sort by. */
export const UserTaskVariableSearchQuerySortRequestField = {
  value: 'value',
  name: 'name',
  tenantId: 'tenantId',
  variableKey: 'variableKey',
  scopeKey: 'scopeKey',
  processInstanceKey: 'processInstanceKey',
} as const;
/** The field to sort by. */
export type UserTaskVariableSearchQuerySortRequestField =
  (typeof UserTaskVariableSearchQuerySortRequestField)[keyof typeof UserTaskVariableSearchQuerySortRequestField];

/** The field to sort by. */
export const VariableSearchQuerySortRequestField = {
  value: 'value',
  name: 'name',
  tenantId: 'tenantId',
  variableKey: 'variableKey',
  scopeKey: 'scopeKey',
  processInstanceKey: 'processInstanceKey',
} as const;
/** The field to sort by. */
export type VariableSearchQuerySortRequestField =
  (typeof VariableSearchQuerySortRequestField)[keyof typeof VariableSearchQuerySortRequestField];

/** The BPMN element type of a waiting element instance. */
export const WaitStateElementTypeEnum = {
  AD_HOC_SUB_PROCESS: 'AD_HOC_SUB_PROCESS',
  AD_HOC_SUB_PROCESS_INNER_INSTANCE: 'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
  BOUNDARY_EVENT: 'BOUNDARY_EVENT',
  BUSINESS_RULE_TASK: 'BUSINESS_RULE_TASK',
  CALL_ACTIVITY: 'CALL_ACTIVITY',
  END_EVENT: 'END_EVENT',
  EVENT_BASED_GATEWAY: 'EVENT_BASED_GATEWAY',
  EVENT_SUB_PROCESS: 'EVENT_SUB_PROCESS',
  EXCLUSIVE_GATEWAY: 'EXCLUSIVE_GATEWAY',
  INCLUSIVE_GATEWAY: 'INCLUSIVE_GATEWAY',
  INTERMEDIATE_CATCH_EVENT: 'INTERMEDIATE_CATCH_EVENT',
  INTERMEDIATE_THROW_EVENT: 'INTERMEDIATE_THROW_EVENT',
  MANUAL_TASK: 'MANUAL_TASK',
  MULTI_INSTANCE_BODY: 'MULTI_INSTANCE_BODY',
  PARALLEL_GATEWAY: 'PARALLEL_GATEWAY',
  PROCESS: 'PROCESS',
  RECEIVE_TASK: 'RECEIVE_TASK',
  SCRIPT_TASK: 'SCRIPT_TASK',
  SEND_TASK: 'SEND_TASK',
  SEQUENCE_FLOW: 'SEQUENCE_FLOW',
  SERVICE_TASK: 'SERVICE_TASK',
  START_EVENT: 'START_EVENT',
  SUB_PROCESS: 'SUB_PROCESS',
  TASK: 'TASK',
  UNKNOWN: 'UNKNOWN',
  UNSPECIFIED: 'UNSPECIFIED',
  USER_TASK: 'USER_TASK',
} as const;
/** The BPMN element type of a waiting element instance. */
export type WaitStateElementTypeEnum =
  (typeof WaitStateElementTypeEnum)[keyof typeof WaitStateElementTypeEnum];

/** The type of waiting state an element instance is in. */
export const WaitStateTypeEnum = {
  JOB: 'JOB',
  MESSAGE: 'MESSAGE',
  USER_TASK: 'USER_TASK',
  TIMER: 'TIMER',
  SIGNAL: 'SIGNAL',
  CONDITION: 'CONDITION',
} as const;
/** The type of waiting state an element instance is in. */
export type WaitStateTypeEnum = (typeof WaitStateTypeEnum)[keyof typeof WaitStateTypeEnum];

/** A Camunda webapp component name. */
export const WebappComponent = {
  operate: 'operate',
  tasklist: 'tasklist',
  admin: 'admin',
} as const;
/** A Camunda webapp component name. */
export type WebappComponent = (typeof WebappComponent)[keyof typeof WebappComponent];
