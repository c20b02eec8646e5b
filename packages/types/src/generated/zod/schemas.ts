// Generated from the OpenAPI spec — do not edit
import * as z from 'zod';
import { semanticKeySchema } from '../../semantic-key-schema.js';
import type * as T from '../index.js';
import * as keys from '../semantic-keys.js';

/** Validates {@link T.ProcessDefinitionId}. */
export const ProcessDefinitionIdSchema = (semanticKeySchema(keys.ProcessDefinitionId)) as unknown as z.ZodType<T.ProcessDefinitionId>;

/** Validates {@link T.ElementId}. */
export const ElementIdSchema = (semanticKeySchema(keys.ElementId)) as unknown as z.ZodType<T.ElementId>;

/** Validates {@link T.TenantId}. */
export const TenantIdSchema = (semanticKeySchema(keys.TenantId)) as unknown as z.ZodType<T.TenantId>;

/** Validates {@link T.JobKey}. */
export const JobKeySchema = (semanticKeySchema(keys.JobKey)) as unknown as z.ZodType<T.JobKey>;

/** Validates {@link T.ProcessInstanceKey}. */
export const ProcessInstanceKeySchema = (semanticKeySchema(keys.ProcessInstanceKey)) as unknown as z.ZodType<T.ProcessInstanceKey>;

/** Validates {@link T.ProcessDefinitionKey}. */
export const ProcessDefinitionKeySchema = (semanticKeySchema(keys.ProcessDefinitionKey)) as unknown as z.ZodType<T.ProcessDefinitionKey>;

/** Validates {@link T.ElementInstanceKey}. */
export const ElementInstanceKeySchema = (semanticKeySchema(keys.ElementInstanceKey)) as unknown as z.ZodType<T.ElementInstanceKey>;

/** Validates {@link T.JobKindEnum}. */
export const JobKindEnumSchema = (z.enum([
  'BPMN_ELEMENT',
  'EXECUTION_LISTENER',
  'TASK_LISTENER',
  'AD_HOC_SUB_PROCESS',
])) as unknown as z.ZodType<T.JobKindEnum>;

/** Validates {@link T.JobListenerEventTypeEnum}. */
export const JobListenerEventTypeEnumSchema = (z.enum([
  'ASSIGNING',
  'BEFORE_ALL',
  'CANCEL',
  'CANCELING',
  'COMPLETING',
  'CREATING',
  'END',
  'START',
  'UNSPECIFIED',
  'UPDATING',
])) as unknown as z.ZodType<T.JobListenerEventTypeEnum>;

/** Validates {@link T.FormKey}. */
export const FormKeySchema = (semanticKeySchema(keys.FormKey)) as unknown as z.ZodType<T.FormKey>;

/** Validates {@link T.UserTaskKey}. */
export const UserTaskKeySchema = (semanticKeySchema(keys.UserTaskKey)) as unknown as z.ZodType<T.UserTaskKey>;

/** Validates {@link T.UserTaskProperties}. */
export const UserTaskPropertiesSchema = (z.looseObject({
  action: z.string(),
  assignee: z.string().nullable(),
  candidateGroups: z.array(z.string()),
  candidateUsers: z.array(z.string()),
  changedAttributes: z.array(z.string()),
  dueDate: z.string().nullable(),
  followUpDate: z.string().nullable(),
  formKey: FormKeySchema.nullable(),
  priority: z.int().min(0).max(100).nullable(),
  userTaskKey: UserTaskKeySchema.nullable(),
})) as unknown as z.ZodType<T.UserTaskProperties>;

/** Validates {@link T.Tag}. */
export const TagSchema = (semanticKeySchema(keys.Tag)) as unknown as z.ZodType<T.Tag>;

/** Validates {@link T.TagSet}. */
export const TagSetSchema = (z.array(TagSchema).max(10)) as unknown as z.ZodType<T.TagSet>;

/** Validates {@link T.BusinessId}. */
export const BusinessIdSchema = (semanticKeySchema(keys.BusinessId)) as unknown as z.ZodType<T.BusinessId>;

/** Validates {@link T.ActivatedJobResult}. */
export const ActivatedJobResultSchema = (z.looseObject({
  type: z.string(),
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionVersion: z.int(),
  elementId: ElementIdSchema,
  customHeaders: z.record(z.string(), z.unknown()),
  worker: z.string(),
  retries: z.int(),
  deadline: z.int(),
  variables: z.record(z.string(), z.unknown()),
  tenantId: TenantIdSchema,
  physicalTenantId: z.string(),
  jobKey: JobKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  elementInstanceKey: ElementInstanceKeySchema,
  kind: JobKindEnumSchema,
  listenerEventType: JobListenerEventTypeEnumSchema,
  userTask: UserTaskPropertiesSchema.nullable(),
  tags: TagSetSchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  businessId: BusinessIdSchema.nullable(),
  priority: z.int(),
  leaseToken: z.string().nullable(),
})) as unknown as z.ZodType<T.ActivatedJobResult>;

/** Validates {@link T.AdHocSubProcessActivateActivityReference}. */
export const AdHocSubProcessActivateActivityReferenceSchema = (z.looseObject({
  elementId: ElementIdSchema,
  variables: z.record(z.string(), z.unknown()).exactOptional(),
})) as unknown as z.ZodType<T.AdHocSubProcessActivateActivityReference>;

/** Validates {@link T.AdHocSubProcessActivateActivitiesInstruction}. */
export const AdHocSubProcessActivateActivitiesInstructionSchema = (z.looseObject({
  elements: z.array(AdHocSubProcessActivateActivityReferenceSchema),
  cancelRemainingInstances: z.boolean().exactOptional(),
})) as unknown as z.ZodType<T.AdHocSubProcessActivateActivitiesInstruction>;

/** Validates {@link T.AuditLogActorTypeEnum}. */
export const AuditLogActorTypeEnumSchema = (z.enum([
  'ANONYMOUS',
  'CLIENT',
  'UNKNOWN',
  'USER',
])) as unknown as z.ZodType<T.AuditLogActorTypeEnum>;

/** Validates {@link T.LikeFilter}. */
export const LikeFilterSchema = (z.string()) as unknown as z.ZodType<T.LikeFilter>;

/** Validates {@link T.AdvancedActorTypeFilter}. */
export const AdvancedActorTypeFilterSchema = (z.looseObject({
  $eq: AuditLogActorTypeEnumSchema.exactOptional(),
  $neq: AuditLogActorTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogActorTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedActorTypeFilter>;

/** Validates {@link T.AgentDefinitionKey}. */
export const AgentDefinitionKeySchema = (semanticKeySchema(keys.AgentDefinitionKey)) as unknown as z.ZodType<T.AgentDefinitionKey>;

/** Validates {@link T.AdvancedAgentDefinitionKeyFilter}. */
export const AdvancedAgentDefinitionKeyFilterSchema = (z.looseObject({
  $eq: AgentDefinitionKeySchema.exactOptional(),
  $neq: AgentDefinitionKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentDefinitionKeySchema).exactOptional(),
  $notIn: z.array(AgentDefinitionKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentDefinitionKeyFilter>;

/** Validates {@link T.AgentDefinitionTypeEnum}. */
export const AgentDefinitionTypeEnumSchema = (z.enum([
  'AI_AGENT_SUB_PROCESS',
  'AI_AGENT_TASK',
  'EXTERNAL_AGENT',
])) as unknown as z.ZodType<T.AgentDefinitionTypeEnum>;

/** Validates {@link T.AdvancedAgentDefinitionTypeFilter}. */
export const AdvancedAgentDefinitionTypeFilterSchema = (z.looseObject({
  $eq: AgentDefinitionTypeEnumSchema.exactOptional(),
  $neq: AgentDefinitionTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentDefinitionTypeEnumSchema).exactOptional(),
  $notIn: z.array(AgentDefinitionTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentDefinitionTypeFilter>;

/** Validates {@link T.AgentHistoryItemKey}. */
export const AgentHistoryItemKeySchema = (semanticKeySchema(keys.AgentHistoryItemKey)) as unknown as z.ZodType<T.AgentHistoryItemKey>;

/** Validates {@link T.AdvancedAgentHistoryItemKeyFilter}. */
export const AdvancedAgentHistoryItemKeyFilterSchema = (z.looseObject({
  $eq: AgentHistoryItemKeySchema.exactOptional(),
  $neq: AgentHistoryItemKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentHistoryItemKeySchema).exactOptional(),
  $notIn: z.array(AgentHistoryItemKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentHistoryItemKeyFilter>;

/** Validates {@link T.AgentInstanceHistoryCommitStatusEnum}. */
export const AgentInstanceHistoryCommitStatusEnumSchema = (z.enum([
  'COMMITTED',
  'PENDING',
  'DISCARDED',
])) as unknown as z.ZodType<T.AgentInstanceHistoryCommitStatusEnum>;

/** Validates {@link T.AdvancedAgentInstanceHistoryCommitStatusFilter}. */
export const AdvancedAgentInstanceHistoryCommitStatusFilterSchema = (z.looseObject({
  $eq: AgentInstanceHistoryCommitStatusEnumSchema.exactOptional(),
  $neq: AgentInstanceHistoryCommitStatusEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentInstanceHistoryCommitStatusEnumSchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentInstanceHistoryCommitStatusFilter>;

/** Validates {@link T.AgentInstanceHistoryRoleEnum}. */
export const AgentInstanceHistoryRoleEnumSchema = (z.enum([
  'USER',
  'ASSISTANT',
  'TOOL_RESULT',
  'CONFIGURATION',
])) as unknown as z.ZodType<T.AgentInstanceHistoryRoleEnum>;

/** Validates {@link T.AdvancedAgentInstanceHistoryRoleFilter}. */
export const AdvancedAgentInstanceHistoryRoleFilterSchema = (z.looseObject({
  $eq: AgentInstanceHistoryRoleEnumSchema.exactOptional(),
  $neq: AgentInstanceHistoryRoleEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentInstanceHistoryRoleEnumSchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentInstanceHistoryRoleFilter>;

/** Validates {@link T.AgentInstanceKey}. */
export const AgentInstanceKeySchema = (semanticKeySchema(keys.AgentInstanceKey)) as unknown as z.ZodType<T.AgentInstanceKey>;

/** Validates {@link T.AdvancedAgentInstanceKeyFilter}. */
export const AdvancedAgentInstanceKeyFilterSchema = (z.looseObject({
  $eq: AgentInstanceKeySchema.exactOptional(),
  $neq: AgentInstanceKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentInstanceKeySchema).exactOptional(),
  $notIn: z.array(AgentInstanceKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentInstanceKeyFilter>;

/** Validates {@link T.AgentInstanceStatusEnum}. */
export const AgentInstanceStatusEnumSchema = (z.enum([
  'UNKNOWN',
  'COMPLETED',
  'IDLE',
  'INITIALIZING',
  'THINKING',
  'TOOL_CALLING',
  'TOOL_DISCOVERY',
])) as unknown as z.ZodType<T.AgentInstanceStatusEnum>;

/** Validates {@link T.AdvancedAgentInstanceStatusFilter}. */
export const AdvancedAgentInstanceStatusFilterSchema = (z.looseObject({
  $eq: AgentInstanceStatusEnumSchema.exactOptional(),
  $neq: AgentInstanceStatusEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AgentInstanceStatusEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAgentInstanceStatusFilter>;

/** Validates {@link T.AuditLogEntityKey}. */
export const AuditLogEntityKeySchema = (semanticKeySchema(keys.AuditLogEntityKey)) as unknown as z.ZodType<T.AuditLogEntityKey>;

/** Validates {@link T.AdvancedAuditLogEntityKeyFilter}. */
export const AdvancedAuditLogEntityKeyFilterSchema = (z.looseObject({
  $eq: AuditLogEntityKeySchema.exactOptional(),
  $neq: AuditLogEntityKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogEntityKeySchema).exactOptional(),
  $notIn: z.array(AuditLogEntityKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAuditLogEntityKeyFilter>;

/** Validates {@link T.AuditLogKey}. */
export const AuditLogKeySchema = (semanticKeySchema(keys.AuditLogKey)) as unknown as z.ZodType<T.AuditLogKey>;

/** Validates {@link T.AdvancedAuditLogKeyFilter}. */
export const AdvancedAuditLogKeyFilterSchema = (z.looseObject({
  $eq: AuditLogKeySchema.exactOptional(),
  $neq: AuditLogKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogKeySchema).exactOptional(),
  $notIn: z.array(AuditLogKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedAuditLogKeyFilter>;

/** Validates {@link T.BatchOperationItemStateEnum}. */
export const BatchOperationItemStateEnumSchema = (z.enum([
  'ACTIVE',
  'COMPLETED',
  'CANCELED',
  'FAILED',
])) as unknown as z.ZodType<T.BatchOperationItemStateEnum>;

/** Validates {@link T.AdvancedBatchOperationItemStateFilter}. */
export const AdvancedBatchOperationItemStateFilterSchema = (z.looseObject({
  $eq: BatchOperationItemStateEnumSchema.exactOptional(),
  $neq: BatchOperationItemStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(BatchOperationItemStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedBatchOperationItemStateFilter>;

/** Validates {@link T.BatchOperationStateEnum}. */
export const BatchOperationStateEnumSchema = (z.enum([
  'ACTIVE',
  'CANCELED',
  'COMPLETED',
  'CREATED',
  'FAILED',
  'PARTIALLY_COMPLETED',
  'SUSPENDED',
])) as unknown as z.ZodType<T.BatchOperationStateEnum>;

/** Validates {@link T.AdvancedBatchOperationStateFilter}. */
export const AdvancedBatchOperationStateFilterSchema = (z.looseObject({
  $eq: BatchOperationStateEnumSchema.exactOptional(),
  $neq: BatchOperationStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(BatchOperationStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedBatchOperationStateFilter>;

/** Validates {@link T.BatchOperationTypeEnum}. */
export const BatchOperationTypeEnumSchema = (z.enum([
  'ADD_VARIABLE',
  'CANCEL_PROCESS_INSTANCE',
  'DELETE_DECISION_DEFINITION',
  'DELETE_DECISION_INSTANCE',
  'DELETE_PROCESS_DEFINITION',
  'DELETE_PROCESS_INSTANCE',
  'MIGRATE_PROCESS_INSTANCE',
  'MODIFY_PROCESS_INSTANCE',
  'RESOLVE_INCIDENT',
  'RESUME_PROCESS_INSTANCE',
  'SUSPEND_PROCESS_INSTANCE',
  'UPDATE_JOB',
  'UPDATE_VARIABLE',
])) as unknown as z.ZodType<T.BatchOperationTypeEnum>;

/** Validates {@link T.AdvancedBatchOperationTypeFilter}. */
export const AdvancedBatchOperationTypeFilterSchema = (z.looseObject({
  $eq: BatchOperationTypeEnumSchema.exactOptional(),
  $neq: BatchOperationTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(BatchOperationTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedBatchOperationTypeFilter>;

/** Validates {@link T.AuditLogCategoryEnum}. */
export const AuditLogCategoryEnumSchema = (z.enum([
  'ADMIN',
  'DEPLOYED_RESOURCES',
  'USER_TASKS',
])) as unknown as z.ZodType<T.AuditLogCategoryEnum>;

/** Validates {@link T.AdvancedCategoryFilter}. */
export const AdvancedCategoryFilterSchema = (z.looseObject({
  $eq: AuditLogCategoryEnumSchema.exactOptional(),
  $neq: AuditLogCategoryEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogCategoryEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedCategoryFilter>;

/** Validates {@link T.ClusterVariableKindEnum}. */
export const ClusterVariableKindEnumSchema = (z.enum([
  'JSON',
  'SECRET_REFERENCE',
])) as unknown as z.ZodType<T.ClusterVariableKindEnum>;

/** Validates {@link T.AdvancedClusterVariableKindFilter}. */
export const AdvancedClusterVariableKindFilterSchema = (z.looseObject({
  $eq: ClusterVariableKindEnumSchema.exactOptional(),
  $neq: ClusterVariableKindEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ClusterVariableKindEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedClusterVariableKindFilter>;

/** Validates {@link T.ClusterVariableScopeEnum}. */
export const ClusterVariableScopeEnumSchema = (z.enum([
  'GLOBAL',
  'TENANT',
])) as unknown as z.ZodType<T.ClusterVariableScopeEnum>;

/** Validates {@link T.AdvancedClusterVariableScopeFilter}. */
export const AdvancedClusterVariableScopeFilterSchema = (z.looseObject({
  $eq: ClusterVariableScopeEnumSchema.exactOptional(),
  $neq: ClusterVariableScopeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ClusterVariableScopeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedClusterVariableScopeFilter>;

/** Validates {@link T.AdvancedDateTimeFilter}. */
export const AdvancedDateTimeFilterSchema = (z.looseObject({
  $eq: z.string().exactOptional(),
  $neq: z.string().exactOptional(),
  $exists: z.boolean().exactOptional(),
  $gt: z.string().exactOptional(),
  $gte: z.string().exactOptional(),
  $lt: z.string().exactOptional(),
  $lte: z.string().exactOptional(),
  $in: z.array(z.string()).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDateTimeFilter>;

/** Validates {@link T.DecisionDefinitionKey}. */
export const DecisionDefinitionKeySchema = (semanticKeySchema(keys.DecisionDefinitionKey)) as unknown as z.ZodType<T.DecisionDefinitionKey>;

/** Validates {@link T.AdvancedDecisionDefinitionKeyFilter}. */
export const AdvancedDecisionDefinitionKeyFilterSchema = (z.looseObject({
  $eq: DecisionDefinitionKeySchema.exactOptional(),
  $neq: DecisionDefinitionKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(DecisionDefinitionKeySchema).exactOptional(),
  $notIn: z.array(DecisionDefinitionKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDecisionDefinitionKeyFilter>;

/** Validates {@link T.DecisionEvaluationInstanceKey}. */
export const DecisionEvaluationInstanceKeySchema = (semanticKeySchema(keys.DecisionEvaluationInstanceKey)) as unknown as z.ZodType<T.DecisionEvaluationInstanceKey>;

/** Validates {@link T.AdvancedDecisionEvaluationInstanceKeyFilter}. */
export const AdvancedDecisionEvaluationInstanceKeyFilterSchema = (z.looseObject({
  $eq: DecisionEvaluationInstanceKeySchema.exactOptional(),
  $neq: DecisionEvaluationInstanceKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(DecisionEvaluationInstanceKeySchema).exactOptional(),
  $notIn: z.array(DecisionEvaluationInstanceKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDecisionEvaluationInstanceKeyFilter>;

/** Validates {@link T.DecisionEvaluationKey}. */
export const DecisionEvaluationKeySchema = (semanticKeySchema(keys.DecisionEvaluationKey)) as unknown as z.ZodType<T.DecisionEvaluationKey>;

/** Validates {@link T.AdvancedDecisionEvaluationKeyFilter}. */
export const AdvancedDecisionEvaluationKeyFilterSchema = (z.looseObject({
  $eq: DecisionEvaluationKeySchema.exactOptional(),
  $neq: DecisionEvaluationKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(DecisionEvaluationKeySchema).exactOptional(),
  $notIn: z.array(DecisionEvaluationKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDecisionEvaluationKeyFilter>;

/** Validates {@link T.DecisionInstanceStateEnum}. */
export const DecisionInstanceStateEnumSchema = (z.enum([
  'EVALUATED',
  'FAILED',
  'UNSPECIFIED',
  'UNKNOWN',
])) as unknown as z.ZodType<T.DecisionInstanceStateEnum>;

/** Validates {@link T.AdvancedDecisionInstanceStateFilter}. */
export const AdvancedDecisionInstanceStateFilterSchema = (z.looseObject({
  $eq: DecisionInstanceStateEnumSchema.exactOptional(),
  $neq: DecisionInstanceStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(DecisionInstanceStateEnumSchema).exactOptional(),
  $notIn: z.array(DecisionInstanceStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDecisionInstanceStateFilter>;

/** Validates {@link T.DecisionRequirementsKey}. */
export const DecisionRequirementsKeySchema = (semanticKeySchema(keys.DecisionRequirementsKey)) as unknown as z.ZodType<T.DecisionRequirementsKey>;

/** Validates {@link T.AdvancedDecisionRequirementsKeyFilter}. */
export const AdvancedDecisionRequirementsKeyFilterSchema = (z.looseObject({
  $eq: DecisionRequirementsKeySchema.exactOptional(),
  $neq: DecisionRequirementsKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(DecisionRequirementsKeySchema).exactOptional(),
  $notIn: z.array(DecisionRequirementsKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDecisionRequirementsKeyFilter>;

/** Validates {@link T.DeploymentKey}. */
export const DeploymentKeySchema = (semanticKeySchema(keys.DeploymentKey)) as unknown as z.ZodType<T.DeploymentKey>;

/** Validates {@link T.AdvancedDeploymentKeyFilter}. */
export const AdvancedDeploymentKeyFilterSchema = (z.looseObject({
  $eq: DeploymentKeySchema.exactOptional(),
  $neq: DeploymentKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(DeploymentKeySchema).exactOptional(),
  $notIn: z.array(DeploymentKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedDeploymentKeyFilter>;

/** Validates {@link T.AdvancedElementIdFilter}. */
export const AdvancedElementIdFilterSchema = (z.looseObject({
  $eq: ElementIdSchema.exactOptional(),
  $neq: ElementIdSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ElementIdSchema).exactOptional(),
  $notIn: z.array(ElementIdSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedElementIdFilter>;

/** Validates {@link T.AdvancedElementInstanceKeyFilter}. */
export const AdvancedElementInstanceKeyFilterSchema = (z.looseObject({
  $eq: ElementInstanceKeySchema.exactOptional(),
  $neq: ElementInstanceKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ElementInstanceKeySchema).exactOptional(),
  $notIn: z.array(ElementInstanceKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedElementInstanceKeyFilter>;

/** Validates {@link T.ElementInstanceStateEnum}. */
export const ElementInstanceStateEnumSchema = (z.enum([
  'ACTIVE',
  'COMPLETED',
  'TERMINATED',
])) as unknown as z.ZodType<T.ElementInstanceStateEnum>;

/** Validates {@link T.AdvancedElementInstanceStateFilter}. */
export const AdvancedElementInstanceStateFilterSchema = (z.looseObject({
  $eq: ElementInstanceStateEnumSchema.exactOptional(),
  $neq: ElementInstanceStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ElementInstanceStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedElementInstanceStateFilter>;

/** Validates {@link T.AuditLogEntityTypeEnum}. */
export const AuditLogEntityTypeEnumSchema = (z.enum([
  'AUTHORIZATION',
  'BATCH',
  'DECISION',
  'GROUP',
  'INCIDENT',
  'JOB',
  'MAPPING_RULE',
  'PROCESS_INSTANCE',
  'RESOURCE',
  'ROLE',
  'TENANT',
  'USER',
  'USER_TASK',
  'VARIABLE',
  'CLIENT',
])) as unknown as z.ZodType<T.AuditLogEntityTypeEnum>;

/** Validates {@link T.AdvancedEntityTypeFilter}. */
export const AdvancedEntityTypeFilterSchema = (z.looseObject({
  $eq: AuditLogEntityTypeEnumSchema.exactOptional(),
  $neq: AuditLogEntityTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogEntityTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedEntityTypeFilter>;

/** Validates {@link T.AdvancedFormKeyFilter}. */
export const AdvancedFormKeyFilterSchema = (z.looseObject({
  $eq: FormKeySchema.exactOptional(),
  $neq: FormKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(FormKeySchema).exactOptional(),
  $notIn: z.array(FormKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedFormKeyFilter>;

/** Validates {@link T.GlobalListenerSourceEnum}. */
export const GlobalListenerSourceEnumSchema = (z.enum([
  'CONFIGURATION',
  'API',
])) as unknown as z.ZodType<T.GlobalListenerSourceEnum>;

/** Validates {@link T.AdvancedGlobalListenerSourceFilter}. */
export const AdvancedGlobalListenerSourceFilterSchema = (z.looseObject({
  $eq: GlobalListenerSourceEnumSchema.exactOptional(),
  $neq: GlobalListenerSourceEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(GlobalListenerSourceEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedGlobalListenerSourceFilter>;

/** Validates {@link T.GlobalTaskListenerEventTypeEnum}. */
export const GlobalTaskListenerEventTypeEnumSchema = (z.enum([
  'all',
  'creating',
  'assigning',
  'updating',
  'completing',
  'canceling',
])) as unknown as z.ZodType<T.GlobalTaskListenerEventTypeEnum>;

/** Validates {@link T.AdvancedGlobalTaskListenerEventTypeFilter}. */
export const AdvancedGlobalTaskListenerEventTypeFilterSchema = (z.looseObject({
  $eq: GlobalTaskListenerEventTypeEnumSchema.exactOptional(),
  $neq: GlobalTaskListenerEventTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(GlobalTaskListenerEventTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedGlobalTaskListenerEventTypeFilter>;

/** Validates {@link T.IncidentErrorTypeEnum}. */
export const IncidentErrorTypeEnumSchema = (z.enum([
  'AD_HOC_SUB_PROCESS_NO_RETRIES',
  'CALLED_DECISION_ERROR',
  'CALLED_ELEMENT_ERROR',
  'CONDITION_ERROR',
  'DECISION_EVALUATION_ERROR',
  'EXECUTION_LISTENER_NO_RETRIES',
  'EXTRACT_VALUE_ERROR',
  'FORM_NOT_FOUND',
  'IO_MAPPING_ERROR',
  'JOB_NO_RETRIES',
  'MESSAGE_SIZE_EXCEEDED',
  'RESOURCE_NOT_FOUND',
  'SECRET_RESOLUTION_ERROR',
  'TASK_LISTENER_NO_RETRIES',
  'UNHANDLED_ERROR_EVENT',
  'UNKNOWN',
  'UNSPECIFIED',
])) as unknown as z.ZodType<T.IncidentErrorTypeEnum>;

/** Validates {@link T.AdvancedIncidentErrorTypeFilter}. */
export const AdvancedIncidentErrorTypeFilterSchema = (z.looseObject({
  $eq: IncidentErrorTypeEnumSchema.exactOptional(),
  $neq: IncidentErrorTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(IncidentErrorTypeEnumSchema).exactOptional(),
  $notIn: z.array(IncidentErrorTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedIncidentErrorTypeFilter>;

/** Validates {@link T.IncidentStateEnum}. */
export const IncidentStateEnumSchema = (z.enum([
  'ACTIVE',
  'MIGRATED',
  'PENDING',
  'RESOLVED',
  'UNKNOWN',
])) as unknown as z.ZodType<T.IncidentStateEnum>;

/** Validates {@link T.AdvancedIncidentStateFilter}. */
export const AdvancedIncidentStateFilterSchema = (z.looseObject({
  $eq: IncidentStateEnumSchema.exactOptional(),
  $neq: IncidentStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(IncidentStateEnumSchema).exactOptional(),
  $notIn: z.array(IncidentStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedIncidentStateFilter>;

/** Validates {@link T.AdvancedIntegerFilter}. */
export const AdvancedIntegerFilterSchema = (z.looseObject({
  $eq: z.int().exactOptional(),
  $neq: z.int().exactOptional(),
  $exists: z.boolean().exactOptional(),
  $gt: z.int().exactOptional(),
  $gte: z.int().exactOptional(),
  $lt: z.int().exactOptional(),
  $lte: z.int().exactOptional(),
  $in: z.array(z.int()).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedIntegerFilter>;

/** Validates {@link T.AdvancedJobKeyFilter}. */
export const AdvancedJobKeyFilterSchema = (z.looseObject({
  $eq: JobKeySchema.exactOptional(),
  $neq: JobKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(JobKeySchema).exactOptional(),
  $notIn: z.array(JobKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedJobKeyFilter>;

/** Validates {@link T.AdvancedJobKindFilter}. */
export const AdvancedJobKindFilterSchema = (z.looseObject({
  $eq: JobKindEnumSchema.exactOptional(),
  $neq: JobKindEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(JobKindEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedJobKindFilter>;

/** Validates {@link T.AdvancedJobListenerEventTypeFilter}. */
export const AdvancedJobListenerEventTypeFilterSchema = (z.looseObject({
  $eq: JobListenerEventTypeEnumSchema.exactOptional(),
  $neq: JobListenerEventTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(JobListenerEventTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedJobListenerEventTypeFilter>;

/** Validates {@link T.JobStateEnum}. */
export const JobStateEnumSchema = (z.enum([
  'CANCELED',
  'COMPLETED',
  'CREATED',
  'ERROR_THROWN',
  'FAILED',
  'MIGRATED',
  'PRIORITY_UPDATED',
  'RETRIES_UPDATED',
  'TIMEOUT_UPDATED',
  'TIMED_OUT',
])) as unknown as z.ZodType<T.JobStateEnum>;

/** Validates {@link T.AdvancedJobStateFilter}. */
export const AdvancedJobStateFilterSchema = (z.looseObject({
  $eq: JobStateEnumSchema.exactOptional(),
  $neq: JobStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(JobStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedJobStateFilter>;

/** Validates {@link T.MessageSubscriptionKey}. */
export const MessageSubscriptionKeySchema = (semanticKeySchema(keys.MessageSubscriptionKey)) as unknown as z.ZodType<T.MessageSubscriptionKey>;

/** Validates {@link T.AdvancedMessageSubscriptionKeyFilter}. */
export const AdvancedMessageSubscriptionKeyFilterSchema = (z.looseObject({
  $eq: MessageSubscriptionKeySchema.exactOptional(),
  $neq: MessageSubscriptionKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(MessageSubscriptionKeySchema).exactOptional(),
  $notIn: z.array(MessageSubscriptionKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedMessageSubscriptionKeyFilter>;

/** Validates {@link T.MessageSubscriptionStateEnum}. */
export const MessageSubscriptionStateEnumSchema = (z.enum([
  'CORRELATED',
  'CREATED',
  'DELETED',
  'MIGRATED',
])) as unknown as z.ZodType<T.MessageSubscriptionStateEnum>;

/** Validates {@link T.AdvancedMessageSubscriptionStateFilter}. */
export const AdvancedMessageSubscriptionStateFilterSchema = (z.looseObject({
  $eq: MessageSubscriptionStateEnumSchema.exactOptional(),
  $neq: MessageSubscriptionStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(MessageSubscriptionStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedMessageSubscriptionStateFilter>;

/** Validates {@link T.MessageSubscriptionTypeEnum}. */
export const MessageSubscriptionTypeEnumSchema = (z.enum([
  'START_EVENT',
  'PROCESS_EVENT',
])) as unknown as z.ZodType<T.MessageSubscriptionTypeEnum>;

/** Validates {@link T.AdvancedMessageSubscriptionTypeFilter}. */
export const AdvancedMessageSubscriptionTypeFilterSchema = (z.looseObject({
  $eq: MessageSubscriptionTypeEnumSchema.exactOptional(),
  $neq: MessageSubscriptionTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(MessageSubscriptionTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedMessageSubscriptionTypeFilter>;

/** Validates {@link T.AdvancedMetadataValueFilter}. */
export const AdvancedMetadataValueFilterSchema = (z.looseObject({
  $eq: z.union([z.string(), z.number()]).exactOptional(),
  $neq: z.union([z.string(), z.number()]).exactOptional(),
  $exists: z.boolean().exactOptional(),
  $gt: z.number().exactOptional(),
  $gte: z.number().exactOptional(),
  $lt: z.number().exactOptional(),
  $lte: z.number().exactOptional(),
  $in: z.array(z.union([z.string(), z.number()])).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedMetadataValueFilter>;

/** Validates {@link T.AuditLogOperationTypeEnum}. */
export const AuditLogOperationTypeEnumSchema = (z.enum([
  'ASSIGN',
  'CANCEL',
  'COMPLETE',
  'CREATE',
  'DELETE',
  'EVALUATE',
  'MIGRATE',
  'MODIFY',
  'RESOLVE',
  'RESUME',
  'SUSPEND',
  'UNASSIGN',
  'UNKNOWN',
  'UPDATE',
])) as unknown as z.ZodType<T.AuditLogOperationTypeEnum>;

/** Validates {@link T.AdvancedOperationTypeFilter}. */
export const AdvancedOperationTypeFilterSchema = (z.looseObject({
  $eq: AuditLogOperationTypeEnumSchema.exactOptional(),
  $neq: AuditLogOperationTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogOperationTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedOperationTypeFilter>;

/** Validates {@link T.AdvancedProcessDefinitionIdFilter}. */
export const AdvancedProcessDefinitionIdFilterSchema = (z.looseObject({
  $eq: ProcessDefinitionIdSchema.exactOptional(),
  $neq: ProcessDefinitionIdSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ProcessDefinitionIdSchema).exactOptional(),
  $notIn: z.array(ProcessDefinitionIdSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedProcessDefinitionIdFilter>;

/** Validates {@link T.AdvancedProcessDefinitionKeyFilter}. */
export const AdvancedProcessDefinitionKeyFilterSchema = (z.looseObject({
  $eq: ProcessDefinitionKeySchema.exactOptional(),
  $neq: ProcessDefinitionKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ProcessDefinitionKeySchema).exactOptional(),
  $notIn: z.array(ProcessDefinitionKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedProcessDefinitionKeyFilter>;

/** Validates {@link T.AdvancedProcessInstanceKeyFilter}. */
export const AdvancedProcessInstanceKeyFilterSchema = (z.looseObject({
  $eq: ProcessInstanceKeySchema.exactOptional(),
  $neq: ProcessInstanceKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ProcessInstanceKeySchema).exactOptional(),
  $notIn: z.array(ProcessInstanceKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedProcessInstanceKeyFilter>;

/** Validates {@link T.ProcessInstanceStateEnum}. */
export const ProcessInstanceStateEnumSchema = (z.enum([
  'ACTIVE',
  'COMPLETED',
  'SUSPENDED',
  'TERMINATED',
])) as unknown as z.ZodType<T.ProcessInstanceStateEnum>;

/** Validates {@link T.AdvancedProcessInstanceStateFilter}. */
export const AdvancedProcessInstanceStateFilterSchema = (z.looseObject({
  $eq: ProcessInstanceStateEnumSchema.exactOptional(),
  $neq: ProcessInstanceStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ProcessInstanceStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedProcessInstanceStateFilter>;

/** Validates {@link T.ResourceKey}. */
export const ResourceKeySchema = (z.union([
  ProcessDefinitionKeySchema,
  DecisionRequirementsKeySchema,
  FormKeySchema,
  DecisionDefinitionKeySchema,
])) as unknown as z.ZodType<T.ResourceKey>;

/** Validates {@link T.AdvancedResourceKeyFilter}. */
export const AdvancedResourceKeyFilterSchema = (z.looseObject({
  $eq: ResourceKeySchema.exactOptional(),
  $neq: ResourceKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ResourceKeySchema).exactOptional(),
  $notIn: z.array(ResourceKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedResourceKeyFilter>;

/** Validates {@link T.AuditLogResultEnum}. */
export const AuditLogResultEnumSchema = (z.enum(['FAIL', 'SUCCESS'])) as unknown as z.ZodType<T.AuditLogResultEnum>;

/** Validates {@link T.AdvancedResultFilter}. */
export const AdvancedResultFilterSchema = (z.looseObject({
  $eq: AuditLogResultEnumSchema.exactOptional(),
  $neq: AuditLogResultEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(AuditLogResultEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedResultFilter>;

/** Validates {@link T.ScopeKey}. */
export const ScopeKeySchema = (z.union([
  ProcessInstanceKeySchema,
  ElementInstanceKeySchema,
])) as unknown as z.ZodType<T.ScopeKey>;

/** Validates {@link T.AdvancedScopeKeyFilter}. */
export const AdvancedScopeKeyFilterSchema = (z.looseObject({
  $eq: ScopeKeySchema.exactOptional(),
  $neq: ScopeKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(ScopeKeySchema).exactOptional(),
  $notIn: z.array(ScopeKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedScopeKeyFilter>;

/** Validates {@link T.AdvancedStringFilter}. */
export const AdvancedStringFilterSchema = (z.looseObject({
  $eq: z.string().exactOptional(),
  $neq: z.string().exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(z.string()).exactOptional(),
  $notIn: z.array(z.string()).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedStringFilter>;

/** Validates {@link T.UserTaskStateEnum}. */
export const UserTaskStateEnumSchema = (z.enum([
  'CREATING',
  'CREATED',
  'ASSIGNING',
  'UPDATING',
  'COMPLETING',
  'COMPLETED',
  'CANCELING',
  'CANCELED',
  'FAILED',
])) as unknown as z.ZodType<T.UserTaskStateEnum>;

/** Validates {@link T.AdvancedUserTaskStateFilter}. */
export const AdvancedUserTaskStateFilterSchema = (z.looseObject({
  $eq: UserTaskStateEnumSchema.exactOptional(),
  $neq: UserTaskStateEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(UserTaskStateEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedUserTaskStateFilter>;

/** Validates {@link T.VariableKey}. */
export const VariableKeySchema = (semanticKeySchema(keys.VariableKey)) as unknown as z.ZodType<T.VariableKey>;

/** Validates {@link T.AdvancedVariableKeyFilter}. */
export const AdvancedVariableKeyFilterSchema = (z.looseObject({
  $eq: VariableKeySchema.exactOptional(),
  $neq: VariableKeySchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(VariableKeySchema).exactOptional(),
  $notIn: z.array(VariableKeySchema).exactOptional(),
})) as unknown as z.ZodType<T.AdvancedVariableKeyFilter>;

/** Validates {@link T.WaitStateElementTypeEnum}. */
export const WaitStateElementTypeEnumSchema = (z.enum([
  'AD_HOC_SUB_PROCESS',
  'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
  'BOUNDARY_EVENT',
  'BUSINESS_RULE_TASK',
  'CALL_ACTIVITY',
  'END_EVENT',
  'EVENT_BASED_GATEWAY',
  'EVENT_SUB_PROCESS',
  'EXCLUSIVE_GATEWAY',
  'INCLUSIVE_GATEWAY',
  'INTERMEDIATE_CATCH_EVENT',
  'INTERMEDIATE_THROW_EVENT',
  'MANUAL_TASK',
  'MULTI_INSTANCE_BODY',
  'PARALLEL_GATEWAY',
  'PROCESS',
  'RECEIVE_TASK',
  'SCRIPT_TASK',
  'SEND_TASK',
  'SEQUENCE_FLOW',
  'SERVICE_TASK',
  'START_EVENT',
  'SUB_PROCESS',
  'TASK',
  'UNKNOWN',
  'UNSPECIFIED',
  'USER_TASK',
])) as unknown as z.ZodType<T.WaitStateElementTypeEnum>;

/** Validates {@link T.AdvancedWaitStateElementTypeFilter}. */
export const AdvancedWaitStateElementTypeFilterSchema = (z.looseObject({
  $eq: WaitStateElementTypeEnumSchema.exactOptional(),
  $neq: WaitStateElementTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(WaitStateElementTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedWaitStateElementTypeFilter>;

/** Validates {@link T.WaitStateTypeEnum}. */
export const WaitStateTypeEnumSchema = (z.enum([
  'JOB',
  'MESSAGE',
  'USER_TASK',
  'TIMER',
  'SIGNAL',
  'CONDITION',
])) as unknown as z.ZodType<T.WaitStateTypeEnum>;

/** Validates {@link T.AdvancedWaitStateTypeFilter}. */
export const AdvancedWaitStateTypeFilterSchema = (z.looseObject({
  $eq: WaitStateTypeEnumSchema.exactOptional(),
  $neq: WaitStateTypeEnumSchema.exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(WaitStateTypeEnumSchema).exactOptional(),
  $like: LikeFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AdvancedWaitStateTypeFilter>;

/** Validates {@link T.AgentDefinitionKeyExactMatch}. */
export const AgentDefinitionKeyExactMatchSchema = (AgentDefinitionKeySchema) as unknown as z.ZodType<T.AgentDefinitionKeyExactMatch>;

/** Validates {@link T.AgentDefinitionKeyFilterProperty}. */
export const AgentDefinitionKeyFilterPropertySchema = (z.union([
  AgentDefinitionKeyExactMatchSchema,
  AdvancedAgentDefinitionKeyFilterSchema,
])) as unknown as z.ZodType<T.AgentDefinitionKeyFilterProperty>;

/** Validates {@link T.AgentDefinitionTypeExactMatch}. */
export const AgentDefinitionTypeExactMatchSchema = (AgentDefinitionTypeEnumSchema) as unknown as z.ZodType<T.AgentDefinitionTypeExactMatch>;

/** Validates {@link T.AgentDefinitionTypeFilterProperty}. */
export const AgentDefinitionTypeFilterPropertySchema = (z.union([
  AgentDefinitionTypeExactMatchSchema,
  AdvancedAgentDefinitionTypeFilterSchema,
])) as unknown as z.ZodType<T.AgentDefinitionTypeFilterProperty>;

/** Validates {@link T.StringFilterProperty}. */
export const StringFilterPropertySchema = (z.union([
  z.string(),
  AdvancedStringFilterSchema,
])) as unknown as z.ZodType<T.StringFilterProperty>;

/** Validates {@link T.ElementIdExactMatch}. */
export const ElementIdExactMatchSchema = (ElementIdSchema) as unknown as z.ZodType<T.ElementIdExactMatch>;

/** Validates {@link T.ElementIdFilterProperty}. */
export const ElementIdFilterPropertySchema = (z.union([
  ElementIdExactMatchSchema,
  AdvancedElementIdFilterSchema,
])) as unknown as z.ZodType<T.ElementIdFilterProperty>;

/** Validates {@link T.ProcessDefinitionIdExactMatch}. */
export const ProcessDefinitionIdExactMatchSchema = (ProcessDefinitionIdSchema) as unknown as z.ZodType<T.ProcessDefinitionIdExactMatch>;

/** Validates {@link T.ProcessDefinitionIdFilterProperty}. */
export const ProcessDefinitionIdFilterPropertySchema = (z.union([
  ProcessDefinitionIdExactMatchSchema,
  AdvancedProcessDefinitionIdFilterSchema,
])) as unknown as z.ZodType<T.ProcessDefinitionIdFilterProperty>;

/** Validates {@link T.ProcessDefinitionKeyExactMatch}. */
export const ProcessDefinitionKeyExactMatchSchema = (ProcessDefinitionKeySchema) as unknown as z.ZodType<T.ProcessDefinitionKeyExactMatch>;

/** Validates {@link T.ProcessDefinitionKeyFilterProperty}. */
export const ProcessDefinitionKeyFilterPropertySchema = (z.union([
  ProcessDefinitionKeyExactMatchSchema,
  AdvancedProcessDefinitionKeyFilterSchema,
])) as unknown as z.ZodType<T.ProcessDefinitionKeyFilterProperty>;

/** Validates {@link T.IntegerFilterProperty}. */
export const IntegerFilterPropertySchema = (z.union([
  z.int(),
  AdvancedIntegerFilterSchema,
])) as unknown as z.ZodType<T.IntegerFilterProperty>;

/** Validates {@link T.AgentDefinitionFilter}. */
export const AgentDefinitionFilterSchema = (z.looseObject({
  agentDefinitionKey: AgentDefinitionKeyFilterPropertySchema.exactOptional(),
  agentType: AgentDefinitionTypeFilterPropertySchema.exactOptional(),
  name: StringFilterPropertySchema.exactOptional(),
  elementId: ElementIdFilterPropertySchema.exactOptional(),
  processDefinitionId: ProcessDefinitionIdFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processDefinitionVersion: IntegerFilterPropertySchema.exactOptional(),
  processDefinitionVersionTag: StringFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentDefinitionFilter>;

/** Validates {@link T.AgentDefinitionResult}. */
export const AgentDefinitionResultSchema = (z.looseObject({
  agentDefinitionKey: AgentDefinitionKeySchema,
  agentType: AgentDefinitionTypeEnumSchema,
  name: z.string(),
  elementId: ElementIdSchema,
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionVersion: z.int(),
  processDefinitionVersionTag: z.string().nullable(),
  tenantId: TenantIdSchema,
})) as unknown as z.ZodType<T.AgentDefinitionResult>;

/** Validates {@link T.LimitPagination}. */
export const LimitPaginationSchema = (z.looseObject({
  limit: z.int().min(1).max(10000).exactOptional(),
})) as unknown as z.ZodType<T.LimitPagination>;

/** Validates {@link T.OffsetPagination}. */
export const OffsetPaginationSchema = (z.looseObject({
  from: z.int().min(0).exactOptional(),
  limit: z.int().min(1).exactOptional(),
})) as unknown as z.ZodType<T.OffsetPagination>;

/** Validates {@link T.EndCursor}. */
export const EndCursorSchema = (semanticKeySchema(keys.EndCursor)) as unknown as z.ZodType<T.EndCursor>;

/** Validates {@link T.CursorForwardPagination}. */
export const CursorForwardPaginationSchema = (z.looseObject({
  after: EndCursorSchema.exactOptional(),
  limit: z.int().min(1).max(10000).exactOptional(),
})) as unknown as z.ZodType<T.CursorForwardPagination>;

/** Validates {@link T.StartCursor}. */
export const StartCursorSchema = (semanticKeySchema(keys.StartCursor)) as unknown as z.ZodType<T.StartCursor>;

/** Validates {@link T.CursorBackwardPagination}. */
export const CursorBackwardPaginationSchema = (z.looseObject({
  before: StartCursorSchema.exactOptional(),
  limit: z.int().min(1).max(10000).exactOptional(),
})) as unknown as z.ZodType<T.CursorBackwardPagination>;

/** Validates {@link T.SearchQueryPageRequest}. */
export const SearchQueryPageRequestSchema = (z.union([
  LimitPaginationSchema,
  OffsetPaginationSchema,
  CursorForwardPaginationSchema,
  CursorBackwardPaginationSchema,
])) as unknown as z.ZodType<T.SearchQueryPageRequest>;

/** Validates {@link T.SortOrderEnum}. */
export const SortOrderEnumSchema = (z.enum(['ASC', 'DESC'])) as unknown as z.ZodType<T.SortOrderEnum>;

/** Validates {@link T.AgentDefinitionSearchQuerySortRequest}. */
export const AgentDefinitionSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'agentDefinitionKey',
    'agentType',
    'name',
    'elementId',
    'processDefinitionId',
    'processDefinitionKey',
    'processDefinitionVersion',
    'processDefinitionVersionTag',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentDefinitionSearchQuerySortRequest>;

/** Validates {@link T.AgentDefinitionSearchQuery}. */
export const AgentDefinitionSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(AgentDefinitionSearchQuerySortRequestSchema).exactOptional(),
  filter: AgentDefinitionFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentDefinitionSearchQuery>;

/** Validates {@link T.SearchQueryPageResponse}. */
export const SearchQueryPageResponseSchema = (z.looseObject({
  totalItems: z.int(),
  hasMoreTotalItems: z.boolean(),
  startCursor: StartCursorSchema.nullable(),
  endCursor: EndCursorSchema.nullable(),
})) as unknown as z.ZodType<T.SearchQueryPageResponse>;

/** Validates {@link T.AgentDefinitionSearchQueryResult}. */
export const AgentDefinitionSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(AgentDefinitionResultSchema),
})) as unknown as z.ZodType<T.AgentDefinitionSearchQueryResult>;

/** Validates {@link T.AgentHistoryItemKeyExactMatch}. */
export const AgentHistoryItemKeyExactMatchSchema = (AgentHistoryItemKeySchema) as unknown as z.ZodType<T.AgentHistoryItemKeyExactMatch>;

/** Validates {@link T.AgentHistoryItemKeyFilterProperty}. */
export const AgentHistoryItemKeyFilterPropertySchema = (z.union([
  AgentHistoryItemKeyExactMatchSchema,
  AdvancedAgentHistoryItemKeyFilterSchema,
])) as unknown as z.ZodType<T.AgentHistoryItemKeyFilterProperty>;

/** Validates {@link T.AgentInstanceCreatedHistoryItem}. */
export const AgentInstanceCreatedHistoryItemSchema = (z.looseObject({
  historyItemId: z.string(),
  historyItemKey: AgentHistoryItemKeySchema,
  isDuplicate: z.boolean(),
})) as unknown as z.ZodType<T.AgentInstanceCreatedHistoryItem>;

/** Validates {@link T.AgentInstanceDefinition}. */
export const AgentInstanceDefinitionSchema = (z.looseObject({
  model: z.string(),
  provider: z.string(),
  systemPrompt: z.string(),
})) as unknown as z.ZodType<T.AgentInstanceDefinition>;

/** Validates {@link T.AgentInstanceLimits}. */
export const AgentInstanceLimitsSchema = (z.looseObject({
  maxModelCalls: z.int(),
  maxToolCalls: z.int(),
  maxTokens: z.int(),
})) as unknown as z.ZodType<T.AgentInstanceLimits>;

/** Validates {@link T.LoopIterationId}. */
export const LoopIterationIdSchema = (z.int().min(1)) as unknown as z.ZodType<T.LoopIterationId>;

/** Validates {@link T.AgentInstanceTextContent}. */
export const AgentInstanceTextContentSchema = (z.strictObject({
  contentType: z.literal('TEXT'),
  text: z.string(),
})) as unknown as z.ZodType<T.AgentInstanceTextContent>;

/** Validates {@link T.DocumentId}. */
export const DocumentIdSchema = (semanticKeySchema(keys.DocumentId)) as unknown as z.ZodType<T.DocumentId>;

/** Validates {@link T.DocumentMetadataResponse}. */
export const DocumentMetadataResponseSchema = (z.looseObject({
  contentType: z.string(),
  fileName: z.string(),
  expiresAt: z.string().nullable(),
  size: z.int(),
  processDefinitionId: ProcessDefinitionIdSchema.nullable(),
  processInstanceKey: ProcessInstanceKeySchema.nullable(),
  customProperties: z.record(z.string(), z.unknown()),
})) as unknown as z.ZodType<T.DocumentMetadataResponse>;

/** Validates {@link T.DocumentReference}. */
export const DocumentReferenceSchema = (z.looseObject({
  'camunda.document.type': z.enum(['camunda']),
  storeId: z.string(),
  documentId: DocumentIdSchema,
  contentHash: z.string().nullable(),
  metadata: DocumentMetadataResponseSchema,
})) as unknown as z.ZodType<T.DocumentReference>;

/** Validates {@link T.AgentInstanceDocumentContent}. */
export const AgentInstanceDocumentContentSchema = (z.strictObject({
  contentType: z.literal('DOCUMENT'),
  documentReference: DocumentReferenceSchema,
})) as unknown as z.ZodType<T.AgentInstanceDocumentContent>;

/** Validates {@link T.AgentInstanceObjectContent}. */
export const AgentInstanceObjectContentSchema = (z.strictObject({
  contentType: z.literal('OBJECT'),
  object: z.unknown(),
})) as unknown as z.ZodType<T.AgentInstanceObjectContent>;

/** Validates {@link T.AgentInstanceMessageContent}. */
export const AgentInstanceMessageContentSchema = (z.union([
  AgentInstanceTextContentSchema,
  AgentInstanceDocumentContentSchema,
  AgentInstanceObjectContentSchema,
])) as unknown as z.ZodType<T.AgentInstanceMessageContent>;

/** Validates {@link T.AgentInstanceToolCall}. */
export const AgentInstanceToolCallSchema = (z.looseObject({
  toolCallId: z.string(),
  toolName: z.string(),
  elementId: z.string().nullable(),
  arguments: z.record(z.string(), z.unknown()).nullable(),
})) as unknown as z.ZodType<T.AgentInstanceToolCall>;

/** Validates {@link T.AgentInstanceHistoryItemMetrics}. */
export const AgentInstanceHistoryItemMetricsSchema = (z.looseObject({
  inputTokens: z.int().nullable(),
  outputTokens: z.int().nullable(),
  durationMs: z.int().nullable(),
})) as unknown as z.ZodType<T.AgentInstanceHistoryItemMetrics>;

/** Validates {@link T.AgentTool}. */
export const AgentToolSchema = (z.looseObject({
  name: z.string(),
  description: z.string().nullable(),
  elementId: z.string().nullable(),
})) as unknown as z.ZodType<T.AgentTool>;

/** Validates {@link T.AgentInstanceHistoryItem}. */
export const AgentInstanceHistoryItemSchema = (z.looseObject({
  historyItemId: z.string(),
  loopIteration: LoopIterationIdSchema,
  role: AgentInstanceHistoryRoleEnumSchema,
  content: z.array(AgentInstanceMessageContentSchema),
  toolCalls: z.array(AgentInstanceToolCallSchema).nullable().exactOptional(),
  metrics: AgentInstanceHistoryItemMetricsSchema.nullable().exactOptional(),
  producedAt: z.string(),
  tools: z.array(AgentToolSchema).nullable().exactOptional(),
  model: z.string().exactOptional(),
  provider: z.string().exactOptional(),
  limits: AgentInstanceLimitsSchema.exactOptional(),
  systemPrompt: z.array(AgentInstanceMessageContentSchema).nullable().exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceHistoryItem>;

/** Validates {@link T.AgentInstanceCreationRequest}. */
export const AgentInstanceCreationRequestSchema = (z.looseObject({
  elementInstanceKey: ElementInstanceKeySchema,
  definition: AgentInstanceDefinitionSchema.exactOptional(),
  limits: AgentInstanceLimitsSchema.exactOptional(),
  jobKey: JobKeySchema.nullable().exactOptional(),
  jobLease: z.string().nullable().exactOptional(),
  history: z.array(AgentInstanceHistoryItemSchema).nullable().exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceCreationRequest>;

/** Validates {@link T.AgentInstanceCreationResult}. */
export const AgentInstanceCreationResultSchema = (z.looseObject({
  agentInstanceKey: AgentInstanceKeySchema,
  createdHistory: z.array(AgentInstanceCreatedHistoryItemSchema),
})) as unknown as z.ZodType<T.AgentInstanceCreationResult>;

/** Validates {@link T.AgentInstanceDefinitionResult}. */
export const AgentInstanceDefinitionResultSchema = (z.looseObject({
  model: z.string(),
  provider: z.string(),
  systemPrompt: z.array(AgentInstanceMessageContentSchema),
})) as unknown as z.ZodType<T.AgentInstanceDefinitionResult>;

/** Validates {@link T.AgentInstanceKeyExactMatch}. */
export const AgentInstanceKeyExactMatchSchema = (AgentInstanceKeySchema) as unknown as z.ZodType<T.AgentInstanceKeyExactMatch>;

/** Validates {@link T.AgentInstanceKeyFilterProperty}. */
export const AgentInstanceKeyFilterPropertySchema = (z.union([
  AgentInstanceKeyExactMatchSchema,
  AdvancedAgentInstanceKeyFilterSchema,
])) as unknown as z.ZodType<T.AgentInstanceKeyFilterProperty>;

/** Validates {@link T.AgentInstanceStatusExactMatch}. */
export const AgentInstanceStatusExactMatchSchema = (AgentInstanceStatusEnumSchema) as unknown as z.ZodType<T.AgentInstanceStatusExactMatch>;

/** Validates {@link T.AgentInstanceStatusFilterProperty}. */
export const AgentInstanceStatusFilterPropertySchema = (z.union([
  AgentInstanceStatusExactMatchSchema,
  AdvancedAgentInstanceStatusFilterSchema,
])) as unknown as z.ZodType<T.AgentInstanceStatusFilterProperty>;

/** Validates {@link T.ProcessInstanceKeyExactMatch}. */
export const ProcessInstanceKeyExactMatchSchema = (ProcessInstanceKeySchema) as unknown as z.ZodType<T.ProcessInstanceKeyExactMatch>;

/** Validates {@link T.ProcessInstanceKeyFilterProperty}. */
export const ProcessInstanceKeyFilterPropertySchema = (z.union([
  ProcessInstanceKeyExactMatchSchema,
  AdvancedProcessInstanceKeyFilterSchema,
])) as unknown as z.ZodType<T.ProcessInstanceKeyFilterProperty>;

/** Validates {@link T.DateTimeFilterProperty}. */
export const DateTimeFilterPropertySchema = (z.union([
  z.string(),
  AdvancedDateTimeFilterSchema,
])) as unknown as z.ZodType<T.DateTimeFilterProperty>;

/** Validates {@link T.ElementInstanceKeyExactMatch}. */
export const ElementInstanceKeyExactMatchSchema = (ElementInstanceKeySchema) as unknown as z.ZodType<T.ElementInstanceKeyExactMatch>;

/** Validates {@link T.ElementInstanceKeyFilterProperty}. */
export const ElementInstanceKeyFilterPropertySchema = (z.union([
  ElementInstanceKeyExactMatchSchema,
  AdvancedElementInstanceKeyFilterSchema,
])) as unknown as z.ZodType<T.ElementInstanceKeyFilterProperty>;

/** Validates {@link T.AgentInstanceFilter}. */
export const AgentInstanceFilterSchema = (z.looseObject({
  agentInstanceKey: AgentInstanceKeyFilterPropertySchema.exactOptional(),
  agentDefinitionKey: AgentDefinitionKeyFilterPropertySchema.exactOptional(),
  status: AgentInstanceStatusFilterPropertySchema.exactOptional(),
  elementId: ElementIdFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  rootProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  creationDate: DateTimeFilterPropertySchema.exactOptional(),
  lastUpdatedDate: DateTimeFilterPropertySchema.exactOptional(),
  completionDate: DateTimeFilterPropertySchema.exactOptional(),
  elementInstanceKeys: z.array(ElementInstanceKeyFilterPropertySchema).exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  processDefinitionVersion: IntegerFilterPropertySchema.exactOptional(),
  processDefinitionVersionTag: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceFilter>;

/** Validates {@link T.AgentInstanceHistoryCommitStatusExactMatch}. */
export const AgentInstanceHistoryCommitStatusExactMatchSchema = (AgentInstanceHistoryCommitStatusEnumSchema) as unknown as z.ZodType<T.AgentInstanceHistoryCommitStatusExactMatch>;

/** Validates {@link T.AgentInstanceHistoryCommitStatusFilterProperty}. */
export const AgentInstanceHistoryCommitStatusFilterPropertySchema = (z.union([
  AgentInstanceHistoryCommitStatusExactMatchSchema,
  AdvancedAgentInstanceHistoryCommitStatusFilterSchema,
])) as unknown as z.ZodType<T.AgentInstanceHistoryCommitStatusFilterProperty>;

/** Validates {@link T.AgentInstanceHistoryRoleExactMatch}. */
export const AgentInstanceHistoryRoleExactMatchSchema = (AgentInstanceHistoryRoleEnumSchema) as unknown as z.ZodType<T.AgentInstanceHistoryRoleExactMatch>;

/** Validates {@link T.AgentInstanceHistoryRoleFilterProperty}. */
export const AgentInstanceHistoryRoleFilterPropertySchema = (z.union([
  AgentInstanceHistoryRoleExactMatchSchema,
  AdvancedAgentInstanceHistoryRoleFilterSchema,
])) as unknown as z.ZodType<T.AgentInstanceHistoryRoleFilterProperty>;

/** Validates {@link T.JobKeyExactMatch}. */
export const JobKeyExactMatchSchema = (JobKeySchema) as unknown as z.ZodType<T.JobKeyExactMatch>;

/** Validates {@link T.JobKeyFilterProperty}. */
export const JobKeyFilterPropertySchema = (z.union([
  JobKeyExactMatchSchema,
  AdvancedJobKeyFilterSchema,
])) as unknown as z.ZodType<T.JobKeyFilterProperty>;

/** Validates {@link T.AgentInstanceHistoryFilter}. */
export const AgentInstanceHistoryFilterSchema = (z.looseObject({
  historyItemKey: AgentHistoryItemKeyFilterPropertySchema.exactOptional(),
  role: AgentInstanceHistoryRoleFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  jobKey: JobKeyFilterPropertySchema.exactOptional(),
  loopIteration: IntegerFilterPropertySchema.exactOptional(),
  commitStatus: AgentInstanceHistoryCommitStatusFilterPropertySchema.exactOptional(),
  producedAt: DateTimeFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceHistoryFilter>;

/** Validates {@link T.AgentInstanceHistoryItemCreationResult}. */
export const AgentInstanceHistoryItemCreationResultSchema = (z.looseObject({
  historyItemKey: AgentHistoryItemKeySchema,
})) as unknown as z.ZodType<T.AgentInstanceHistoryItemCreationResult>;

/** Validates {@link T.AgentInstanceHistoryItemRequest}. */
export const AgentInstanceHistoryItemRequestSchema = (z.looseObject({
  elementInstanceKey: ElementInstanceKeySchema,
  jobKey: JobKeySchema,
  jobLease: z.string(),
  loopIteration: LoopIterationIdSchema.nullable().exactOptional(),
  role: AgentInstanceHistoryRoleEnumSchema,
  content: z.array(AgentInstanceMessageContentSchema),
  toolCalls: z.array(AgentInstanceToolCallSchema).nullable().exactOptional(),
  metrics: AgentInstanceHistoryItemMetricsSchema.nullable().exactOptional(),
  producedAt: z.string(),
})) as unknown as z.ZodType<T.AgentInstanceHistoryItemRequest>;

/** Validates {@link T.AgentInstanceHistoryItemResult}. */
export const AgentInstanceHistoryItemResultSchema = (z.looseObject({
  historyItemKey: AgentHistoryItemKeySchema,
  historyItemId: z.string(),
  agentInstanceKey: AgentInstanceKeySchema,
  elementInstanceKey: ElementInstanceKeySchema,
  jobKey: JobKeySchema,
  jobLease: z.string(),
  loopIteration: LoopIterationIdSchema,
  role: AgentInstanceHistoryRoleEnumSchema,
  content: z.array(AgentInstanceMessageContentSchema),
  toolCalls: z.array(AgentInstanceToolCallSchema),
  metrics: AgentInstanceHistoryItemMetricsSchema.nullable(),
  commitStatus: AgentInstanceHistoryCommitStatusEnumSchema,
  producedAt: z.string(),
  tools: z.array(AgentToolSchema),
  model: z.string().nullable(),
  provider: z.string().nullable(),
  limits: AgentInstanceLimitsSchema,
  systemPrompt: z.array(AgentInstanceMessageContentSchema),
})) as unknown as z.ZodType<T.AgentInstanceHistoryItemResult>;

/** Validates {@link T.AgentInstanceHistorySearchQuerySortRequest}. */
export const AgentInstanceHistorySearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['producedAt', 'historyItemKey', 'loopIteration']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceHistorySearchQuerySortRequest>;

/** Validates {@link T.AgentInstanceHistorySearchQuery}. */
export const AgentInstanceHistorySearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(AgentInstanceHistorySearchQuerySortRequestSchema).exactOptional(),
  filter: AgentInstanceHistoryFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceHistorySearchQuery>;

/** Validates {@link T.AgentInstanceHistorySearchQueryResult}. */
export const AgentInstanceHistorySearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(AgentInstanceHistoryItemResultSchema),
})) as unknown as z.ZodType<T.AgentInstanceHistorySearchQueryResult>;

/** Validates {@link T.AgentInstanceMessageContentTypeEnum}. */
export const AgentInstanceMessageContentTypeEnumSchema = (z.enum([
  'TEXT',
  'DOCUMENT',
  'OBJECT',
])) as unknown as z.ZodType<T.AgentInstanceMessageContentTypeEnum>;

/** Validates {@link T.AgentInstanceMetrics}. */
export const AgentInstanceMetricsSchema = (z.looseObject({
  inputTokens: z.int(),
  outputTokens: z.int(),
  modelCalls: z.int(),
  toolCalls: z.int(),
})) as unknown as z.ZodType<T.AgentInstanceMetrics>;

/** Validates {@link T.AgentInstanceMetricsDelta}. */
export const AgentInstanceMetricsDeltaSchema = (z.looseObject({
  inputTokens: z.int().min(0).exactOptional(),
  outputTokens: z.int().min(0).exactOptional(),
  modelCalls: z.int().min(0).exactOptional(),
  toolCalls: z.int().min(0).exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceMetricsDelta>;

/** Validates {@link T.AgentInstanceResult}. */
export const AgentInstanceResultSchema = (z.looseObject({
  agentInstanceKey: AgentInstanceKeySchema,
  agentDefinitionKey: AgentDefinitionKeySchema,
  status: AgentInstanceStatusEnumSchema,
  definition: AgentInstanceDefinitionResultSchema,
  metrics: AgentInstanceMetricsSchema,
  limits: AgentInstanceLimitsSchema,
  tools: z.array(AgentToolSchema),
  elementId: ElementIdSchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionVersion: z.int(),
  processDefinitionVersionTag: z.string().nullable(),
  tenantId: TenantIdSchema,
  creationDate: z.string(),
  lastUpdatedDate: z.string(),
  completionDate: z.string().nullable(),
  elementInstanceKeys: z.array(ElementInstanceKeySchema),
})) as unknown as z.ZodType<T.AgentInstanceResult>;

/** Validates {@link T.AgentInstanceSearchQuerySortRequest}. */
export const AgentInstanceSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'agentInstanceKey',
    'agentDefinitionKey',
    'status',
    'elementId',
    'processInstanceKey',
    'rootProcessInstanceKey',
    'processDefinitionKey',
    'tenantId',
    'creationDate',
    'lastUpdatedDate',
    'completionDate',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceSearchQuerySortRequest>;

/** Validates {@link T.AgentInstanceSearchQuery}. */
export const AgentInstanceSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(AgentInstanceSearchQuerySortRequestSchema).exactOptional(),
  filter: AgentInstanceFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceSearchQuery>;

/** Validates {@link T.AgentInstanceSearchQueryResult}. */
export const AgentInstanceSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(AgentInstanceResultSchema),
})) as unknown as z.ZodType<T.AgentInstanceSearchQueryResult>;

/** Validates {@link T.AgentInstanceUpdateStatusEnum}. */
export const AgentInstanceUpdateStatusEnumSchema = (z.enum([
  'IDLE',
  'THINKING',
  'TOOL_CALLING',
  'TOOL_DISCOVERY',
])) as unknown as z.ZodType<T.AgentInstanceUpdateStatusEnum>;

/** Validates {@link T.AgentInstanceUpdateRequest}. */
export const AgentInstanceUpdateRequestSchema = (z.looseObject({
  elementInstanceKey: ElementInstanceKeySchema,
  status: AgentInstanceUpdateStatusEnumSchema.exactOptional(),
  metrics: AgentInstanceMetricsDeltaSchema.exactOptional(),
  tools: z.array(AgentToolSchema).nullable().exactOptional(),
  jobKey: JobKeySchema.nullable().exactOptional(),
  jobLease: z.string().nullable().exactOptional(),
  history: z.array(AgentInstanceHistoryItemSchema).nullable().exactOptional(),
})) as unknown as z.ZodType<T.AgentInstanceUpdateRequest>;

/** Validates {@link T.AgentInstanceUpdateResult}. */
export const AgentInstanceUpdateResultSchema = (z.looseObject({
  createdHistory: z.array(AgentInstanceCreatedHistoryItemSchema),
})) as unknown as z.ZodType<T.AgentInstanceUpdateResult>;

/** Validates {@link T.DirectAncestorKeyInstruction}. */
export const DirectAncestorKeyInstructionSchema = (z.looseObject({
  ancestorScopeType: z.literal('direct'),
  ancestorElementInstanceKey: ElementInstanceKeySchema,
})) as unknown as z.ZodType<T.DirectAncestorKeyInstruction>;

/** Validates {@link T.InferredAncestorKeyInstruction}. */
export const InferredAncestorKeyInstructionSchema = (z.looseObject({
  ancestorScopeType: z.literal('inferred'),
})) as unknown as z.ZodType<T.InferredAncestorKeyInstruction>;

/** Validates {@link T.UseSourceParentKeyInstruction}. */
export const UseSourceParentKeyInstructionSchema = (z.looseObject({
  ancestorScopeType: z.literal('sourceParent'),
})) as unknown as z.ZodType<T.UseSourceParentKeyInstruction>;

/** Validates {@link T.AncestorScopeInstruction}. */
export const AncestorScopeInstructionSchema = (z.union([
  DirectAncestorKeyInstructionSchema,
  InferredAncestorKeyInstructionSchema,
  UseSourceParentKeyInstructionSchema,
])) as unknown as z.ZodType<T.AncestorScopeInstruction>;

/** Validates {@link T.AuditLogActorTypeExactMatch}. */
export const AuditLogActorTypeExactMatchSchema = (AuditLogActorTypeEnumSchema) as unknown as z.ZodType<T.AuditLogActorTypeExactMatch>;

/** Validates {@link T.AuditLogActorTypeFilterProperty}. */
export const AuditLogActorTypeFilterPropertySchema = (z.union([
  AuditLogActorTypeExactMatchSchema,
  AdvancedActorTypeFilterSchema,
])) as unknown as z.ZodType<T.AuditLogActorTypeFilterProperty>;

/** Validates {@link T.AuditLogEntityKeyExactMatch}. */
export const AuditLogEntityKeyExactMatchSchema = (AuditLogEntityKeySchema) as unknown as z.ZodType<T.AuditLogEntityKeyExactMatch>;

/** Validates {@link T.AuditLogEntityKeyFilterProperty}. */
export const AuditLogEntityKeyFilterPropertySchema = (z.union([
  AuditLogEntityKeyExactMatchSchema,
  AdvancedAuditLogEntityKeyFilterSchema,
])) as unknown as z.ZodType<T.AuditLogEntityKeyFilterProperty>;

/** Validates {@link T.AuditLogKeyExactMatch}. */
export const AuditLogKeyExactMatchSchema = (AuditLogKeySchema) as unknown as z.ZodType<T.AuditLogKeyExactMatch>;

/** Validates {@link T.AuditLogKeyFilterProperty}. */
export const AuditLogKeyFilterPropertySchema = (z.union([
  AuditLogKeyExactMatchSchema,
  AdvancedAuditLogKeyFilterSchema,
])) as unknown as z.ZodType<T.AuditLogKeyFilterProperty>;

/** Validates {@link T.OperationTypeExactMatch}. */
export const OperationTypeExactMatchSchema = (AuditLogOperationTypeEnumSchema) as unknown as z.ZodType<T.OperationTypeExactMatch>;

/** Validates {@link T.OperationTypeFilterProperty}. */
export const OperationTypeFilterPropertySchema = (z.union([
  OperationTypeExactMatchSchema,
  AdvancedOperationTypeFilterSchema,
])) as unknown as z.ZodType<T.OperationTypeFilterProperty>;

/** Validates {@link T.AuditLogResultExactMatch}. */
export const AuditLogResultExactMatchSchema = (AuditLogResultEnumSchema) as unknown as z.ZodType<T.AuditLogResultExactMatch>;

/** Validates {@link T.AuditLogResultFilterProperty}. */
export const AuditLogResultFilterPropertySchema = (z.union([
  AuditLogResultExactMatchSchema,
  AdvancedResultFilterSchema,
])) as unknown as z.ZodType<T.AuditLogResultFilterProperty>;

/** Validates {@link T.EntityTypeExactMatch}. */
export const EntityTypeExactMatchSchema = (AuditLogEntityTypeEnumSchema) as unknown as z.ZodType<T.EntityTypeExactMatch>;

/** Validates {@link T.EntityTypeFilterProperty}. */
export const EntityTypeFilterPropertySchema = (z.union([
  EntityTypeExactMatchSchema,
  AdvancedEntityTypeFilterSchema,
])) as unknown as z.ZodType<T.EntityTypeFilterProperty>;

/** Validates {@link T.CategoryExactMatch}. */
export const CategoryExactMatchSchema = (AuditLogCategoryEnumSchema) as unknown as z.ZodType<T.CategoryExactMatch>;

/** Validates {@link T.CategoryFilterProperty}. */
export const CategoryFilterPropertySchema = (z.union([
  CategoryExactMatchSchema,
  AdvancedCategoryFilterSchema,
])) as unknown as z.ZodType<T.CategoryFilterProperty>;

/** Validates {@link T.DeploymentKeyExactMatch}. */
export const DeploymentKeyExactMatchSchema = (DeploymentKeySchema) as unknown as z.ZodType<T.DeploymentKeyExactMatch>;

/** Validates {@link T.DeploymentKeyFilterProperty}. */
export const DeploymentKeyFilterPropertySchema = (z.union([
  DeploymentKeyExactMatchSchema,
  AdvancedDeploymentKeyFilterSchema,
])) as unknown as z.ZodType<T.DeploymentKeyFilterProperty>;

/** Validates {@link T.FormKeyExactMatch}. */
export const FormKeyExactMatchSchema = (FormKeySchema) as unknown as z.ZodType<T.FormKeyExactMatch>;

/** Validates {@link T.FormKeyFilterProperty}. */
export const FormKeyFilterPropertySchema = (z.union([
  FormKeyExactMatchSchema,
  AdvancedFormKeyFilterSchema,
])) as unknown as z.ZodType<T.FormKeyFilterProperty>;

/** Validates {@link T.ResourceKeyExactMatch}. */
export const ResourceKeyExactMatchSchema = (ResourceKeySchema) as unknown as z.ZodType<T.ResourceKeyExactMatch>;

/** Validates {@link T.ResourceKeyFilterProperty}. */
export const ResourceKeyFilterPropertySchema = (z.union([
  ResourceKeyExactMatchSchema,
  AdvancedResourceKeyFilterSchema,
])) as unknown as z.ZodType<T.ResourceKeyFilterProperty>;

/** Validates {@link T.BatchOperationTypeExactMatch}. */
export const BatchOperationTypeExactMatchSchema = (BatchOperationTypeEnumSchema) as unknown as z.ZodType<T.BatchOperationTypeExactMatch>;

/** Validates {@link T.BatchOperationTypeFilterProperty}. */
export const BatchOperationTypeFilterPropertySchema = (z.union([
  BatchOperationTypeExactMatchSchema,
  AdvancedBatchOperationTypeFilterSchema,
])) as unknown as z.ZodType<T.BatchOperationTypeFilterProperty>;

/** Validates {@link T.BasicStringFilter}. */
export const BasicStringFilterSchema = (z.looseObject({
  $eq: z.string().exactOptional(),
  $neq: z.string().exactOptional(),
  $exists: z.boolean().exactOptional(),
  $in: z.array(z.string()).exactOptional(),
  $notIn: z.array(z.string()).exactOptional(),
})) as unknown as z.ZodType<T.BasicStringFilter>;

/** Validates {@link T.BasicStringFilterProperty}. */
export const BasicStringFilterPropertySchema = (z.union([
  z.string(),
  BasicStringFilterSchema,
])) as unknown as z.ZodType<T.BasicStringFilterProperty>;

/** Validates {@link T.DecisionRequirementsKeyExactMatch}. */
export const DecisionRequirementsKeyExactMatchSchema = (DecisionRequirementsKeySchema) as unknown as z.ZodType<T.DecisionRequirementsKeyExactMatch>;

/** Validates {@link T.DecisionRequirementsKeyFilterProperty}. */
export const DecisionRequirementsKeyFilterPropertySchema = (z.union([
  DecisionRequirementsKeyExactMatchSchema,
  AdvancedDecisionRequirementsKeyFilterSchema,
])) as unknown as z.ZodType<T.DecisionRequirementsKeyFilterProperty>;

/** Validates {@link T.DecisionDefinitionKeyExactMatch}. */
export const DecisionDefinitionKeyExactMatchSchema = (DecisionDefinitionKeySchema) as unknown as z.ZodType<T.DecisionDefinitionKeyExactMatch>;

/** Validates {@link T.DecisionDefinitionKeyFilterProperty}. */
export const DecisionDefinitionKeyFilterPropertySchema = (z.union([
  DecisionDefinitionKeyExactMatchSchema,
  AdvancedDecisionDefinitionKeyFilterSchema,
])) as unknown as z.ZodType<T.DecisionDefinitionKeyFilterProperty>;

/** Validates {@link T.DecisionEvaluationKeyExactMatch}. */
export const DecisionEvaluationKeyExactMatchSchema = (DecisionEvaluationKeySchema) as unknown as z.ZodType<T.DecisionEvaluationKeyExactMatch>;

/** Validates {@link T.DecisionEvaluationKeyFilterProperty}. */
export const DecisionEvaluationKeyFilterPropertySchema = (z.union([
  DecisionEvaluationKeyExactMatchSchema,
  AdvancedDecisionEvaluationKeyFilterSchema,
])) as unknown as z.ZodType<T.DecisionEvaluationKeyFilterProperty>;

/** Validates {@link T.AuditLogFilter}. */
export const AuditLogFilterSchema = (z.looseObject({
  auditLogKey: AuditLogKeyFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  operationType: OperationTypeFilterPropertySchema.exactOptional(),
  result: AuditLogResultFilterPropertySchema.exactOptional(),
  timestamp: DateTimeFilterPropertySchema.exactOptional(),
  actorId: StringFilterPropertySchema.exactOptional(),
  actorType: AuditLogActorTypeFilterPropertySchema.exactOptional(),
  agentElementId: StringFilterPropertySchema.exactOptional(),
  entityKey: AuditLogEntityKeyFilterPropertySchema.exactOptional(),
  entityType: EntityTypeFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  category: CategoryFilterPropertySchema.exactOptional(),
  deploymentKey: DeploymentKeyFilterPropertySchema.exactOptional(),
  formKey: FormKeyFilterPropertySchema.exactOptional(),
  resourceKey: ResourceKeyFilterPropertySchema.exactOptional(),
  batchOperationType: BatchOperationTypeFilterPropertySchema.exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  jobKey: JobKeyFilterPropertySchema.exactOptional(),
  userTaskKey: BasicStringFilterPropertySchema.exactOptional(),
  decisionRequirementsId: StringFilterPropertySchema.exactOptional(),
  decisionRequirementsKey: DecisionRequirementsKeyFilterPropertySchema.exactOptional(),
  decisionDefinitionId: StringFilterPropertySchema.exactOptional(),
  decisionDefinitionKey: DecisionDefinitionKeyFilterPropertySchema.exactOptional(),
  decisionEvaluationKey: DecisionEvaluationKeyFilterPropertySchema.exactOptional(),
  relatedEntityKey: AuditLogEntityKeyFilterPropertySchema.exactOptional(),
  relatedEntityType: EntityTypeFilterPropertySchema.exactOptional(),
  entityDescription: StringFilterPropertySchema.exactOptional(),
  inboundChannelType: StringFilterPropertySchema.exactOptional(),
  inboundChannelToolName: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.AuditLogFilter>;

/** Validates {@link T.BatchOperationKey}. */
export const BatchOperationKeySchema = (semanticKeySchema(keys.BatchOperationKey)) as unknown as z.ZodType<T.BatchOperationKey>;

/** Validates {@link T.DecisionDefinitionId}. */
export const DecisionDefinitionIdSchema = (semanticKeySchema(keys.DecisionDefinitionId)) as unknown as z.ZodType<T.DecisionDefinitionId>;

/** Validates {@link T.AuditLogResult}. */
export const AuditLogResultSchema = (z.looseObject({
  auditLogKey: AuditLogKeySchema,
  entityKey: AuditLogEntityKeySchema,
  entityType: AuditLogEntityTypeEnumSchema,
  operationType: AuditLogOperationTypeEnumSchema,
  batchOperationKey: BatchOperationKeySchema.nullable(),
  batchOperationType: BatchOperationTypeEnumSchema.nullable(),
  timestamp: z.string(),
  actorId: z.string().nullable(),
  actorType: AuditLogActorTypeEnumSchema.nullable(),
  agentElementId: z.string().nullable(),
  tenantId: TenantIdSchema.nullable(),
  result: AuditLogResultEnumSchema,
  category: AuditLogCategoryEnumSchema,
  processDefinitionId: ProcessDefinitionIdSchema.nullable(),
  processDefinitionKey: ProcessDefinitionKeySchema.nullable(),
  processInstanceKey: ProcessInstanceKeySchema.nullable(),
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  elementInstanceKey: ElementInstanceKeySchema.nullable(),
  jobKey: JobKeySchema.nullable(),
  userTaskKey: UserTaskKeySchema.nullable(),
  decisionRequirementsId: z.string().nullable(),
  decisionRequirementsKey: DecisionRequirementsKeySchema.nullable(),
  decisionDefinitionId: DecisionDefinitionIdSchema.nullable(),
  decisionDefinitionKey: DecisionDefinitionKeySchema.nullable(),
  decisionEvaluationKey: DecisionEvaluationKeySchema.nullable(),
  deploymentKey: DeploymentKeySchema.nullable(),
  formKey: FormKeySchema.nullable(),
  resourceKey: ResourceKeySchema.nullable(),
  relatedEntityKey: AuditLogEntityKeySchema.nullable(),
  relatedEntityType: AuditLogEntityTypeEnumSchema.nullable(),
  entityDescription: z.string().nullable(),
  inboundChannelType: z.string().nullable(),
  inboundChannelToolName: z.string().nullable(),
})) as unknown as z.ZodType<T.AuditLogResult>;

/** Validates {@link T.AuditLogSearchQuerySortRequest}. */
export const AuditLogSearchQuerySortRequestSchema = (z.strictObject({
  field: z.enum([
    'actorId',
    'actorType',
    'auditLogKey',
    'batchOperationKey',
    'batchOperationType',
    'category',
    'decisionDefinitionId',
    'decisionDefinitionKey',
    'decisionEvaluationKey',
    'decisionRequirementsId',
    'decisionRequirementsKey',
    'elementInstanceKey',
    'entityKey',
    'entityType',
    'jobKey',
    'operationType',
    'processDefinitionId',
    'processDefinitionKey',
    'processInstanceKey',
    'inboundChannelType',
    'inboundChannelToolName',
    'result',
    'tenantId',
    'timestamp',
    'userTaskKey',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.AuditLogSearchQuerySortRequest>;

/** Validates {@link T.AuditLogSearchQueryRequest}. */
export const AuditLogSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(AuditLogSearchQuerySortRequestSchema).exactOptional(),
  filter: AuditLogFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AuditLogSearchQueryRequest>;

/** Validates {@link T.AuditLogSearchQueryResult}. */
export const AuditLogSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(AuditLogResultSchema),
})) as unknown as z.ZodType<T.AuditLogSearchQueryResult>;

/** Validates {@link T.AuthenticationConfigurationResponse}. */
export const AuthenticationConfigurationResponseSchema = (z.looseObject({
  canLogout: z.boolean(),
  isLoginDelegated: z.boolean(),
})) as unknown as z.ZodType<T.AuthenticationConfigurationResponse>;

/** Validates {@link T.AuthorizationKey}. */
export const AuthorizationKeySchema = (semanticKeySchema(keys.AuthorizationKey)) as unknown as z.ZodType<T.AuthorizationKey>;

/** Validates {@link T.AuthorizationCreateResult}. */
export const AuthorizationCreateResultSchema = (z.looseObject({
  authorizationKey: AuthorizationKeySchema,
})) as unknown as z.ZodType<T.AuthorizationCreateResult>;

/** Validates {@link T.OwnerTypeEnum}. */
export const OwnerTypeEnumSchema = (z.enum([
  'USER',
  'CLIENT',
  'ROLE',
  'GROUP',
  'MAPPING_RULE',
  'UNSPECIFIED',
])) as unknown as z.ZodType<T.OwnerTypeEnum>;

/** Validates {@link T.ResourceTypeEnum}. */
export const ResourceTypeEnumSchema = (z.enum([
  'AUDIT_LOG',
  'AUTHORIZATION',
  'BACKUP',
  'BATCH',
  'CLUSTER_VARIABLE',
  'COMPONENT',
  'DECISION_DEFINITION',
  'DECISION_REQUIREMENTS_DEFINITION',
  'DOCUMENT',
  'EXPORTER',
  'EXPRESSION',
  'GLOBAL_LISTENER',
  'GROUP',
  'MAPPING_RULE',
  'MESSAGE',
  'PROCESS_DEFINITION',
  'RESOURCE',
  'ROLE',
  'SECRET',
  'SYSTEM',
  'TENANT',
  'USER',
  'USER_TASK',
])) as unknown as z.ZodType<T.ResourceTypeEnum>;

/** Validates {@link T.AuthorizationFilter}. */
export const AuthorizationFilterSchema = (z.looseObject({
  ownerId: z.string().exactOptional(),
  ownerType: OwnerTypeEnumSchema.exactOptional(),
  resourceIds: z.array(z.string()).exactOptional(),
  resourcePropertyNames: z.array(z.string()).exactOptional(),
  resourceType: ResourceTypeEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.AuthorizationFilter>;

/** Validates {@link T.PermissionTypeEnum}. */
export const PermissionTypeEnumSchema = (z.enum([
  'ACCESS',
  'CANCEL_PROCESS_INSTANCE',
  'CLAIM',
  'CLAIM_USER_TASK',
  'COMPLETE',
  'COMPLETE_USER_TASK',
  'CREATE',
  'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_DELETE_DECISION_DEFINITION',
  'CREATE_BATCH_OPERATION_DELETE_DECISION_INSTANCE',
  'CREATE_BATCH_OPERATION_DELETE_PROCESS_DEFINITION',
  'CREATE_BATCH_OPERATION_DELETE_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_MIGRATE_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_MODIFY_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_RESOLVE_INCIDENT',
  'CREATE_BATCH_OPERATION_SUSPEND_PROCESS_INSTANCE',
  'CREATE_BATCH_OPERATION_UPDATE_JOB',
  'CREATE_DECISION_INSTANCE',
  'CREATE_PROCESS_INSTANCE',
  'CREATE_TASK_LISTENER',
  'DELETE',
  'DELETE_DECISION_INSTANCE',
  'DELETE_DRD',
  'DELETE_FORM',
  'DELETE_PROCESS',
  'DELETE_PROCESS_INSTANCE',
  'DELETE_RESOURCE',
  'DELETE_TASK_LISTENER',
  'EVALUATE',
  'MODIFY_PROCESS_INSTANCE',
  'PAUSE',
  'READ',
  'READ_DECISION_DEFINITION',
  'READ_DECISION_INSTANCE',
  'READ_JOB_METRIC',
  'READ_PROCESS_DEFINITION',
  'READ_PROCESS_INSTANCE',
  'READ_USAGE_METRIC',
  'READ_USER_TASK',
  'READ_TASK_LISTENER',
  'RESTORE',
  'REVEAL',
  'SUSPEND_PROCESS_INSTANCE',
  'UPDATE',
  'UPDATE_PROCESS_INSTANCE',
  'UPDATE_USER_TASK',
  'UPDATE_TASK_LISTENER',
])) as unknown as z.ZodType<T.PermissionTypeEnum>;

/** Validates {@link T.AuthorizationIdBasedRequest}. */
export const AuthorizationIdBasedRequestSchema = (z.strictObject({
  ownerId: z.string(),
  ownerType: OwnerTypeEnumSchema,
  resourceId: z.string(),
  resourceType: ResourceTypeEnumSchema,
  permissionTypes: z.array(PermissionTypeEnumSchema),
})) as unknown as z.ZodType<T.AuthorizationIdBasedRequest>;

/** Validates {@link T.AuthorizationPropertyBasedRequest}. */
export const AuthorizationPropertyBasedRequestSchema = (z.strictObject({
  ownerId: z.string(),
  ownerType: OwnerTypeEnumSchema,
  resourcePropertyName: z.string(),
  resourceType: ResourceTypeEnumSchema,
  permissionTypes: z.array(PermissionTypeEnumSchema),
})) as unknown as z.ZodType<T.AuthorizationPropertyBasedRequest>;

/** Validates {@link T.AuthorizationRequest}. */
export const AuthorizationRequestSchema = (z.union([
  AuthorizationIdBasedRequestSchema,
  AuthorizationPropertyBasedRequestSchema,
])) as unknown as z.ZodType<T.AuthorizationRequest>;

/** Validates {@link T.AuthorizationResult}. */
export const AuthorizationResultSchema = (z.looseObject({
  ownerId: z.string(),
  ownerType: OwnerTypeEnumSchema,
  resourceType: ResourceTypeEnumSchema,
  resourceId: z.string().nullable(),
  resourcePropertyName: z.string().nullable(),
  permissionTypes: z.array(PermissionTypeEnumSchema),
  authorizationKey: AuthorizationKeySchema,
})) as unknown as z.ZodType<T.AuthorizationResult>;

/** Validates {@link T.AuthorizationSearchQuerySortRequest}. */
export const AuthorizationSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['ownerId', 'ownerType', 'resourceId', 'resourcePropertyName', 'resourceType']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.AuthorizationSearchQuerySortRequest>;

/** Validates {@link T.AuthorizationSearchQuery}. */
export const AuthorizationSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(AuthorizationSearchQuerySortRequestSchema).exactOptional(),
  filter: AuthorizationFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.AuthorizationSearchQuery>;

/** Validates {@link T.AuthorizationSearchResult}. */
export const AuthorizationSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(AuthorizationResultSchema),
})) as unknown as z.ZodType<T.AuthorizationSearchResult>;

/** Validates {@link T.BackupId}. */
export const BackupIdSchema = (z.int().min(1)) as unknown as z.ZodType<T.BackupId>;

/** Validates {@link T.BackupIdPrefix}. */
export const BackupIdPrefixSchema = (z.string().regex(/^\d*\*$/u)) as unknown as z.ZodType<T.BackupIdPrefix>;

/** Validates {@link T.StateCode}. */
export const StateCodeSchema = (z.enum([
  'DOES_NOT_EXIST',
  'IN_PROGRESS',
  'COMPLETED',
  'FAILED',
  'INCOMPLETE',
  'DELETED',
])) as unknown as z.ZodType<T.StateCode>;

/** Validates {@link T.PartitionId}. */
export const PartitionIdSchema = (z.int().min(1)) as unknown as z.ZodType<T.PartitionId>;

/** Validates {@link T.PartitionBackupInfo}. */
export const PartitionBackupInfoSchema = (z.looseObject({
  partitionId: PartitionIdSchema,
  state: StateCodeSchema,
  failureReason: z.string().nullable(),
  createdAt: z.string().nullable(),
  lastUpdatedAt: z.string().nullable(),
  snapshotId: z.string().nullable(),
  firstLogPosition: z.int().nullable(),
  checkpointPosition: z.int().nullable(),
  brokerId: z.int().min(0).nullable(),
  brokerVersion: z.string().nullable(),
})) as unknown as z.ZodType<T.PartitionBackupInfo>;

/** Validates {@link T.BackupInfo}. */
export const BackupInfoSchema = (z.looseObject({
  backupId: BackupIdSchema,
  state: StateCodeSchema,
  failureReason: z.string().nullable(),
  details: z.array(PartitionBackupInfoSchema),
})) as unknown as z.ZodType<T.BackupInfo>;

/** Validates {@link T.BackupType}. */
export const BackupTypeSchema = (z.enum(['MANUAL_BACKUP', 'SCHEDULED_BACKUP'])) as unknown as z.ZodType<T.BackupType>;

/** Validates {@link T.ProcessInstanceStateExactMatch}. */
export const ProcessInstanceStateExactMatchSchema = (ProcessInstanceStateEnumSchema) as unknown as z.ZodType<T.ProcessInstanceStateExactMatch>;

/** Validates {@link T.ProcessInstanceStateFilterProperty}. */
export const ProcessInstanceStateFilterPropertySchema = (z.union([
  ProcessInstanceStateExactMatchSchema,
  AdvancedProcessInstanceStateFilterSchema,
])) as unknown as z.ZodType<T.ProcessInstanceStateFilterProperty>;

/** Validates {@link T.VariableValueFilterProperty}. */
export const VariableValueFilterPropertySchema = (z.looseObject({
  name: z.string(),
  value: StringFilterPropertySchema,
})) as unknown as z.ZodType<T.VariableValueFilterProperty>;

/** Validates {@link T.ElementInstanceStateExactMatch}. */
export const ElementInstanceStateExactMatchSchema = (ElementInstanceStateEnumSchema) as unknown as z.ZodType<T.ElementInstanceStateExactMatch>;

/** Validates {@link T.ElementInstanceStateFilterProperty}. */
export const ElementInstanceStateFilterPropertySchema = (z.union([
  ElementInstanceStateExactMatchSchema,
  AdvancedElementInstanceStateFilterSchema,
])) as unknown as z.ZodType<T.ElementInstanceStateFilterProperty>;

/** Validates {@link T.BaseProcessInstanceFilterFields}. */
export const BaseProcessInstanceFilterFieldsSchema = (z.looseObject({
  startDate: DateTimeFilterPropertySchema.exactOptional(),
  endDate: DateTimeFilterPropertySchema.exactOptional(),
  state: ProcessInstanceStateFilterPropertySchema.exactOptional(),
  hasIncident: z.boolean().exactOptional(),
  suspendedDate: DateTimeFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  variables: z.array(VariableValueFilterPropertySchema).exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentElementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  batchOperationId: StringFilterPropertySchema.exactOptional(),
  batchOperationKey: StringFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
  hasRetriesLeft: z.boolean().exactOptional(),
  elementInstanceState: ElementInstanceStateFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  hasElementInstanceIncident: z.boolean().exactOptional(),
  incidentErrorHashCode: IntegerFilterPropertySchema.exactOptional(),
  tags: TagSetSchema.exactOptional(),
  businessId: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.BaseProcessInstanceFilterFields>;

/** Validates {@link T.BaseWaitStateDetails}. */
export const BaseWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.string(),
})) as unknown as z.ZodType<T.BaseWaitStateDetails>;

/** Validates {@link T.BatchOperationCreatedResult}. */
export const BatchOperationCreatedResultSchema = (z.looseObject({
  batchOperationKey: BatchOperationKeySchema,
  batchOperationType: BatchOperationTypeEnumSchema,
})) as unknown as z.ZodType<T.BatchOperationCreatedResult>;

/** Validates {@link T.BatchOperationError}. */
export const BatchOperationErrorSchema = (z.looseObject({
  partitionId: z.int(),
  type: z.enum(['QUERY_FAILED', 'RESULT_BUFFER_SIZE_EXCEEDED']),
  message: z.string(),
})) as unknown as z.ZodType<T.BatchOperationError>;

/** Validates {@link T.BatchOperationStateExactMatch}. */
export const BatchOperationStateExactMatchSchema = (BatchOperationStateEnumSchema) as unknown as z.ZodType<T.BatchOperationStateExactMatch>;

/** Validates {@link T.BatchOperationStateFilterProperty}. */
export const BatchOperationStateFilterPropertySchema = (z.union([
  BatchOperationStateExactMatchSchema,
  AdvancedBatchOperationStateFilterSchema,
])) as unknown as z.ZodType<T.BatchOperationStateFilterProperty>;

/** Validates {@link T.BatchOperationFilter}. */
export const BatchOperationFilterSchema = (z.looseObject({
  batchOperationKey: BasicStringFilterPropertySchema.exactOptional(),
  operationType: BatchOperationTypeFilterPropertySchema.exactOptional(),
  state: BatchOperationStateFilterPropertySchema.exactOptional(),
  actorType: AuditLogActorTypeEnumSchema.exactOptional(),
  actorId: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.BatchOperationFilter>;

/** Validates {@link T.BatchOperationItemStateExactMatch}. */
export const BatchOperationItemStateExactMatchSchema = (BatchOperationItemStateEnumSchema) as unknown as z.ZodType<T.BatchOperationItemStateExactMatch>;

/** Validates {@link T.BatchOperationItemStateFilterProperty}. */
export const BatchOperationItemStateFilterPropertySchema = (z.union([
  BatchOperationItemStateExactMatchSchema,
  AdvancedBatchOperationItemStateFilterSchema,
])) as unknown as z.ZodType<T.BatchOperationItemStateFilterProperty>;

/** Validates {@link T.BatchOperationItemFilter}. */
export const BatchOperationItemFilterSchema = (z.looseObject({
  batchOperationKey: BasicStringFilterPropertySchema.exactOptional(),
  itemKey: BasicStringFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  state: BatchOperationItemStateFilterPropertySchema.exactOptional(),
  operationType: BatchOperationTypeFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.BatchOperationItemFilter>;

/** Validates {@link T.BatchOperationItemResponse}. */
export const BatchOperationItemResponseSchema = (z.looseObject({
  operationType: BatchOperationTypeEnumSchema,
  batchOperationKey: BatchOperationKeySchema,
  itemKey: z.string(),
  processInstanceKey: ProcessInstanceKeySchema.nullable(),
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  state: z.enum(['ACTIVE', 'COMPLETED', 'SKIPPED', 'CANCELED', 'FAILED']),
  processedDate: z.string().nullable(),
  errorMessage: z.string().nullable(),
})) as unknown as z.ZodType<T.BatchOperationItemResponse>;

/** Validates {@link T.BatchOperationItemSearchQuerySortRequest}. */
export const BatchOperationItemSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['batchOperationKey', 'itemKey', 'processInstanceKey', 'processedDate', 'state']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.BatchOperationItemSearchQuerySortRequest>;

/** Validates {@link T.BatchOperationItemSearchQuery}. */
export const BatchOperationItemSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(BatchOperationItemSearchQuerySortRequestSchema).exactOptional(),
  filter: BatchOperationItemFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.BatchOperationItemSearchQuery>;

/** Validates {@link T.BatchOperationItemSearchQueryResult}. */
export const BatchOperationItemSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(BatchOperationItemResponseSchema),
})) as unknown as z.ZodType<T.BatchOperationItemSearchQueryResult>;

/** Validates {@link T.BatchOperationResponse}. */
export const BatchOperationResponseSchema = (z.looseObject({
  batchOperationKey: BatchOperationKeySchema,
  state: BatchOperationStateEnumSchema,
  batchOperationType: BatchOperationTypeEnumSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  actorType: AuditLogActorTypeEnumSchema.nullable(),
  actorId: z.string().nullable(),
  operationsTotalCount: z.int(),
  operationsFailedCount: z.int(),
  operationsCompletedCount: z.int(),
  errors: z.array(BatchOperationErrorSchema),
})) as unknown as z.ZodType<T.BatchOperationResponse>;

/** Validates {@link T.BatchOperationSearchQuerySortRequest}. */
export const BatchOperationSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'batchOperationKey',
    'operationType',
    'state',
    'startDate',
    'endDate',
    'actorType',
    'actorId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.BatchOperationSearchQuerySortRequest>;

/** Validates {@link T.BatchOperationSearchQuery}. */
export const BatchOperationSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(BatchOperationSearchQuerySortRequestSchema).exactOptional(),
  filter: BatchOperationFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.BatchOperationSearchQuery>;

/** Validates {@link T.BatchOperationSearchQueryResult}. */
export const BatchOperationSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(BatchOperationResponseSchema),
})) as unknown as z.ZodType<T.BatchOperationSearchQueryResult>;

/** Validates {@link T.Partition}. */
export const PartitionSchema = (z.looseObject({
  partitionId: z.int(),
  role: z.enum(['leader', 'follower', 'inactive']),
  health: z.enum(['healthy', 'unhealthy', 'dead']),
  state: z.enum(['unknown', 'joining', 'active', 'leaving', 'recovering']),
})) as unknown as z.ZodType<T.Partition>;

/** Validates {@link T.BrokerInfo}. */
export const BrokerInfoSchema = (z.looseObject({
  nodeId: z.int(),
  brokerId: z.string(),
  host: z.string(),
  port: z.int(),
  partitions: z.array(PartitionSchema),
  version: z.string(),
})) as unknown as z.ZodType<T.BrokerInfo>;

/** Validates {@link T.Username}. */
export const UsernameSchema = (semanticKeySchema(keys.Username)) as unknown as z.ZodType<T.Username>;

/** Validates {@link T.TenantResult}. */
export const TenantResultSchema = (z.looseObject({
  name: z.string(),
  tenantId: TenantIdSchema,
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.TenantResult>;

/** Validates {@link T.CamundaUserResult}. */
export const CamundaUserResultSchema = (z.looseObject({
  username: UsernameSchema,
  displayName: z.string().nullable(),
  email: z.string().nullable(),
  authorizedComponents: z.array(z.string()),
  tenants: z.array(TenantResultSchema),
  groups: z.array(z.string()),
  roles: z.array(z.string()),
  salesPlanType: z.string().nullable(),
  c8Links: z.record(z.string(), z.string()),
  canLogout: z.boolean(),
})) as unknown as z.ZodType<T.CamundaUserResult>;

/** Validates {@link T.OperationReference}. */
export const OperationReferenceSchema = (z.int().min(1)) as unknown as z.ZodType<T.OperationReference>;

/** Validates {@link T.CancelProcessInstanceRequest}. */
export const CancelProcessInstanceRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
}).nullable()) as unknown as z.ZodType<T.CancelProcessInstanceRequest | null>;

/** Validates {@link T.Changeset}. */
export const ChangesetSchema = (z.looseObject({
  dueDate: z.string().nullable().exactOptional(),
  followUpDate: z.string().nullable().exactOptional(),
  candidateUsers: z.array(z.string()).nullable().exactOptional(),
  candidateGroups: z.array(z.string()).nullable().exactOptional(),
  priority: z.int().min(0).max(100).nullable().exactOptional(),
}).nullable()) as unknown as z.ZodType<T.Changeset | null>;

/** Validates {@link T.CheckpointId}. */
export const CheckpointIdSchema = (z.int().min(0)) as unknown as z.ZodType<T.CheckpointId>;

/** Validates {@link T.CheckpointType}. */
export const CheckpointTypeSchema = (z.enum([
  'MARKER',
  'SCHEDULED_BACKUP',
  'MANUAL_BACKUP',
])) as unknown as z.ZodType<T.CheckpointType>;

/** Validates {@link T.ClientId}. */
export const ClientIdSchema = (semanticKeySchema(keys.ClientId)) as unknown as z.ZodType<T.ClientId>;

/** Validates {@link T.ClockPinRequest}. */
export const ClockPinRequestSchema = (z.strictObject({
  timestamp: z.int(),
})) as unknown as z.ZodType<T.ClockPinRequest>;

/** Validates {@link T.CloudStage}. */
export const CloudStageSchema = (z.enum(['dev', 'int', 'prod'])) as unknown as z.ZodType<T.CloudStage>;

/** Validates {@link T.CloudConfigurationResponse}. */
export const CloudConfigurationResponseSchema = (z.looseObject({
  stage: CloudStageSchema.nullable(),
})) as unknown as z.ZodType<T.CloudConfigurationResponse>;

/** Validates {@link T.ClusterBrokerInfo}. */
export const ClusterBrokerInfoSchema = (z.looseObject({
  brokerId: z.string(),
  host: z.string(),
  port: z.int(),
  version: z.string(),
})) as unknown as z.ZodType<T.ClusterBrokerInfo>;

/** Validates {@link T.ClusterHistoryBackupTenantState}. */
export const ClusterHistoryBackupTenantStateSchema = (z.enum([
  'IN_PROGRESS',
  'COMPLETED',
  'FAILED',
  'INCOMPLETE',
  'INCOMPATIBLE',
  'NOT_FOUND',
])) as unknown as z.ZodType<T.ClusterHistoryBackupTenantState>;

/** Validates {@link T.HistoryBackupSnapshotInfo}. */
export const HistoryBackupSnapshotInfoSchema = (z.looseObject({
  snapshotName: z.string(),
  state: z.string().nullable(),
  startTime: z.string().nullable(),
  failures: z.array(z.string()),
})) as unknown as z.ZodType<T.HistoryBackupSnapshotInfo>;

/** Validates {@link T.ClusterHistoryBackupTenantInfo}. */
export const ClusterHistoryBackupTenantInfoSchema = (z.looseObject({
  physicalTenantId: z.string(),
  state: ClusterHistoryBackupTenantStateSchema,
  failureReason: z.string().nullable(),
  details: z.array(HistoryBackupSnapshotInfoSchema),
})) as unknown as z.ZodType<T.ClusterHistoryBackupTenantInfo>;

/** Validates {@link T.ClusterHistoryBackupInfo}. */
export const ClusterHistoryBackupInfoSchema = (z.looseObject({
  backupId: BackupIdSchema,
  physicalTenants: z.array(ClusterHistoryBackupTenantInfoSchema),
})) as unknown as z.ZodType<T.ClusterHistoryBackupInfo>;

/** Validates {@link T.ClusterHistoryBackupTakeResult}. */
export const ClusterHistoryBackupTakeResultSchema = (z.looseObject({
  physicalTenantId: z.string(),
  scheduledSnapshots: z.array(z.string()),
})) as unknown as z.ZodType<T.ClusterHistoryBackupTakeResult>;

/** Validates {@link T.ClusterModeChangeOperation}. */
export const ClusterModeChangeOperationSchema = (z.looseObject({
  operation: z.string(),
  mode: z.string().nullable(),
})) as unknown as z.ZodType<T.ClusterModeChangeOperation>;

/** Validates {@link T.ClusterModeChangePlannedChange}. */
export const ClusterModeChangePlannedChangeSchema = (z.looseObject({
  physicalTenantId: z.string().nullable(),
  operations: z.array(ClusterModeChangeOperationSchema),
})) as unknown as z.ZodType<T.ClusterModeChangePlannedChange>;

/** Validates {@link T.ClusterModeChangeResponse}. */
export const ClusterModeChangeResponseSchema = (z.looseObject({
  changeId: z.string(),
  plannedChanges: z.array(ClusterModeChangePlannedChangeSchema),
})) as unknown as z.ZodType<T.ClusterModeChangeResponse>;

/** Validates {@link T.ClusterRestoreAwaitModeChangeOperation}. */
export const ClusterRestoreAwaitModeChangeOperationSchema = (z.looseObject({
  operation: z.literal('AwaitModeChangeOperation'),
  brokerId: z.string(),
  mode: z.string(),
})) as unknown as z.ZodType<T.ClusterRestoreAwaitModeChangeOperation>;

/** Validates {@link T.ClusterRestoreBrokerOperation}. */
export const ClusterRestoreBrokerOperationSchema = (z.looseObject({
  operation: z.literal('UpdateIncarnationNumberOperation'),
  brokerId: z.string(),
})) as unknown as z.ZodType<T.ClusterRestoreBrokerOperation>;

/** Validates {@link T.ClusterRestoreModeChangeOperation}. */
export const ClusterRestoreModeChangeOperationSchema = (z.looseObject({
  operation: z.literal('ModeChangeOperation'),
  brokerId: z.string(),
  mode: z.string(),
})) as unknown as z.ZodType<T.ClusterRestoreModeChangeOperation>;

/** Validates {@link T.ClusterRestorePartitionOperation}. */
export const ClusterRestorePartitionOperationSchema = (z.looseObject({
  operation: z.literal('PartitionPreRestoreOperation'),
  brokerId: z.string(),
  partitionId: z.int(),
})) as unknown as z.ZodType<T.ClusterRestorePartitionOperation>;

/** Validates {@link T.ClusterRestorePartitionRestoreOperation}. */
export const ClusterRestorePartitionRestoreOperationSchema = (z.looseObject({
  operation: z.literal('PartitionRestoreOperation'),
  brokerId: z.string(),
  partitionId: z.int(),
  backupIds: z.array(z.int()),
})) as unknown as z.ZodType<T.ClusterRestorePartitionRestoreOperation>;

/** Validates {@link T.ClusterRestoreOperation}. */
export const ClusterRestoreOperationSchema = (z.union([
  ClusterRestoreBrokerOperationSchema,
  ClusterRestorePartitionOperationSchema,
  ClusterRestorePartitionRestoreOperationSchema,
  ClusterRestoreModeChangeOperationSchema,
  ClusterRestoreAwaitModeChangeOperationSchema,
])) as unknown as z.ZodType<T.ClusterRestoreOperation>;

/** Validates {@link T.ClusterRestorePlannedChange}. */
export const ClusterRestorePlannedChangeSchema = (z.looseObject({
  physicalTenantId: z.string().nullable(),
  operations: z.array(ClusterRestoreOperationSchema),
})) as unknown as z.ZodType<T.ClusterRestorePlannedChange>;

/** Validates {@link T.RestoreRequest}. */
export const RestoreRequestSchema = (z.looseObject({
  from: z.string().nullable().exactOptional(),
  to: z.string().nullable().exactOptional(),
  backupIds: z.array(z.int()).nullable().exactOptional(),
})) as unknown as z.ZodType<T.RestoreRequest>;

/** Validates {@link T.ClusterRestoreRequest}. */
export const ClusterRestoreRequestSchema = (z.looseObject({
  from: z.string().nullable().exactOptional(),
  to: z.string().nullable().exactOptional(),
  backupIds: z.array(z.int()).nullable().exactOptional(),
  overrides: z.record(z.string(), RestoreRequestSchema).nullable().exactOptional(),
})) as unknown as z.ZodType<T.ClusterRestoreRequest>;

/** Validates {@link T.ClusterRestoreResponse}. */
export const ClusterRestoreResponseSchema = (z.looseObject({
  changeId: z.string(),
  plannedChanges: z.array(ClusterRestorePlannedChangeSchema),
})) as unknown as z.ZodType<T.ClusterRestoreResponse>;

/** Validates {@link T.ClusterRuntimeBackupTenantInfo}. */
export const ClusterRuntimeBackupTenantInfoSchema = (z.looseObject({
  physicalTenantId: z.string(),
  state: StateCodeSchema,
  failureReason: z.string().nullable(),
  details: z.array(PartitionBackupInfoSchema),
})) as unknown as z.ZodType<T.ClusterRuntimeBackupTenantInfo>;

/** Validates {@link T.ClusterRuntimeBackupInfo}. */
export const ClusterRuntimeBackupInfoSchema = (z.looseObject({
  backupId: BackupIdSchema,
  state: StateCodeSchema,
  failureReason: z.string().nullable(),
  physicalTenants: z.array(ClusterRuntimeBackupTenantInfoSchema),
})) as unknown as z.ZodType<T.ClusterRuntimeBackupInfo>;

/** Validates {@link T.PartitionCheckpointState}. */
export const PartitionCheckpointStateSchema = (z.looseObject({
  checkpointId: CheckpointIdSchema,
  checkpointType: CheckpointTypeSchema,
  partitionId: PartitionIdSchema,
  checkpointPosition: z.int(),
  checkpointTimestamp: z.string(),
})) as unknown as z.ZodType<T.PartitionCheckpointState>;

/** Validates {@link T.PartitionBackupState}. */
export const PartitionBackupStateSchema = (z.looseObject({
  checkpointId: CheckpointIdSchema,
  checkpointType: BackupTypeSchema,
  partitionId: PartitionIdSchema.nullable(),
  checkpointPosition: z.int(),
  firstLogPosition: z.int(),
  checkpointTimestamp: z.string(),
})) as unknown as z.ZodType<T.PartitionBackupState>;

/** Validates {@link T.PartitionBackupRange}. */
export const PartitionBackupRangeSchema = (z.looseObject({
  partitionId: PartitionIdSchema,
  start: PartitionBackupStateSchema.nullable(),
  end: PartitionBackupStateSchema.nullable(),
})) as unknown as z.ZodType<T.PartitionBackupRange>;

/** Validates {@link T.RuntimeBackupState}. */
export const RuntimeBackupStateSchema = (z.looseObject({
  checkpointStates: z.array(PartitionCheckpointStateSchema),
  backupStates: z.array(PartitionBackupStateSchema),
  ranges: z.array(PartitionBackupRangeSchema),
})) as unknown as z.ZodType<T.RuntimeBackupState>;

/** Validates {@link T.ClusterRuntimeBackupTenantState}. */
export const ClusterRuntimeBackupTenantStateSchema = (z.looseObject({
  physicalTenantId: z.string(),
  state: RuntimeBackupStateSchema,
})) as unknown as z.ZodType<T.ClusterRuntimeBackupTenantState>;

/** Validates {@link T.ClusterRuntimeBackupState}. */
export const ClusterRuntimeBackupStateSchema = (z.looseObject({
  physicalTenants: z.array(ClusterRuntimeBackupTenantStateSchema),
})) as unknown as z.ZodType<T.ClusterRuntimeBackupState>;

/** Validates {@link T.ClusterRuntimeBackupTakeOutcome}. */
export const ClusterRuntimeBackupTakeOutcomeSchema = (z.enum([
  'TRIGGERED',
  'FAILED',
  'UNKNOWN',
])) as unknown as z.ZodType<T.ClusterRuntimeBackupTakeOutcome>;

/** Validates {@link T.ClusterRuntimeBackupTakeResult}. */
export const ClusterRuntimeBackupTakeResultSchema = (z.looseObject({
  physicalTenantId: z.string(),
  backupId: BackupIdSchema.nullable(),
  outcome: ClusterRuntimeBackupTakeOutcomeSchema,
  reason: z.string().nullable(),
})) as unknown as z.ZodType<T.ClusterRuntimeBackupTakeResult>;

/** Validates {@link T.ClusterStatusResponse}. */
export const ClusterStatusResponseSchema = (z.looseObject({
  status: z.enum(['HEALTHY', 'DEGRADED', 'DOWN']),
})) as unknown as z.ZodType<T.ClusterStatusResponse>;

/** Validates {@link T.ClusterTakeHistoryBackupResponse}. */
export const ClusterTakeHistoryBackupResponseSchema = (z.looseObject({
  backupId: BackupIdSchema,
  physicalTenants: z.array(ClusterHistoryBackupTakeResultSchema),
})) as unknown as z.ZodType<T.ClusterTakeHistoryBackupResponse>;

/** Validates {@link T.ClusterTakeRuntimeBackupResponse}. */
export const ClusterTakeRuntimeBackupResponseSchema = (z.looseObject({
  physicalTenants: z.array(ClusterRuntimeBackupTakeResultSchema),
})) as unknown as z.ZodType<T.ClusterTakeRuntimeBackupResponse>;

/** Validates {@link T.PhysicalTenantBrokerTopology}. */
export const PhysicalTenantBrokerTopologySchema = (z.looseObject({
  brokerId: z.string(),
  partitions: z.array(PartitionSchema),
})) as unknown as z.ZodType<T.PhysicalTenantBrokerTopology>;

/** Validates {@link T.PhysicalTenantTopology}. */
export const PhysicalTenantTopologySchema = (z.looseObject({
  physicalTenantId: z.string(),
  partitionsCount: z.int(),
  replicationFactor: z.int(),
  lastCompletedChangeId: z.string(),
  brokers: z.array(PhysicalTenantBrokerTopologySchema),
})) as unknown as z.ZodType<T.PhysicalTenantTopology>;

/** Validates {@link T.ClusterTopologyResponse}. */
export const ClusterTopologyResponseSchema = (z.looseObject({
  brokers: z.array(ClusterBrokerInfoSchema),
  clusterId: z.string().nullable(),
  clusterSize: z.int(),
  gatewayVersion: z.string().nullable(),
  physicalTenants: z.array(PhysicalTenantTopologySchema),
})) as unknown as z.ZodType<T.ClusterTopologyResponse>;

/** Validates {@link T.ClusterVariableKindExactMatch}. */
export const ClusterVariableKindExactMatchSchema = (ClusterVariableKindEnumSchema) as unknown as z.ZodType<T.ClusterVariableKindExactMatch>;

/** Validates {@link T.ClusterVariableKindFilterProperty}. */
export const ClusterVariableKindFilterPropertySchema = (z.union([
  ClusterVariableKindExactMatchSchema,
  AdvancedClusterVariableKindFilterSchema,
])) as unknown as z.ZodType<T.ClusterVariableKindFilterProperty>;

/** Validates {@link T.ClusterVariableName}. */
export const ClusterVariableNameSchema = (semanticKeySchema(keys.ClusterVariableName)) as unknown as z.ZodType<T.ClusterVariableName>;

/** Validates {@link T.ClusterVariableResult}. */
export const ClusterVariableResultSchema = (z.looseObject({
  name: ClusterVariableNameSchema,
  scope: ClusterVariableScopeEnumSchema,
  tenantId: z.string().nullable(),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])),
  kind: ClusterVariableKindEnumSchema,
  value: z.string(),
})) as unknown as z.ZodType<T.ClusterVariableResult>;

/** Validates {@link T.ClusterVariableResultBase}. */
export const ClusterVariableResultBaseSchema = (z.looseObject({
  name: ClusterVariableNameSchema,
  scope: ClusterVariableScopeEnumSchema,
  tenantId: z.string().nullable(),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])),
  kind: ClusterVariableKindEnumSchema,
})) as unknown as z.ZodType<T.ClusterVariableResultBase>;

/** Validates {@link T.ClusterVariableScopeExactMatch}. */
export const ClusterVariableScopeExactMatchSchema = (ClusterVariableScopeEnumSchema) as unknown as z.ZodType<T.ClusterVariableScopeExactMatch>;

/** Validates {@link T.ClusterVariableScopeFilterProperty}. */
export const ClusterVariableScopeFilterPropertySchema = (z.union([
  ClusterVariableScopeExactMatchSchema,
  AdvancedClusterVariableScopeFilterSchema,
])) as unknown as z.ZodType<T.ClusterVariableScopeFilterProperty>;

/** Validates {@link T.ClusterVariableSearchQueryFilterRequest}. */
export const ClusterVariableSearchQueryFilterRequestSchema = (z.looseObject({
  name: StringFilterPropertySchema.exactOptional(),
  value: StringFilterPropertySchema.exactOptional(),
  scope: ClusterVariableScopeFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  isTruncated: z.boolean().exactOptional(),
  metadata: z.record(z.string(), AdvancedMetadataValueFilterSchema).exactOptional(),
  kind: ClusterVariableKindFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.ClusterVariableSearchQueryFilterRequest>;

/** Validates {@link T.ClusterVariableSearchQuerySortRequest}. */
export const ClusterVariableSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['name', 'value', 'tenantId', 'scope']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ClusterVariableSearchQuerySortRequest>;

/** Validates {@link T.ClusterVariableSearchQueryRequest}. */
export const ClusterVariableSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(ClusterVariableSearchQuerySortRequestSchema).exactOptional(),
  filter: ClusterVariableSearchQueryFilterRequestSchema.exactOptional(),
})) as unknown as z.ZodType<T.ClusterVariableSearchQueryRequest>;

/** Validates {@link T.ClusterVariableSearchResult}. */
export const ClusterVariableSearchResultSchema = (z.looseObject({
  name: ClusterVariableNameSchema,
  scope: ClusterVariableScopeEnumSchema,
  tenantId: z.string().nullable(),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])),
  kind: ClusterVariableKindEnumSchema,
  value: z.string(),
  isTruncated: z.boolean(),
})) as unknown as z.ZodType<T.ClusterVariableSearchResult>;

/** Validates {@link T.ClusterVariableSearchQueryResult}. */
export const ClusterVariableSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ClusterVariableSearchResultSchema),
})) as unknown as z.ZodType<T.ClusterVariableSearchQueryResult>;

/** Validates {@link T.WebappComponent}. */
export const WebappComponentSchema = (z.enum(['operate', 'tasklist', 'admin'])) as unknown as z.ZodType<T.WebappComponent>;

/** Validates {@link T.ComponentsConfigurationResponse}. */
export const ComponentsConfigurationResponseSchema = (z.looseObject({
  active: z.array(WebappComponentSchema),
})) as unknown as z.ZodType<T.ComponentsConfigurationResponse>;

/** Validates {@link T.ConditionWaitStateDetails}. */
export const ConditionWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.literal('CONDITION'),
  expression: z.string(),
  events: z.array(z.enum(['create', 'update'])),
})) as unknown as z.ZodType<T.ConditionWaitStateDetails>;

/** Validates {@link T.ConditionalEvaluationInstruction}. */
export const ConditionalEvaluationInstructionSchema = (z.looseObject({
  tenantId: TenantIdSchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeySchema.exactOptional(),
  variables: z.record(z.string(), z.unknown()),
})) as unknown as z.ZodType<T.ConditionalEvaluationInstruction>;

/** Validates {@link T.ConditionalEvaluationKey}. */
export const ConditionalEvaluationKeySchema = (semanticKeySchema(keys.ConditionalEvaluationKey)) as unknown as z.ZodType<T.ConditionalEvaluationKey>;

/** Validates {@link T.MessageSubscriptionKeyExactMatch}. */
export const MessageSubscriptionKeyExactMatchSchema = (MessageSubscriptionKeySchema) as unknown as z.ZodType<T.MessageSubscriptionKeyExactMatch>;

/** Validates {@link T.MessageSubscriptionKeyFilterProperty}. */
export const MessageSubscriptionKeyFilterPropertySchema = (z.union([
  MessageSubscriptionKeyExactMatchSchema,
  AdvancedMessageSubscriptionKeyFilterSchema,
])) as unknown as z.ZodType<T.MessageSubscriptionKeyFilterProperty>;

/** Validates {@link T.CorrelatedMessageSubscriptionFilter}. */
export const CorrelatedMessageSubscriptionFilterSchema = (z.looseObject({
  businessId: StringFilterPropertySchema.exactOptional(),
  correlationKey: StringFilterPropertySchema.exactOptional(),
  correlationTime: DateTimeFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  messageKey: BasicStringFilterPropertySchema.exactOptional(),
  messageName: StringFilterPropertySchema.exactOptional(),
  partitionId: IntegerFilterPropertySchema.exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  subscriptionKey: MessageSubscriptionKeyFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.CorrelatedMessageSubscriptionFilter>;

/** Validates {@link T.MessageKey}. */
export const MessageKeySchema = (semanticKeySchema(keys.MessageKey)) as unknown as z.ZodType<T.MessageKey>;

/** Validates {@link T.CorrelatedMessageSubscriptionResult}. */
export const CorrelatedMessageSubscriptionResultSchema = (z.looseObject({
  businessId: BusinessIdSchema.nullable(),
  correlationKey: z.string().nullable(),
  correlationTime: z.string(),
  elementId: z.string(),
  elementInstanceKey: ElementInstanceKeySchema.nullable(),
  messageKey: MessageKeySchema,
  messageName: z.string(),
  partitionId: z.int(),
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  subscriptionKey: MessageSubscriptionKeySchema,
  tenantId: TenantIdSchema,
})) as unknown as z.ZodType<T.CorrelatedMessageSubscriptionResult>;

/** Validates {@link T.CorrelatedMessageSubscriptionSearchQuerySortRequest}. */
export const CorrelatedMessageSubscriptionSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'businessId',
    'correlationKey',
    'correlationTime',
    'elementId',
    'elementInstanceKey',
    'messageKey',
    'messageName',
    'partitionId',
    'processDefinitionId',
    'processDefinitionKey',
    'processInstanceKey',
    'subscriptionKey',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.CorrelatedMessageSubscriptionSearchQuerySortRequest>;

/** Validates {@link T.CorrelatedMessageSubscriptionSearchQuery}. */
export const CorrelatedMessageSubscriptionSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(CorrelatedMessageSubscriptionSearchQuerySortRequestSchema).exactOptional(),
  filter: CorrelatedMessageSubscriptionFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.CorrelatedMessageSubscriptionSearchQuery>;

/** Validates {@link T.CorrelatedMessageSubscriptionSearchQueryResult}. */
export const CorrelatedMessageSubscriptionSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(CorrelatedMessageSubscriptionResultSchema),
})) as unknown as z.ZodType<T.CorrelatedMessageSubscriptionSearchQueryResult>;

/** Validates {@link T.CreateClusterVariableRequest}. */
export const CreateClusterVariableRequestSchema = (z.looseObject({
  name: ClusterVariableNameSchema,
  value: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])).exactOptional(),
  kind: ClusterVariableKindEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.CreateClusterVariableRequest>;

/** Validates {@link T.GlobalTaskListenerEventTypes}. */
export const GlobalTaskListenerEventTypesSchema = (z.array(GlobalTaskListenerEventTypeEnumSchema)) as unknown as z.ZodType<T.GlobalTaskListenerEventTypes>;

/** Validates {@link T.GlobalListenerId}. */
export const GlobalListenerIdSchema = (semanticKeySchema(keys.GlobalListenerId)) as unknown as z.ZodType<T.GlobalListenerId>;

/** Validates {@link T.CreateGlobalTaskListenerRequest}. */
export const CreateGlobalTaskListenerRequestSchema = (z.looseObject({
  type: z.string(),
  retries: z.int().exactOptional(),
  afterNonGlobal: z.boolean().exactOptional(),
  priority: z.int().exactOptional(),
  eventTypes: GlobalTaskListenerEventTypesSchema,
  id: GlobalListenerIdSchema,
})) as unknown as z.ZodType<T.CreateGlobalTaskListenerRequest>;

/** Validates {@link T.CreateProcessInstanceResult}. */
export const CreateProcessInstanceResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionVersion: z.int(),
  tenantId: TenantIdSchema,
  variables: z.record(z.string(), z.unknown()),
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  tags: TagSetSchema,
  businessId: BusinessIdSchema.nullable(),
})) as unknown as z.ZodType<T.CreateProcessInstanceResult>;

/** Validates {@link T.DecisionDefinitionFilter}. */
export const DecisionDefinitionFilterSchema = (z.looseObject({
  decisionDefinitionId: DecisionDefinitionIdSchema.exactOptional(),
  name: z.string().exactOptional(),
  isLatestVersion: z.boolean().exactOptional(),
  version: z.int().exactOptional(),
  decisionRequirementsId: z.string().exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  decisionDefinitionKey: DecisionDefinitionKeySchema.exactOptional(),
  decisionRequirementsKey: DecisionRequirementsKeySchema.exactOptional(),
  decisionRequirementsName: z.string().exactOptional(),
  decisionRequirementsVersion: z.int().exactOptional(),
})) as unknown as z.ZodType<T.DecisionDefinitionFilter>;

/** Validates {@link T.DecisionDefinitionResult}. */
export const DecisionDefinitionResultSchema = (z.looseObject({
  decisionDefinitionId: DecisionDefinitionIdSchema,
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  decisionRequirementsId: z.string(),
  decisionRequirementsKey: DecisionRequirementsKeySchema,
  decisionRequirementsName: z.string(),
  decisionRequirementsVersion: z.int(),
  name: z.string(),
  tenantId: TenantIdSchema,
  version: z.int(),
})) as unknown as z.ZodType<T.DecisionDefinitionResult>;

/** Validates {@link T.DecisionDefinitionSearchQuerySortRequest}. */
export const DecisionDefinitionSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'decisionDefinitionKey',
    'decisionDefinitionId',
    'name',
    'version',
    'decisionRequirementsId',
    'decisionRequirementsKey',
    'decisionRequirementsName',
    'decisionRequirementsVersion',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionDefinitionSearchQuerySortRequest>;

/** Validates {@link T.DecisionDefinitionSearchQuery}. */
export const DecisionDefinitionSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(DecisionDefinitionSearchQuerySortRequestSchema).exactOptional(),
  filter: DecisionDefinitionFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionDefinitionSearchQuery>;

/** Validates {@link T.DecisionDefinitionSearchQueryResult}. */
export const DecisionDefinitionSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(DecisionDefinitionResultSchema),
})) as unknown as z.ZodType<T.DecisionDefinitionSearchQueryResult>;

/** Validates {@link T.DecisionDefinitionTypeEnum}. */
export const DecisionDefinitionTypeEnumSchema = (z.enum([
  'DECISION_TABLE',
  'LITERAL_EXPRESSION',
  'UNSPECIFIED',
  'UNKNOWN',
])) as unknown as z.ZodType<T.DecisionDefinitionTypeEnum>;

/** Validates {@link T.DecisionEvaluationById}. */
export const DecisionEvaluationByIdSchema = (z.strictObject({
  decisionDefinitionId: DecisionDefinitionIdSchema,
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionEvaluationById>;

/** Validates {@link T.DecisionEvaluationByKey}. */
export const DecisionEvaluationByKeySchema = (z.strictObject({
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionEvaluationByKey>;

/** Validates {@link T.DecisionEvaluationInstanceKeyExactMatch}. */
export const DecisionEvaluationInstanceKeyExactMatchSchema = (DecisionEvaluationInstanceKeySchema) as unknown as z.ZodType<T.DecisionEvaluationInstanceKeyExactMatch>;

/** Validates {@link T.DecisionEvaluationInstanceKeyFilterProperty}. */
export const DecisionEvaluationInstanceKeyFilterPropertySchema = (z.union([
  DecisionEvaluationInstanceKeyExactMatchSchema,
  AdvancedDecisionEvaluationInstanceKeyFilterSchema,
])) as unknown as z.ZodType<T.DecisionEvaluationInstanceKeyFilterProperty>;

/** Validates {@link T.DecisionEvaluationInstruction}. */
export const DecisionEvaluationInstructionSchema = (z.union([
  DecisionEvaluationByIdSchema,
  DecisionEvaluationByKeySchema,
])) as unknown as z.ZodType<T.DecisionEvaluationInstruction>;

/** Validates {@link T.DecisionInstanceStateExactMatch}. */
export const DecisionInstanceStateExactMatchSchema = (DecisionInstanceStateEnumSchema) as unknown as z.ZodType<T.DecisionInstanceStateExactMatch>;

/** Validates {@link T.DecisionInstanceStateFilterProperty}. */
export const DecisionInstanceStateFilterPropertySchema = (z.union([
  DecisionInstanceStateExactMatchSchema,
  AdvancedDecisionInstanceStateFilterSchema,
])) as unknown as z.ZodType<T.DecisionInstanceStateFilterProperty>;

/** Validates {@link T.DecisionInstanceFilter}. */
export const DecisionInstanceFilterSchema = (z.looseObject({
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKeyFilterPropertySchema.exactOptional(),
  state: DecisionInstanceStateFilterPropertySchema.exactOptional(),
  evaluationFailure: z.string().exactOptional(),
  evaluationDate: DateTimeFilterPropertySchema.exactOptional(),
  decisionDefinitionId: DecisionDefinitionIdSchema.exactOptional(),
  decisionDefinitionName: z.string().exactOptional(),
  decisionDefinitionVersion: z.int().exactOptional(),
  decisionDefinitionType: DecisionDefinitionTypeEnumSchema.exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  decisionEvaluationKey: DecisionEvaluationKeySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeySchema.exactOptional(),
  businessId: StringFilterPropertySchema.exactOptional(),
  decisionDefinitionKey: DecisionDefinitionKeyFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  rootDecisionDefinitionKey: DecisionDefinitionKeyFilterPropertySchema.exactOptional(),
  decisionRequirementsKey: DecisionRequirementsKeyFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionInstanceFilter>;

/** Validates {@link T.DecisionInstanceDeletionBatchOperationRequest}. */
export const DecisionInstanceDeletionBatchOperationRequestSchema = (z.strictObject({
  filter: DecisionInstanceFilterSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionInstanceDeletionBatchOperationRequest>;

/** Validates {@link T.EvaluatedDecisionInputItem}. */
export const EvaluatedDecisionInputItemSchema = (z.looseObject({
  inputId: z.string(),
  inputName: z.string(),
  inputValue: z.string(),
})) as unknown as z.ZodType<T.EvaluatedDecisionInputItem>;

/** Validates {@link T.EvaluatedDecisionOutputItem}. */
export const EvaluatedDecisionOutputItemSchema = (z.looseObject({
  outputId: z.string(),
  outputName: z.string(),
  outputValue: z.string(),
  ruleId: z.string().nullable(),
  ruleIndex: z.int().nullable(),
})) as unknown as z.ZodType<T.EvaluatedDecisionOutputItem>;

/** Validates {@link T.MatchedDecisionRuleItem}. */
export const MatchedDecisionRuleItemSchema = (z.looseObject({
  ruleId: z.string(),
  ruleIndex: z.int(),
  evaluatedOutputs: z.array(EvaluatedDecisionOutputItemSchema),
})) as unknown as z.ZodType<T.MatchedDecisionRuleItem>;

/** Validates {@link T.DecisionInstanceGetQueryResult}. */
export const DecisionInstanceGetQueryResultSchema = (z.looseObject({
  businessId: BusinessIdSchema.nullable(),
  decisionDefinitionId: DecisionDefinitionIdSchema,
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  decisionDefinitionName: z.string(),
  decisionDefinitionType: DecisionDefinitionTypeEnumSchema,
  decisionDefinitionVersion: z.int(),
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKeySchema,
  decisionEvaluationKey: DecisionEvaluationKeySchema,
  elementInstanceKey: ElementInstanceKeySchema.nullable(),
  evaluationDate: z.string(),
  evaluationFailure: z.string().nullable(),
  processDefinitionKey: ProcessDefinitionKeySchema.nullable(),
  processInstanceKey: ProcessInstanceKeySchema.nullable(),
  result: z.string(),
  rootDecisionDefinitionKey: DecisionDefinitionKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  state: DecisionInstanceStateEnumSchema,
  tenantId: TenantIdSchema,
  evaluatedInputs: z.array(EvaluatedDecisionInputItemSchema),
  matchedRules: z.array(MatchedDecisionRuleItemSchema),
})) as unknown as z.ZodType<T.DecisionInstanceGetQueryResult>;

/** Validates {@link T.DecisionInstanceKey}. */
export const DecisionInstanceKeySchema = (semanticKeySchema(keys.DecisionInstanceKey)) as unknown as z.ZodType<T.DecisionInstanceKey>;

/** Validates {@link T.DecisionInstanceResult}. */
export const DecisionInstanceResultSchema = (z.looseObject({
  businessId: BusinessIdSchema.nullable(),
  decisionDefinitionId: DecisionDefinitionIdSchema,
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  decisionDefinitionName: z.string(),
  decisionDefinitionType: DecisionDefinitionTypeEnumSchema,
  decisionDefinitionVersion: z.int(),
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKeySchema,
  decisionEvaluationKey: DecisionEvaluationKeySchema,
  elementInstanceKey: ElementInstanceKeySchema.nullable(),
  evaluationDate: z.string(),
  evaluationFailure: z.string().nullable(),
  processDefinitionKey: ProcessDefinitionKeySchema.nullable(),
  processInstanceKey: ProcessInstanceKeySchema.nullable(),
  result: z.string(),
  rootDecisionDefinitionKey: DecisionDefinitionKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  state: DecisionInstanceStateEnumSchema,
  tenantId: TenantIdSchema,
})) as unknown as z.ZodType<T.DecisionInstanceResult>;

/** Validates {@link T.DecisionInstanceSearchQuerySortRequest}. */
export const DecisionInstanceSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'businessId',
    'decisionDefinitionId',
    'decisionDefinitionKey',
    'decisionDefinitionName',
    'decisionDefinitionType',
    'decisionDefinitionVersion',
    'decisionEvaluationInstanceKey',
    'decisionEvaluationKey',
    'elementInstanceKey',
    'evaluationDate',
    'evaluationFailure',
    'processDefinitionKey',
    'processInstanceKey',
    'rootDecisionDefinitionKey',
    'state',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionInstanceSearchQuerySortRequest>;

/** Validates {@link T.DecisionInstanceSearchQuery}. */
export const DecisionInstanceSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(DecisionInstanceSearchQuerySortRequestSchema).exactOptional(),
  filter: DecisionInstanceFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionInstanceSearchQuery>;

/** Validates {@link T.DecisionInstanceSearchQueryResult}. */
export const DecisionInstanceSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(DecisionInstanceResultSchema),
})) as unknown as z.ZodType<T.DecisionInstanceSearchQueryResult>;

/** Validates {@link T.DecisionRequirementsFilter}. */
export const DecisionRequirementsFilterSchema = (z.looseObject({
  decisionRequirementsName: z.string().exactOptional(),
  decisionRequirementsId: z.string().exactOptional(),
  decisionRequirementsKey: DecisionRequirementsKeySchema.exactOptional(),
  version: z.int().exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  resourceName: z.string().exactOptional(),
})) as unknown as z.ZodType<T.DecisionRequirementsFilter>;

/** Validates {@link T.DecisionRequirementsResult}. */
export const DecisionRequirementsResultSchema = (z.strictObject({
  decisionRequirementsId: z.string(),
  decisionRequirementsKey: DecisionRequirementsKeySchema,
  decisionRequirementsName: z.string(),
  resourceName: z.string(),
  tenantId: TenantIdSchema,
  version: z.int(),
})) as unknown as z.ZodType<T.DecisionRequirementsResult>;

/** Validates {@link T.DecisionRequirementsSearchQuerySortRequest}. */
export const DecisionRequirementsSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'decisionRequirementsKey',
    'decisionRequirementsName',
    'version',
    'decisionRequirementsId',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionRequirementsSearchQuerySortRequest>;

/** Validates {@link T.DecisionRequirementsSearchQuery}. */
export const DecisionRequirementsSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(DecisionRequirementsSearchQuerySortRequestSchema).exactOptional(),
  filter: DecisionRequirementsFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.DecisionRequirementsSearchQuery>;

/** Validates {@link T.DecisionRequirementsSearchQueryResult}. */
export const DecisionRequirementsSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(DecisionRequirementsResultSchema),
})) as unknown as z.ZodType<T.DecisionRequirementsSearchQueryResult>;

/** Validates {@link T.DeleteDecisionInstanceRequest}. */
export const DeleteDecisionInstanceRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
}).nullable()) as unknown as z.ZodType<T.DeleteDecisionInstanceRequest | null>;

/** Validates {@link T.DeleteProcessInstanceRequest}. */
export const DeleteProcessInstanceRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
}).nullable()) as unknown as z.ZodType<T.DeleteProcessInstanceRequest | null>;

/** Validates {@link T.DeleteResourceRequest}. */
export const DeleteResourceRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
  deleteHistory: z.boolean().exactOptional(),
}).nullable()) as unknown as z.ZodType<T.DeleteResourceRequest | null>;

/** Validates {@link T.DeleteResourceResponse}. */
export const DeleteResourceResponseSchema = (z.looseObject({
  resourceKey: ResourceKeySchema,
  batchOperation: BatchOperationCreatedResultSchema.nullable(),
})) as unknown as z.ZodType<T.DeleteResourceResponse>;

/** Validates {@link T.DeploymentConfigurationResponse}. */
export const DeploymentConfigurationResponseSchema = (z.looseObject({
  isMultiTenancyEnabled: z.boolean(),
  maxRequestSize: z.int(),
})) as unknown as z.ZodType<T.DeploymentConfigurationResponse>;

/** Validates {@link T.DeploymentDecisionRequirementsResult}. */
export const DeploymentDecisionRequirementsResultSchema = (z.looseObject({
  decisionRequirementsId: z.string(),
  decisionRequirementsName: z.string(),
  version: z.int(),
  resourceName: z.string(),
  tenantId: TenantIdSchema,
  decisionRequirementsKey: DecisionRequirementsKeySchema,
})) as unknown as z.ZodType<T.DeploymentDecisionRequirementsResult>;

/** Validates {@link T.DeploymentDecisionResult}. */
export const DeploymentDecisionResultSchema = (z.looseObject({
  decisionDefinitionId: DecisionDefinitionIdSchema,
  version: z.int(),
  name: z.string(),
  tenantId: TenantIdSchema,
  decisionRequirementsId: z.string(),
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  decisionRequirementsKey: DecisionRequirementsKeySchema,
})) as unknown as z.ZodType<T.DeploymentDecisionResult>;

/** Validates {@link T.FormId}. */
export const FormIdSchema = (semanticKeySchema(keys.FormId)) as unknown as z.ZodType<T.FormId>;

/** Validates {@link T.DeploymentFormResult}. */
export const DeploymentFormResultSchema = (z.looseObject({
  formId: FormIdSchema,
  version: z.int(),
  resourceName: z.string(),
  tenantId: TenantIdSchema,
  formKey: FormKeySchema,
})) as unknown as z.ZodType<T.DeploymentFormResult>;

/** Validates {@link T.DeploymentProcessResult}. */
export const DeploymentProcessResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionVersion: z.int(),
  resourceName: z.string(),
  tenantId: TenantIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
})) as unknown as z.ZodType<T.DeploymentProcessResult>;

/** Validates {@link T.DeploymentResourceResult}. */
export const DeploymentResourceResultSchema = (z.looseObject({
  resourceId: z.string(),
  resourceName: z.string(),
  version: z.int(),
  tenantId: TenantIdSchema,
  resourceKey: ResourceKeySchema,
})) as unknown as z.ZodType<T.DeploymentResourceResult>;

/** Validates {@link T.DeploymentMetadataResult}. */
export const DeploymentMetadataResultSchema = (z.looseObject({
  processDefinition: DeploymentProcessResultSchema.nullable(),
  decisionDefinition: DeploymentDecisionResultSchema.nullable(),
  decisionRequirements: DeploymentDecisionRequirementsResultSchema.nullable(),
  form: DeploymentFormResultSchema.nullable(),
  resource: DeploymentResourceResultSchema.nullable(),
})) as unknown as z.ZodType<T.DeploymentMetadataResult>;

/** Validates {@link T.DeploymentResult}. */
export const DeploymentResultSchema = (z.looseObject({
  deploymentKey: DeploymentKeySchema,
  tenantId: TenantIdSchema,
  deployments: z.array(DeploymentMetadataResultSchema),
})) as unknown as z.ZodType<T.DeploymentResult>;

/** Validates {@link T.DocumentCreationFailureDetail}. */
export const DocumentCreationFailureDetailSchema = (z.looseObject({
  fileName: z.string(),
  status: z.int(),
  title: z.string(),
  detail: z.string(),
})) as unknown as z.ZodType<T.DocumentCreationFailureDetail>;

/** Validates {@link T.DocumentCreationBatchResponse}. */
export const DocumentCreationBatchResponseSchema = (z.looseObject({
  failedDocuments: z.array(DocumentCreationFailureDetailSchema),
  createdDocuments: z.array(DocumentReferenceSchema),
})) as unknown as z.ZodType<T.DocumentCreationBatchResponse>;

/** Validates {@link T.DocumentLink}. */
export const DocumentLinkSchema = (z.looseObject({
  url: z.string(),
  expiresAt: z.string(),
})) as unknown as z.ZodType<T.DocumentLink>;

/** Validates {@link T.DocumentLinkRequest}. */
export const DocumentLinkRequestSchema = (z.looseObject({
  timeToLive: z.int().exactOptional(),
})) as unknown as z.ZodType<T.DocumentLinkRequest>;

/** Validates {@link T.DocumentMetadata}. */
export const DocumentMetadataSchema = (z.looseObject({
  contentType: z.string().exactOptional(),
  fileName: z.string().exactOptional(),
  expiresAt: z.string().exactOptional(),
  size: z.int().exactOptional(),
  processDefinitionId: ProcessDefinitionIdSchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeySchema.exactOptional(),
  customProperties: z.record(z.string(), z.unknown()).exactOptional(),
})) as unknown as z.ZodType<T.DocumentMetadata>;

/** Validates {@link T.IncidentKey}. */
export const IncidentKeySchema = (semanticKeySchema(keys.IncidentKey)) as unknown as z.ZodType<T.IncidentKey>;

/** Validates {@link T.ElementInstanceFilterFields}. */
export const ElementInstanceFilterFieldsSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema.exactOptional(),
  state: ElementInstanceStateFilterPropertySchema.exactOptional(),
  type: z.enum([
    'UNSPECIFIED',
    'PROCESS',
    'SUB_PROCESS',
    'EVENT_SUB_PROCESS',
    'AD_HOC_SUB_PROCESS',
    'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
    'START_EVENT',
    'INTERMEDIATE_CATCH_EVENT',
    'INTERMEDIATE_THROW_EVENT',
    'BOUNDARY_EVENT',
    'END_EVENT',
    'SERVICE_TASK',
    'RECEIVE_TASK',
    'USER_TASK',
    'MANUAL_TASK',
    'TASK',
    'EXCLUSIVE_GATEWAY',
    'INCLUSIVE_GATEWAY',
    'PARALLEL_GATEWAY',
    'EVENT_BASED_GATEWAY',
    'SEQUENCE_FLOW',
    'MULTI_INSTANCE_BODY',
    'CALL_ACTIVITY',
    'BUSINESS_RULE_TASK',
    'SCRIPT_TASK',
    'SEND_TASK',
    'UNKNOWN',
  ]).exactOptional(),
  elementId: ElementIdFilterPropertySchema.exactOptional(),
  elementName: StringFilterPropertySchema.exactOptional(),
  hasIncident: z.boolean().exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeySchema.exactOptional(),
  incidentKey: IncidentKeySchema.exactOptional(),
  startDate: DateTimeFilterPropertySchema.exactOptional(),
  endDate: DateTimeFilterPropertySchema.exactOptional(),
  elementInstanceScopeKey: z.union([ElementInstanceKeySchema, ProcessInstanceKeySchema]).exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceFilterFields>;

/** Validates {@link T.ElementInstanceFilter}. */
export const ElementInstanceFilterSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema.exactOptional(),
  state: ElementInstanceStateFilterPropertySchema.exactOptional(),
  type: z.enum([
    'UNSPECIFIED',
    'PROCESS',
    'SUB_PROCESS',
    'EVENT_SUB_PROCESS',
    'AD_HOC_SUB_PROCESS',
    'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
    'START_EVENT',
    'INTERMEDIATE_CATCH_EVENT',
    'INTERMEDIATE_THROW_EVENT',
    'BOUNDARY_EVENT',
    'END_EVENT',
    'SERVICE_TASK',
    'RECEIVE_TASK',
    'USER_TASK',
    'MANUAL_TASK',
    'TASK',
    'EXCLUSIVE_GATEWAY',
    'INCLUSIVE_GATEWAY',
    'PARALLEL_GATEWAY',
    'EVENT_BASED_GATEWAY',
    'SEQUENCE_FLOW',
    'MULTI_INSTANCE_BODY',
    'CALL_ACTIVITY',
    'BUSINESS_RULE_TASK',
    'SCRIPT_TASK',
    'SEND_TASK',
    'UNKNOWN',
  ]).exactOptional(),
  elementId: ElementIdFilterPropertySchema.exactOptional(),
  elementName: StringFilterPropertySchema.exactOptional(),
  hasIncident: z.boolean().exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeySchema.exactOptional(),
  incidentKey: IncidentKeySchema.exactOptional(),
  startDate: DateTimeFilterPropertySchema.exactOptional(),
  endDate: DateTimeFilterPropertySchema.exactOptional(),
  elementInstanceScopeKey: z.union([ElementInstanceKeySchema, ProcessInstanceKeySchema]).exactOptional(),
  $or: z.array(ElementInstanceFilterFieldsSchema).exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceFilter>;

/** Validates {@link T.ElementInstanceResult}. */
export const ElementInstanceResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  startDate: z.string(),
  endDate: z.string().nullable(),
  elementId: ElementIdSchema,
  elementName: z.string(),
  type: z.enum([
    'UNSPECIFIED',
    'PROCESS',
    'SUB_PROCESS',
    'EVENT_SUB_PROCESS',
    'AD_HOC_SUB_PROCESS',
    'AD_HOC_SUB_PROCESS_INNER_INSTANCE',
    'START_EVENT',
    'INTERMEDIATE_CATCH_EVENT',
    'INTERMEDIATE_THROW_EVENT',
    'BOUNDARY_EVENT',
    'END_EVENT',
    'SERVICE_TASK',
    'RECEIVE_TASK',
    'USER_TASK',
    'MANUAL_TASK',
    'TASK',
    'EXCLUSIVE_GATEWAY',
    'INCLUSIVE_GATEWAY',
    'PARALLEL_GATEWAY',
    'EVENT_BASED_GATEWAY',
    'SEQUENCE_FLOW',
    'MULTI_INSTANCE_BODY',
    'CALL_ACTIVITY',
    'BUSINESS_RULE_TASK',
    'SCRIPT_TASK',
    'SEND_TASK',
    'UNKNOWN',
  ]),
  state: ElementInstanceStateEnumSchema,
  hasIncident: z.boolean(),
  tenantId: TenantIdSchema,
  elementInstanceKey: ElementInstanceKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  processDefinitionKey: ProcessDefinitionKeySchema,
  incidentKey: IncidentKeySchema.nullable(),
})) as unknown as z.ZodType<T.ElementInstanceResult>;

/** Validates {@link T.ElementInstanceSearchQuerySortRequest}. */
export const ElementInstanceSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'elementInstanceKey',
    'processInstanceKey',
    'processDefinitionKey',
    'processDefinitionId',
    'startDate',
    'endDate',
    'elementId',
    'elementName',
    'type',
    'state',
    'incidentKey',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceSearchQuerySortRequest>;

/** Validates {@link T.ElementInstanceSearchQuery}. */
export const ElementInstanceSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(ElementInstanceSearchQuerySortRequestSchema).exactOptional(),
  filter: ElementInstanceFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceSearchQuery>;

/** Validates {@link T.ElementInstanceSearchQueryResult}. */
export const ElementInstanceSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ElementInstanceResultSchema),
})) as unknown as z.ZodType<T.ElementInstanceSearchQueryResult>;

/** Validates {@link T.WaitStateElementTypeExactMatch}. */
export const WaitStateElementTypeExactMatchSchema = (WaitStateElementTypeEnumSchema) as unknown as z.ZodType<T.WaitStateElementTypeExactMatch>;

/** Validates {@link T.WaitStateElementTypeFilterProperty}. */
export const WaitStateElementTypeFilterPropertySchema = (z.union([
  WaitStateElementTypeExactMatchSchema,
  AdvancedWaitStateElementTypeFilterSchema,
])) as unknown as z.ZodType<T.WaitStateElementTypeFilterProperty>;

/** Validates {@link T.WaitStateTypeExactMatch}. */
export const WaitStateTypeExactMatchSchema = (WaitStateTypeEnumSchema) as unknown as z.ZodType<T.WaitStateTypeExactMatch>;

/** Validates {@link T.WaitStateTypeFilterProperty}. */
export const WaitStateTypeFilterPropertySchema = (z.union([
  WaitStateTypeExactMatchSchema,
  AdvancedWaitStateTypeFilterSchema,
])) as unknown as z.ZodType<T.WaitStateTypeFilterProperty>;

/** Validates {@link T.ElementInstanceWaitStateFilter}. */
export const ElementInstanceWaitStateFilterSchema = (z.looseObject({
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  rootProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  elementId: ElementIdFilterPropertySchema.exactOptional(),
  elementType: WaitStateElementTypeFilterPropertySchema.exactOptional(),
  waitStateType: WaitStateTypeFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceWaitStateFilter>;

/** Validates {@link T.ElementInstanceWaitStateQuerySortRequest}. */
export const ElementInstanceWaitStateQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['elementInstanceKey', 'processInstanceKey', 'rootProcessInstanceKey', 'elementId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceWaitStateQuerySortRequest>;

/** Validates {@link T.ElementInstanceWaitStateQuery}. */
export const ElementInstanceWaitStateQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(ElementInstanceWaitStateQuerySortRequestSchema).exactOptional(),
  filter: ElementInstanceWaitStateFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ElementInstanceWaitStateQuery>;

/** Validates {@link T.JobWaitStateDetails}. */
export const JobWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.literal('JOB'),
  jobKey: JobKeySchema,
  jobType: z.string(),
  jobKind: JobKindEnumSchema,
  listenerEventType: JobListenerEventTypeEnumSchema.nullable(),
  retries: z.int().nullable(),
})) as unknown as z.ZodType<T.JobWaitStateDetails>;

/** Validates {@link T.MessageWaitStateDetails}. */
export const MessageWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.literal('MESSAGE'),
  messageName: z.string(),
  correlationKey: z.string().nullable(),
})) as unknown as z.ZodType<T.MessageWaitStateDetails>;

/** Validates {@link T.UserTaskWaitStateDetails}. */
export const UserTaskWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.literal('USER_TASK'),
  taskKey: UserTaskKeySchema,
  dueDate: z.string().nullable(),
})) as unknown as z.ZodType<T.UserTaskWaitStateDetails>;

/** Validates {@link T.TimerWaitStateDetails}. */
export const TimerWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.literal('TIMER'),
  dueDate: z.int().nullable(),
  repetitions: z.int().nullable(),
})) as unknown as z.ZodType<T.TimerWaitStateDetails>;

/** Validates {@link T.SignalWaitStateDetails}. */
export const SignalWaitStateDetailsSchema = (z.looseObject({
  waitStateType: z.literal('SIGNAL'),
  signalName: z.string(),
})) as unknown as z.ZodType<T.SignalWaitStateDetails>;

/** Validates {@link T.WaitStateDetails}. */
export const WaitStateDetailsSchema = (z.union([
  JobWaitStateDetailsSchema,
  MessageWaitStateDetailsSchema,
  UserTaskWaitStateDetailsSchema,
  TimerWaitStateDetailsSchema,
  SignalWaitStateDetailsSchema,
  ConditionWaitStateDetailsSchema,
])) as unknown as z.ZodType<T.WaitStateDetails>;

/** Validates {@link T.ElementInstanceWaitStateResult}. */
export const ElementInstanceWaitStateResultSchema = (z.looseObject({
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  processInstanceKey: ProcessInstanceKeySchema,
  elementInstanceKey: ElementInstanceKeySchema,
  elementId: ElementIdSchema,
  elementType: WaitStateElementTypeEnumSchema,
  tenantId: TenantIdSchema,
  bpmnProcessId: z.string(),
  details: WaitStateDetailsSchema,
})) as unknown as z.ZodType<T.ElementInstanceWaitStateResult>;

/** Validates {@link T.ElementInstanceWaitStateQueryResult}. */
export const ElementInstanceWaitStateQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ElementInstanceWaitStateResultSchema),
})) as unknown as z.ZodType<T.ElementInstanceWaitStateQueryResult>;

/** Validates {@link T.ProcessInstanceReference}. */
export const ProcessInstanceReferenceSchema = (z.looseObject({
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
})) as unknown as z.ZodType<T.ProcessInstanceReference>;

/** Validates {@link T.EvaluateConditionalResult}. */
export const EvaluateConditionalResultSchema = (z.looseObject({
  conditionalEvaluationKey: ConditionalEvaluationKeySchema,
  tenantId: TenantIdSchema,
  processInstances: z.array(ProcessInstanceReferenceSchema),
})) as unknown as z.ZodType<T.EvaluateConditionalResult>;

/** Validates {@link T.EvaluatedDecisionResult}. */
export const EvaluatedDecisionResultSchema = (z.looseObject({
  decisionDefinitionId: DecisionDefinitionIdSchema,
  decisionDefinitionName: z.string(),
  decisionDefinitionVersion: z.int(),
  decisionDefinitionType: z.string(),
  output: z.string(),
  tenantId: TenantIdSchema,
  matchedRules: z.array(MatchedDecisionRuleItemSchema),
  evaluatedInputs: z.array(EvaluatedDecisionInputItemSchema),
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKeySchema,
})) as unknown as z.ZodType<T.EvaluatedDecisionResult>;

/** Validates {@link T.EvaluateDecisionResult}. */
export const EvaluateDecisionResultSchema = (z.looseObject({
  decisionDefinitionId: DecisionDefinitionIdSchema,
  decisionDefinitionKey: DecisionDefinitionKeySchema,
  decisionDefinitionName: z.string(),
  decisionDefinitionVersion: z.int(),
  decisionEvaluationKey: DecisionEvaluationKeySchema,
  decisionInstanceKey: DecisionInstanceKeySchema,
  decisionRequirementsId: z.string(),
  decisionRequirementsKey: DecisionRequirementsKeySchema,
  evaluatedDecisions: z.array(EvaluatedDecisionResultSchema),
  failedDecisionDefinitionId: DecisionDefinitionIdSchema.nullable(),
  failureMessage: z.string().nullable(),
  output: z.string(),
  tenantId: TenantIdSchema,
})) as unknown as z.ZodType<T.EvaluateDecisionResult>;

/** Validates {@link T.ExportingStatusCode}. */
export const ExportingStatusCodeSchema = (z.enum([
  'EXPORTING',
  'PAUSED',
  'SOFT_PAUSED',
  'MIXED',
])) as unknown as z.ZodType<T.ExportingStatusCode>;

/** Validates {@link T.ExportingStatusResponse}. */
export const ExportingStatusResponseSchema = (z.looseObject({
  status: ExportingStatusCodeSchema,
})) as unknown as z.ZodType<T.ExportingStatusResponse>;

/** Validates {@link T.ExpressionEvaluationRequest}. */
export const ExpressionEvaluationRequestSchema = (z.looseObject({
  expression: z.string(),
  tenantId: z.string().exactOptional(),
  scopeKey: ScopeKeySchema.exactOptional(),
  variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
})) as unknown as z.ZodType<T.ExpressionEvaluationRequest>;

/** Validates {@link T.ExpressionEvaluationWarningItem}. */
export const ExpressionEvaluationWarningItemSchema = (z.looseObject({
  message: z.string(),
})) as unknown as z.ZodType<T.ExpressionEvaluationWarningItem>;

/** Validates {@link T.ExpressionSecretReferenceItem}. */
export const ExpressionSecretReferenceItemSchema = (z.looseObject({
  storeId: z.string(),
  secretName: z.string(),
})) as unknown as z.ZodType<T.ExpressionSecretReferenceItem>;

/** Validates {@link T.ExpressionEvaluationResult}. */
export const ExpressionEvaluationResultSchema = (z.looseObject({
  expression: z.string(),
  result: z.unknown().nullable(),
  warnings: z.array(ExpressionEvaluationWarningItemSchema),
  referencedSecrets: z.array(ExpressionSecretReferenceItemSchema),
})) as unknown as z.ZodType<T.ExpressionEvaluationResult>;

/** Validates {@link T.FormResult}. */
export const FormResultSchema = (z.looseObject({
  tenantId: TenantIdSchema,
  formId: FormIdSchema,
  schema: z.string(),
  version: z.int(),
  formKey: FormKeySchema,
})) as unknown as z.ZodType<T.FormResult>;

/** Validates {@link T.StatusMetric}. */
export const StatusMetricSchema = (z.looseObject({
  count: z.int(),
  lastUpdatedAt: z.string().nullable(),
})) as unknown as z.ZodType<T.StatusMetric>;

/** Validates {@link T.GlobalJobStatisticsQueryResult}. */
export const GlobalJobStatisticsQueryResultSchema = (z.looseObject({
  created: StatusMetricSchema,
  completed: StatusMetricSchema,
  failed: StatusMetricSchema,
  isIncomplete: z.boolean(),
})) as unknown as z.ZodType<T.GlobalJobStatisticsQueryResult>;

/** Validates {@link T.GlobalListenerBase}. */
export const GlobalListenerBaseSchema = (z.looseObject({
  type: z.string().exactOptional(),
  retries: z.int().exactOptional(),
  afterNonGlobal: z.boolean().exactOptional(),
  priority: z.int().exactOptional(),
})) as unknown as z.ZodType<T.GlobalListenerBase>;

/** Validates {@link T.GlobalListenerSourceExactMatch}. */
export const GlobalListenerSourceExactMatchSchema = (GlobalListenerSourceEnumSchema) as unknown as z.ZodType<T.GlobalListenerSourceExactMatch>;

/** Validates {@link T.GlobalListenerSourceFilterProperty}. */
export const GlobalListenerSourceFilterPropertySchema = (z.union([
  GlobalListenerSourceExactMatchSchema,
  AdvancedGlobalListenerSourceFilterSchema,
])) as unknown as z.ZodType<T.GlobalListenerSourceFilterProperty>;

/** Validates {@link T.GlobalTaskListenerBase}. */
export const GlobalTaskListenerBaseSchema = (z.looseObject({
  type: z.string().exactOptional(),
  retries: z.int().exactOptional(),
  afterNonGlobal: z.boolean().exactOptional(),
  priority: z.int().exactOptional(),
  eventTypes: GlobalTaskListenerEventTypesSchema.exactOptional(),
})) as unknown as z.ZodType<T.GlobalTaskListenerBase>;

/** Validates {@link T.GlobalTaskListenerEventTypeExactMatch}. */
export const GlobalTaskListenerEventTypeExactMatchSchema = (GlobalTaskListenerEventTypeEnumSchema) as unknown as z.ZodType<T.GlobalTaskListenerEventTypeExactMatch>;

/** Validates {@link T.GlobalTaskListenerEventTypeFilterProperty}. */
export const GlobalTaskListenerEventTypeFilterPropertySchema = (z.union([
  GlobalTaskListenerEventTypeExactMatchSchema,
  AdvancedGlobalTaskListenerEventTypeFilterSchema,
])) as unknown as z.ZodType<T.GlobalTaskListenerEventTypeFilterProperty>;

/** Validates {@link T.GlobalTaskListenerResult}. */
export const GlobalTaskListenerResultSchema = (z.looseObject({
  type: z.string(),
  retries: z.int(),
  afterNonGlobal: z.boolean(),
  priority: z.int(),
  eventTypes: GlobalTaskListenerEventTypesSchema,
  id: GlobalListenerIdSchema,
  source: GlobalListenerSourceEnumSchema,
})) as unknown as z.ZodType<T.GlobalTaskListenerResult>;

/** Validates {@link T.GlobalTaskListenerSearchQueryFilterRequest}. */
export const GlobalTaskListenerSearchQueryFilterRequestSchema = (z.looseObject({
  id: StringFilterPropertySchema.exactOptional(),
  type: StringFilterPropertySchema.exactOptional(),
  retries: IntegerFilterPropertySchema.exactOptional(),
  eventTypes: z.array(GlobalTaskListenerEventTypeFilterPropertySchema).exactOptional(),
  afterNonGlobal: z.boolean().exactOptional(),
  priority: IntegerFilterPropertySchema.exactOptional(),
  source: GlobalListenerSourceFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.GlobalTaskListenerSearchQueryFilterRequest>;

/** Validates {@link T.GlobalTaskListenerSearchQuerySortRequest}. */
export const GlobalTaskListenerSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['id', 'type', 'afterNonGlobal', 'priority', 'source']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.GlobalTaskListenerSearchQuerySortRequest>;

/** Validates {@link T.GlobalTaskListenerSearchQueryRequest}. */
export const GlobalTaskListenerSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(GlobalTaskListenerSearchQuerySortRequestSchema).exactOptional(),
  filter: GlobalTaskListenerSearchQueryFilterRequestSchema.exactOptional(),
})) as unknown as z.ZodType<T.GlobalTaskListenerSearchQueryRequest>;

/** Validates {@link T.GlobalTaskListenerSearchQueryResult}. */
export const GlobalTaskListenerSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(GlobalTaskListenerResultSchema),
})) as unknown as z.ZodType<T.GlobalTaskListenerSearchQueryResult>;

/** Validates {@link T.GroupClientResult}. */
export const GroupClientResultSchema = (z.looseObject({
  clientId: ClientIdSchema,
})) as unknown as z.ZodType<T.GroupClientResult>;

/** Validates {@link T.GroupClientSearchQuerySortRequest}. */
export const GroupClientSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['clientId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.GroupClientSearchQuerySortRequest>;

/** Validates {@link T.GroupClientSearchQueryRequest}. */
export const GroupClientSearchQueryRequestSchema = (z.looseObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(GroupClientSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.GroupClientSearchQueryRequest>;

/** Validates {@link T.GroupClientSearchResult}. */
export const GroupClientSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(GroupClientResultSchema),
})) as unknown as z.ZodType<T.GroupClientSearchResult>;

/** Validates {@link T.GroupId}. */
export const GroupIdSchema = (semanticKeySchema(keys.GroupId)) as unknown as z.ZodType<T.GroupId>;

/** Validates {@link T.GroupCreateRequest}. */
export const GroupCreateRequestSchema = (z.strictObject({
  groupId: GroupIdSchema,
  name: z.string(),
  description: z.string().exactOptional(),
})) as unknown as z.ZodType<T.GroupCreateRequest>;

/** Validates {@link T.GroupCreateResult}. */
export const GroupCreateResultSchema = (z.looseObject({
  groupId: GroupIdSchema,
  name: z.string(),
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.GroupCreateResult>;

/** Validates {@link T.GroupFilter}. */
export const GroupFilterSchema = (z.looseObject({
  groupId: StringFilterPropertySchema.exactOptional(),
  name: z.string().exactOptional(),
})) as unknown as z.ZodType<T.GroupFilter>;

/** Validates {@link T.MappingRuleId}. */
export const MappingRuleIdSchema = (semanticKeySchema(keys.MappingRuleId)) as unknown as z.ZodType<T.MappingRuleId>;

/** Validates {@link T.MappingRuleResult}. */
export const MappingRuleResultSchema = (z.looseObject({
  claimName: z.string(),
  claimValue: z.string(),
  name: z.string(),
  mappingRuleId: MappingRuleIdSchema,
})) as unknown as z.ZodType<T.MappingRuleResult>;

/** Validates {@link T.GroupMappingRuleSearchResult}. */
export const GroupMappingRuleSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(MappingRuleResultSchema),
})) as unknown as z.ZodType<T.GroupMappingRuleSearchResult>;

/** Validates {@link T.GroupResult}. */
export const GroupResultSchema = (z.looseObject({
  name: z.string(),
  groupId: GroupIdSchema,
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.GroupResult>;

/** Validates {@link T.RoleId}. */
export const RoleIdSchema = (semanticKeySchema(keys.RoleId)) as unknown as z.ZodType<T.RoleId>;

/** Validates {@link T.RoleResult}. */
export const RoleResultSchema = (z.looseObject({
  name: z.string(),
  roleId: RoleIdSchema,
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.RoleResult>;

/** Validates {@link T.GroupRoleSearchResult}. */
export const GroupRoleSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(RoleResultSchema),
})) as unknown as z.ZodType<T.GroupRoleSearchResult>;

/** Validates {@link T.GroupSearchQuerySortRequest}. */
export const GroupSearchQuerySortRequestSchema = (z.strictObject({
  field: z.enum(['name', 'groupId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.GroupSearchQuerySortRequest>;

/** Validates {@link T.GroupSearchQueryRequest}. */
export const GroupSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(GroupSearchQuerySortRequestSchema).exactOptional(),
  filter: GroupFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.GroupSearchQueryRequest>;

/** Validates {@link T.GroupSearchQueryResult}. */
export const GroupSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(GroupResultSchema),
})) as unknown as z.ZodType<T.GroupSearchQueryResult>;

/** Validates {@link T.GroupUpdateRequest}. */
export const GroupUpdateRequestSchema = (z.looseObject({
  name: z.string(),
  description: z.string().exactOptional(),
})) as unknown as z.ZodType<T.GroupUpdateRequest>;

/** Validates {@link T.GroupUpdateResult}. */
export const GroupUpdateResultSchema = (z.looseObject({
  groupId: GroupIdSchema,
  name: z.string(),
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.GroupUpdateResult>;

/** Validates {@link T.GroupUserResult}. */
export const GroupUserResultSchema = (z.looseObject({
  username: UsernameSchema,
})) as unknown as z.ZodType<T.GroupUserResult>;

/** Validates {@link T.GroupUserSearchQuerySortRequest}. */
export const GroupUserSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['username']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.GroupUserSearchQuerySortRequest>;

/** Validates {@link T.GroupUserSearchQueryRequest}. */
export const GroupUserSearchQueryRequestSchema = (z.looseObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(GroupUserSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.GroupUserSearchQueryRequest>;

/** Validates {@link T.GroupUserSearchResult}. */
export const GroupUserSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(GroupUserResultSchema),
})) as unknown as z.ZodType<T.GroupUserSearchResult>;

/** Validates {@link T.HistoryBackupStateCode}. */
export const HistoryBackupStateCodeSchema = (z.enum([
  'IN_PROGRESS',
  'COMPLETED',
  'FAILED',
  'INCOMPLETE',
  'INCOMPATIBLE',
])) as unknown as z.ZodType<T.HistoryBackupStateCode>;

/** Validates {@link T.HistoryBackupInfo}. */
export const HistoryBackupInfoSchema = (z.looseObject({
  backupId: BackupIdSchema,
  state: HistoryBackupStateCodeSchema,
  failureReason: z.string().nullable(),
  details: z.array(HistoryBackupSnapshotInfoSchema),
})) as unknown as z.ZodType<T.HistoryBackupInfo>;

/** Validates {@link T.IncidentErrorTypeExactMatch}. */
export const IncidentErrorTypeExactMatchSchema = (IncidentErrorTypeEnumSchema) as unknown as z.ZodType<T.IncidentErrorTypeExactMatch>;

/** Validates {@link T.IncidentErrorTypeFilterProperty}. */
export const IncidentErrorTypeFilterPropertySchema = (z.union([
  IncidentErrorTypeExactMatchSchema,
  AdvancedIncidentErrorTypeFilterSchema,
])) as unknown as z.ZodType<T.IncidentErrorTypeFilterProperty>;

/** Validates {@link T.IncidentStateExactMatch}. */
export const IncidentStateExactMatchSchema = (IncidentStateEnumSchema) as unknown as z.ZodType<T.IncidentStateExactMatch>;

/** Validates {@link T.IncidentStateFilterProperty}. */
export const IncidentStateFilterPropertySchema = (z.union([
  IncidentStateExactMatchSchema,
  AdvancedIncidentStateFilterSchema,
])) as unknown as z.ZodType<T.IncidentStateFilterProperty>;

/** Validates {@link T.IncidentFilter}. */
export const IncidentFilterSchema = (z.looseObject({
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  errorType: IncidentErrorTypeFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  creationTime: DateTimeFilterPropertySchema.exactOptional(),
  state: IncidentStateFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  incidentKey: BasicStringFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  jobKey: JobKeyFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.IncidentFilter>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionFilter}. */
export const IncidentProcessInstanceStatisticsByDefinitionFilterSchema = (z.looseObject({
  errorHashCode: z.int(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionFilter>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest}. */
export const IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['activeInstancesWithErrorCount', 'processDefinitionKey', 'tenantId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionQuery}. */
export const IncidentProcessInstanceStatisticsByDefinitionQuerySchema = (z.looseObject({
  filter: IncidentProcessInstanceStatisticsByDefinitionFilterSchema,
  page: OffsetPaginationSchema.exactOptional(),
  sort: z.array(IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionQuery>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionResult}. */
export const IncidentProcessInstanceStatisticsByDefinitionResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionName: z.string(),
  processDefinitionVersion: z.int(),
  tenantId: TenantIdSchema,
  activeInstancesWithErrorCount: z.int(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionResult>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionQueryResult}. */
export const IncidentProcessInstanceStatisticsByDefinitionQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(IncidentProcessInstanceStatisticsByDefinitionResultSchema),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionQueryResult>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorQuerySortRequest}. */
export const IncidentProcessInstanceStatisticsByErrorQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['errorMessage', 'activeInstancesWithErrorCount']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByErrorQuerySortRequest>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorQuery}. */
export const IncidentProcessInstanceStatisticsByErrorQuerySchema = (z.strictObject({
  page: OffsetPaginationSchema.exactOptional(),
  sort: z.array(IncidentProcessInstanceStatisticsByErrorQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByErrorQuery>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorResult}. */
export const IncidentProcessInstanceStatisticsByErrorResultSchema = (z.looseObject({
  errorHashCode: z.int(),
  errorMessage: z.string(),
  activeInstancesWithErrorCount: z.int(),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByErrorResult>;

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorQueryResult}. */
export const IncidentProcessInstanceStatisticsByErrorQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(IncidentProcessInstanceStatisticsByErrorResultSchema),
})) as unknown as z.ZodType<T.IncidentProcessInstanceStatisticsByErrorQueryResult>;

/** Validates {@link T.IncidentResolutionRequest}. */
export const IncidentResolutionRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.IncidentResolutionRequest>;

/** Validates {@link T.IncidentResult}. */
export const IncidentResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  errorType: IncidentErrorTypeEnumSchema,
  errorMessage: z.string(),
  elementId: ElementIdSchema,
  creationTime: z.string(),
  state: IncidentStateEnumSchema,
  tenantId: TenantIdSchema,
  incidentKey: IncidentKeySchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  elementInstanceKey: ElementInstanceKeySchema,
  jobKey: JobKeySchema.nullable(),
})) as unknown as z.ZodType<T.IncidentResult>;

/** Validates {@link T.IncidentSearchQuerySortRequest}. */
export const IncidentSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'incidentKey',
    'processDefinitionKey',
    'processDefinitionId',
    'processInstanceKey',
    'errorType',
    'elementId',
    'elementInstanceKey',
    'creationTime',
    'state',
    'jobKey',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.IncidentSearchQuerySortRequest>;

/** Validates {@link T.IncidentSearchQuery}. */
export const IncidentSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(IncidentSearchQuerySortRequestSchema).exactOptional(),
  filter: IncidentFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.IncidentSearchQuery>;

/** Validates {@link T.IncidentSearchQueryResult}. */
export const IncidentSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(IncidentResultSchema),
})) as unknown as z.ZodType<T.IncidentSearchQueryResult>;

/** Validates {@link T.TenantFilterEnum}. */
export const TenantFilterEnumSchema = (z.enum(['PROVIDED', 'ASSIGNED'])) as unknown as z.ZodType<T.TenantFilterEnum>;

/** Validates {@link T.JobActivationRequest}. */
export const JobActivationRequestSchema = (z.strictObject({
  type: z.string(),
  worker: z.string().exactOptional(),
  timeout: z.int(),
  maxJobsToActivate: z.int(),
  fetchVariable: z.array(z.string()).exactOptional(),
  requestTimeout: z.int().exactOptional(),
  tenantIds: z.array(TenantIdSchema).exactOptional(),
  tenantFilter: TenantFilterEnumSchema.exactOptional(),
  withLease: z.boolean().nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobActivationRequest>;

/** Validates {@link T.JobActivationResult}. */
export const JobActivationResultSchema = (z.looseObject({
  jobs: z.array(ActivatedJobResultSchema),
})) as unknown as z.ZodType<T.JobActivationResult>;

/** Validates {@link T.JobKindExactMatch}. */
export const JobKindExactMatchSchema = (JobKindEnumSchema) as unknown as z.ZodType<T.JobKindExactMatch>;

/** Validates {@link T.JobKindFilterProperty}. */
export const JobKindFilterPropertySchema = (z.union([
  JobKindExactMatchSchema,
  AdvancedJobKindFilterSchema,
])) as unknown as z.ZodType<T.JobKindFilterProperty>;

/** Validates {@link T.JobListenerEventTypeExactMatch}. */
export const JobListenerEventTypeExactMatchSchema = (JobListenerEventTypeEnumSchema) as unknown as z.ZodType<T.JobListenerEventTypeExactMatch>;

/** Validates {@link T.JobListenerEventTypeFilterProperty}. */
export const JobListenerEventTypeFilterPropertySchema = (z.union([
  JobListenerEventTypeExactMatchSchema,
  AdvancedJobListenerEventTypeFilterSchema,
])) as unknown as z.ZodType<T.JobListenerEventTypeFilterProperty>;

/** Validates {@link T.JobStateExactMatch}. */
export const JobStateExactMatchSchema = (JobStateEnumSchema) as unknown as z.ZodType<T.JobStateExactMatch>;

/** Validates {@link T.JobStateFilterProperty}. */
export const JobStateFilterPropertySchema = (z.union([
  JobStateExactMatchSchema,
  AdvancedJobStateFilterSchema,
])) as unknown as z.ZodType<T.JobStateFilterProperty>;

/** Validates {@link T.JobFilter}. */
export const JobFilterSchema = (z.looseObject({
  deadline: DateTimeFilterPropertySchema.nullable().exactOptional(),
  deniedReason: StringFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  endTime: DateTimeFilterPropertySchema.exactOptional(),
  errorCode: StringFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
  hasFailedWithRetriesLeft: z.boolean().exactOptional(),
  isDenied: z.boolean().nullable().exactOptional(),
  jobKey: JobKeyFilterPropertySchema.exactOptional(),
  kind: JobKindFilterPropertySchema.exactOptional(),
  listenerEventType: JobListenerEventTypeFilterPropertySchema.exactOptional(),
  priority: IntegerFilterPropertySchema.exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  retries: IntegerFilterPropertySchema.exactOptional(),
  state: JobStateFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  type: StringFilterPropertySchema.exactOptional(),
  worker: StringFilterPropertySchema.exactOptional(),
  creationTime: DateTimeFilterPropertySchema.exactOptional(),
  lastUpdateTime: DateTimeFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.JobFilter>;

/** Validates {@link T.JobChangeset}. */
export const JobChangesetSchema = (z.looseObject({
  retries: z.int().nullable().exactOptional(),
  timeout: z.int().nullable().exactOptional(),
  priority: z.int().nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobChangeset>;

/** Validates {@link T.JobBatchUpdateRequest}. */
export const JobBatchUpdateRequestSchema = (z.strictObject({
  filter: JobFilterSchema,
  changeset: JobChangesetSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobBatchUpdateRequest>;

/** Validates {@link T.JobResultCorrections}. */
export const JobResultCorrectionsSchema = (z.looseObject({
  assignee: z.string().nullable().exactOptional(),
  dueDate: z.string().nullable().exactOptional(),
  followUpDate: z.string().nullable().exactOptional(),
  candidateUsers: z.array(z.string()).nullable().exactOptional(),
  candidateGroups: z.array(z.string()).nullable().exactOptional(),
  priority: z.int().min(0).max(100).nullable().exactOptional(),
}).nullable()) as unknown as z.ZodType<T.JobResultCorrections | null>;

/** Validates {@link T.JobResultUserTask}. */
export const JobResultUserTaskSchema = (z.looseObject({
  denied: z.boolean().nullable().exactOptional(),
  deniedReason: z.string().nullable().exactOptional(),
  corrections: JobResultCorrectionsSchema.exactOptional(),
  type: z.literal('userTask').exactOptional(),
}).nullable()) as unknown as z.ZodType<T.JobResultUserTask | null>;

/** Validates {@link T.JobResultActivateElement}. */
export const JobResultActivateElementSchema = (z.looseObject({
  elementId: ElementIdSchema.exactOptional(),
  variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobResultActivateElement>;

/** Validates {@link T.JobResultAdHocSubProcess}. */
export const JobResultAdHocSubProcessSchema = (z.looseObject({
  activateElements: z.array(JobResultActivateElementSchema).exactOptional(),
  isCompletionConditionFulfilled: z.boolean().exactOptional(),
  isCancelRemainingInstances: z.boolean().exactOptional(),
  type: z.literal('adHocSubProcess').exactOptional(),
}).nullable()) as unknown as z.ZodType<T.JobResultAdHocSubProcess | null>;

/** Validates {@link T.JobResult}. */
export const JobResultSchema = (z.union([
  JobResultUserTaskSchema,
  JobResultAdHocSubProcessSchema,
])) as unknown as z.ZodType<T.JobResult>;

/** Validates {@link T.JobCompletionRequest}. */
export const JobCompletionRequestSchema = (z.strictObject({
  variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
  result: JobResultSchema.exactOptional(),
  leaseToken: z.string().nullable().exactOptional(),
  businessId: BusinessIdSchema.nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobCompletionRequest>;

/** Validates {@link T.JobErrorRequest}. */
export const JobErrorRequestSchema = (z.strictObject({
  errorCode: z.string(),
  errorMessage: z.string().nullable().exactOptional(),
  variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
  leaseToken: z.string().nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobErrorRequest>;

/** Validates {@link T.JobErrorStatisticsFilter}. */
export const JobErrorStatisticsFilterSchema = (z.looseObject({
  from: z.string(),
  to: z.string(),
  jobType: z.string(),
  errorCode: StringFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.JobErrorStatisticsFilter>;

/** Validates {@link T.JobErrorStatisticsItem}. */
export const JobErrorStatisticsItemSchema = (z.looseObject({
  errorCode: z.string(),
  errorMessage: z.string(),
  workers: z.int(),
})) as unknown as z.ZodType<T.JobErrorStatisticsItem>;

/** Validates {@link T.JobErrorStatisticsQuery}. */
export const JobErrorStatisticsQuerySchema = (z.looseObject({
  filter: JobErrorStatisticsFilterSchema,
  page: CursorForwardPaginationSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobErrorStatisticsQuery>;

/** Validates {@link T.JobErrorStatisticsQueryResult}. */
export const JobErrorStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(JobErrorStatisticsItemSchema),
})) as unknown as z.ZodType<T.JobErrorStatisticsQueryResult>;

/** Validates {@link T.JobFailRequest}. */
export const JobFailRequestSchema = (z.strictObject({
  retries: z.int().exactOptional(),
  errorMessage: z.string().exactOptional(),
  retryBackOff: z.int().exactOptional(),
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  leaseToken: z.string().nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobFailRequest>;

/** Validates {@link T.JobMetricsConfigurationResponse}. */
export const JobMetricsConfigurationResponseSchema = (z.looseObject({
  enabled: z.boolean(),
  exportInterval: z.string(),
  maxWorkerNameLength: z.int(),
  maxJobTypeLength: z.int(),
  maxTenantIdLength: z.int(),
  maxUniqueKeys: z.int(),
})) as unknown as z.ZodType<T.JobMetricsConfigurationResponse>;

/** Validates {@link T.JobSearchQuerySortRequest}. */
export const JobSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'creationTime',
    'deadline',
    'deniedReason',
    'elementId',
    'elementInstanceKey',
    'endTime',
    'errorCode',
    'errorMessage',
    'hasFailedWithRetriesLeft',
    'isDenied',
    'jobKey',
    'kind',
    'listenerEventType',
    'priority',
    'processDefinitionId',
    'processDefinitionKey',
    'processInstanceKey',
    'retries',
    'state',
    'tenantId',
    'type',
    'worker',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobSearchQuerySortRequest>;

/** Validates {@link T.JobSearchQuery}. */
export const JobSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(JobSearchQuerySortRequestSchema).exactOptional(),
  filter: JobFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobSearchQuery>;

/** Validates {@link T.JobSearchResult}. */
export const JobSearchResultSchema = (z.looseObject({
  customHeaders: z.record(z.string(), z.string()),
  deadline: z.string().nullable(),
  deniedReason: z.string().nullable(),
  elementId: ElementIdSchema.nullable(),
  elementInstanceKey: ElementInstanceKeySchema,
  endTime: z.string().nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  hasFailedWithRetriesLeft: z.boolean(),
  isDenied: z.boolean().nullable(),
  jobKey: JobKeySchema,
  kind: JobKindEnumSchema,
  listenerEventType: JobListenerEventTypeEnumSchema,
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  businessId: BusinessIdSchema.nullable(),
  retries: z.int(),
  state: JobStateEnumSchema,
  tenantId: TenantIdSchema,
  type: z.string(),
  worker: z.string(),
  creationTime: z.string().nullable(),
  lastUpdateTime: z.string().nullable(),
  priority: z.int(),
})) as unknown as z.ZodType<T.JobSearchResult>;

/** Validates {@link T.JobSearchQueryResult}. */
export const JobSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(JobSearchResultSchema),
})) as unknown as z.ZodType<T.JobSearchQueryResult>;

/** Validates {@link T.JobTimeSeriesStatisticsFilter}. */
export const JobTimeSeriesStatisticsFilterSchema = (z.looseObject({
  from: z.string(),
  to: z.string(),
  jobType: z.string(),
  resolution: z.string().exactOptional(),
})) as unknown as z.ZodType<T.JobTimeSeriesStatisticsFilter>;

/** Validates {@link T.JobTimeSeriesStatisticsItem}. */
export const JobTimeSeriesStatisticsItemSchema = (z.looseObject({
  time: z.string(),
  created: StatusMetricSchema,
  completed: StatusMetricSchema,
  failed: StatusMetricSchema,
})) as unknown as z.ZodType<T.JobTimeSeriesStatisticsItem>;

/** Validates {@link T.JobTimeSeriesStatisticsQuery}. */
export const JobTimeSeriesStatisticsQuerySchema = (z.looseObject({
  filter: JobTimeSeriesStatisticsFilterSchema,
  page: CursorForwardPaginationSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobTimeSeriesStatisticsQuery>;

/** Validates {@link T.JobTimeSeriesStatisticsQueryResult}. */
export const JobTimeSeriesStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(JobTimeSeriesStatisticsItemSchema),
})) as unknown as z.ZodType<T.JobTimeSeriesStatisticsQueryResult>;

/** Validates {@link T.JobTypeStatisticsFilter}. */
export const JobTypeStatisticsFilterSchema = (z.looseObject({
  from: z.string(),
  to: z.string(),
  jobType: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.JobTypeStatisticsFilter>;

/** Validates {@link T.JobTypeStatisticsItem}. */
export const JobTypeStatisticsItemSchema = (z.looseObject({
  jobType: z.string(),
  created: StatusMetricSchema,
  completed: StatusMetricSchema,
  failed: StatusMetricSchema,
  workers: z.int(),
})) as unknown as z.ZodType<T.JobTypeStatisticsItem>;

/** Validates {@link T.JobTypeStatisticsQuery}. */
export const JobTypeStatisticsQuerySchema = (z.looseObject({
  filter: JobTypeStatisticsFilterSchema.exactOptional(),
  page: CursorForwardPaginationSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobTypeStatisticsQuery>;

/** Validates {@link T.JobTypeStatisticsQueryResult}. */
export const JobTypeStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(JobTypeStatisticsItemSchema),
})) as unknown as z.ZodType<T.JobTypeStatisticsQueryResult>;

/** Validates {@link T.JobUpdateRequest}. */
export const JobUpdateRequestSchema = (z.strictObject({
  changeset: JobChangesetSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
  leaseToken: z.string().nullable().exactOptional(),
})) as unknown as z.ZodType<T.JobUpdateRequest>;

/** Validates {@link T.JobWorkerStatisticsFilter}. */
export const JobWorkerStatisticsFilterSchema = (z.looseObject({
  from: z.string(),
  to: z.string(),
  jobType: z.string(),
})) as unknown as z.ZodType<T.JobWorkerStatisticsFilter>;

/** Validates {@link T.JobWorkerStatisticsItem}. */
export const JobWorkerStatisticsItemSchema = (z.looseObject({
  worker: z.string(),
  created: StatusMetricSchema,
  completed: StatusMetricSchema,
  failed: StatusMetricSchema,
})) as unknown as z.ZodType<T.JobWorkerStatisticsItem>;

/** Validates {@link T.JobWorkerStatisticsQuery}. */
export const JobWorkerStatisticsQuerySchema = (z.looseObject({
  filter: JobWorkerStatisticsFilterSchema,
  page: CursorForwardPaginationSchema.exactOptional(),
})) as unknown as z.ZodType<T.JobWorkerStatisticsQuery>;

/** Validates {@link T.JobWorkerStatisticsQueryResult}. */
export const JobWorkerStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(JobWorkerStatisticsItemSchema),
})) as unknown as z.ZodType<T.JobWorkerStatisticsQueryResult>;

/** Validates {@link T.LicenseResponse}. */
export const LicenseResponseSchema = (z.looseObject({
  validLicense: z.boolean(),
  licenseType: z.string(),
  isCommercial: z.boolean(),
  expiresAt: z.string().nullable(),
})) as unknown as z.ZodType<T.LicenseResponse>;

/** Validates {@link T.LongKey}. */
export const LongKeySchema = (z.string().min(1).max(25).regex(/^-?[0-9]+$/u)) as unknown as z.ZodType<T.LongKey>;

/** Validates {@link T.MappingRuleCreateRequest}. */
export const MappingRuleCreateRequestSchema = (z.strictObject({
  claimName: z.string(),
  claimValue: z.string(),
  name: z.string(),
  mappingRuleId: MappingRuleIdSchema,
})) as unknown as z.ZodType<T.MappingRuleCreateRequest>;

/** Validates {@link T.MappingRuleCreateUpdateResult}. */
export const MappingRuleCreateUpdateResultSchema = (z.looseObject({
  claimName: z.string(),
  claimValue: z.string(),
  name: z.string(),
  mappingRuleId: MappingRuleIdSchema,
})) as unknown as z.ZodType<T.MappingRuleCreateUpdateResult>;

/** Validates {@link T.MappingRuleCreateResult}. */
export const MappingRuleCreateResultSchema = (MappingRuleCreateUpdateResultSchema) as unknown as z.ZodType<T.MappingRuleCreateResult>;

/** Validates {@link T.MappingRuleCreateUpdateRequest}. */
export const MappingRuleCreateUpdateRequestSchema = (z.looseObject({
  claimName: z.string(),
  claimValue: z.string(),
  name: z.string(),
})) as unknown as z.ZodType<T.MappingRuleCreateUpdateRequest>;

/** Validates {@link T.MappingRuleFilter}. */
export const MappingRuleFilterSchema = (z.looseObject({
  claimName: z.string().exactOptional(),
  claimValue: z.string().exactOptional(),
  name: z.string().exactOptional(),
  mappingRuleId: MappingRuleIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.MappingRuleFilter>;

/** Validates {@link T.MappingRuleSearchQuerySortRequest}. */
export const MappingRuleSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['mappingRuleId', 'claimName', 'claimValue', 'name']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.MappingRuleSearchQuerySortRequest>;

/** Validates {@link T.MappingRuleSearchQueryRequest}. */
export const MappingRuleSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(MappingRuleSearchQuerySortRequestSchema).exactOptional(),
  filter: MappingRuleFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.MappingRuleSearchQueryRequest>;

/** Validates {@link T.MappingRuleSearchQueryResult}. */
export const MappingRuleSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(MappingRuleResultSchema),
})) as unknown as z.ZodType<T.MappingRuleSearchQueryResult>;

/** Validates {@link T.MappingRuleUpdateRequest}. */
export const MappingRuleUpdateRequestSchema = (MappingRuleCreateUpdateRequestSchema) as unknown as z.ZodType<T.MappingRuleUpdateRequest>;

/** Validates {@link T.MappingRuleUpdateResult}. */
export const MappingRuleUpdateResultSchema = (MappingRuleCreateUpdateResultSchema) as unknown as z.ZodType<T.MappingRuleUpdateResult>;

/** Validates {@link T.MessageCorrelationRequest}. */
export const MessageCorrelationRequestSchema = (z.strictObject({
  name: z.string(),
  correlationKey: z.string().exactOptional(),
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  businessId: BusinessIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.MessageCorrelationRequest>;

/** Validates {@link T.MessageCorrelationResult}. */
export const MessageCorrelationResultSchema = (z.looseObject({
  tenantId: TenantIdSchema,
  messageKey: MessageKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
})) as unknown as z.ZodType<T.MessageCorrelationResult>;

/** Validates {@link T.MessagePublicationRequest}. */
export const MessagePublicationRequestSchema = (z.strictObject({
  name: z.string(),
  correlationKey: z.string().exactOptional(),
  timeToLive: z.int().exactOptional(),
  messageId: z.string().exactOptional(),
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  businessId: BusinessIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.MessagePublicationRequest>;

/** Validates {@link T.MessagePublicationResult}. */
export const MessagePublicationResultSchema = (z.looseObject({
  tenantId: TenantIdSchema,
  messageKey: MessageKeySchema,
})) as unknown as z.ZodType<T.MessagePublicationResult>;

/** Validates {@link T.MessageSubscriptionStateExactMatch}. */
export const MessageSubscriptionStateExactMatchSchema = (MessageSubscriptionStateEnumSchema) as unknown as z.ZodType<T.MessageSubscriptionStateExactMatch>;

/** Validates {@link T.MessageSubscriptionStateFilterProperty}. */
export const MessageSubscriptionStateFilterPropertySchema = (z.union([
  MessageSubscriptionStateExactMatchSchema,
  AdvancedMessageSubscriptionStateFilterSchema,
])) as unknown as z.ZodType<T.MessageSubscriptionStateFilterProperty>;

/** Validates {@link T.MessageSubscriptionTypeExactMatch}. */
export const MessageSubscriptionTypeExactMatchSchema = (MessageSubscriptionTypeEnumSchema) as unknown as z.ZodType<T.MessageSubscriptionTypeExactMatch>;

/** Validates {@link T.MessageSubscriptionTypeFilterProperty}. */
export const MessageSubscriptionTypeFilterPropertySchema = (z.union([
  MessageSubscriptionTypeExactMatchSchema,
  AdvancedMessageSubscriptionTypeFilterSchema,
])) as unknown as z.ZodType<T.MessageSubscriptionTypeFilterProperty>;

/** Validates {@link T.MessageSubscriptionFilter}. */
export const MessageSubscriptionFilterSchema = (z.looseObject({
  messageSubscriptionKey: MessageSubscriptionKeyFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  messageSubscriptionState: MessageSubscriptionStateFilterPropertySchema.exactOptional(),
  lastUpdatedDate: DateTimeFilterPropertySchema.exactOptional(),
  messageName: StringFilterPropertySchema.exactOptional(),
  correlationKey: StringFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  messageSubscriptionType: MessageSubscriptionTypeFilterPropertySchema.exactOptional(),
  processDefinitionName: StringFilterPropertySchema.exactOptional(),
  processDefinitionVersion: IntegerFilterPropertySchema.exactOptional(),
  toolName: StringFilterPropertySchema.exactOptional(),
  inboundConnectorType: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.MessageSubscriptionFilter>;

/** Validates {@link T.MessageSubscriptionResult}. */
export const MessageSubscriptionResultSchema = (z.looseObject({
  messageSubscriptionKey: MessageSubscriptionKeySchema,
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema.nullable(),
  processInstanceKey: ProcessInstanceKeySchema.nullable(),
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  elementId: ElementIdSchema,
  elementInstanceKey: ElementInstanceKeySchema.nullable(),
  messageSubscriptionState: MessageSubscriptionStateEnumSchema,
  lastUpdatedDate: z.string(),
  messageName: z.string(),
  correlationKey: z.string().nullable(),
  messageSubscriptionType: MessageSubscriptionTypeEnumSchema,
  toolProperties: z.record(z.string(), z.string()),
  processDefinitionName: z.string().nullable(),
  processDefinitionVersion: z.int().nullable(),
  toolName: z.string().nullable(),
  inboundConnectorType: z.string().nullable(),
  tenantId: TenantIdSchema,
})) as unknown as z.ZodType<T.MessageSubscriptionResult>;

/** Validates {@link T.MessageSubscriptionSearchQuerySortRequest}. */
export const MessageSubscriptionSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'messageSubscriptionKey',
    'processDefinitionId',
    'processDefinitionName',
    'processDefinitionVersion',
    'processInstanceKey',
    'elementId',
    'elementInstanceKey',
    'messageSubscriptionState',
    'messageSubscriptionType',
    'lastUpdatedDate',
    'messageName',
    'correlationKey',
    'tenantId',
    'toolName',
    'inboundConnectorType',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.MessageSubscriptionSearchQuerySortRequest>;

/** Validates {@link T.MessageSubscriptionSearchQuery}. */
export const MessageSubscriptionSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(MessageSubscriptionSearchQuerySortRequestSchema).exactOptional(),
  filter: MessageSubscriptionFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.MessageSubscriptionSearchQuery>;

/** Validates {@link T.MessageSubscriptionSearchQueryResult}. */
export const MessageSubscriptionSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(MessageSubscriptionResultSchema),
})) as unknown as z.ZodType<T.MessageSubscriptionSearchQueryResult>;

/** Validates {@link T.MigrateProcessInstanceMappingInstruction}. */
export const MigrateProcessInstanceMappingInstructionSchema = (z.looseObject({
  sourceElementId: ElementIdSchema,
  targetElementId: ElementIdSchema,
})) as unknown as z.ZodType<T.MigrateProcessInstanceMappingInstruction>;

/** Validates {@link T.Mode}. */
export const ModeSchema = (z.enum(['PROCESSING', 'RECOVERING'])) as unknown as z.ZodType<T.Mode>;

/** Validates {@link T.ModifyProcessInstanceVariableInstruction}. */
export const ModifyProcessInstanceVariableInstructionSchema = (z.looseObject({
  variables: z.record(z.string(), z.unknown()),
  scopeId: z.string().exactOptional(),
})) as unknown as z.ZodType<T.ModifyProcessInstanceVariableInstruction>;

/** Validates {@link T.OwnAuthorizationSearchResult}. */
export const OwnAuthorizationSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(AuthorizationResultSchema),
  authorizationsEnabled: z.boolean(),
})) as unknown as z.ZodType<T.OwnAuthorizationSearchResult>;

/** Validates {@link T.ProblemDetail}. */
export const ProblemDetailSchema = (z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().min(400).max(600),
  detail: z.string(),
  instance: z.string(),
})) as unknown as z.ZodType<T.ProblemDetail>;

/** Validates {@link T.ProcessDefinitionStatisticsFilter}. */
export const ProcessDefinitionStatisticsFilterSchema = (z.looseObject({
  startDate: DateTimeFilterPropertySchema.exactOptional(),
  endDate: DateTimeFilterPropertySchema.exactOptional(),
  state: ProcessInstanceStateFilterPropertySchema.exactOptional(),
  hasIncident: z.boolean().exactOptional(),
  suspendedDate: DateTimeFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  variables: z.array(VariableValueFilterPropertySchema).exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentElementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  batchOperationId: StringFilterPropertySchema.exactOptional(),
  batchOperationKey: StringFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
  hasRetriesLeft: z.boolean().exactOptional(),
  elementInstanceState: ElementInstanceStateFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  hasElementInstanceIncident: z.boolean().exactOptional(),
  incidentErrorHashCode: IntegerFilterPropertySchema.exactOptional(),
  tags: TagSetSchema.exactOptional(),
  businessId: StringFilterPropertySchema.exactOptional(),
  $or: z.array(BaseProcessInstanceFilterFieldsSchema).exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionStatisticsFilter>;

/** Validates {@link T.ProcessDefinitionElementStatisticsQuery}. */
export const ProcessDefinitionElementStatisticsQuerySchema = (z.strictObject({
  filter: ProcessDefinitionStatisticsFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionElementStatisticsQuery>;

/** Validates {@link T.ProcessElementStatisticsResult}. */
export const ProcessElementStatisticsResultSchema = (z.looseObject({
  elementId: ElementIdSchema,
  active: z.int(),
  canceled: z.int(),
  incidents: z.int(),
  completed: z.int(),
})) as unknown as z.ZodType<T.ProcessElementStatisticsResult>;

/** Validates {@link T.ProcessDefinitionElementStatisticsQueryResult}. */
export const ProcessDefinitionElementStatisticsQueryResultSchema = (z.looseObject({
  items: z.array(ProcessElementStatisticsResultSchema),
})) as unknown as z.ZodType<T.ProcessDefinitionElementStatisticsQueryResult>;

/** Validates {@link T.ProcessDefinitionFilter}. */
export const ProcessDefinitionFilterSchema = (z.looseObject({
  name: StringFilterPropertySchema.exactOptional(),
  isLatestVersion: z.boolean().exactOptional(),
  resourceName: z.string().exactOptional(),
  version: z.int().exactOptional(),
  versionTag: z.string().exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeySchema.exactOptional(),
  hasStartForm: z.boolean().exactOptional(),
  state: z.enum(['ACTIVE', 'DRAINING', 'DELETED']).exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionFilter>;

/** Validates {@link T.ProcessDefinitionInstanceStatisticsQuerySortRequest}. */
export const ProcessDefinitionInstanceStatisticsQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'processDefinitionId',
    'activeInstancesWithIncidentCount',
    'activeInstancesWithoutIncidentCount',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceStatisticsQuerySortRequest>;

/** Validates {@link T.ProcessDefinitionInstanceStatisticsQuery}. */
export const ProcessDefinitionInstanceStatisticsQuerySchema = (z.looseObject({
  page: OffsetPaginationSchema.exactOptional(),
  sort: z.array(ProcessDefinitionInstanceStatisticsQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceStatisticsQuery>;

/** Validates {@link T.ProcessDefinitionInstanceStatisticsResult}. */
export const ProcessDefinitionInstanceStatisticsResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  tenantId: TenantIdSchema,
  latestProcessDefinitionName: z.string().nullable(),
  hasMultipleVersions: z.boolean(),
  activeInstancesWithoutIncidentCount: z.int(),
  activeInstancesWithIncidentCount: z.int(),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceStatisticsResult>;

/** Validates {@link T.ProcessDefinitionInstanceStatisticsQueryResult}. */
export const ProcessDefinitionInstanceStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ProcessDefinitionInstanceStatisticsResultSchema),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceStatisticsQueryResult>;

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsFilter}. */
export const ProcessDefinitionInstanceVersionStatisticsFilterSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  tenantId: TenantIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsFilter>;

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsQuerySortRequest}. */
export const ProcessDefinitionInstanceVersionStatisticsQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'processDefinitionId',
    'processDefinitionKey',
    'processDefinitionName',
    'processDefinitionVersion',
    'activeInstancesWithIncidentCount',
    'activeInstancesWithoutIncidentCount',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsQuerySortRequest>;

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsQuery}. */
export const ProcessDefinitionInstanceVersionStatisticsQuerySchema = (z.looseObject({
  page: OffsetPaginationSchema.exactOptional(),
  sort: z.array(ProcessDefinitionInstanceVersionStatisticsQuerySortRequestSchema).exactOptional(),
  filter: ProcessDefinitionInstanceVersionStatisticsFilterSchema,
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsQuery>;

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsResult}. */
export const ProcessDefinitionInstanceVersionStatisticsResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionName: z.string().nullable(),
  tenantId: TenantIdSchema,
  processDefinitionVersion: z.int(),
  activeInstancesWithIncidentCount: z.int(),
  activeInstancesWithoutIncidentCount: z.int(),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsResult>;

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsQueryResult}. */
export const ProcessDefinitionInstanceVersionStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ProcessDefinitionInstanceVersionStatisticsResultSchema),
})) as unknown as z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsQueryResult>;

/** Validates {@link T.ProcessDefinitionMessageSubscriptionStatisticsQuery}. */
export const ProcessDefinitionMessageSubscriptionStatisticsQuerySchema = (z.looseObject({
  page: CursorForwardPaginationSchema.exactOptional(),
  filter: MessageSubscriptionFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionMessageSubscriptionStatisticsQuery>;

/** Validates {@link T.ProcessDefinitionMessageSubscriptionStatisticsResult}. */
export const ProcessDefinitionMessageSubscriptionStatisticsResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  tenantId: TenantIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstancesWithActiveSubscriptions: z.int(),
  activeSubscriptions: z.int(),
})) as unknown as z.ZodType<T.ProcessDefinitionMessageSubscriptionStatisticsResult>;

/** Validates {@link T.ProcessDefinitionMessageSubscriptionStatisticsQueryResult}. */
export const ProcessDefinitionMessageSubscriptionStatisticsQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ProcessDefinitionMessageSubscriptionStatisticsResultSchema),
})) as unknown as z.ZodType<T.ProcessDefinitionMessageSubscriptionStatisticsQueryResult>;

/** Validates {@link T.ProcessDefinitionResult}. */
export const ProcessDefinitionResultSchema = (z.looseObject({
  name: z.string().nullable(),
  resourceName: z.string(),
  version: z.int(),
  versionTag: z.string().nullable(),
  processDefinitionId: ProcessDefinitionIdSchema,
  tenantId: TenantIdSchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  hasStartForm: z.boolean(),
  state: z.enum(['ACTIVE', 'DRAINING', 'DELETED']),
})) as unknown as z.ZodType<T.ProcessDefinitionResult>;

/** Validates {@link T.ProcessDefinitionSearchQuerySortRequest}. */
export const ProcessDefinitionSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'processDefinitionKey',
    'name',
    'resourceName',
    'version',
    'versionTag',
    'processDefinitionId',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionSearchQuerySortRequest>;

/** Validates {@link T.ProcessDefinitionSearchQuery}. */
export const ProcessDefinitionSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(ProcessDefinitionSearchQuerySortRequestSchema).exactOptional(),
  filter: ProcessDefinitionFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionSearchQuery>;

/** Validates {@link T.ProcessDefinitionSearchQueryResult}. */
export const ProcessDefinitionSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ProcessDefinitionResultSchema),
})) as unknown as z.ZodType<T.ProcessDefinitionSearchQueryResult>;

/** Validates {@link T.ProcessDefinitionVariableNameFilter}. */
export const ProcessDefinitionVariableNameFilterSchema = (z.strictObject({
  name: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionVariableNameFilter>;

/** Validates {@link T.ProcessDefinitionVariableNameSearchQuery}. */
export const ProcessDefinitionVariableNameSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  filter: ProcessDefinitionVariableNameFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessDefinitionVariableNameSearchQuery>;

/** Validates {@link T.ProcessDefinitionVariableNameSearchResult}. */
export const ProcessDefinitionVariableNameSearchResultSchema = (z.looseObject({
  name: z.string(),
})) as unknown as z.ZodType<T.ProcessDefinitionVariableNameSearchResult>;

/** Validates {@link T.ProcessDefinitionVariableNameSearchQueryResult}. */
export const ProcessDefinitionVariableNameSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ProcessDefinitionVariableNameSearchResultSchema),
})) as unknown as z.ZodType<T.ProcessDefinitionVariableNameSearchQueryResult>;

/** Validates {@link T.ProcessInstanceBusinessIdAssignmentInstruction}. */
export const ProcessInstanceBusinessIdAssignmentInstructionSchema = (z.strictObject({
  businessId: BusinessIdSchema,
})) as unknown as z.ZodType<T.ProcessInstanceBusinessIdAssignmentInstruction>;

/** Validates {@link T.ProcessInstanceCallHierarchyEntry}. */
export const ProcessInstanceCallHierarchyEntrySchema = (z.looseObject({
  processInstanceKey: ProcessInstanceKeySchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionName: z.string(),
})) as unknown as z.ZodType<T.ProcessInstanceCallHierarchyEntry>;

/** Validates {@link T.ProcessInstanceFilterFields}. */
export const ProcessInstanceFilterFieldsSchema = (z.looseObject({
  startDate: DateTimeFilterPropertySchema.exactOptional(),
  endDate: DateTimeFilterPropertySchema.exactOptional(),
  state: ProcessInstanceStateFilterPropertySchema.exactOptional(),
  hasIncident: z.boolean().exactOptional(),
  suspendedDate: DateTimeFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  variables: z.array(VariableValueFilterPropertySchema).exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentElementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  batchOperationId: StringFilterPropertySchema.exactOptional(),
  batchOperationKey: StringFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
  hasRetriesLeft: z.boolean().exactOptional(),
  elementInstanceState: ElementInstanceStateFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  hasElementInstanceIncident: z.boolean().exactOptional(),
  incidentErrorHashCode: IntegerFilterPropertySchema.exactOptional(),
  tags: TagSetSchema.exactOptional(),
  businessId: StringFilterPropertySchema.exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  processDefinitionName: StringFilterPropertySchema.exactOptional(),
  processDefinitionVersion: IntegerFilterPropertySchema.exactOptional(),
  processDefinitionVersionTag: StringFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceFilterFields>;

/** Validates {@link T.ProcessInstanceFilter}. */
export const ProcessInstanceFilterSchema = (z.looseObject({
  startDate: DateTimeFilterPropertySchema.exactOptional(),
  endDate: DateTimeFilterPropertySchema.exactOptional(),
  state: ProcessInstanceStateFilterPropertySchema.exactOptional(),
  hasIncident: z.boolean().exactOptional(),
  suspendedDate: DateTimeFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  variables: z.array(VariableValueFilterPropertySchema).exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  parentElementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
  batchOperationId: StringFilterPropertySchema.exactOptional(),
  batchOperationKey: StringFilterPropertySchema.exactOptional(),
  errorMessage: StringFilterPropertySchema.exactOptional(),
  hasRetriesLeft: z.boolean().exactOptional(),
  elementInstanceState: ElementInstanceStateFilterPropertySchema.exactOptional(),
  elementId: StringFilterPropertySchema.exactOptional(),
  hasElementInstanceIncident: z.boolean().exactOptional(),
  incidentErrorHashCode: IntegerFilterPropertySchema.exactOptional(),
  tags: TagSetSchema.exactOptional(),
  businessId: StringFilterPropertySchema.exactOptional(),
  processDefinitionId: StringFilterPropertySchema.exactOptional(),
  processDefinitionName: StringFilterPropertySchema.exactOptional(),
  processDefinitionVersion: IntegerFilterPropertySchema.exactOptional(),
  processDefinitionVersionTag: StringFilterPropertySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  $or: z.array(ProcessInstanceFilterFieldsSchema).exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceFilter>;

/** Validates {@link T.ProcessInstanceCancellationBatchOperationRequest}. */
export const ProcessInstanceCancellationBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceCancellationBatchOperationRequest>;

/** Validates {@link T.ProcessInstanceCreationStartInstruction}. */
export const ProcessInstanceCreationStartInstructionSchema = (z.looseObject({
  elementId: ElementIdSchema,
})) as unknown as z.ZodType<T.ProcessInstanceCreationStartInstruction>;

/** Validates {@link T.ProcessInstanceCreationTerminateInstruction}. */
export const ProcessInstanceCreationTerminateInstructionSchema = (z.looseObject({
  type: z.literal('TERMINATE_PROCESS_INSTANCE').exactOptional(),
  afterElementId: ElementIdSchema,
})) as unknown as z.ZodType<T.ProcessInstanceCreationTerminateInstruction>;

/** Validates {@link T.ProcessInstanceCreationRuntimeInstruction}. */
export const ProcessInstanceCreationRuntimeInstructionSchema = (ProcessInstanceCreationTerminateInstructionSchema) as unknown as z.ZodType<T.ProcessInstanceCreationRuntimeInstruction>;

/** Validates {@link T.ProcessInstanceCreationInstructionByKey}. */
export const ProcessInstanceCreationInstructionByKeySchema = (z.strictObject({
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionVersion: z.int().exactOptional(),
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  startInstructions: z.array(ProcessInstanceCreationStartInstructionSchema).exactOptional(),
  runtimeInstructions: z.array(ProcessInstanceCreationRuntimeInstructionSchema).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  operationReference: OperationReferenceSchema.exactOptional(),
  awaitCompletion: z.boolean().exactOptional(),
  requestTimeout: z.int().exactOptional(),
  fetchVariables: z.array(z.string()).exactOptional(),
  tags: TagSetSchema.exactOptional(),
  businessId: BusinessIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceCreationInstructionByKey>;

/** Validates {@link T.ProcessInstanceCreationInstructionById}. */
export const ProcessInstanceCreationInstructionByIdSchema = (z.strictObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionVersion: z.int().exactOptional(),
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  operationReference: OperationReferenceSchema.exactOptional(),
  startInstructions: z.array(ProcessInstanceCreationStartInstructionSchema).exactOptional(),
  runtimeInstructions: z.array(ProcessInstanceCreationRuntimeInstructionSchema).exactOptional(),
  awaitCompletion: z.boolean().exactOptional(),
  fetchVariables: z.array(z.string()).exactOptional(),
  requestTimeout: z.int().exactOptional(),
  tags: TagSetSchema.exactOptional(),
  businessId: BusinessIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceCreationInstructionById>;

/** Validates {@link T.ProcessInstanceCreationInstruction}. */
export const ProcessInstanceCreationInstructionSchema = (z.union([
  ProcessInstanceCreationInstructionByKeySchema,
  ProcessInstanceCreationInstructionByIdSchema,
])) as unknown as z.ZodType<T.ProcessInstanceCreationInstruction>;

/** Validates {@link T.ProcessInstanceDeletionBatchOperationRequest}. */
export const ProcessInstanceDeletionBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceDeletionBatchOperationRequest>;

/** Validates {@link T.ProcessInstanceElementStatisticsQueryResult}. */
export const ProcessInstanceElementStatisticsQueryResultSchema = (z.looseObject({
  items: z.array(ProcessElementStatisticsResultSchema),
})) as unknown as z.ZodType<T.ProcessInstanceElementStatisticsQueryResult>;

/** Validates {@link T.ProcessInstanceIncidentResolutionBatchOperationRequest}. */
export const ProcessInstanceIncidentResolutionBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceIncidentResolutionBatchOperationRequest>;

/** Validates {@link T.ProcessInstanceMigrationBatchOperationPlan}. */
export const ProcessInstanceMigrationBatchOperationPlanSchema = (z.looseObject({
  targetProcessDefinitionKey: ProcessDefinitionKeySchema,
  mappingInstructions: z.array(MigrateProcessInstanceMappingInstructionSchema),
})) as unknown as z.ZodType<T.ProcessInstanceMigrationBatchOperationPlan>;

/** Validates {@link T.ProcessInstanceMigrationBatchOperationRequest}. */
export const ProcessInstanceMigrationBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  migrationPlan: ProcessInstanceMigrationBatchOperationPlanSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceMigrationBatchOperationRequest>;

/** Validates {@link T.ProcessInstanceMigrationInstruction}. */
export const ProcessInstanceMigrationInstructionSchema = (z.strictObject({
  targetProcessDefinitionKey: ProcessDefinitionKeySchema,
  mappingInstructions: z.array(MigrateProcessInstanceMappingInstructionSchema),
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceMigrationInstruction>;

/** Validates {@link T.ProcessInstanceModificationActivateInstruction}. */
export const ProcessInstanceModificationActivateInstructionSchema = (z.looseObject({
  elementId: ElementIdSchema,
  variableInstructions: z.array(ModifyProcessInstanceVariableInstructionSchema).exactOptional(),
  ancestorElementInstanceKey: ElementInstanceKeySchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceModificationActivateInstruction>;

/** Validates {@link T.ProcessInstanceModificationMoveBatchOperationInstruction}. */
export const ProcessInstanceModificationMoveBatchOperationInstructionSchema = (z.looseObject({
  sourceElementId: ElementIdSchema,
  targetElementId: ElementIdSchema,
})) as unknown as z.ZodType<T.ProcessInstanceModificationMoveBatchOperationInstruction>;

/** Validates {@link T.ProcessInstanceModificationBatchOperationRequest}. */
export const ProcessInstanceModificationBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  moveInstructions: z.array(ProcessInstanceModificationMoveBatchOperationInstructionSchema),
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceModificationBatchOperationRequest>;

/** Validates {@link T.SourceElementIdInstruction}. */
export const SourceElementIdInstructionSchema = (z.looseObject({
  sourceType: z.literal('byId'),
  sourceElementId: ElementIdSchema,
})) as unknown as z.ZodType<T.SourceElementIdInstruction>;

/** Validates {@link T.SourceElementInstanceKeyInstruction}. */
export const SourceElementInstanceKeyInstructionSchema = (z.looseObject({
  sourceType: z.literal('byKey'),
  sourceElementInstanceKey: ElementInstanceKeySchema,
})) as unknown as z.ZodType<T.SourceElementInstanceKeyInstruction>;

/** Validates {@link T.SourceElementInstruction}. */
export const SourceElementInstructionSchema = (z.union([
  SourceElementIdInstructionSchema,
  SourceElementInstanceKeyInstructionSchema,
])) as unknown as z.ZodType<T.SourceElementInstruction>;

/** Validates {@link T.ProcessInstanceModificationMoveInstruction}. */
export const ProcessInstanceModificationMoveInstructionSchema = (z.looseObject({
  sourceElementInstruction: SourceElementInstructionSchema,
  targetElementId: ElementIdSchema,
  ancestorScopeInstruction: AncestorScopeInstructionSchema.exactOptional(),
  variableInstructions: z.array(ModifyProcessInstanceVariableInstructionSchema).exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceModificationMoveInstruction>;

/** Validates {@link T.ProcessInstanceModificationTerminateByIdInstruction}. */
export const ProcessInstanceModificationTerminateByIdInstructionSchema = (z.looseObject({
  elementId: ElementIdSchema,
})) as unknown as z.ZodType<T.ProcessInstanceModificationTerminateByIdInstruction>;

/** Validates {@link T.ProcessInstanceModificationTerminateByKeyInstruction}. */
export const ProcessInstanceModificationTerminateByKeyInstructionSchema = (z.looseObject({
  elementInstanceKey: ElementInstanceKeySchema,
})) as unknown as z.ZodType<T.ProcessInstanceModificationTerminateByKeyInstruction>;

/** Validates {@link T.ProcessInstanceModificationTerminateInstruction}. */
export const ProcessInstanceModificationTerminateInstructionSchema = (z.union([
  ProcessInstanceModificationTerminateByIdInstructionSchema,
  ProcessInstanceModificationTerminateByKeyInstructionSchema,
])) as unknown as z.ZodType<T.ProcessInstanceModificationTerminateInstruction>;

/** Validates {@link T.ProcessInstanceModificationInstruction}. */
export const ProcessInstanceModificationInstructionSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
  activateInstructions: z.array(ProcessInstanceModificationActivateInstructionSchema).exactOptional(),
  moveInstructions: z.array(ProcessInstanceModificationMoveInstructionSchema).exactOptional(),
  terminateInstructions: z.array(ProcessInstanceModificationTerminateInstructionSchema).exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceModificationInstruction>;

/** Validates {@link T.ProcessInstanceResult}. */
export const ProcessInstanceResultSchema = (z.looseObject({
  processDefinitionId: ProcessDefinitionIdSchema,
  processDefinitionName: z.string().nullable(),
  processDefinitionVersion: z.int(),
  processDefinitionVersionTag: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  state: ProcessInstanceStateEnumSchema,
  suspendedDate: z.string().nullable(),
  hasIncident: z.boolean(),
  tenantId: TenantIdSchema,
  processInstanceKey: ProcessInstanceKeySchema,
  processDefinitionKey: ProcessDefinitionKeySchema,
  parentProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  parentElementInstanceKey: ElementInstanceKeySchema.nullable(),
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  tags: TagSetSchema,
  businessId: BusinessIdSchema.nullable(),
})) as unknown as z.ZodType<T.ProcessInstanceResult>;

/** Validates {@link T.ProcessInstanceResumptionBatchOperationRequest}. */
export const ProcessInstanceResumptionBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceResumptionBatchOperationRequest>;

/** Validates {@link T.ProcessInstanceSearchQuerySortRequest}. */
export const ProcessInstanceSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'processInstanceKey',
    'processDefinitionId',
    'processDefinitionName',
    'processDefinitionVersion',
    'processDefinitionVersionTag',
    'processDefinitionKey',
    'parentProcessInstanceKey',
    'parentElementInstanceKey',
    'startDate',
    'endDate',
    'suspendedDate',
    'state',
    'hasIncident',
    'tenantId',
    'businessId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceSearchQuerySortRequest>;

/** Validates {@link T.ProcessInstanceSearchQuery}. */
export const ProcessInstanceSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(ProcessInstanceSearchQuerySortRequestSchema).exactOptional(),
  filter: ProcessInstanceFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceSearchQuery>;

/** Validates {@link T.ProcessInstanceSearchQueryResult}. */
export const ProcessInstanceSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ProcessInstanceResultSchema),
})) as unknown as z.ZodType<T.ProcessInstanceSearchQueryResult>;

/** Validates {@link T.ProcessInstanceSequenceFlowResult}. */
export const ProcessInstanceSequenceFlowResultSchema = (z.looseObject({
  sequenceFlowId: z.string(),
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  processDefinitionKey: ProcessDefinitionKeySchema,
  processDefinitionId: ProcessDefinitionIdSchema,
  elementId: ElementIdSchema,
  tenantId: TenantIdSchema,
})) as unknown as z.ZodType<T.ProcessInstanceSequenceFlowResult>;

/** Validates {@link T.ProcessInstanceSequenceFlowsQueryResult}. */
export const ProcessInstanceSequenceFlowsQueryResultSchema = (z.looseObject({
  items: z.array(ProcessInstanceSequenceFlowResultSchema),
})) as unknown as z.ZodType<T.ProcessInstanceSequenceFlowsQueryResult>;

/** Validates {@link T.ProcessInstanceSuspensionBatchOperationRequest}. */
export const ProcessInstanceSuspensionBatchOperationRequestSchema = (z.strictObject({
  filter: ProcessInstanceFilterSchema,
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.ProcessInstanceSuspensionBatchOperationRequest>;

/** Validates {@link T.ProcessInstanceWaitStateStatisticsResult}. */
export const ProcessInstanceWaitStateStatisticsResultSchema = (z.looseObject({
  elementId: ElementIdSchema,
  waitingCount: z.int(),
})) as unknown as z.ZodType<T.ProcessInstanceWaitStateStatisticsResult>;

/** Validates {@link T.ProcessInstanceWaitStateStatisticsQueryResult}. */
export const ProcessInstanceWaitStateStatisticsQueryResultSchema = (z.looseObject({
  items: z.array(ProcessInstanceWaitStateStatisticsResultSchema),
})) as unknown as z.ZodType<T.ProcessInstanceWaitStateStatisticsQueryResult>;

/** Validates {@link T.ResolvedSecret}. */
export const ResolvedSecretSchema = (z.looseObject({
  reference: z.string(),
  value: z.string(),
})) as unknown as z.ZodType<T.ResolvedSecret>;

/** Validates {@link T.ResourceFilter}. */
export const ResourceFilterSchema = (z.looseObject({
  resourceKey: ResourceKeyFilterPropertySchema.exactOptional(),
  resourceName: StringFilterPropertySchema.exactOptional(),
  resourceId: StringFilterPropertySchema.exactOptional(),
  version: IntegerFilterPropertySchema.exactOptional(),
  versionTag: StringFilterPropertySchema.exactOptional(),
  deploymentKey: DeploymentKeyFilterPropertySchema.exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.ResourceFilter>;

/** Validates {@link T.ResourceResult}. */
export const ResourceResultSchema = (z.looseObject({
  resourceName: z.string(),
  version: z.int(),
  versionTag: z.string().nullable(),
  resourceId: z.string(),
  tenantId: TenantIdSchema,
  resourceKey: ResourceKeySchema,
})) as unknown as z.ZodType<T.ResourceResult>;

/** Validates {@link T.ResourceSearchQuerySortRequest}. */
export const ResourceSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'resourceKey',
    'resourceName',
    'resourceId',
    'version',
    'versionTag',
    'deploymentKey',
    'tenantId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.ResourceSearchQuerySortRequest>;

/** Validates {@link T.ResourceSearchQuery}. */
export const ResourceSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(ResourceSearchQuerySortRequestSchema).exactOptional(),
  filter: ResourceFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.ResourceSearchQuery>;

/** Validates {@link T.ResourceSearchQueryResult}. */
export const ResourceSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(ResourceResultSchema),
})) as unknown as z.ZodType<T.ResourceSearchQueryResult>;

/** Validates {@link T.RestorePartitionStatus}. */
export const RestorePartitionStatusSchema = (z.looseObject({
  partitionId: z.int(),
  state: z.enum(['PENDING', 'RESTORING', 'RESTORED']),
  backupIds: z.array(z.int()),
  completedAt: z.string().nullable(),
})) as unknown as z.ZodType<T.RestorePartitionStatus>;

/** Validates {@link T.RestoreBrokerStatus}. */
export const RestoreBrokerStatusSchema = (z.looseObject({
  brokerId: z.string(),
  partitionsRestored: z.int(),
  partitionsToRestore: z.int(),
  partitions: z.array(RestorePartitionStatusSchema),
})) as unknown as z.ZodType<T.RestoreBrokerStatus>;

/** Validates {@link T.RestoreStatusResponse}. */
export const RestoreStatusResponseSchema = (z.looseObject({
  status: z.enum(['IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED']),
  changeId: z.string(),
  startedAt: z.string().nullable(),
  brokers: z.array(RestoreBrokerStatusSchema),
})) as unknown as z.ZodType<T.RestoreStatusResponse>;

/** Validates {@link T.ResumeProcessInstanceRequest}. */
export const ResumeProcessInstanceRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
}).nullable()) as unknown as z.ZodType<T.ResumeProcessInstanceRequest | null>;

/** Validates {@link T.RoleClientResult}. */
export const RoleClientResultSchema = (z.looseObject({
  clientId: ClientIdSchema,
})) as unknown as z.ZodType<T.RoleClientResult>;

/** Validates {@link T.RoleClientSearchQuerySortRequest}. */
export const RoleClientSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['clientId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.RoleClientSearchQuerySortRequest>;

/** Validates {@link T.RoleClientSearchQueryRequest}. */
export const RoleClientSearchQueryRequestSchema = (z.looseObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(RoleClientSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.RoleClientSearchQueryRequest>;

/** Validates {@link T.RoleClientSearchResult}. */
export const RoleClientSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(RoleClientResultSchema),
})) as unknown as z.ZodType<T.RoleClientSearchResult>;

/** Validates {@link T.RoleCreateRequest}. */
export const RoleCreateRequestSchema = (z.strictObject({
  roleId: RoleIdSchema,
  name: z.string(),
  description: z.string().exactOptional(),
})) as unknown as z.ZodType<T.RoleCreateRequest>;

/** Validates {@link T.RoleCreateResult}. */
export const RoleCreateResultSchema = (z.looseObject({
  roleId: RoleIdSchema,
  name: z.string(),
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.RoleCreateResult>;

/** Validates {@link T.RoleFilter}. */
export const RoleFilterSchema = (z.looseObject({
  roleId: RoleIdSchema.exactOptional(),
  name: z.string().exactOptional(),
})) as unknown as z.ZodType<T.RoleFilter>;

/** Validates {@link T.RoleGroupResult}. */
export const RoleGroupResultSchema = (z.looseObject({
  groupId: GroupIdSchema,
})) as unknown as z.ZodType<T.RoleGroupResult>;

/** Validates {@link T.RoleGroupSearchQuerySortRequest}. */
export const RoleGroupSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['groupId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.RoleGroupSearchQuerySortRequest>;

/** Validates {@link T.RoleGroupSearchQueryRequest}. */
export const RoleGroupSearchQueryRequestSchema = (z.looseObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(RoleGroupSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.RoleGroupSearchQueryRequest>;

/** Validates {@link T.RoleGroupSearchResult}. */
export const RoleGroupSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(RoleGroupResultSchema),
})) as unknown as z.ZodType<T.RoleGroupSearchResult>;

/** Validates {@link T.RoleMappingRuleSearchResult}. */
export const RoleMappingRuleSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(MappingRuleResultSchema),
})) as unknown as z.ZodType<T.RoleMappingRuleSearchResult>;

/** Validates {@link T.RoleSearchQuerySortRequest}. */
export const RoleSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['name', 'roleId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.RoleSearchQuerySortRequest>;

/** Validates {@link T.RoleSearchQueryRequest}. */
export const RoleSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(RoleSearchQuerySortRequestSchema).exactOptional(),
  filter: RoleFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.RoleSearchQueryRequest>;

/** Validates {@link T.RoleSearchQueryResult}. */
export const RoleSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(RoleResultSchema),
})) as unknown as z.ZodType<T.RoleSearchQueryResult>;

/** Validates {@link T.RoleUpdateRequest}. */
export const RoleUpdateRequestSchema = (z.looseObject({
  name: z.string(),
  description: z.string().exactOptional(),
})) as unknown as z.ZodType<T.RoleUpdateRequest>;

/** Validates {@link T.RoleUpdateResult}. */
export const RoleUpdateResultSchema = (z.looseObject({
  name: z.string(),
  description: z.string().nullable(),
  roleId: RoleIdSchema,
})) as unknown as z.ZodType<T.RoleUpdateResult>;

/** Validates {@link T.RoleUserResult}. */
export const RoleUserResultSchema = (z.looseObject({
  username: UsernameSchema,
})) as unknown as z.ZodType<T.RoleUserResult>;

/** Validates {@link T.RoleUserSearchQuerySortRequest}. */
export const RoleUserSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['username']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.RoleUserSearchQuerySortRequest>;

/** Validates {@link T.RoleUserSearchQueryRequest}. */
export const RoleUserSearchQueryRequestSchema = (z.looseObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(RoleUserSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.RoleUserSearchQueryRequest>;

/** Validates {@link T.RoleUserSearchResult}. */
export const RoleUserSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(RoleUserResultSchema),
})) as unknown as z.ZodType<T.RoleUserSearchResult>;

/** Validates {@link T.ScopeKeyExactMatch}. */
export const ScopeKeyExactMatchSchema = (ScopeKeySchema) as unknown as z.ZodType<T.ScopeKeyExactMatch>;

/** Validates {@link T.ScopeKeyFilterProperty}. */
export const ScopeKeyFilterPropertySchema = (z.union([
  ScopeKeyExactMatchSchema,
  AdvancedScopeKeyFilterSchema,
])) as unknown as z.ZodType<T.ScopeKeyFilterProperty>;

/** Validates {@link T.SearchQueryRequest}. */
export const SearchQueryRequestSchema = (z.looseObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
})) as unknown as z.ZodType<T.SearchQueryRequest>;

/** Validates {@link T.SearchQueryResponse}. */
export const SearchQueryResponseSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
})) as unknown as z.ZodType<T.SearchQueryResponse>;

/** Validates {@link T.SecretErrorCode}. */
export const SecretErrorCodeSchema = (z.enum([
  'NOT_FOUND',
  'ACCESS_DENIED',
  'INVALID_REFERENCE',
  'UNREADABLE',
])) as unknown as z.ZodType<T.SecretErrorCode>;

/** Validates {@link T.SecretListRequest}. */
export const SecretListRequestSchema = (z.strictObject({})) as unknown as z.ZodType<T.SecretListRequest>;

/** Validates {@link T.SecretListResult}. */
export const SecretListResultSchema = (z.looseObject({
  references: z.array(z.string()),
})) as unknown as z.ZodType<T.SecretListResult>;

/** Validates {@link T.SecretResolutionError}. */
export const SecretResolutionErrorSchema = (z.looseObject({
  reference: z.string(),
  code: SecretErrorCodeSchema,
  message: z.string(),
})) as unknown as z.ZodType<T.SecretResolutionError>;

/** Validates {@link T.SecretResolveRequest}. */
export const SecretResolveRequestSchema = (z.looseObject({
  references: z.array(z.string().max(256)).max(20),
})) as unknown as z.ZodType<T.SecretResolveRequest>;

/** Validates {@link T.SecretResolveResult}. */
export const SecretResolveResultSchema = (z.looseObject({
  resolved: z.array(ResolvedSecretSchema),
  errors: z.array(SecretResolutionErrorSchema),
})) as unknown as z.ZodType<T.SecretResolveResult>;

/** Validates {@link T.SetVariableRequest}. */
export const SetVariableRequestSchema = (z.strictObject({
  variables: z.record(z.string(), z.unknown()),
  local: z.boolean().exactOptional(),
  operationReference: OperationReferenceSchema.exactOptional(),
})) as unknown as z.ZodType<T.SetVariableRequest>;

/** Validates {@link T.SignalBroadcastRequest}. */
export const SignalBroadcastRequestSchema = (z.strictObject({
  signalName: z.string(),
  variables: z.record(z.string(), z.unknown()).exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
})) as unknown as z.ZodType<T.SignalBroadcastRequest>;

/** Validates {@link T.SignalKey}. */
export const SignalKeySchema = (semanticKeySchema(keys.SignalKey)) as unknown as z.ZodType<T.SignalKey>;

/** Validates {@link T.SignalBroadcastResult}. */
export const SignalBroadcastResultSchema = (z.looseObject({
  tenantId: TenantIdSchema,
  signalKey: SignalKeySchema,
})) as unknown as z.ZodType<T.SignalBroadcastResult>;

/** Validates {@link T.SuspendProcessInstanceRequest}. */
export const SuspendProcessInstanceRequestSchema = (z.strictObject({
  operationReference: OperationReferenceSchema.exactOptional(),
}).nullable()) as unknown as z.ZodType<T.SuspendProcessInstanceRequest | null>;

/** Validates {@link T.SystemConfigurationResponse}. */
export const SystemConfigurationResponseSchema = (z.looseObject({
  jobMetrics: JobMetricsConfigurationResponseSchema,
  components: ComponentsConfigurationResponseSchema,
  deployment: DeploymentConfigurationResponseSchema,
  authentication: AuthenticationConfigurationResponseSchema,
  cloud: CloudConfigurationResponseSchema,
})) as unknown as z.ZodType<T.SystemConfigurationResponse>;

/** Validates {@link T.TakeHistoryBackupRequest}. */
export const TakeHistoryBackupRequestSchema = (z.looseObject({
  backupId: BackupIdSchema,
})) as unknown as z.ZodType<T.TakeHistoryBackupRequest>;

/** Validates {@link T.TakeHistoryBackupResponse}. */
export const TakeHistoryBackupResponseSchema = (z.looseObject({
  backupId: BackupIdSchema,
  scheduledSnapshots: z.array(z.string()),
})) as unknown as z.ZodType<T.TakeHistoryBackupResponse>;

/** Validates {@link T.TakeRuntimeBackupRequest}. */
export const TakeRuntimeBackupRequestSchema = (z.looseObject({
  backupId: BackupIdSchema.nullable().exactOptional(),
})) as unknown as z.ZodType<T.TakeRuntimeBackupRequest>;

/** Validates {@link T.TakeRuntimeBackupResponse}. */
export const TakeRuntimeBackupResponseSchema = (z.looseObject({
  backupId: BackupIdSchema,
})) as unknown as z.ZodType<T.TakeRuntimeBackupResponse>;

/** Validates {@link T.TenantClientResult}. */
export const TenantClientResultSchema = (z.looseObject({
  clientId: ClientIdSchema,
})) as unknown as z.ZodType<T.TenantClientResult>;

/** Validates {@link T.TenantClientSearchQuerySortRequest}. */
export const TenantClientSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['clientId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.TenantClientSearchQuerySortRequest>;

/** Validates {@link T.TenantClientSearchQueryRequest}. */
export const TenantClientSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(TenantClientSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.TenantClientSearchQueryRequest>;

/** Validates {@link T.TenantClientSearchResult}. */
export const TenantClientSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(TenantClientResultSchema),
})) as unknown as z.ZodType<T.TenantClientSearchResult>;

/** Validates {@link T.TenantCreateRequest}. */
export const TenantCreateRequestSchema = (z.strictObject({
  tenantId: TenantIdSchema,
  name: z.string(),
  description: z.string().exactOptional(),
})) as unknown as z.ZodType<T.TenantCreateRequest>;

/** Validates {@link T.TenantCreateResult}. */
export const TenantCreateResultSchema = (z.looseObject({
  tenantId: TenantIdSchema,
  name: z.string(),
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.TenantCreateResult>;

/** Validates {@link T.TenantFilter}. */
export const TenantFilterSchema = (z.looseObject({
  tenantId: TenantIdSchema.exactOptional(),
  name: z.string().exactOptional(),
})) as unknown as z.ZodType<T.TenantFilter>;

/** Validates {@link T.TenantGroupResult}. */
export const TenantGroupResultSchema = (z.looseObject({
  groupId: GroupIdSchema,
})) as unknown as z.ZodType<T.TenantGroupResult>;

/** Validates {@link T.TenantGroupSearchQuerySortRequest}. */
export const TenantGroupSearchQuerySortRequestSchema = (z.strictObject({
  field: z.enum(['groupId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.TenantGroupSearchQuerySortRequest>;

/** Validates {@link T.TenantGroupSearchQueryRequest}. */
export const TenantGroupSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(TenantGroupSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.TenantGroupSearchQueryRequest>;

/** Validates {@link T.TenantGroupSearchResult}. */
export const TenantGroupSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(TenantGroupResultSchema),
})) as unknown as z.ZodType<T.TenantGroupSearchResult>;

/** Validates {@link T.TenantMappingRuleSearchResult}. */
export const TenantMappingRuleSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(MappingRuleResultSchema),
})) as unknown as z.ZodType<T.TenantMappingRuleSearchResult>;

/** Validates {@link T.TenantRoleSearchResult}. */
export const TenantRoleSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(RoleResultSchema),
})) as unknown as z.ZodType<T.TenantRoleSearchResult>;

/** Validates {@link T.TenantSearchQuerySortRequest}. */
export const TenantSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['key', 'name', 'tenantId']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.TenantSearchQuerySortRequest>;

/** Validates {@link T.TenantSearchQueryRequest}. */
export const TenantSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(TenantSearchQuerySortRequestSchema).exactOptional(),
  filter: TenantFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.TenantSearchQueryRequest>;

/** Validates {@link T.TenantSearchQueryResult}. */
export const TenantSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(TenantResultSchema),
})) as unknown as z.ZodType<T.TenantSearchQueryResult>;

/** Validates {@link T.TenantUpdateRequest}. */
export const TenantUpdateRequestSchema = (z.strictObject({
  name: z.string(),
  description: z.string().exactOptional(),
})) as unknown as z.ZodType<T.TenantUpdateRequest>;

/** Validates {@link T.TenantUpdateResult}. */
export const TenantUpdateResultSchema = (z.looseObject({
  tenantId: TenantIdSchema,
  name: z.string(),
  description: z.string().nullable(),
})) as unknown as z.ZodType<T.TenantUpdateResult>;

/** Validates {@link T.TenantUserResult}. */
export const TenantUserResultSchema = (z.looseObject({
  username: UsernameSchema,
})) as unknown as z.ZodType<T.TenantUserResult>;

/** Validates {@link T.TenantUserSearchQuerySortRequest}. */
export const TenantUserSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['username']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.TenantUserSearchQuerySortRequest>;

/** Validates {@link T.TenantUserSearchQueryRequest}. */
export const TenantUserSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(TenantUserSearchQuerySortRequestSchema).exactOptional(),
})) as unknown as z.ZodType<T.TenantUserSearchQueryRequest>;

/** Validates {@link T.TenantUserSearchResult}. */
export const TenantUserSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(TenantUserResultSchema),
})) as unknown as z.ZodType<T.TenantUserSearchResult>;

/** Validates {@link T.TopologyResponse}. */
export const TopologyResponseSchema = (z.looseObject({
  brokers: z.array(BrokerInfoSchema),
  clusterId: z.string().nullable(),
  clusterSize: z.int(),
  partitionsCount: z.int(),
  replicationFactor: z.int(),
  gatewayVersion: z.string(),
  lastCompletedChangeId: z.string(),
})) as unknown as z.ZodType<T.TopologyResponse>;

/** Validates {@link T.UpdateClusterVariableRequest}. */
export const UpdateClusterVariableRequestSchema = (z.looseObject({
  value: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])).exactOptional(),
})) as unknown as z.ZodType<T.UpdateClusterVariableRequest>;

/** Validates {@link T.UpdateGlobalTaskListenerRequest}. */
export const UpdateGlobalTaskListenerRequestSchema = (z.looseObject({
  type: z.string(),
  retries: z.int().exactOptional(),
  afterNonGlobal: z.boolean().exactOptional(),
  priority: z.int().exactOptional(),
  eventTypes: GlobalTaskListenerEventTypesSchema,
})) as unknown as z.ZodType<T.UpdateGlobalTaskListenerRequest>;

/** Validates {@link T.UsageMetricsResponseItem}. */
export const UsageMetricsResponseItemSchema = (z.looseObject({
  processInstances: z.int(),
  decisionInstances: z.int(),
  assignees: z.int(),
})) as unknown as z.ZodType<T.UsageMetricsResponseItem>;

/** Validates {@link T.UsageMetricsResponse}. */
export const UsageMetricsResponseSchema = (z.looseObject({
  processInstances: z.int(),
  decisionInstances: z.int(),
  assignees: z.int(),
  activeTenants: z.int(),
  tenants: z.record(z.string(), UsageMetricsResponseItemSchema),
})) as unknown as z.ZodType<T.UsageMetricsResponse>;

/** Validates {@link T.UserCreateResult}. */
export const UserCreateResultSchema = (z.looseObject({
  username: UsernameSchema,
  name: z.string().nullable(),
  email: z.string().nullable(),
})) as unknown as z.ZodType<T.UserCreateResult>;

/** Validates {@link T.UserFilter}. */
export const UserFilterSchema = (z.looseObject({
  username: StringFilterPropertySchema.exactOptional(),
  name: StringFilterPropertySchema.exactOptional(),
  email: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.UserFilter>;

/** Validates {@link T.UserRequest}. */
export const UserRequestSchema = (z.strictObject({
  password: z.string(),
  username: UsernameSchema,
  name: z.string().exactOptional(),
  email: z.string().exactOptional(),
})) as unknown as z.ZodType<T.UserRequest>;

/** Validates {@link T.UserResult}. */
export const UserResultSchema = (z.looseObject({
  username: UsernameSchema,
  name: z.string().nullable(),
  email: z.string().nullable(),
})) as unknown as z.ZodType<T.UserResult>;

/** Validates {@link T.UserSearchQuerySortRequest}. */
export const UserSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['username', 'name', 'email']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserSearchQuerySortRequest>;

/** Validates {@link T.UserSearchQueryRequest}. */
export const UserSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(UserSearchQuerySortRequestSchema).exactOptional(),
  filter: UserFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserSearchQueryRequest>;

/** Validates {@link T.UserSearchResult}. */
export const UserSearchResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(UserResultSchema),
})) as unknown as z.ZodType<T.UserSearchResult>;

/** Validates {@link T.UserTaskAssignmentRequest}. */
export const UserTaskAssignmentRequestSchema = (z.strictObject({
  assignee: z.string().exactOptional(),
  allowOverride: z.boolean().nullable().exactOptional(),
  action: z.string().nullable().exactOptional(),
})) as unknown as z.ZodType<T.UserTaskAssignmentRequest>;

/** Validates {@link T.UserTaskAuditLogFilter}. */
export const UserTaskAuditLogFilterSchema = (z.looseObject({
  operationType: OperationTypeFilterPropertySchema.exactOptional(),
  result: AuditLogResultFilterPropertySchema.exactOptional(),
  timestamp: DateTimeFilterPropertySchema.exactOptional(),
  actorType: AuditLogActorTypeFilterPropertySchema.exactOptional(),
  actorId: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskAuditLogFilter>;

/** Validates {@link T.UserTaskAuditLogSearchQueryRequest}. */
export const UserTaskAuditLogSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(AuditLogSearchQuerySortRequestSchema).exactOptional(),
  filter: UserTaskAuditLogFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskAuditLogSearchQueryRequest>;

/** Validates {@link T.UserTaskCompletionRequest}. */
export const UserTaskCompletionRequestSchema = (z.strictObject({
  variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
  action: z.string().nullable().exactOptional(),
})) as unknown as z.ZodType<T.UserTaskCompletionRequest>;

/** Validates {@link T.UserTaskVariableSearchQuerySortRequest}. */
export const UserTaskVariableSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['value', 'name', 'tenantId', 'variableKey', 'scopeKey', 'processInstanceKey']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskVariableSearchQuerySortRequest>;

/** Validates {@link T.UserTaskVariableFilter}. */
export const UserTaskVariableFilterSchema = (z.looseObject({
  name: StringFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskVariableFilter>;

/** Validates {@link T.UserTaskEffectiveVariableSearchQueryRequest}. */
export const UserTaskEffectiveVariableSearchQueryRequestSchema = (z.strictObject({
  page: OffsetPaginationSchema.exactOptional(),
  sort: z.array(UserTaskVariableSearchQuerySortRequestSchema).exactOptional(),
  filter: UserTaskVariableFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskEffectiveVariableSearchQueryRequest>;

/** Validates {@link T.UserTaskStateExactMatch}. */
export const UserTaskStateExactMatchSchema = (UserTaskStateEnumSchema) as unknown as z.ZodType<T.UserTaskStateExactMatch>;

/** Validates {@link T.UserTaskStateFilterProperty}. */
export const UserTaskStateFilterPropertySchema = (z.union([
  UserTaskStateExactMatchSchema,
  AdvancedUserTaskStateFilterSchema,
])) as unknown as z.ZodType<T.UserTaskStateFilterProperty>;

/** Validates {@link T.UserTaskFilter}. */
export const UserTaskFilterSchema = (z.looseObject({
  state: UserTaskStateFilterPropertySchema.exactOptional(),
  assignee: StringFilterPropertySchema.exactOptional(),
  businessId: StringFilterPropertySchema.exactOptional(),
  priority: IntegerFilterPropertySchema.exactOptional(),
  elementId: ElementIdSchema.exactOptional(),
  name: StringFilterPropertySchema.exactOptional(),
  candidateGroup: StringFilterPropertySchema.exactOptional(),
  candidateUser: StringFilterPropertySchema.exactOptional(),
  tenantId: StringFilterPropertySchema.exactOptional(),
  processDefinitionId: ProcessDefinitionIdFilterPropertySchema.exactOptional(),
  creationDate: DateTimeFilterPropertySchema.exactOptional(),
  completionDate: DateTimeFilterPropertySchema.exactOptional(),
  followUpDate: DateTimeFilterPropertySchema.exactOptional(),
  dueDate: DateTimeFilterPropertySchema.exactOptional(),
  processInstanceVariables: z.array(VariableValueFilterPropertySchema).exactOptional(),
  localVariables: z.array(VariableValueFilterPropertySchema).exactOptional(),
  userTaskKey: UserTaskKeySchema.exactOptional(),
  processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  elementInstanceKey: ElementInstanceKeySchema.exactOptional(),
  tags: TagSetSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskFilter>;

/** Validates {@link T.UserTaskResult}. */
export const UserTaskResultSchema = (z.looseObject({
  name: z.string().nullable(),
  state: UserTaskStateEnumSchema,
  assignee: z.string().nullable(),
  elementId: ElementIdSchema,
  candidateGroups: z.array(z.string()),
  candidateUsers: z.array(z.string()),
  processDefinitionId: ProcessDefinitionIdSchema,
  creationDate: z.string(),
  completionDate: z.string().nullable(),
  followUpDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  tenantId: TenantIdSchema,
  externalFormReference: z.string().nullable(),
  processDefinitionVersion: z.int(),
  customHeaders: z.record(z.string(), z.string()),
  priority: z.int().min(0).max(100),
  userTaskKey: UserTaskKeySchema,
  elementInstanceKey: ElementInstanceKeySchema,
  processName: z.string().nullable(),
  processDefinitionKey: ProcessDefinitionKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  businessId: BusinessIdSchema.nullable(),
  formKey: FormKeySchema.nullable(),
  tags: TagSetSchema,
})) as unknown as z.ZodType<T.UserTaskResult>;

/** Validates {@link T.UserTaskSearchQuerySortRequest}. */
export const UserTaskSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum([
    'creationDate',
    'completionDate',
    'followUpDate',
    'dueDate',
    'priority',
    'name',
    'businessId',
  ]),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskSearchQuerySortRequest>;

/** Validates {@link T.UserTaskSearchQuery}. */
export const UserTaskSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(UserTaskSearchQuerySortRequestSchema).exactOptional(),
  filter: UserTaskFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskSearchQuery>;

/** Validates {@link T.UserTaskSearchQueryResult}. */
export const UserTaskSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(UserTaskResultSchema),
})) as unknown as z.ZodType<T.UserTaskSearchQueryResult>;

/** Validates {@link T.UserTaskUpdateRequest}. */
export const UserTaskUpdateRequestSchema = (z.strictObject({
  changeset: ChangesetSchema.exactOptional(),
  action: z.string().nullable().exactOptional(),
})) as unknown as z.ZodType<T.UserTaskUpdateRequest>;

/** Validates {@link T.UserTaskVariableSearchQueryRequest}. */
export const UserTaskVariableSearchQueryRequestSchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(UserTaskVariableSearchQuerySortRequestSchema).exactOptional(),
  filter: UserTaskVariableFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.UserTaskVariableSearchQueryRequest>;

/** Validates {@link T.UserUpdateRequest}. */
export const UserUpdateRequestSchema = (z.looseObject({
  password: z.string().exactOptional(),
  name: z.string().exactOptional(),
  email: z.string().exactOptional(),
})) as unknown as z.ZodType<T.UserUpdateRequest>;

/** Validates {@link T.UserUpdateResult}. */
export const UserUpdateResultSchema = (z.looseObject({
  username: UsernameSchema,
  name: z.string().nullable(),
  email: z.string().nullable(),
})) as unknown as z.ZodType<T.UserUpdateResult>;

/** Validates {@link T.VariableKeyExactMatch}. */
export const VariableKeyExactMatchSchema = (VariableKeySchema) as unknown as z.ZodType<T.VariableKeyExactMatch>;

/** Validates {@link T.VariableKeyFilterProperty}. */
export const VariableKeyFilterPropertySchema = (z.union([
  VariableKeyExactMatchSchema,
  AdvancedVariableKeyFilterSchema,
])) as unknown as z.ZodType<T.VariableKeyFilterProperty>;

/** Validates {@link T.VariableFilter}. */
export const VariableFilterSchema = (z.looseObject({
  name: StringFilterPropertySchema.exactOptional(),
  value: StringFilterPropertySchema.exactOptional(),
  tenantId: TenantIdSchema.exactOptional(),
  isTruncated: z.boolean().exactOptional(),
  variableKey: VariableKeyFilterPropertySchema.exactOptional(),
  scopeKey: ScopeKeyFilterPropertySchema.exactOptional(),
  processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
})) as unknown as z.ZodType<T.VariableFilter>;

/** Validates {@link T.VariableResult}. */
export const VariableResultSchema = (z.looseObject({
  name: z.string(),
  tenantId: TenantIdSchema,
  variableKey: VariableKeySchema,
  scopeKey: ScopeKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  value: z.string(),
})) as unknown as z.ZodType<T.VariableResult>;

/** Validates {@link T.VariableResultBase}. */
export const VariableResultBaseSchema = (z.looseObject({
  name: z.string(),
  tenantId: TenantIdSchema,
  variableKey: VariableKeySchema,
  scopeKey: ScopeKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
})) as unknown as z.ZodType<T.VariableResultBase>;

/** Validates {@link T.VariableSearchQuerySortRequest}. */
export const VariableSearchQuerySortRequestSchema = (z.looseObject({
  field: z.enum(['value', 'name', 'tenantId', 'variableKey', 'scopeKey', 'processInstanceKey']),
  order: SortOrderEnumSchema.exactOptional(),
})) as unknown as z.ZodType<T.VariableSearchQuerySortRequest>;

/** Validates {@link T.VariableSearchQuery}. */
export const VariableSearchQuerySchema = (z.strictObject({
  page: SearchQueryPageRequestSchema.exactOptional(),
  sort: z.array(VariableSearchQuerySortRequestSchema).exactOptional(),
  filter: VariableFilterSchema.exactOptional(),
})) as unknown as z.ZodType<T.VariableSearchQuery>;

/** Validates {@link T.VariableSearchResult}. */
export const VariableSearchResultSchema = (z.looseObject({
  name: z.string(),
  tenantId: TenantIdSchema,
  variableKey: VariableKeySchema,
  scopeKey: ScopeKeySchema,
  processInstanceKey: ProcessInstanceKeySchema,
  rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  value: z.string(),
  isTruncated: z.boolean(),
})) as unknown as z.ZodType<T.VariableSearchResult>;

/** Validates {@link T.VariableSearchQueryResult}. */
export const VariableSearchQueryResultSchema = (z.looseObject({
  page: SearchQueryPageResponseSchema,
  items: z.array(VariableSearchResultSchema),
})) as unknown as z.ZodType<T.VariableSearchQueryResult>;

/** Every component schema by its name in the spec (e.g. `schemas.ProcessInstanceCreationInstruction`). */
export const schemas: Readonly<Record<string, z.ZodType>> = {
  ActivatedJobResult: ActivatedJobResultSchema,
  AdHocSubProcessActivateActivitiesInstruction: AdHocSubProcessActivateActivitiesInstructionSchema,
  AdHocSubProcessActivateActivityReference: AdHocSubProcessActivateActivityReferenceSchema,
  AdvancedActorTypeFilter: AdvancedActorTypeFilterSchema,
  AdvancedAgentDefinitionKeyFilter: AdvancedAgentDefinitionKeyFilterSchema,
  AdvancedAgentDefinitionTypeFilter: AdvancedAgentDefinitionTypeFilterSchema,
  AdvancedAgentHistoryItemKeyFilter: AdvancedAgentHistoryItemKeyFilterSchema,
  AdvancedAgentInstanceHistoryCommitStatusFilter: AdvancedAgentInstanceHistoryCommitStatusFilterSchema,
  AdvancedAgentInstanceHistoryRoleFilter: AdvancedAgentInstanceHistoryRoleFilterSchema,
  AdvancedAgentInstanceKeyFilter: AdvancedAgentInstanceKeyFilterSchema,
  AdvancedAgentInstanceStatusFilter: AdvancedAgentInstanceStatusFilterSchema,
  AdvancedAuditLogEntityKeyFilter: AdvancedAuditLogEntityKeyFilterSchema,
  AdvancedAuditLogKeyFilter: AdvancedAuditLogKeyFilterSchema,
  AdvancedBatchOperationItemStateFilter: AdvancedBatchOperationItemStateFilterSchema,
  AdvancedBatchOperationStateFilter: AdvancedBatchOperationStateFilterSchema,
  AdvancedBatchOperationTypeFilter: AdvancedBatchOperationTypeFilterSchema,
  AdvancedCategoryFilter: AdvancedCategoryFilterSchema,
  AdvancedClusterVariableKindFilter: AdvancedClusterVariableKindFilterSchema,
  AdvancedClusterVariableScopeFilter: AdvancedClusterVariableScopeFilterSchema,
  AdvancedDateTimeFilter: AdvancedDateTimeFilterSchema,
  AdvancedDecisionDefinitionKeyFilter: AdvancedDecisionDefinitionKeyFilterSchema,
  AdvancedDecisionEvaluationInstanceKeyFilter: AdvancedDecisionEvaluationInstanceKeyFilterSchema,
  AdvancedDecisionEvaluationKeyFilter: AdvancedDecisionEvaluationKeyFilterSchema,
  AdvancedDecisionInstanceStateFilter: AdvancedDecisionInstanceStateFilterSchema,
  AdvancedDecisionRequirementsKeyFilter: AdvancedDecisionRequirementsKeyFilterSchema,
  AdvancedDeploymentKeyFilter: AdvancedDeploymentKeyFilterSchema,
  AdvancedElementIdFilter: AdvancedElementIdFilterSchema,
  AdvancedElementInstanceKeyFilter: AdvancedElementInstanceKeyFilterSchema,
  AdvancedElementInstanceStateFilter: AdvancedElementInstanceStateFilterSchema,
  AdvancedEntityTypeFilter: AdvancedEntityTypeFilterSchema,
  AdvancedFormKeyFilter: AdvancedFormKeyFilterSchema,
  AdvancedGlobalListenerSourceFilter: AdvancedGlobalListenerSourceFilterSchema,
  AdvancedGlobalTaskListenerEventTypeFilter: AdvancedGlobalTaskListenerEventTypeFilterSchema,
  AdvancedIncidentErrorTypeFilter: AdvancedIncidentErrorTypeFilterSchema,
  AdvancedIncidentStateFilter: AdvancedIncidentStateFilterSchema,
  AdvancedIntegerFilter: AdvancedIntegerFilterSchema,
  AdvancedJobKeyFilter: AdvancedJobKeyFilterSchema,
  AdvancedJobKindFilter: AdvancedJobKindFilterSchema,
  AdvancedJobListenerEventTypeFilter: AdvancedJobListenerEventTypeFilterSchema,
  AdvancedJobStateFilter: AdvancedJobStateFilterSchema,
  AdvancedMessageSubscriptionKeyFilter: AdvancedMessageSubscriptionKeyFilterSchema,
  AdvancedMessageSubscriptionStateFilter: AdvancedMessageSubscriptionStateFilterSchema,
  AdvancedMessageSubscriptionTypeFilter: AdvancedMessageSubscriptionTypeFilterSchema,
  AdvancedMetadataValueFilter: AdvancedMetadataValueFilterSchema,
  AdvancedOperationTypeFilter: AdvancedOperationTypeFilterSchema,
  AdvancedProcessDefinitionIdFilter: AdvancedProcessDefinitionIdFilterSchema,
  AdvancedProcessDefinitionKeyFilter: AdvancedProcessDefinitionKeyFilterSchema,
  AdvancedProcessInstanceKeyFilter: AdvancedProcessInstanceKeyFilterSchema,
  AdvancedProcessInstanceStateFilter: AdvancedProcessInstanceStateFilterSchema,
  AdvancedResourceKeyFilter: AdvancedResourceKeyFilterSchema,
  AdvancedResultFilter: AdvancedResultFilterSchema,
  AdvancedScopeKeyFilter: AdvancedScopeKeyFilterSchema,
  AdvancedStringFilter: AdvancedStringFilterSchema,
  AdvancedUserTaskStateFilter: AdvancedUserTaskStateFilterSchema,
  AdvancedVariableKeyFilter: AdvancedVariableKeyFilterSchema,
  AdvancedWaitStateElementTypeFilter: AdvancedWaitStateElementTypeFilterSchema,
  AdvancedWaitStateTypeFilter: AdvancedWaitStateTypeFilterSchema,
  AgentDefinitionFilter: AgentDefinitionFilterSchema,
  AgentDefinitionKey: AgentDefinitionKeySchema,
  AgentDefinitionKeyExactMatch: AgentDefinitionKeyExactMatchSchema,
  AgentDefinitionKeyFilterProperty: AgentDefinitionKeyFilterPropertySchema,
  AgentDefinitionResult: AgentDefinitionResultSchema,
  AgentDefinitionSearchQuery: AgentDefinitionSearchQuerySchema,
  AgentDefinitionSearchQueryResult: AgentDefinitionSearchQueryResultSchema,
  AgentDefinitionSearchQuerySortRequest: AgentDefinitionSearchQuerySortRequestSchema,
  AgentDefinitionTypeEnum: AgentDefinitionTypeEnumSchema,
  AgentDefinitionTypeExactMatch: AgentDefinitionTypeExactMatchSchema,
  AgentDefinitionTypeFilterProperty: AgentDefinitionTypeFilterPropertySchema,
  AgentHistoryItemKey: AgentHistoryItemKeySchema,
  AgentHistoryItemKeyExactMatch: AgentHistoryItemKeyExactMatchSchema,
  AgentHistoryItemKeyFilterProperty: AgentHistoryItemKeyFilterPropertySchema,
  AgentInstanceCreatedHistoryItem: AgentInstanceCreatedHistoryItemSchema,
  AgentInstanceCreationRequest: AgentInstanceCreationRequestSchema,
  AgentInstanceCreationResult: AgentInstanceCreationResultSchema,
  AgentInstanceDefinition: AgentInstanceDefinitionSchema,
  AgentInstanceDefinitionResult: AgentInstanceDefinitionResultSchema,
  AgentInstanceDocumentContent: AgentInstanceDocumentContentSchema,
  AgentInstanceFilter: AgentInstanceFilterSchema,
  AgentInstanceHistoryCommitStatusEnum: AgentInstanceHistoryCommitStatusEnumSchema,
  AgentInstanceHistoryCommitStatusExactMatch: AgentInstanceHistoryCommitStatusExactMatchSchema,
  AgentInstanceHistoryCommitStatusFilterProperty: AgentInstanceHistoryCommitStatusFilterPropertySchema,
  AgentInstanceHistoryFilter: AgentInstanceHistoryFilterSchema,
  AgentInstanceHistoryItem: AgentInstanceHistoryItemSchema,
  AgentInstanceHistoryItemCreationResult: AgentInstanceHistoryItemCreationResultSchema,
  AgentInstanceHistoryItemMetrics: AgentInstanceHistoryItemMetricsSchema,
  AgentInstanceHistoryItemRequest: AgentInstanceHistoryItemRequestSchema,
  AgentInstanceHistoryItemResult: AgentInstanceHistoryItemResultSchema,
  AgentInstanceHistoryRoleEnum: AgentInstanceHistoryRoleEnumSchema,
  AgentInstanceHistoryRoleExactMatch: AgentInstanceHistoryRoleExactMatchSchema,
  AgentInstanceHistoryRoleFilterProperty: AgentInstanceHistoryRoleFilterPropertySchema,
  AgentInstanceHistorySearchQuery: AgentInstanceHistorySearchQuerySchema,
  AgentInstanceHistorySearchQueryResult: AgentInstanceHistorySearchQueryResultSchema,
  AgentInstanceHistorySearchQuerySortRequest: AgentInstanceHistorySearchQuerySortRequestSchema,
  AgentInstanceKey: AgentInstanceKeySchema,
  AgentInstanceKeyExactMatch: AgentInstanceKeyExactMatchSchema,
  AgentInstanceKeyFilterProperty: AgentInstanceKeyFilterPropertySchema,
  AgentInstanceLimits: AgentInstanceLimitsSchema,
  AgentInstanceMessageContent: AgentInstanceMessageContentSchema,
  AgentInstanceMessageContentTypeEnum: AgentInstanceMessageContentTypeEnumSchema,
  AgentInstanceMetrics: AgentInstanceMetricsSchema,
  AgentInstanceMetricsDelta: AgentInstanceMetricsDeltaSchema,
  AgentInstanceObjectContent: AgentInstanceObjectContentSchema,
  AgentInstanceResult: AgentInstanceResultSchema,
  AgentInstanceSearchQuery: AgentInstanceSearchQuerySchema,
  AgentInstanceSearchQueryResult: AgentInstanceSearchQueryResultSchema,
  AgentInstanceSearchQuerySortRequest: AgentInstanceSearchQuerySortRequestSchema,
  AgentInstanceStatusEnum: AgentInstanceStatusEnumSchema,
  AgentInstanceStatusExactMatch: AgentInstanceStatusExactMatchSchema,
  AgentInstanceStatusFilterProperty: AgentInstanceStatusFilterPropertySchema,
  AgentInstanceTextContent: AgentInstanceTextContentSchema,
  AgentInstanceToolCall: AgentInstanceToolCallSchema,
  AgentInstanceUpdateRequest: AgentInstanceUpdateRequestSchema,
  AgentInstanceUpdateResult: AgentInstanceUpdateResultSchema,
  AgentInstanceUpdateStatusEnum: AgentInstanceUpdateStatusEnumSchema,
  AgentTool: AgentToolSchema,
  AncestorScopeInstruction: AncestorScopeInstructionSchema,
  AuditLogActorTypeEnum: AuditLogActorTypeEnumSchema,
  AuditLogActorTypeExactMatch: AuditLogActorTypeExactMatchSchema,
  AuditLogActorTypeFilterProperty: AuditLogActorTypeFilterPropertySchema,
  AuditLogCategoryEnum: AuditLogCategoryEnumSchema,
  AuditLogEntityKey: AuditLogEntityKeySchema,
  AuditLogEntityKeyExactMatch: AuditLogEntityKeyExactMatchSchema,
  AuditLogEntityKeyFilterProperty: AuditLogEntityKeyFilterPropertySchema,
  AuditLogEntityTypeEnum: AuditLogEntityTypeEnumSchema,
  AuditLogFilter: AuditLogFilterSchema,
  AuditLogKey: AuditLogKeySchema,
  AuditLogKeyExactMatch: AuditLogKeyExactMatchSchema,
  AuditLogKeyFilterProperty: AuditLogKeyFilterPropertySchema,
  AuditLogOperationTypeEnum: AuditLogOperationTypeEnumSchema,
  AuditLogResult: AuditLogResultSchema,
  AuditLogResultEnum: AuditLogResultEnumSchema,
  AuditLogResultExactMatch: AuditLogResultExactMatchSchema,
  AuditLogResultFilterProperty: AuditLogResultFilterPropertySchema,
  AuditLogSearchQueryRequest: AuditLogSearchQueryRequestSchema,
  AuditLogSearchQueryResult: AuditLogSearchQueryResultSchema,
  AuditLogSearchQuerySortRequest: AuditLogSearchQuerySortRequestSchema,
  AuthenticationConfigurationResponse: AuthenticationConfigurationResponseSchema,
  AuthorizationCreateResult: AuthorizationCreateResultSchema,
  AuthorizationFilter: AuthorizationFilterSchema,
  AuthorizationIdBasedRequest: AuthorizationIdBasedRequestSchema,
  AuthorizationKey: AuthorizationKeySchema,
  AuthorizationPropertyBasedRequest: AuthorizationPropertyBasedRequestSchema,
  AuthorizationRequest: AuthorizationRequestSchema,
  AuthorizationResult: AuthorizationResultSchema,
  AuthorizationSearchQuery: AuthorizationSearchQuerySchema,
  AuthorizationSearchQuerySortRequest: AuthorizationSearchQuerySortRequestSchema,
  AuthorizationSearchResult: AuthorizationSearchResultSchema,
  BackupId: BackupIdSchema,
  BackupIdPrefix: BackupIdPrefixSchema,
  BackupInfo: BackupInfoSchema,
  BackupType: BackupTypeSchema,
  BaseProcessInstanceFilterFields: BaseProcessInstanceFilterFieldsSchema,
  BaseWaitStateDetails: BaseWaitStateDetailsSchema,
  BasicStringFilter: BasicStringFilterSchema,
  BasicStringFilterProperty: BasicStringFilterPropertySchema,
  BatchOperationCreatedResult: BatchOperationCreatedResultSchema,
  BatchOperationError: BatchOperationErrorSchema,
  BatchOperationFilter: BatchOperationFilterSchema,
  BatchOperationItemFilter: BatchOperationItemFilterSchema,
  BatchOperationItemResponse: BatchOperationItemResponseSchema,
  BatchOperationItemSearchQuery: BatchOperationItemSearchQuerySchema,
  BatchOperationItemSearchQueryResult: BatchOperationItemSearchQueryResultSchema,
  BatchOperationItemSearchQuerySortRequest: BatchOperationItemSearchQuerySortRequestSchema,
  BatchOperationItemStateEnum: BatchOperationItemStateEnumSchema,
  BatchOperationItemStateExactMatch: BatchOperationItemStateExactMatchSchema,
  BatchOperationItemStateFilterProperty: BatchOperationItemStateFilterPropertySchema,
  BatchOperationKey: BatchOperationKeySchema,
  BatchOperationResponse: BatchOperationResponseSchema,
  BatchOperationSearchQuery: BatchOperationSearchQuerySchema,
  BatchOperationSearchQueryResult: BatchOperationSearchQueryResultSchema,
  BatchOperationSearchQuerySortRequest: BatchOperationSearchQuerySortRequestSchema,
  BatchOperationStateEnum: BatchOperationStateEnumSchema,
  BatchOperationStateExactMatch: BatchOperationStateExactMatchSchema,
  BatchOperationStateFilterProperty: BatchOperationStateFilterPropertySchema,
  BatchOperationTypeEnum: BatchOperationTypeEnumSchema,
  BatchOperationTypeExactMatch: BatchOperationTypeExactMatchSchema,
  BatchOperationTypeFilterProperty: BatchOperationTypeFilterPropertySchema,
  BrokerInfo: BrokerInfoSchema,
  BusinessId: BusinessIdSchema,
  CamundaUserResult: CamundaUserResultSchema,
  CancelProcessInstanceRequest: CancelProcessInstanceRequestSchema,
  CategoryExactMatch: CategoryExactMatchSchema,
  CategoryFilterProperty: CategoryFilterPropertySchema,
  Changeset: ChangesetSchema,
  CheckpointId: CheckpointIdSchema,
  CheckpointType: CheckpointTypeSchema,
  ClientId: ClientIdSchema,
  ClockPinRequest: ClockPinRequestSchema,
  CloudConfigurationResponse: CloudConfigurationResponseSchema,
  CloudStage: CloudStageSchema,
  ClusterBrokerInfo: ClusterBrokerInfoSchema,
  ClusterHistoryBackupInfo: ClusterHistoryBackupInfoSchema,
  ClusterHistoryBackupTakeResult: ClusterHistoryBackupTakeResultSchema,
  ClusterHistoryBackupTenantInfo: ClusterHistoryBackupTenantInfoSchema,
  ClusterHistoryBackupTenantState: ClusterHistoryBackupTenantStateSchema,
  ClusterModeChangeOperation: ClusterModeChangeOperationSchema,
  ClusterModeChangePlannedChange: ClusterModeChangePlannedChangeSchema,
  ClusterModeChangeResponse: ClusterModeChangeResponseSchema,
  ClusterRestoreAwaitModeChangeOperation: ClusterRestoreAwaitModeChangeOperationSchema,
  ClusterRestoreBrokerOperation: ClusterRestoreBrokerOperationSchema,
  ClusterRestoreModeChangeOperation: ClusterRestoreModeChangeOperationSchema,
  ClusterRestoreOperation: ClusterRestoreOperationSchema,
  ClusterRestorePartitionOperation: ClusterRestorePartitionOperationSchema,
  ClusterRestorePartitionRestoreOperation: ClusterRestorePartitionRestoreOperationSchema,
  ClusterRestorePlannedChange: ClusterRestorePlannedChangeSchema,
  ClusterRestoreRequest: ClusterRestoreRequestSchema,
  ClusterRestoreResponse: ClusterRestoreResponseSchema,
  ClusterRuntimeBackupInfo: ClusterRuntimeBackupInfoSchema,
  ClusterRuntimeBackupState: ClusterRuntimeBackupStateSchema,
  ClusterRuntimeBackupTakeOutcome: ClusterRuntimeBackupTakeOutcomeSchema,
  ClusterRuntimeBackupTakeResult: ClusterRuntimeBackupTakeResultSchema,
  ClusterRuntimeBackupTenantInfo: ClusterRuntimeBackupTenantInfoSchema,
  ClusterRuntimeBackupTenantState: ClusterRuntimeBackupTenantStateSchema,
  ClusterStatusResponse: ClusterStatusResponseSchema,
  ClusterTakeHistoryBackupResponse: ClusterTakeHistoryBackupResponseSchema,
  ClusterTakeRuntimeBackupResponse: ClusterTakeRuntimeBackupResponseSchema,
  ClusterTopologyResponse: ClusterTopologyResponseSchema,
  ClusterVariableKindEnum: ClusterVariableKindEnumSchema,
  ClusterVariableKindExactMatch: ClusterVariableKindExactMatchSchema,
  ClusterVariableKindFilterProperty: ClusterVariableKindFilterPropertySchema,
  ClusterVariableName: ClusterVariableNameSchema,
  ClusterVariableResult: ClusterVariableResultSchema,
  ClusterVariableResultBase: ClusterVariableResultBaseSchema,
  ClusterVariableScopeEnum: ClusterVariableScopeEnumSchema,
  ClusterVariableScopeExactMatch: ClusterVariableScopeExactMatchSchema,
  ClusterVariableScopeFilterProperty: ClusterVariableScopeFilterPropertySchema,
  ClusterVariableSearchQueryFilterRequest: ClusterVariableSearchQueryFilterRequestSchema,
  ClusterVariableSearchQueryRequest: ClusterVariableSearchQueryRequestSchema,
  ClusterVariableSearchQueryResult: ClusterVariableSearchQueryResultSchema,
  ClusterVariableSearchQuerySortRequest: ClusterVariableSearchQuerySortRequestSchema,
  ClusterVariableSearchResult: ClusterVariableSearchResultSchema,
  ComponentsConfigurationResponse: ComponentsConfigurationResponseSchema,
  ConditionWaitStateDetails: ConditionWaitStateDetailsSchema,
  ConditionalEvaluationInstruction: ConditionalEvaluationInstructionSchema,
  ConditionalEvaluationKey: ConditionalEvaluationKeySchema,
  CorrelatedMessageSubscriptionFilter: CorrelatedMessageSubscriptionFilterSchema,
  CorrelatedMessageSubscriptionResult: CorrelatedMessageSubscriptionResultSchema,
  CorrelatedMessageSubscriptionSearchQuery: CorrelatedMessageSubscriptionSearchQuerySchema,
  CorrelatedMessageSubscriptionSearchQueryResult: CorrelatedMessageSubscriptionSearchQueryResultSchema,
  CorrelatedMessageSubscriptionSearchQuerySortRequest: CorrelatedMessageSubscriptionSearchQuerySortRequestSchema,
  CreateClusterVariableRequest: CreateClusterVariableRequestSchema,
  CreateGlobalTaskListenerRequest: CreateGlobalTaskListenerRequestSchema,
  CreateProcessInstanceResult: CreateProcessInstanceResultSchema,
  CursorBackwardPagination: CursorBackwardPaginationSchema,
  CursorForwardPagination: CursorForwardPaginationSchema,
  DateTimeFilterProperty: DateTimeFilterPropertySchema,
  DecisionDefinitionFilter: DecisionDefinitionFilterSchema,
  DecisionDefinitionId: DecisionDefinitionIdSchema,
  DecisionDefinitionKey: DecisionDefinitionKeySchema,
  DecisionDefinitionKeyExactMatch: DecisionDefinitionKeyExactMatchSchema,
  DecisionDefinitionKeyFilterProperty: DecisionDefinitionKeyFilterPropertySchema,
  DecisionDefinitionResult: DecisionDefinitionResultSchema,
  DecisionDefinitionSearchQuery: DecisionDefinitionSearchQuerySchema,
  DecisionDefinitionSearchQueryResult: DecisionDefinitionSearchQueryResultSchema,
  DecisionDefinitionSearchQuerySortRequest: DecisionDefinitionSearchQuerySortRequestSchema,
  DecisionDefinitionTypeEnum: DecisionDefinitionTypeEnumSchema,
  DecisionEvaluationById: DecisionEvaluationByIdSchema,
  DecisionEvaluationByKey: DecisionEvaluationByKeySchema,
  DecisionEvaluationInstanceKey: DecisionEvaluationInstanceKeySchema,
  DecisionEvaluationInstanceKeyExactMatch: DecisionEvaluationInstanceKeyExactMatchSchema,
  DecisionEvaluationInstanceKeyFilterProperty: DecisionEvaluationInstanceKeyFilterPropertySchema,
  DecisionEvaluationInstruction: DecisionEvaluationInstructionSchema,
  DecisionEvaluationKey: DecisionEvaluationKeySchema,
  DecisionEvaluationKeyExactMatch: DecisionEvaluationKeyExactMatchSchema,
  DecisionEvaluationKeyFilterProperty: DecisionEvaluationKeyFilterPropertySchema,
  DecisionInstanceDeletionBatchOperationRequest: DecisionInstanceDeletionBatchOperationRequestSchema,
  DecisionInstanceFilter: DecisionInstanceFilterSchema,
  DecisionInstanceGetQueryResult: DecisionInstanceGetQueryResultSchema,
  DecisionInstanceKey: DecisionInstanceKeySchema,
  DecisionInstanceResult: DecisionInstanceResultSchema,
  DecisionInstanceSearchQuery: DecisionInstanceSearchQuerySchema,
  DecisionInstanceSearchQueryResult: DecisionInstanceSearchQueryResultSchema,
  DecisionInstanceSearchQuerySortRequest: DecisionInstanceSearchQuerySortRequestSchema,
  DecisionInstanceStateEnum: DecisionInstanceStateEnumSchema,
  DecisionInstanceStateExactMatch: DecisionInstanceStateExactMatchSchema,
  DecisionInstanceStateFilterProperty: DecisionInstanceStateFilterPropertySchema,
  DecisionRequirementsFilter: DecisionRequirementsFilterSchema,
  DecisionRequirementsKey: DecisionRequirementsKeySchema,
  DecisionRequirementsKeyExactMatch: DecisionRequirementsKeyExactMatchSchema,
  DecisionRequirementsKeyFilterProperty: DecisionRequirementsKeyFilterPropertySchema,
  DecisionRequirementsResult: DecisionRequirementsResultSchema,
  DecisionRequirementsSearchQuery: DecisionRequirementsSearchQuerySchema,
  DecisionRequirementsSearchQueryResult: DecisionRequirementsSearchQueryResultSchema,
  DecisionRequirementsSearchQuerySortRequest: DecisionRequirementsSearchQuerySortRequestSchema,
  DeleteDecisionInstanceRequest: DeleteDecisionInstanceRequestSchema,
  DeleteProcessInstanceRequest: DeleteProcessInstanceRequestSchema,
  DeleteResourceRequest: DeleteResourceRequestSchema,
  DeleteResourceResponse: DeleteResourceResponseSchema,
  DeploymentConfigurationResponse: DeploymentConfigurationResponseSchema,
  DeploymentDecisionRequirementsResult: DeploymentDecisionRequirementsResultSchema,
  DeploymentDecisionResult: DeploymentDecisionResultSchema,
  DeploymentFormResult: DeploymentFormResultSchema,
  DeploymentKey: DeploymentKeySchema,
  DeploymentKeyExactMatch: DeploymentKeyExactMatchSchema,
  DeploymentKeyFilterProperty: DeploymentKeyFilterPropertySchema,
  DeploymentMetadataResult: DeploymentMetadataResultSchema,
  DeploymentProcessResult: DeploymentProcessResultSchema,
  DeploymentResourceResult: DeploymentResourceResultSchema,
  DeploymentResult: DeploymentResultSchema,
  DirectAncestorKeyInstruction: DirectAncestorKeyInstructionSchema,
  DocumentCreationBatchResponse: DocumentCreationBatchResponseSchema,
  DocumentCreationFailureDetail: DocumentCreationFailureDetailSchema,
  DocumentId: DocumentIdSchema,
  DocumentLink: DocumentLinkSchema,
  DocumentLinkRequest: DocumentLinkRequestSchema,
  DocumentMetadata: DocumentMetadataSchema,
  DocumentMetadataResponse: DocumentMetadataResponseSchema,
  DocumentReference: DocumentReferenceSchema,
  ElementId: ElementIdSchema,
  ElementIdExactMatch: ElementIdExactMatchSchema,
  ElementIdFilterProperty: ElementIdFilterPropertySchema,
  ElementInstanceFilter: ElementInstanceFilterSchema,
  ElementInstanceFilterFields: ElementInstanceFilterFieldsSchema,
  ElementInstanceKey: ElementInstanceKeySchema,
  ElementInstanceKeyExactMatch: ElementInstanceKeyExactMatchSchema,
  ElementInstanceKeyFilterProperty: ElementInstanceKeyFilterPropertySchema,
  ElementInstanceResult: ElementInstanceResultSchema,
  ElementInstanceSearchQuery: ElementInstanceSearchQuerySchema,
  ElementInstanceSearchQueryResult: ElementInstanceSearchQueryResultSchema,
  ElementInstanceSearchQuerySortRequest: ElementInstanceSearchQuerySortRequestSchema,
  ElementInstanceStateEnum: ElementInstanceStateEnumSchema,
  ElementInstanceStateExactMatch: ElementInstanceStateExactMatchSchema,
  ElementInstanceStateFilterProperty: ElementInstanceStateFilterPropertySchema,
  ElementInstanceWaitStateFilter: ElementInstanceWaitStateFilterSchema,
  ElementInstanceWaitStateQuery: ElementInstanceWaitStateQuerySchema,
  ElementInstanceWaitStateQueryResult: ElementInstanceWaitStateQueryResultSchema,
  ElementInstanceWaitStateQuerySortRequest: ElementInstanceWaitStateQuerySortRequestSchema,
  ElementInstanceWaitStateResult: ElementInstanceWaitStateResultSchema,
  EndCursor: EndCursorSchema,
  EntityTypeExactMatch: EntityTypeExactMatchSchema,
  EntityTypeFilterProperty: EntityTypeFilterPropertySchema,
  EvaluateConditionalResult: EvaluateConditionalResultSchema,
  EvaluateDecisionResult: EvaluateDecisionResultSchema,
  EvaluatedDecisionInputItem: EvaluatedDecisionInputItemSchema,
  EvaluatedDecisionOutputItem: EvaluatedDecisionOutputItemSchema,
  EvaluatedDecisionResult: EvaluatedDecisionResultSchema,
  ExportingStatusCode: ExportingStatusCodeSchema,
  ExportingStatusResponse: ExportingStatusResponseSchema,
  ExpressionEvaluationRequest: ExpressionEvaluationRequestSchema,
  ExpressionEvaluationResult: ExpressionEvaluationResultSchema,
  ExpressionEvaluationWarningItem: ExpressionEvaluationWarningItemSchema,
  ExpressionSecretReferenceItem: ExpressionSecretReferenceItemSchema,
  FormId: FormIdSchema,
  FormKey: FormKeySchema,
  FormKeyExactMatch: FormKeyExactMatchSchema,
  FormKeyFilterProperty: FormKeyFilterPropertySchema,
  FormResult: FormResultSchema,
  GlobalJobStatisticsQueryResult: GlobalJobStatisticsQueryResultSchema,
  GlobalListenerBase: GlobalListenerBaseSchema,
  GlobalListenerId: GlobalListenerIdSchema,
  GlobalListenerSourceEnum: GlobalListenerSourceEnumSchema,
  GlobalListenerSourceExactMatch: GlobalListenerSourceExactMatchSchema,
  GlobalListenerSourceFilterProperty: GlobalListenerSourceFilterPropertySchema,
  GlobalTaskListenerBase: GlobalTaskListenerBaseSchema,
  GlobalTaskListenerEventTypeEnum: GlobalTaskListenerEventTypeEnumSchema,
  GlobalTaskListenerEventTypeExactMatch: GlobalTaskListenerEventTypeExactMatchSchema,
  GlobalTaskListenerEventTypeFilterProperty: GlobalTaskListenerEventTypeFilterPropertySchema,
  GlobalTaskListenerEventTypes: GlobalTaskListenerEventTypesSchema,
  GlobalTaskListenerResult: GlobalTaskListenerResultSchema,
  GlobalTaskListenerSearchQueryFilterRequest: GlobalTaskListenerSearchQueryFilterRequestSchema,
  GlobalTaskListenerSearchQueryRequest: GlobalTaskListenerSearchQueryRequestSchema,
  GlobalTaskListenerSearchQueryResult: GlobalTaskListenerSearchQueryResultSchema,
  GlobalTaskListenerSearchQuerySortRequest: GlobalTaskListenerSearchQuerySortRequestSchema,
  GroupClientResult: GroupClientResultSchema,
  GroupClientSearchQueryRequest: GroupClientSearchQueryRequestSchema,
  GroupClientSearchQuerySortRequest: GroupClientSearchQuerySortRequestSchema,
  GroupClientSearchResult: GroupClientSearchResultSchema,
  GroupCreateRequest: GroupCreateRequestSchema,
  GroupCreateResult: GroupCreateResultSchema,
  GroupFilter: GroupFilterSchema,
  GroupId: GroupIdSchema,
  GroupMappingRuleSearchResult: GroupMappingRuleSearchResultSchema,
  GroupResult: GroupResultSchema,
  GroupRoleSearchResult: GroupRoleSearchResultSchema,
  GroupSearchQueryRequest: GroupSearchQueryRequestSchema,
  GroupSearchQueryResult: GroupSearchQueryResultSchema,
  GroupSearchQuerySortRequest: GroupSearchQuerySortRequestSchema,
  GroupUpdateRequest: GroupUpdateRequestSchema,
  GroupUpdateResult: GroupUpdateResultSchema,
  GroupUserResult: GroupUserResultSchema,
  GroupUserSearchQueryRequest: GroupUserSearchQueryRequestSchema,
  GroupUserSearchQuerySortRequest: GroupUserSearchQuerySortRequestSchema,
  GroupUserSearchResult: GroupUserSearchResultSchema,
  HistoryBackupInfo: HistoryBackupInfoSchema,
  HistoryBackupSnapshotInfo: HistoryBackupSnapshotInfoSchema,
  HistoryBackupStateCode: HistoryBackupStateCodeSchema,
  IncidentErrorTypeEnum: IncidentErrorTypeEnumSchema,
  IncidentErrorTypeExactMatch: IncidentErrorTypeExactMatchSchema,
  IncidentErrorTypeFilterProperty: IncidentErrorTypeFilterPropertySchema,
  IncidentFilter: IncidentFilterSchema,
  IncidentKey: IncidentKeySchema,
  IncidentProcessInstanceStatisticsByDefinitionFilter: IncidentProcessInstanceStatisticsByDefinitionFilterSchema,
  IncidentProcessInstanceStatisticsByDefinitionQuery: IncidentProcessInstanceStatisticsByDefinitionQuerySchema,
  IncidentProcessInstanceStatisticsByDefinitionQueryResult: IncidentProcessInstanceStatisticsByDefinitionQueryResultSchema,
  IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest: IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestSchema,
  IncidentProcessInstanceStatisticsByDefinitionResult: IncidentProcessInstanceStatisticsByDefinitionResultSchema,
  IncidentProcessInstanceStatisticsByErrorQuery: IncidentProcessInstanceStatisticsByErrorQuerySchema,
  IncidentProcessInstanceStatisticsByErrorQueryResult: IncidentProcessInstanceStatisticsByErrorQueryResultSchema,
  IncidentProcessInstanceStatisticsByErrorQuerySortRequest: IncidentProcessInstanceStatisticsByErrorQuerySortRequestSchema,
  IncidentProcessInstanceStatisticsByErrorResult: IncidentProcessInstanceStatisticsByErrorResultSchema,
  IncidentResolutionRequest: IncidentResolutionRequestSchema,
  IncidentResult: IncidentResultSchema,
  IncidentSearchQuery: IncidentSearchQuerySchema,
  IncidentSearchQueryResult: IncidentSearchQueryResultSchema,
  IncidentSearchQuerySortRequest: IncidentSearchQuerySortRequestSchema,
  IncidentStateEnum: IncidentStateEnumSchema,
  IncidentStateExactMatch: IncidentStateExactMatchSchema,
  IncidentStateFilterProperty: IncidentStateFilterPropertySchema,
  InferredAncestorKeyInstruction: InferredAncestorKeyInstructionSchema,
  IntegerFilterProperty: IntegerFilterPropertySchema,
  JobActivationRequest: JobActivationRequestSchema,
  JobActivationResult: JobActivationResultSchema,
  JobBatchUpdateRequest: JobBatchUpdateRequestSchema,
  JobChangeset: JobChangesetSchema,
  JobCompletionRequest: JobCompletionRequestSchema,
  JobErrorRequest: JobErrorRequestSchema,
  JobErrorStatisticsFilter: JobErrorStatisticsFilterSchema,
  JobErrorStatisticsItem: JobErrorStatisticsItemSchema,
  JobErrorStatisticsQuery: JobErrorStatisticsQuerySchema,
  JobErrorStatisticsQueryResult: JobErrorStatisticsQueryResultSchema,
  JobFailRequest: JobFailRequestSchema,
  JobFilter: JobFilterSchema,
  JobKey: JobKeySchema,
  JobKeyExactMatch: JobKeyExactMatchSchema,
  JobKeyFilterProperty: JobKeyFilterPropertySchema,
  JobKindEnum: JobKindEnumSchema,
  JobKindExactMatch: JobKindExactMatchSchema,
  JobKindFilterProperty: JobKindFilterPropertySchema,
  JobListenerEventTypeEnum: JobListenerEventTypeEnumSchema,
  JobListenerEventTypeExactMatch: JobListenerEventTypeExactMatchSchema,
  JobListenerEventTypeFilterProperty: JobListenerEventTypeFilterPropertySchema,
  JobMetricsConfigurationResponse: JobMetricsConfigurationResponseSchema,
  JobResult: JobResultSchema,
  JobResultActivateElement: JobResultActivateElementSchema,
  JobResultAdHocSubProcess: JobResultAdHocSubProcessSchema,
  JobResultCorrections: JobResultCorrectionsSchema,
  JobResultUserTask: JobResultUserTaskSchema,
  JobSearchQuery: JobSearchQuerySchema,
  JobSearchQueryResult: JobSearchQueryResultSchema,
  JobSearchQuerySortRequest: JobSearchQuerySortRequestSchema,
  JobSearchResult: JobSearchResultSchema,
  JobStateEnum: JobStateEnumSchema,
  JobStateExactMatch: JobStateExactMatchSchema,
  JobStateFilterProperty: JobStateFilterPropertySchema,
  JobTimeSeriesStatisticsFilter: JobTimeSeriesStatisticsFilterSchema,
  JobTimeSeriesStatisticsItem: JobTimeSeriesStatisticsItemSchema,
  JobTimeSeriesStatisticsQuery: JobTimeSeriesStatisticsQuerySchema,
  JobTimeSeriesStatisticsQueryResult: JobTimeSeriesStatisticsQueryResultSchema,
  JobTypeStatisticsFilter: JobTypeStatisticsFilterSchema,
  JobTypeStatisticsItem: JobTypeStatisticsItemSchema,
  JobTypeStatisticsQuery: JobTypeStatisticsQuerySchema,
  JobTypeStatisticsQueryResult: JobTypeStatisticsQueryResultSchema,
  JobUpdateRequest: JobUpdateRequestSchema,
  JobWaitStateDetails: JobWaitStateDetailsSchema,
  JobWorkerStatisticsFilter: JobWorkerStatisticsFilterSchema,
  JobWorkerStatisticsItem: JobWorkerStatisticsItemSchema,
  JobWorkerStatisticsQuery: JobWorkerStatisticsQuerySchema,
  JobWorkerStatisticsQueryResult: JobWorkerStatisticsQueryResultSchema,
  LicenseResponse: LicenseResponseSchema,
  LikeFilter: LikeFilterSchema,
  LimitPagination: LimitPaginationSchema,
  LongKey: LongKeySchema,
  LoopIterationId: LoopIterationIdSchema,
  MappingRuleCreateRequest: MappingRuleCreateRequestSchema,
  MappingRuleCreateResult: MappingRuleCreateResultSchema,
  MappingRuleCreateUpdateRequest: MappingRuleCreateUpdateRequestSchema,
  MappingRuleCreateUpdateResult: MappingRuleCreateUpdateResultSchema,
  MappingRuleFilter: MappingRuleFilterSchema,
  MappingRuleId: MappingRuleIdSchema,
  MappingRuleResult: MappingRuleResultSchema,
  MappingRuleSearchQueryRequest: MappingRuleSearchQueryRequestSchema,
  MappingRuleSearchQueryResult: MappingRuleSearchQueryResultSchema,
  MappingRuleSearchQuerySortRequest: MappingRuleSearchQuerySortRequestSchema,
  MappingRuleUpdateRequest: MappingRuleUpdateRequestSchema,
  MappingRuleUpdateResult: MappingRuleUpdateResultSchema,
  MatchedDecisionRuleItem: MatchedDecisionRuleItemSchema,
  MessageCorrelationRequest: MessageCorrelationRequestSchema,
  MessageCorrelationResult: MessageCorrelationResultSchema,
  MessageKey: MessageKeySchema,
  MessagePublicationRequest: MessagePublicationRequestSchema,
  MessagePublicationResult: MessagePublicationResultSchema,
  MessageSubscriptionFilter: MessageSubscriptionFilterSchema,
  MessageSubscriptionKey: MessageSubscriptionKeySchema,
  MessageSubscriptionKeyExactMatch: MessageSubscriptionKeyExactMatchSchema,
  MessageSubscriptionKeyFilterProperty: MessageSubscriptionKeyFilterPropertySchema,
  MessageSubscriptionResult: MessageSubscriptionResultSchema,
  MessageSubscriptionSearchQuery: MessageSubscriptionSearchQuerySchema,
  MessageSubscriptionSearchQueryResult: MessageSubscriptionSearchQueryResultSchema,
  MessageSubscriptionSearchQuerySortRequest: MessageSubscriptionSearchQuerySortRequestSchema,
  MessageSubscriptionStateEnum: MessageSubscriptionStateEnumSchema,
  MessageSubscriptionStateExactMatch: MessageSubscriptionStateExactMatchSchema,
  MessageSubscriptionStateFilterProperty: MessageSubscriptionStateFilterPropertySchema,
  MessageSubscriptionTypeEnum: MessageSubscriptionTypeEnumSchema,
  MessageSubscriptionTypeExactMatch: MessageSubscriptionTypeExactMatchSchema,
  MessageSubscriptionTypeFilterProperty: MessageSubscriptionTypeFilterPropertySchema,
  MessageWaitStateDetails: MessageWaitStateDetailsSchema,
  MigrateProcessInstanceMappingInstruction: MigrateProcessInstanceMappingInstructionSchema,
  Mode: ModeSchema,
  ModifyProcessInstanceVariableInstruction: ModifyProcessInstanceVariableInstructionSchema,
  OffsetPagination: OffsetPaginationSchema,
  OperationReference: OperationReferenceSchema,
  OperationTypeExactMatch: OperationTypeExactMatchSchema,
  OperationTypeFilterProperty: OperationTypeFilterPropertySchema,
  OwnAuthorizationSearchResult: OwnAuthorizationSearchResultSchema,
  OwnerTypeEnum: OwnerTypeEnumSchema,
  Partition: PartitionSchema,
  PartitionBackupInfo: PartitionBackupInfoSchema,
  PartitionBackupRange: PartitionBackupRangeSchema,
  PartitionBackupState: PartitionBackupStateSchema,
  PartitionCheckpointState: PartitionCheckpointStateSchema,
  PartitionId: PartitionIdSchema,
  PermissionTypeEnum: PermissionTypeEnumSchema,
  PhysicalTenantBrokerTopology: PhysicalTenantBrokerTopologySchema,
  PhysicalTenantTopology: PhysicalTenantTopologySchema,
  ProblemDetail: ProblemDetailSchema,
  ProcessDefinitionElementStatisticsQuery: ProcessDefinitionElementStatisticsQuerySchema,
  ProcessDefinitionElementStatisticsQueryResult: ProcessDefinitionElementStatisticsQueryResultSchema,
  ProcessDefinitionFilter: ProcessDefinitionFilterSchema,
  ProcessDefinitionId: ProcessDefinitionIdSchema,
  ProcessDefinitionIdExactMatch: ProcessDefinitionIdExactMatchSchema,
  ProcessDefinitionIdFilterProperty: ProcessDefinitionIdFilterPropertySchema,
  ProcessDefinitionInstanceStatisticsQuery: ProcessDefinitionInstanceStatisticsQuerySchema,
  ProcessDefinitionInstanceStatisticsQueryResult: ProcessDefinitionInstanceStatisticsQueryResultSchema,
  ProcessDefinitionInstanceStatisticsQuerySortRequest: ProcessDefinitionInstanceStatisticsQuerySortRequestSchema,
  ProcessDefinitionInstanceStatisticsResult: ProcessDefinitionInstanceStatisticsResultSchema,
  ProcessDefinitionInstanceVersionStatisticsFilter: ProcessDefinitionInstanceVersionStatisticsFilterSchema,
  ProcessDefinitionInstanceVersionStatisticsQuery: ProcessDefinitionInstanceVersionStatisticsQuerySchema,
  ProcessDefinitionInstanceVersionStatisticsQueryResult: ProcessDefinitionInstanceVersionStatisticsQueryResultSchema,
  ProcessDefinitionInstanceVersionStatisticsQuerySortRequest: ProcessDefinitionInstanceVersionStatisticsQuerySortRequestSchema,
  ProcessDefinitionInstanceVersionStatisticsResult: ProcessDefinitionInstanceVersionStatisticsResultSchema,
  ProcessDefinitionKey: ProcessDefinitionKeySchema,
  ProcessDefinitionKeyExactMatch: ProcessDefinitionKeyExactMatchSchema,
  ProcessDefinitionKeyFilterProperty: ProcessDefinitionKeyFilterPropertySchema,
  ProcessDefinitionMessageSubscriptionStatisticsQuery: ProcessDefinitionMessageSubscriptionStatisticsQuerySchema,
  ProcessDefinitionMessageSubscriptionStatisticsQueryResult: ProcessDefinitionMessageSubscriptionStatisticsQueryResultSchema,
  ProcessDefinitionMessageSubscriptionStatisticsResult: ProcessDefinitionMessageSubscriptionStatisticsResultSchema,
  ProcessDefinitionResult: ProcessDefinitionResultSchema,
  ProcessDefinitionSearchQuery: ProcessDefinitionSearchQuerySchema,
  ProcessDefinitionSearchQueryResult: ProcessDefinitionSearchQueryResultSchema,
  ProcessDefinitionSearchQuerySortRequest: ProcessDefinitionSearchQuerySortRequestSchema,
  ProcessDefinitionStatisticsFilter: ProcessDefinitionStatisticsFilterSchema,
  ProcessDefinitionVariableNameFilter: ProcessDefinitionVariableNameFilterSchema,
  ProcessDefinitionVariableNameSearchQuery: ProcessDefinitionVariableNameSearchQuerySchema,
  ProcessDefinitionVariableNameSearchQueryResult: ProcessDefinitionVariableNameSearchQueryResultSchema,
  ProcessDefinitionVariableNameSearchResult: ProcessDefinitionVariableNameSearchResultSchema,
  ProcessElementStatisticsResult: ProcessElementStatisticsResultSchema,
  ProcessInstanceBusinessIdAssignmentInstruction: ProcessInstanceBusinessIdAssignmentInstructionSchema,
  ProcessInstanceCallHierarchyEntry: ProcessInstanceCallHierarchyEntrySchema,
  ProcessInstanceCancellationBatchOperationRequest: ProcessInstanceCancellationBatchOperationRequestSchema,
  ProcessInstanceCreationInstruction: ProcessInstanceCreationInstructionSchema,
  ProcessInstanceCreationInstructionById: ProcessInstanceCreationInstructionByIdSchema,
  ProcessInstanceCreationInstructionByKey: ProcessInstanceCreationInstructionByKeySchema,
  ProcessInstanceCreationRuntimeInstruction: ProcessInstanceCreationRuntimeInstructionSchema,
  ProcessInstanceCreationStartInstruction: ProcessInstanceCreationStartInstructionSchema,
  ProcessInstanceCreationTerminateInstruction: ProcessInstanceCreationTerminateInstructionSchema,
  ProcessInstanceDeletionBatchOperationRequest: ProcessInstanceDeletionBatchOperationRequestSchema,
  ProcessInstanceElementStatisticsQueryResult: ProcessInstanceElementStatisticsQueryResultSchema,
  ProcessInstanceFilter: ProcessInstanceFilterSchema,
  ProcessInstanceFilterFields: ProcessInstanceFilterFieldsSchema,
  ProcessInstanceIncidentResolutionBatchOperationRequest: ProcessInstanceIncidentResolutionBatchOperationRequestSchema,
  ProcessInstanceKey: ProcessInstanceKeySchema,
  ProcessInstanceKeyExactMatch: ProcessInstanceKeyExactMatchSchema,
  ProcessInstanceKeyFilterProperty: ProcessInstanceKeyFilterPropertySchema,
  ProcessInstanceMigrationBatchOperationPlan: ProcessInstanceMigrationBatchOperationPlanSchema,
  ProcessInstanceMigrationBatchOperationRequest: ProcessInstanceMigrationBatchOperationRequestSchema,
  ProcessInstanceMigrationInstruction: ProcessInstanceMigrationInstructionSchema,
  ProcessInstanceModificationActivateInstruction: ProcessInstanceModificationActivateInstructionSchema,
  ProcessInstanceModificationBatchOperationRequest: ProcessInstanceModificationBatchOperationRequestSchema,
  ProcessInstanceModificationInstruction: ProcessInstanceModificationInstructionSchema,
  ProcessInstanceModificationMoveBatchOperationInstruction: ProcessInstanceModificationMoveBatchOperationInstructionSchema,
  ProcessInstanceModificationMoveInstruction: ProcessInstanceModificationMoveInstructionSchema,
  ProcessInstanceModificationTerminateByIdInstruction: ProcessInstanceModificationTerminateByIdInstructionSchema,
  ProcessInstanceModificationTerminateByKeyInstruction: ProcessInstanceModificationTerminateByKeyInstructionSchema,
  ProcessInstanceModificationTerminateInstruction: ProcessInstanceModificationTerminateInstructionSchema,
  ProcessInstanceReference: ProcessInstanceReferenceSchema,
  ProcessInstanceResult: ProcessInstanceResultSchema,
  ProcessInstanceResumptionBatchOperationRequest: ProcessInstanceResumptionBatchOperationRequestSchema,
  ProcessInstanceSearchQuery: ProcessInstanceSearchQuerySchema,
  ProcessInstanceSearchQueryResult: ProcessInstanceSearchQueryResultSchema,
  ProcessInstanceSearchQuerySortRequest: ProcessInstanceSearchQuerySortRequestSchema,
  ProcessInstanceSequenceFlowResult: ProcessInstanceSequenceFlowResultSchema,
  ProcessInstanceSequenceFlowsQueryResult: ProcessInstanceSequenceFlowsQueryResultSchema,
  ProcessInstanceStateEnum: ProcessInstanceStateEnumSchema,
  ProcessInstanceStateExactMatch: ProcessInstanceStateExactMatchSchema,
  ProcessInstanceStateFilterProperty: ProcessInstanceStateFilterPropertySchema,
  ProcessInstanceSuspensionBatchOperationRequest: ProcessInstanceSuspensionBatchOperationRequestSchema,
  ProcessInstanceWaitStateStatisticsQueryResult: ProcessInstanceWaitStateStatisticsQueryResultSchema,
  ProcessInstanceWaitStateStatisticsResult: ProcessInstanceWaitStateStatisticsResultSchema,
  ResolvedSecret: ResolvedSecretSchema,
  ResourceFilter: ResourceFilterSchema,
  ResourceKey: ResourceKeySchema,
  ResourceKeyExactMatch: ResourceKeyExactMatchSchema,
  ResourceKeyFilterProperty: ResourceKeyFilterPropertySchema,
  ResourceResult: ResourceResultSchema,
  ResourceSearchQuery: ResourceSearchQuerySchema,
  ResourceSearchQueryResult: ResourceSearchQueryResultSchema,
  ResourceSearchQuerySortRequest: ResourceSearchQuerySortRequestSchema,
  ResourceTypeEnum: ResourceTypeEnumSchema,
  RestoreBrokerStatus: RestoreBrokerStatusSchema,
  RestorePartitionStatus: RestorePartitionStatusSchema,
  RestoreRequest: RestoreRequestSchema,
  RestoreStatusResponse: RestoreStatusResponseSchema,
  ResumeProcessInstanceRequest: ResumeProcessInstanceRequestSchema,
  RoleClientResult: RoleClientResultSchema,
  RoleClientSearchQueryRequest: RoleClientSearchQueryRequestSchema,
  RoleClientSearchQuerySortRequest: RoleClientSearchQuerySortRequestSchema,
  RoleClientSearchResult: RoleClientSearchResultSchema,
  RoleCreateRequest: RoleCreateRequestSchema,
  RoleCreateResult: RoleCreateResultSchema,
  RoleFilter: RoleFilterSchema,
  RoleGroupResult: RoleGroupResultSchema,
  RoleGroupSearchQueryRequest: RoleGroupSearchQueryRequestSchema,
  RoleGroupSearchQuerySortRequest: RoleGroupSearchQuerySortRequestSchema,
  RoleGroupSearchResult: RoleGroupSearchResultSchema,
  RoleId: RoleIdSchema,
  RoleMappingRuleSearchResult: RoleMappingRuleSearchResultSchema,
  RoleResult: RoleResultSchema,
  RoleSearchQueryRequest: RoleSearchQueryRequestSchema,
  RoleSearchQueryResult: RoleSearchQueryResultSchema,
  RoleSearchQuerySortRequest: RoleSearchQuerySortRequestSchema,
  RoleUpdateRequest: RoleUpdateRequestSchema,
  RoleUpdateResult: RoleUpdateResultSchema,
  RoleUserResult: RoleUserResultSchema,
  RoleUserSearchQueryRequest: RoleUserSearchQueryRequestSchema,
  RoleUserSearchQuerySortRequest: RoleUserSearchQuerySortRequestSchema,
  RoleUserSearchResult: RoleUserSearchResultSchema,
  RuntimeBackupState: RuntimeBackupStateSchema,
  ScopeKey: ScopeKeySchema,
  ScopeKeyExactMatch: ScopeKeyExactMatchSchema,
  ScopeKeyFilterProperty: ScopeKeyFilterPropertySchema,
  SearchQueryPageRequest: SearchQueryPageRequestSchema,
  SearchQueryPageResponse: SearchQueryPageResponseSchema,
  SearchQueryRequest: SearchQueryRequestSchema,
  SearchQueryResponse: SearchQueryResponseSchema,
  SecretErrorCode: SecretErrorCodeSchema,
  SecretListRequest: SecretListRequestSchema,
  SecretListResult: SecretListResultSchema,
  SecretResolutionError: SecretResolutionErrorSchema,
  SecretResolveRequest: SecretResolveRequestSchema,
  SecretResolveResult: SecretResolveResultSchema,
  SetVariableRequest: SetVariableRequestSchema,
  SignalBroadcastRequest: SignalBroadcastRequestSchema,
  SignalBroadcastResult: SignalBroadcastResultSchema,
  SignalKey: SignalKeySchema,
  SignalWaitStateDetails: SignalWaitStateDetailsSchema,
  SortOrderEnum: SortOrderEnumSchema,
  SourceElementIdInstruction: SourceElementIdInstructionSchema,
  SourceElementInstanceKeyInstruction: SourceElementInstanceKeyInstructionSchema,
  SourceElementInstruction: SourceElementInstructionSchema,
  StartCursor: StartCursorSchema,
  StateCode: StateCodeSchema,
  StatusMetric: StatusMetricSchema,
  StringFilterProperty: StringFilterPropertySchema,
  SuspendProcessInstanceRequest: SuspendProcessInstanceRequestSchema,
  SystemConfigurationResponse: SystemConfigurationResponseSchema,
  Tag: TagSchema,
  TagSet: TagSetSchema,
  TakeHistoryBackupRequest: TakeHistoryBackupRequestSchema,
  TakeHistoryBackupResponse: TakeHistoryBackupResponseSchema,
  TakeRuntimeBackupRequest: TakeRuntimeBackupRequestSchema,
  TakeRuntimeBackupResponse: TakeRuntimeBackupResponseSchema,
  TenantClientResult: TenantClientResultSchema,
  TenantClientSearchQueryRequest: TenantClientSearchQueryRequestSchema,
  TenantClientSearchQuerySortRequest: TenantClientSearchQuerySortRequestSchema,
  TenantClientSearchResult: TenantClientSearchResultSchema,
  TenantCreateRequest: TenantCreateRequestSchema,
  TenantCreateResult: TenantCreateResultSchema,
  TenantFilter: TenantFilterSchema,
  TenantFilterEnum: TenantFilterEnumSchema,
  TenantGroupResult: TenantGroupResultSchema,
  TenantGroupSearchQueryRequest: TenantGroupSearchQueryRequestSchema,
  TenantGroupSearchQuerySortRequest: TenantGroupSearchQuerySortRequestSchema,
  TenantGroupSearchResult: TenantGroupSearchResultSchema,
  TenantId: TenantIdSchema,
  TenantMappingRuleSearchResult: TenantMappingRuleSearchResultSchema,
  TenantResult: TenantResultSchema,
  TenantRoleSearchResult: TenantRoleSearchResultSchema,
  TenantSearchQueryRequest: TenantSearchQueryRequestSchema,
  TenantSearchQueryResult: TenantSearchQueryResultSchema,
  TenantSearchQuerySortRequest: TenantSearchQuerySortRequestSchema,
  TenantUpdateRequest: TenantUpdateRequestSchema,
  TenantUpdateResult: TenantUpdateResultSchema,
  TenantUserResult: TenantUserResultSchema,
  TenantUserSearchQueryRequest: TenantUserSearchQueryRequestSchema,
  TenantUserSearchQuerySortRequest: TenantUserSearchQuerySortRequestSchema,
  TenantUserSearchResult: TenantUserSearchResultSchema,
  TimerWaitStateDetails: TimerWaitStateDetailsSchema,
  TopologyResponse: TopologyResponseSchema,
  UpdateClusterVariableRequest: UpdateClusterVariableRequestSchema,
  UpdateGlobalTaskListenerRequest: UpdateGlobalTaskListenerRequestSchema,
  UsageMetricsResponse: UsageMetricsResponseSchema,
  UsageMetricsResponseItem: UsageMetricsResponseItemSchema,
  UseSourceParentKeyInstruction: UseSourceParentKeyInstructionSchema,
  UserCreateResult: UserCreateResultSchema,
  UserFilter: UserFilterSchema,
  UserRequest: UserRequestSchema,
  UserResult: UserResultSchema,
  UserSearchQueryRequest: UserSearchQueryRequestSchema,
  UserSearchQuerySortRequest: UserSearchQuerySortRequestSchema,
  UserSearchResult: UserSearchResultSchema,
  UserTaskAssignmentRequest: UserTaskAssignmentRequestSchema,
  UserTaskAuditLogFilter: UserTaskAuditLogFilterSchema,
  UserTaskAuditLogSearchQueryRequest: UserTaskAuditLogSearchQueryRequestSchema,
  UserTaskCompletionRequest: UserTaskCompletionRequestSchema,
  UserTaskEffectiveVariableSearchQueryRequest: UserTaskEffectiveVariableSearchQueryRequestSchema,
  UserTaskFilter: UserTaskFilterSchema,
  UserTaskKey: UserTaskKeySchema,
  UserTaskProperties: UserTaskPropertiesSchema,
  UserTaskResult: UserTaskResultSchema,
  UserTaskSearchQuery: UserTaskSearchQuerySchema,
  UserTaskSearchQueryResult: UserTaskSearchQueryResultSchema,
  UserTaskSearchQuerySortRequest: UserTaskSearchQuerySortRequestSchema,
  UserTaskStateEnum: UserTaskStateEnumSchema,
  UserTaskStateExactMatch: UserTaskStateExactMatchSchema,
  UserTaskStateFilterProperty: UserTaskStateFilterPropertySchema,
  UserTaskUpdateRequest: UserTaskUpdateRequestSchema,
  UserTaskVariableFilter: UserTaskVariableFilterSchema,
  UserTaskVariableSearchQueryRequest: UserTaskVariableSearchQueryRequestSchema,
  UserTaskVariableSearchQuerySortRequest: UserTaskVariableSearchQuerySortRequestSchema,
  UserTaskWaitStateDetails: UserTaskWaitStateDetailsSchema,
  UserUpdateRequest: UserUpdateRequestSchema,
  UserUpdateResult: UserUpdateResultSchema,
  Username: UsernameSchema,
  VariableFilter: VariableFilterSchema,
  VariableKey: VariableKeySchema,
  VariableKeyExactMatch: VariableKeyExactMatchSchema,
  VariableKeyFilterProperty: VariableKeyFilterPropertySchema,
  VariableResult: VariableResultSchema,
  VariableResultBase: VariableResultBaseSchema,
  VariableSearchQuery: VariableSearchQuerySchema,
  VariableSearchQueryResult: VariableSearchQueryResultSchema,
  VariableSearchQuerySortRequest: VariableSearchQuerySortRequestSchema,
  VariableSearchResult: VariableSearchResultSchema,
  VariableValueFilterProperty: VariableValueFilterPropertySchema,
  WaitStateDetails: WaitStateDetailsSchema,
  WaitStateElementTypeEnum: WaitStateElementTypeEnumSchema,
  WaitStateElementTypeExactMatch: WaitStateElementTypeExactMatchSchema,
  WaitStateElementTypeFilterProperty: WaitStateElementTypeFilterPropertySchema,
  WaitStateTypeEnum: WaitStateTypeEnumSchema,
  WaitStateTypeExactMatch: WaitStateTypeExactMatchSchema,
  WaitStateTypeFilterProperty: WaitStateTypeFilterPropertySchema,
  WebappComponent: WebappComponentSchema,
};
