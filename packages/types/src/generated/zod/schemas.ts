// Generated from the OpenAPI spec — do not edit
import * as z from 'zod';
import { checkedSchema } from '../../checked-schema.js';
import { semanticKeySchema } from '../../semantic-key-schema.js';
import type * as T from '../index.js';
import * as keys from '../semantic-keys.js';

/** Validates {@link T.ProcessDefinitionId}. */
export const ProcessDefinitionIdSchema: z.ZodType<T.ProcessDefinitionId> = semanticKeySchema(
  keys.ProcessDefinitionId,
);

/** Validates {@link T.ElementId}. */
export const ElementIdSchema: z.ZodType<T.ElementId> = semanticKeySchema(keys.ElementId);

/** Validates {@link T.TenantId}. */
export const TenantIdSchema: z.ZodType<T.TenantId> = semanticKeySchema(keys.TenantId);

/** Validates {@link T.JobKey}. */
export const JobKeySchema: z.ZodType<T.JobKey> = semanticKeySchema(keys.JobKey);

/** Validates {@link T.ProcessInstanceKey}. */
export const ProcessInstanceKeySchema: z.ZodType<T.ProcessInstanceKey> = semanticKeySchema(
  keys.ProcessInstanceKey,
);

/** Validates {@link T.ProcessDefinitionKey}. */
export const ProcessDefinitionKeySchema: z.ZodType<T.ProcessDefinitionKey> = semanticKeySchema(
  keys.ProcessDefinitionKey,
);

/** Validates {@link T.ElementInstanceKey}. */
export const ElementInstanceKeySchema: z.ZodType<T.ElementInstanceKey> = semanticKeySchema(
  keys.ElementInstanceKey,
);

/** Validates {@link T.JobKindEnum}. */
export const JobKindEnumSchema: z.ZodType<T.JobKindEnum> = checkedSchema(
  z.enum(['BPMN_ELEMENT', 'EXECUTION_LISTENER', 'TASK_LISTENER', 'AD_HOC_SUB_PROCESS']),
);

/** Validates {@link T.JobListenerEventTypeEnum}. */
export const JobListenerEventTypeEnumSchema: z.ZodType<T.JobListenerEventTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.FormKey}. */
export const FormKeySchema: z.ZodType<T.FormKey> = semanticKeySchema(keys.FormKey);

/** Validates {@link T.UserTaskKey}. */
export const UserTaskKeySchema: z.ZodType<T.UserTaskKey> = semanticKeySchema(keys.UserTaskKey);

/** Validates {@link T.UserTaskProperties}. */
export const UserTaskPropertiesSchema: z.ZodType<T.UserTaskProperties> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.Tag}. */
export const TagSchema: z.ZodType<T.Tag> = semanticKeySchema(keys.Tag);

/** Validates {@link T.TagSet}. */
export const TagSetSchema: z.ZodType<T.TagSet> = checkedSchema(z.array(TagSchema).max(10));

/** Validates {@link T.BusinessId}. */
export const BusinessIdSchema: z.ZodType<T.BusinessId> = semanticKeySchema(keys.BusinessId);

/** Validates {@link T.ActivatedJobResult}. */
export const ActivatedJobResultSchema: z.ZodType<T.ActivatedJobResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.AdHocSubProcessActivateActivityReference}. */
export const AdHocSubProcessActivateActivityReferenceSchema: z.ZodType<T.AdHocSubProcessActivateActivityReference> =
  checkedSchema(
    z.looseObject({
      elementId: ElementIdSchema,
      variables: z.record(z.string(), z.unknown()).exactOptional(),
    }),
  );

/** Validates {@link T.AdHocSubProcessActivateActivitiesInstruction}. */
export const AdHocSubProcessActivateActivitiesInstructionSchema: z.ZodType<T.AdHocSubProcessActivateActivitiesInstruction> =
  checkedSchema(
    z.looseObject({
      elements: z.array(AdHocSubProcessActivateActivityReferenceSchema),
      cancelRemainingInstances: z.boolean().exactOptional(),
    }),
  );

/** Validates {@link T.AuditLogActorTypeEnum}. */
export const AuditLogActorTypeEnumSchema: z.ZodType<T.AuditLogActorTypeEnum> = checkedSchema(
  z.enum(['ANONYMOUS', 'CLIENT', 'UNKNOWN', 'USER']),
);

/** Validates {@link T.LikeFilter}. */
export const LikeFilterSchema: z.ZodType<T.LikeFilter> = checkedSchema(z.string());

/** Validates {@link T.AdvancedActorTypeFilter}. */
export const AdvancedActorTypeFilterSchema: z.ZodType<T.AdvancedActorTypeFilter> = checkedSchema(
  z.looseObject({
    $eq: AuditLogActorTypeEnumSchema.exactOptional(),
    $neq: AuditLogActorTypeEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(AuditLogActorTypeEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AgentDefinitionKey}. */
export const AgentDefinitionKeySchema: z.ZodType<T.AgentDefinitionKey> = semanticKeySchema(
  keys.AgentDefinitionKey,
);

/** Validates {@link T.AdvancedAgentDefinitionKeyFilter}. */
export const AdvancedAgentDefinitionKeyFilterSchema: z.ZodType<T.AdvancedAgentDefinitionKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentDefinitionKeySchema.exactOptional(),
      $neq: AgentDefinitionKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentDefinitionKeySchema).exactOptional(),
      $notIn: z.array(AgentDefinitionKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.AgentDefinitionTypeEnum}. */
export const AgentDefinitionTypeEnumSchema: z.ZodType<T.AgentDefinitionTypeEnum> = checkedSchema(
  z.enum(['AI_AGENT_SUB_PROCESS', 'AI_AGENT_TASK', 'EXTERNAL_AGENT']),
);

/** Validates {@link T.AdvancedAgentDefinitionTypeFilter}. */
export const AdvancedAgentDefinitionTypeFilterSchema: z.ZodType<T.AdvancedAgentDefinitionTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentDefinitionTypeEnumSchema.exactOptional(),
      $neq: AgentDefinitionTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentDefinitionTypeEnumSchema).exactOptional(),
      $notIn: z.array(AgentDefinitionTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AgentHistoryItemKey}. */
export const AgentHistoryItemKeySchema: z.ZodType<T.AgentHistoryItemKey> = semanticKeySchema(
  keys.AgentHistoryItemKey,
);

/** Validates {@link T.AdvancedAgentHistoryItemKeyFilter}. */
export const AdvancedAgentHistoryItemKeyFilterSchema: z.ZodType<T.AdvancedAgentHistoryItemKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentHistoryItemKeySchema.exactOptional(),
      $neq: AgentHistoryItemKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentHistoryItemKeySchema).exactOptional(),
      $notIn: z.array(AgentHistoryItemKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.AgentInstanceHistoryCommitStatusEnum}. */
export const AgentInstanceHistoryCommitStatusEnumSchema: z.ZodType<T.AgentInstanceHistoryCommitStatusEnum> =
  checkedSchema(z.enum(['COMMITTED', 'PENDING', 'DISCARDED']));

/** Validates {@link T.AdvancedAgentInstanceHistoryCommitStatusFilter}. */
export const AdvancedAgentInstanceHistoryCommitStatusFilterSchema: z.ZodType<T.AdvancedAgentInstanceHistoryCommitStatusFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentInstanceHistoryCommitStatusEnumSchema.exactOptional(),
      $neq: AgentInstanceHistoryCommitStatusEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentInstanceHistoryCommitStatusEnumSchema).exactOptional(),
    }),
  );

/** Validates {@link T.AgentInstanceHistoryRoleEnum}. */
export const AgentInstanceHistoryRoleEnumSchema: z.ZodType<T.AgentInstanceHistoryRoleEnum> = checkedSchema(
  z.enum(['USER', 'ASSISTANT', 'TOOL_RESULT', 'CONFIGURATION']),
);

/** Validates {@link T.AdvancedAgentInstanceHistoryRoleFilter}. */
export const AdvancedAgentInstanceHistoryRoleFilterSchema: z.ZodType<T.AdvancedAgentInstanceHistoryRoleFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentInstanceHistoryRoleEnumSchema.exactOptional(),
      $neq: AgentInstanceHistoryRoleEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentInstanceHistoryRoleEnumSchema).exactOptional(),
    }),
  );

/** Validates {@link T.AgentInstanceKey}. */
export const AgentInstanceKeySchema: z.ZodType<T.AgentInstanceKey> = semanticKeySchema(keys.AgentInstanceKey);

/** Validates {@link T.AdvancedAgentInstanceKeyFilter}. */
export const AdvancedAgentInstanceKeyFilterSchema: z.ZodType<T.AdvancedAgentInstanceKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentInstanceKeySchema.exactOptional(),
      $neq: AgentInstanceKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentInstanceKeySchema).exactOptional(),
      $notIn: z.array(AgentInstanceKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.AgentInstanceStatusEnum}. */
export const AgentInstanceStatusEnumSchema: z.ZodType<T.AgentInstanceStatusEnum> = checkedSchema(
  z.enum(['UNKNOWN', 'COMPLETED', 'IDLE', 'INITIALIZING', 'THINKING', 'TOOL_CALLING', 'TOOL_DISCOVERY']),
);

/** Validates {@link T.AdvancedAgentInstanceStatusFilter}. */
export const AdvancedAgentInstanceStatusFilterSchema: z.ZodType<T.AdvancedAgentInstanceStatusFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AgentInstanceStatusEnumSchema.exactOptional(),
      $neq: AgentInstanceStatusEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AgentInstanceStatusEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AuditLogEntityKey}. */
export const AuditLogEntityKeySchema: z.ZodType<T.AuditLogEntityKey> = semanticKeySchema(
  keys.AuditLogEntityKey,
);

/** Validates {@link T.AdvancedAuditLogEntityKeyFilter}. */
export const AdvancedAuditLogEntityKeyFilterSchema: z.ZodType<T.AdvancedAuditLogEntityKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: AuditLogEntityKeySchema.exactOptional(),
      $neq: AuditLogEntityKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(AuditLogEntityKeySchema).exactOptional(),
      $notIn: z.array(AuditLogEntityKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.AuditLogKey}. */
export const AuditLogKeySchema: z.ZodType<T.AuditLogKey> = semanticKeySchema(keys.AuditLogKey);

/** Validates {@link T.AdvancedAuditLogKeyFilter}. */
export const AdvancedAuditLogKeyFilterSchema: z.ZodType<T.AdvancedAuditLogKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: AuditLogKeySchema.exactOptional(),
    $neq: AuditLogKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(AuditLogKeySchema).exactOptional(),
    $notIn: z.array(AuditLogKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.BatchOperationItemStateEnum}. */
export const BatchOperationItemStateEnumSchema: z.ZodType<T.BatchOperationItemStateEnum> = checkedSchema(
  z.enum(['ACTIVE', 'COMPLETED', 'CANCELED', 'FAILED']),
);

/** Validates {@link T.AdvancedBatchOperationItemStateFilter}. */
export const AdvancedBatchOperationItemStateFilterSchema: z.ZodType<T.AdvancedBatchOperationItemStateFilter> =
  checkedSchema(
    z.looseObject({
      $eq: BatchOperationItemStateEnumSchema.exactOptional(),
      $neq: BatchOperationItemStateEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(BatchOperationItemStateEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.BatchOperationStateEnum}. */
export const BatchOperationStateEnumSchema: z.ZodType<T.BatchOperationStateEnum> = checkedSchema(
  z.enum(['ACTIVE', 'CANCELED', 'COMPLETED', 'CREATED', 'FAILED', 'PARTIALLY_COMPLETED', 'SUSPENDED']),
);

/** Validates {@link T.AdvancedBatchOperationStateFilter}. */
export const AdvancedBatchOperationStateFilterSchema: z.ZodType<T.AdvancedBatchOperationStateFilter> =
  checkedSchema(
    z.looseObject({
      $eq: BatchOperationStateEnumSchema.exactOptional(),
      $neq: BatchOperationStateEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(BatchOperationStateEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.BatchOperationTypeEnum}. */
export const BatchOperationTypeEnumSchema: z.ZodType<T.BatchOperationTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AdvancedBatchOperationTypeFilter}. */
export const AdvancedBatchOperationTypeFilterSchema: z.ZodType<T.AdvancedBatchOperationTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: BatchOperationTypeEnumSchema.exactOptional(),
      $neq: BatchOperationTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(BatchOperationTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AuditLogCategoryEnum}. */
export const AuditLogCategoryEnumSchema: z.ZodType<T.AuditLogCategoryEnum> = checkedSchema(
  z.enum(['ADMIN', 'DEPLOYED_RESOURCES', 'USER_TASKS']),
);

/** Validates {@link T.AdvancedCategoryFilter}. */
export const AdvancedCategoryFilterSchema: z.ZodType<T.AdvancedCategoryFilter> = checkedSchema(
  z.looseObject({
    $eq: AuditLogCategoryEnumSchema.exactOptional(),
    $neq: AuditLogCategoryEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(AuditLogCategoryEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.ClusterVariableKindEnum}. */
export const ClusterVariableKindEnumSchema: z.ZodType<T.ClusterVariableKindEnum> = checkedSchema(
  z.enum(['JSON', 'SECRET_REFERENCE']),
);

/** Validates {@link T.AdvancedClusterVariableKindFilter}. */
export const AdvancedClusterVariableKindFilterSchema: z.ZodType<T.AdvancedClusterVariableKindFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ClusterVariableKindEnumSchema.exactOptional(),
      $neq: ClusterVariableKindEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ClusterVariableKindEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ClusterVariableScopeEnum}. */
export const ClusterVariableScopeEnumSchema: z.ZodType<T.ClusterVariableScopeEnum> = checkedSchema(
  z.enum(['GLOBAL', 'TENANT']),
);

/** Validates {@link T.AdvancedClusterVariableScopeFilter}. */
export const AdvancedClusterVariableScopeFilterSchema: z.ZodType<T.AdvancedClusterVariableScopeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ClusterVariableScopeEnumSchema.exactOptional(),
      $neq: ClusterVariableScopeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ClusterVariableScopeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AdvancedDateTimeFilter}. */
export const AdvancedDateTimeFilterSchema: z.ZodType<T.AdvancedDateTimeFilter> = checkedSchema(
  z.looseObject({
    $eq: z.string().exactOptional(),
    $neq: z.string().exactOptional(),
    $exists: z.boolean().exactOptional(),
    $gt: z.string().exactOptional(),
    $gte: z.string().exactOptional(),
    $lt: z.string().exactOptional(),
    $lte: z.string().exactOptional(),
    $in: z.array(z.string()).exactOptional(),
  }),
);

/** Validates {@link T.DecisionDefinitionKey}. */
export const DecisionDefinitionKeySchema: z.ZodType<T.DecisionDefinitionKey> = semanticKeySchema(
  keys.DecisionDefinitionKey,
);

/** Validates {@link T.AdvancedDecisionDefinitionKeyFilter}. */
export const AdvancedDecisionDefinitionKeyFilterSchema: z.ZodType<T.AdvancedDecisionDefinitionKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: DecisionDefinitionKeySchema.exactOptional(),
      $neq: DecisionDefinitionKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(DecisionDefinitionKeySchema).exactOptional(),
      $notIn: z.array(DecisionDefinitionKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.DecisionEvaluationInstanceKey}. */
export const DecisionEvaluationInstanceKeySchema: z.ZodType<T.DecisionEvaluationInstanceKey> =
  semanticKeySchema(keys.DecisionEvaluationInstanceKey);

/** Validates {@link T.AdvancedDecisionEvaluationInstanceKeyFilter}. */
export const AdvancedDecisionEvaluationInstanceKeyFilterSchema: z.ZodType<T.AdvancedDecisionEvaluationInstanceKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: DecisionEvaluationInstanceKeySchema.exactOptional(),
      $neq: DecisionEvaluationInstanceKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(DecisionEvaluationInstanceKeySchema).exactOptional(),
      $notIn: z.array(DecisionEvaluationInstanceKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.DecisionEvaluationKey}. */
export const DecisionEvaluationKeySchema: z.ZodType<T.DecisionEvaluationKey> = semanticKeySchema(
  keys.DecisionEvaluationKey,
);

/** Validates {@link T.AdvancedDecisionEvaluationKeyFilter}. */
export const AdvancedDecisionEvaluationKeyFilterSchema: z.ZodType<T.AdvancedDecisionEvaluationKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: DecisionEvaluationKeySchema.exactOptional(),
      $neq: DecisionEvaluationKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(DecisionEvaluationKeySchema).exactOptional(),
      $notIn: z.array(DecisionEvaluationKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.DecisionInstanceStateEnum}. */
export const DecisionInstanceStateEnumSchema: z.ZodType<T.DecisionInstanceStateEnum> = checkedSchema(
  z.enum(['EVALUATED', 'FAILED', 'UNSPECIFIED', 'UNKNOWN']),
);

/** Validates {@link T.AdvancedDecisionInstanceStateFilter}. */
export const AdvancedDecisionInstanceStateFilterSchema: z.ZodType<T.AdvancedDecisionInstanceStateFilter> =
  checkedSchema(
    z.looseObject({
      $eq: DecisionInstanceStateEnumSchema.exactOptional(),
      $neq: DecisionInstanceStateEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(DecisionInstanceStateEnumSchema).exactOptional(),
      $notIn: z.array(DecisionInstanceStateEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.DecisionRequirementsKey}. */
export const DecisionRequirementsKeySchema: z.ZodType<T.DecisionRequirementsKey> = semanticKeySchema(
  keys.DecisionRequirementsKey,
);

/** Validates {@link T.AdvancedDecisionRequirementsKeyFilter}. */
export const AdvancedDecisionRequirementsKeyFilterSchema: z.ZodType<T.AdvancedDecisionRequirementsKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: DecisionRequirementsKeySchema.exactOptional(),
      $neq: DecisionRequirementsKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(DecisionRequirementsKeySchema).exactOptional(),
      $notIn: z.array(DecisionRequirementsKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.DeploymentKey}. */
export const DeploymentKeySchema: z.ZodType<T.DeploymentKey> = semanticKeySchema(keys.DeploymentKey);

/** Validates {@link T.AdvancedDeploymentKeyFilter}. */
export const AdvancedDeploymentKeyFilterSchema: z.ZodType<T.AdvancedDeploymentKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: DeploymentKeySchema.exactOptional(),
    $neq: DeploymentKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(DeploymentKeySchema).exactOptional(),
    $notIn: z.array(DeploymentKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.AdvancedElementIdFilter}. */
export const AdvancedElementIdFilterSchema: z.ZodType<T.AdvancedElementIdFilter> = checkedSchema(
  z.looseObject({
    $eq: ElementIdSchema.exactOptional(),
    $neq: ElementIdSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(ElementIdSchema).exactOptional(),
    $notIn: z.array(ElementIdSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AdvancedElementInstanceKeyFilter}. */
export const AdvancedElementInstanceKeyFilterSchema: z.ZodType<T.AdvancedElementInstanceKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ElementInstanceKeySchema.exactOptional(),
      $neq: ElementInstanceKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ElementInstanceKeySchema).exactOptional(),
      $notIn: z.array(ElementInstanceKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.ElementInstanceStateEnum}. */
export const ElementInstanceStateEnumSchema: z.ZodType<T.ElementInstanceStateEnum> = checkedSchema(
  z.enum(['ACTIVE', 'COMPLETED', 'TERMINATED']),
);

/** Validates {@link T.AdvancedElementInstanceStateFilter}. */
export const AdvancedElementInstanceStateFilterSchema: z.ZodType<T.AdvancedElementInstanceStateFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ElementInstanceStateEnumSchema.exactOptional(),
      $neq: ElementInstanceStateEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ElementInstanceStateEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AuditLogEntityTypeEnum}. */
export const AuditLogEntityTypeEnumSchema: z.ZodType<T.AuditLogEntityTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AdvancedEntityTypeFilter}. */
export const AdvancedEntityTypeFilterSchema: z.ZodType<T.AdvancedEntityTypeFilter> = checkedSchema(
  z.looseObject({
    $eq: AuditLogEntityTypeEnumSchema.exactOptional(),
    $neq: AuditLogEntityTypeEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(AuditLogEntityTypeEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AdvancedFormKeyFilter}. */
export const AdvancedFormKeyFilterSchema: z.ZodType<T.AdvancedFormKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: FormKeySchema.exactOptional(),
    $neq: FormKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(FormKeySchema).exactOptional(),
    $notIn: z.array(FormKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.GlobalListenerSourceEnum}. */
export const GlobalListenerSourceEnumSchema: z.ZodType<T.GlobalListenerSourceEnum> = checkedSchema(
  z.enum(['CONFIGURATION', 'API']),
);

/** Validates {@link T.AdvancedGlobalListenerSourceFilter}. */
export const AdvancedGlobalListenerSourceFilterSchema: z.ZodType<T.AdvancedGlobalListenerSourceFilter> =
  checkedSchema(
    z.looseObject({
      $eq: GlobalListenerSourceEnumSchema.exactOptional(),
      $neq: GlobalListenerSourceEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(GlobalListenerSourceEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.GlobalTaskListenerEventTypeEnum}. */
export const GlobalTaskListenerEventTypeEnumSchema: z.ZodType<T.GlobalTaskListenerEventTypeEnum> =
  checkedSchema(z.enum(['all', 'creating', 'assigning', 'updating', 'completing', 'canceling']));

/** Validates {@link T.AdvancedGlobalTaskListenerEventTypeFilter}. */
export const AdvancedGlobalTaskListenerEventTypeFilterSchema: z.ZodType<T.AdvancedGlobalTaskListenerEventTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: GlobalTaskListenerEventTypeEnumSchema.exactOptional(),
      $neq: GlobalTaskListenerEventTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(GlobalTaskListenerEventTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.IncidentErrorTypeEnum}. */
export const IncidentErrorTypeEnumSchema: z.ZodType<T.IncidentErrorTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AdvancedIncidentErrorTypeFilter}. */
export const AdvancedIncidentErrorTypeFilterSchema: z.ZodType<T.AdvancedIncidentErrorTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: IncidentErrorTypeEnumSchema.exactOptional(),
      $neq: IncidentErrorTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(IncidentErrorTypeEnumSchema).exactOptional(),
      $notIn: z.array(IncidentErrorTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.IncidentStateEnum}. */
export const IncidentStateEnumSchema: z.ZodType<T.IncidentStateEnum> = checkedSchema(
  z.enum(['ACTIVE', 'MIGRATED', 'PENDING', 'RESOLVED', 'UNKNOWN']),
);

/** Validates {@link T.AdvancedIncidentStateFilter}. */
export const AdvancedIncidentStateFilterSchema: z.ZodType<T.AdvancedIncidentStateFilter> = checkedSchema(
  z.looseObject({
    $eq: IncidentStateEnumSchema.exactOptional(),
    $neq: IncidentStateEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(IncidentStateEnumSchema).exactOptional(),
    $notIn: z.array(IncidentStateEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AdvancedIntegerFilter}. */
export const AdvancedIntegerFilterSchema: z.ZodType<T.AdvancedIntegerFilter> = checkedSchema(
  z.looseObject({
    $eq: z.int().exactOptional(),
    $neq: z.int().exactOptional(),
    $exists: z.boolean().exactOptional(),
    $gt: z.int().exactOptional(),
    $gte: z.int().exactOptional(),
    $lt: z.int().exactOptional(),
    $lte: z.int().exactOptional(),
    $in: z.array(z.int()).exactOptional(),
  }),
);

/** Validates {@link T.AdvancedJobKeyFilter}. */
export const AdvancedJobKeyFilterSchema: z.ZodType<T.AdvancedJobKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: JobKeySchema.exactOptional(),
    $neq: JobKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(JobKeySchema).exactOptional(),
    $notIn: z.array(JobKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.AdvancedJobKindFilter}. */
export const AdvancedJobKindFilterSchema: z.ZodType<T.AdvancedJobKindFilter> = checkedSchema(
  z.looseObject({
    $eq: JobKindEnumSchema.exactOptional(),
    $neq: JobKindEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(JobKindEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AdvancedJobListenerEventTypeFilter}. */
export const AdvancedJobListenerEventTypeFilterSchema: z.ZodType<T.AdvancedJobListenerEventTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: JobListenerEventTypeEnumSchema.exactOptional(),
      $neq: JobListenerEventTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(JobListenerEventTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.JobStateEnum}. */
export const JobStateEnumSchema: z.ZodType<T.JobStateEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AdvancedJobStateFilter}. */
export const AdvancedJobStateFilterSchema: z.ZodType<T.AdvancedJobStateFilter> = checkedSchema(
  z.looseObject({
    $eq: JobStateEnumSchema.exactOptional(),
    $neq: JobStateEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(JobStateEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.MessageSubscriptionKey}. */
export const MessageSubscriptionKeySchema: z.ZodType<T.MessageSubscriptionKey> = semanticKeySchema(
  keys.MessageSubscriptionKey,
);

/** Validates {@link T.AdvancedMessageSubscriptionKeyFilter}. */
export const AdvancedMessageSubscriptionKeyFilterSchema: z.ZodType<T.AdvancedMessageSubscriptionKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: MessageSubscriptionKeySchema.exactOptional(),
      $neq: MessageSubscriptionKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(MessageSubscriptionKeySchema).exactOptional(),
      $notIn: z.array(MessageSubscriptionKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.MessageSubscriptionStateEnum}. */
export const MessageSubscriptionStateEnumSchema: z.ZodType<T.MessageSubscriptionStateEnum> = checkedSchema(
  z.enum(['CORRELATED', 'CREATED', 'DELETED', 'MIGRATED']),
);

/** Validates {@link T.AdvancedMessageSubscriptionStateFilter}. */
export const AdvancedMessageSubscriptionStateFilterSchema: z.ZodType<T.AdvancedMessageSubscriptionStateFilter> =
  checkedSchema(
    z.looseObject({
      $eq: MessageSubscriptionStateEnumSchema.exactOptional(),
      $neq: MessageSubscriptionStateEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(MessageSubscriptionStateEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.MessageSubscriptionTypeEnum}. */
export const MessageSubscriptionTypeEnumSchema: z.ZodType<T.MessageSubscriptionTypeEnum> = checkedSchema(
  z.enum(['START_EVENT', 'PROCESS_EVENT']),
);

/** Validates {@link T.AdvancedMessageSubscriptionTypeFilter}. */
export const AdvancedMessageSubscriptionTypeFilterSchema: z.ZodType<T.AdvancedMessageSubscriptionTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: MessageSubscriptionTypeEnumSchema.exactOptional(),
      $neq: MessageSubscriptionTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(MessageSubscriptionTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AdvancedMetadataValueFilter}. */
export const AdvancedMetadataValueFilterSchema: z.ZodType<T.AdvancedMetadataValueFilter> = checkedSchema(
  z.looseObject({
    $eq: z.union([z.string(), z.number()]).exactOptional(),
    $neq: z.union([z.string(), z.number()]).exactOptional(),
    $exists: z.boolean().exactOptional(),
    $gt: z.number().exactOptional(),
    $gte: z.number().exactOptional(),
    $lt: z.number().exactOptional(),
    $lte: z.number().exactOptional(),
    $in: z.array(z.union([z.string(), z.number()])).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AuditLogOperationTypeEnum}. */
export const AuditLogOperationTypeEnumSchema: z.ZodType<T.AuditLogOperationTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AdvancedOperationTypeFilter}. */
export const AdvancedOperationTypeFilterSchema: z.ZodType<T.AdvancedOperationTypeFilter> = checkedSchema(
  z.looseObject({
    $eq: AuditLogOperationTypeEnumSchema.exactOptional(),
    $neq: AuditLogOperationTypeEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(AuditLogOperationTypeEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AdvancedProcessDefinitionIdFilter}. */
export const AdvancedProcessDefinitionIdFilterSchema: z.ZodType<T.AdvancedProcessDefinitionIdFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ProcessDefinitionIdSchema.exactOptional(),
      $neq: ProcessDefinitionIdSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ProcessDefinitionIdSchema).exactOptional(),
      $notIn: z.array(ProcessDefinitionIdSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AdvancedProcessDefinitionKeyFilter}. */
export const AdvancedProcessDefinitionKeyFilterSchema: z.ZodType<T.AdvancedProcessDefinitionKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ProcessDefinitionKeySchema.exactOptional(),
      $neq: ProcessDefinitionKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ProcessDefinitionKeySchema).exactOptional(),
      $notIn: z.array(ProcessDefinitionKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.AdvancedProcessInstanceKeyFilter}. */
export const AdvancedProcessInstanceKeyFilterSchema: z.ZodType<T.AdvancedProcessInstanceKeyFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ProcessInstanceKeySchema.exactOptional(),
      $neq: ProcessInstanceKeySchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ProcessInstanceKeySchema).exactOptional(),
      $notIn: z.array(ProcessInstanceKeySchema).exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceStateEnum}. */
export const ProcessInstanceStateEnumSchema: z.ZodType<T.ProcessInstanceStateEnum> = checkedSchema(
  z.enum(['ACTIVE', 'COMPLETED', 'SUSPENDED', 'TERMINATED']),
);

/** Validates {@link T.AdvancedProcessInstanceStateFilter}. */
export const AdvancedProcessInstanceStateFilterSchema: z.ZodType<T.AdvancedProcessInstanceStateFilter> =
  checkedSchema(
    z.looseObject({
      $eq: ProcessInstanceStateEnumSchema.exactOptional(),
      $neq: ProcessInstanceStateEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(ProcessInstanceStateEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ResourceKey}. */
export const ResourceKeySchema: z.ZodType<T.ResourceKey> = checkedSchema(
  z.union([
    ProcessDefinitionKeySchema,
    DecisionRequirementsKeySchema,
    FormKeySchema,
    DecisionDefinitionKeySchema,
  ]),
);

/** Validates {@link T.AdvancedResourceKeyFilter}. */
export const AdvancedResourceKeyFilterSchema: z.ZodType<T.AdvancedResourceKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: ResourceKeySchema.exactOptional(),
    $neq: ResourceKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(ResourceKeySchema).exactOptional(),
    $notIn: z.array(ResourceKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.AuditLogResultEnum}. */
export const AuditLogResultEnumSchema: z.ZodType<T.AuditLogResultEnum> = checkedSchema(
  z.enum(['FAIL', 'SUCCESS']),
);

/** Validates {@link T.AdvancedResultFilter}. */
export const AdvancedResultFilterSchema: z.ZodType<T.AdvancedResultFilter> = checkedSchema(
  z.looseObject({
    $eq: AuditLogResultEnumSchema.exactOptional(),
    $neq: AuditLogResultEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(AuditLogResultEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.ScopeKey}. */
export const ScopeKeySchema: z.ZodType<T.ScopeKey> = checkedSchema(
  z.union([ProcessInstanceKeySchema, ElementInstanceKeySchema]),
);

/** Validates {@link T.AdvancedScopeKeyFilter}. */
export const AdvancedScopeKeyFilterSchema: z.ZodType<T.AdvancedScopeKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: ScopeKeySchema.exactOptional(),
    $neq: ScopeKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(ScopeKeySchema).exactOptional(),
    $notIn: z.array(ScopeKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.AdvancedStringFilter}. */
export const AdvancedStringFilterSchema: z.ZodType<T.AdvancedStringFilter> = checkedSchema(
  z.looseObject({
    $eq: z.string().exactOptional(),
    $neq: z.string().exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(z.string()).exactOptional(),
    $notIn: z.array(z.string()).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.UserTaskStateEnum}. */
export const UserTaskStateEnumSchema: z.ZodType<T.UserTaskStateEnum> = checkedSchema(
  z.enum([
    'CREATING',
    'CREATED',
    'ASSIGNING',
    'UPDATING',
    'COMPLETING',
    'COMPLETED',
    'CANCELING',
    'CANCELED',
    'FAILED',
  ]),
);

/** Validates {@link T.AdvancedUserTaskStateFilter}. */
export const AdvancedUserTaskStateFilterSchema: z.ZodType<T.AdvancedUserTaskStateFilter> = checkedSchema(
  z.looseObject({
    $eq: UserTaskStateEnumSchema.exactOptional(),
    $neq: UserTaskStateEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(UserTaskStateEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.VariableKey}. */
export const VariableKeySchema: z.ZodType<T.VariableKey> = semanticKeySchema(keys.VariableKey);

/** Validates {@link T.AdvancedVariableKeyFilter}. */
export const AdvancedVariableKeyFilterSchema: z.ZodType<T.AdvancedVariableKeyFilter> = checkedSchema(
  z.looseObject({
    $eq: VariableKeySchema.exactOptional(),
    $neq: VariableKeySchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(VariableKeySchema).exactOptional(),
    $notIn: z.array(VariableKeySchema).exactOptional(),
  }),
);

/** Validates {@link T.WaitStateElementTypeEnum}. */
export const WaitStateElementTypeEnumSchema: z.ZodType<T.WaitStateElementTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AdvancedWaitStateElementTypeFilter}. */
export const AdvancedWaitStateElementTypeFilterSchema: z.ZodType<T.AdvancedWaitStateElementTypeFilter> =
  checkedSchema(
    z.looseObject({
      $eq: WaitStateElementTypeEnumSchema.exactOptional(),
      $neq: WaitStateElementTypeEnumSchema.exactOptional(),
      $exists: z.boolean().exactOptional(),
      $in: z.array(WaitStateElementTypeEnumSchema).exactOptional(),
      $like: LikeFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.WaitStateTypeEnum}. */
export const WaitStateTypeEnumSchema: z.ZodType<T.WaitStateTypeEnum> = checkedSchema(
  z.enum(['JOB', 'MESSAGE', 'USER_TASK', 'TIMER', 'SIGNAL', 'CONDITION']),
);

/** Validates {@link T.AdvancedWaitStateTypeFilter}. */
export const AdvancedWaitStateTypeFilterSchema: z.ZodType<T.AdvancedWaitStateTypeFilter> = checkedSchema(
  z.looseObject({
    $eq: WaitStateTypeEnumSchema.exactOptional(),
    $neq: WaitStateTypeEnumSchema.exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(WaitStateTypeEnumSchema).exactOptional(),
    $like: LikeFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AgentDefinitionKeyExactMatch}. */
export const AgentDefinitionKeyExactMatchSchema: z.ZodType<T.AgentDefinitionKeyExactMatch> =
  AgentDefinitionKeySchema;

/** Validates {@link T.AgentDefinitionKeyFilterProperty}. */
export const AgentDefinitionKeyFilterPropertySchema: z.ZodType<T.AgentDefinitionKeyFilterProperty> =
  checkedSchema(z.union([AgentDefinitionKeyExactMatchSchema, AdvancedAgentDefinitionKeyFilterSchema]));

/** Validates {@link T.AgentDefinitionTypeExactMatch}. */
export const AgentDefinitionTypeExactMatchSchema: z.ZodType<T.AgentDefinitionTypeExactMatch> =
  AgentDefinitionTypeEnumSchema;

/** Validates {@link T.AgentDefinitionTypeFilterProperty}. */
export const AgentDefinitionTypeFilterPropertySchema: z.ZodType<T.AgentDefinitionTypeFilterProperty> =
  checkedSchema(z.union([AgentDefinitionTypeExactMatchSchema, AdvancedAgentDefinitionTypeFilterSchema]));

/** Validates {@link T.StringFilterProperty}. */
export const StringFilterPropertySchema: z.ZodType<T.StringFilterProperty> = checkedSchema(
  z.union([z.string(), AdvancedStringFilterSchema]),
);

/** Validates {@link T.ElementIdExactMatch}. */
export const ElementIdExactMatchSchema: z.ZodType<T.ElementIdExactMatch> = ElementIdSchema;

/** Validates {@link T.ElementIdFilterProperty}. */
export const ElementIdFilterPropertySchema: z.ZodType<T.ElementIdFilterProperty> = checkedSchema(
  z.union([ElementIdExactMatchSchema, AdvancedElementIdFilterSchema]),
);

/** Validates {@link T.ProcessDefinitionIdExactMatch}. */
export const ProcessDefinitionIdExactMatchSchema: z.ZodType<T.ProcessDefinitionIdExactMatch> =
  ProcessDefinitionIdSchema;

/** Validates {@link T.ProcessDefinitionIdFilterProperty}. */
export const ProcessDefinitionIdFilterPropertySchema: z.ZodType<T.ProcessDefinitionIdFilterProperty> =
  checkedSchema(z.union([ProcessDefinitionIdExactMatchSchema, AdvancedProcessDefinitionIdFilterSchema]));

/** Validates {@link T.ProcessDefinitionKeyExactMatch}. */
export const ProcessDefinitionKeyExactMatchSchema: z.ZodType<T.ProcessDefinitionKeyExactMatch> =
  ProcessDefinitionKeySchema;

/** Validates {@link T.ProcessDefinitionKeyFilterProperty}. */
export const ProcessDefinitionKeyFilterPropertySchema: z.ZodType<T.ProcessDefinitionKeyFilterProperty> =
  checkedSchema(z.union([ProcessDefinitionKeyExactMatchSchema, AdvancedProcessDefinitionKeyFilterSchema]));

/** Validates {@link T.IntegerFilterProperty}. */
export const IntegerFilterPropertySchema: z.ZodType<T.IntegerFilterProperty> = checkedSchema(
  z.union([z.int(), AdvancedIntegerFilterSchema]),
);

/** Validates {@link T.AgentDefinitionFilter}. */
export const AgentDefinitionFilterSchema: z.ZodType<T.AgentDefinitionFilter> = checkedSchema(
  z.looseObject({
    agentDefinitionKey: AgentDefinitionKeyFilterPropertySchema.exactOptional(),
    agentType: AgentDefinitionTypeFilterPropertySchema.exactOptional(),
    name: StringFilterPropertySchema.exactOptional(),
    elementId: ElementIdFilterPropertySchema.exactOptional(),
    processDefinitionId: ProcessDefinitionIdFilterPropertySchema.exactOptional(),
    processDefinitionKey: ProcessDefinitionKeyFilterPropertySchema.exactOptional(),
    processDefinitionVersion: IntegerFilterPropertySchema.exactOptional(),
    processDefinitionVersionTag: StringFilterPropertySchema.exactOptional(),
    tenantId: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.AgentDefinitionResult}. */
export const AgentDefinitionResultSchema: z.ZodType<T.AgentDefinitionResult> = checkedSchema(
  z.looseObject({
    agentDefinitionKey: AgentDefinitionKeySchema,
    agentType: AgentDefinitionTypeEnumSchema,
    name: z.string(),
    elementId: ElementIdSchema,
    processDefinitionId: ProcessDefinitionIdSchema,
    processDefinitionKey: ProcessDefinitionKeySchema,
    processDefinitionVersion: z.int(),
    processDefinitionVersionTag: z.string().nullable(),
    tenantId: TenantIdSchema,
  }),
);

/** Validates {@link T.LimitPagination}. */
export const LimitPaginationSchema: z.ZodType<T.LimitPagination> = checkedSchema(
  z.looseObject({
    limit: z.int().min(1).max(10000).exactOptional(),
  }),
);

/** Validates {@link T.OffsetPagination}. */
export const OffsetPaginationSchema: z.ZodType<T.OffsetPagination> = checkedSchema(
  z.looseObject({
    from: z.int().min(0).exactOptional(),
    limit: z.int().min(1).exactOptional(),
  }),
);

/** Validates {@link T.EndCursor}. */
export const EndCursorSchema: z.ZodType<T.EndCursor> = semanticKeySchema(keys.EndCursor);

/** Validates {@link T.CursorForwardPagination}. */
export const CursorForwardPaginationSchema: z.ZodType<T.CursorForwardPagination> = checkedSchema(
  z.looseObject({
    after: EndCursorSchema.exactOptional(),
    limit: z.int().min(1).max(10000).exactOptional(),
  }),
);

/** Validates {@link T.StartCursor}. */
export const StartCursorSchema: z.ZodType<T.StartCursor> = semanticKeySchema(keys.StartCursor);

/** Validates {@link T.CursorBackwardPagination}. */
export const CursorBackwardPaginationSchema: z.ZodType<T.CursorBackwardPagination> = checkedSchema(
  z.looseObject({
    before: StartCursorSchema.exactOptional(),
    limit: z.int().min(1).max(10000).exactOptional(),
  }),
);

/** Validates {@link T.SearchQueryPageRequest}. */
export const SearchQueryPageRequestSchema: z.ZodType<T.SearchQueryPageRequest> = checkedSchema(
  z.union([
    LimitPaginationSchema,
    OffsetPaginationSchema,
    CursorForwardPaginationSchema,
    CursorBackwardPaginationSchema,
  ]),
);

/** Validates {@link T.SortOrderEnum}. */
export const SortOrderEnumSchema: z.ZodType<T.SortOrderEnum> = checkedSchema(z.enum(['ASC', 'DESC']));

/** Validates {@link T.AgentDefinitionSearchQuerySortRequest}. */
export const AgentDefinitionSearchQuerySortRequestSchema: z.ZodType<T.AgentDefinitionSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.AgentDefinitionSearchQuery}. */
export const AgentDefinitionSearchQuerySchema: z.ZodType<T.AgentDefinitionSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(AgentDefinitionSearchQuerySortRequestSchema).exactOptional(),
    filter: AgentDefinitionFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.SearchQueryPageResponse}. */
export const SearchQueryPageResponseSchema: z.ZodType<T.SearchQueryPageResponse> = checkedSchema(
  z.looseObject({
    totalItems: z.int(),
    hasMoreTotalItems: z.boolean(),
    startCursor: StartCursorSchema.nullable(),
    endCursor: EndCursorSchema.nullable(),
  }),
);

/** Validates {@link T.AgentDefinitionSearchQueryResult}. */
export const AgentDefinitionSearchQueryResultSchema: z.ZodType<T.AgentDefinitionSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(AgentDefinitionResultSchema),
    }),
  );

/** Validates {@link T.AgentHistoryItemKeyExactMatch}. */
export const AgentHistoryItemKeyExactMatchSchema: z.ZodType<T.AgentHistoryItemKeyExactMatch> =
  AgentHistoryItemKeySchema;

/** Validates {@link T.AgentHistoryItemKeyFilterProperty}. */
export const AgentHistoryItemKeyFilterPropertySchema: z.ZodType<T.AgentHistoryItemKeyFilterProperty> =
  checkedSchema(z.union([AgentHistoryItemKeyExactMatchSchema, AdvancedAgentHistoryItemKeyFilterSchema]));

/** Validates {@link T.AgentInstanceCreatedHistoryItem}. */
export const AgentInstanceCreatedHistoryItemSchema: z.ZodType<T.AgentInstanceCreatedHistoryItem> =
  checkedSchema(
    z.looseObject({
      historyItemId: z.string(),
      historyItemKey: AgentHistoryItemKeySchema,
      isDuplicate: z.boolean(),
    }),
  );

/** Validates {@link T.AgentInstanceDefinition}. */
export const AgentInstanceDefinitionSchema: z.ZodType<T.AgentInstanceDefinition> = checkedSchema(
  z.looseObject({
    model: z.string(),
    provider: z.string(),
    systemPrompt: z.string(),
  }),
);

/** Validates {@link T.AgentInstanceLimits}. */
export const AgentInstanceLimitsSchema: z.ZodType<T.AgentInstanceLimits> = checkedSchema(
  z.looseObject({
    maxModelCalls: z.int(),
    maxToolCalls: z.int(),
    maxTokens: z.int(),
  }),
);

/** Validates {@link T.LoopIterationId}. */
export const LoopIterationIdSchema: z.ZodType<T.LoopIterationId> = checkedSchema(z.int().min(1));

/** Validates {@link T.AgentInstanceTextContent}. */
export const AgentInstanceTextContentSchema: z.ZodType<T.AgentInstanceTextContent> = checkedSchema(
  z.strictObject({
    contentType: z.literal('TEXT'),
    text: z.string(),
  }),
);

/** Validates {@link T.DocumentId}. */
export const DocumentIdSchema: z.ZodType<T.DocumentId> = semanticKeySchema(keys.DocumentId);

/** Validates {@link T.DocumentMetadataResponse}. */
export const DocumentMetadataResponseSchema: z.ZodType<T.DocumentMetadataResponse> = checkedSchema(
  z.looseObject({
    contentType: z.string(),
    fileName: z.string(),
    expiresAt: z.string().nullable(),
    size: z.int(),
    processDefinitionId: ProcessDefinitionIdSchema.nullable(),
    processInstanceKey: ProcessInstanceKeySchema.nullable(),
    customProperties: z.record(z.string(), z.unknown()),
  }),
);

/** Validates {@link T.DocumentReference}. */
export const DocumentReferenceSchema: z.ZodType<T.DocumentReference> = checkedSchema(
  z.looseObject({
    'camunda.document.type': z.enum(['camunda']),
    storeId: z.string(),
    documentId: DocumentIdSchema,
    contentHash: z.string().nullable(),
    metadata: DocumentMetadataResponseSchema,
  }),
);

/** Validates {@link T.AgentInstanceDocumentContent}. */
export const AgentInstanceDocumentContentSchema: z.ZodType<T.AgentInstanceDocumentContent> = checkedSchema(
  z.strictObject({
    contentType: z.literal('DOCUMENT'),
    documentReference: DocumentReferenceSchema,
  }),
);

/** Validates {@link T.AgentInstanceObjectContent}. */
export const AgentInstanceObjectContentSchema: z.ZodType<T.AgentInstanceObjectContent> = checkedSchema(
  z.strictObject({
    contentType: z.literal('OBJECT'),
    object: z.unknown(),
  }),
);

/** Validates {@link T.AgentInstanceMessageContent}. */
export const AgentInstanceMessageContentSchema: z.ZodType<T.AgentInstanceMessageContent> = checkedSchema(
  z.union([
    AgentInstanceTextContentSchema,
    AgentInstanceDocumentContentSchema,
    AgentInstanceObjectContentSchema,
  ]),
);

/** Validates {@link T.AgentInstanceToolCall}. */
export const AgentInstanceToolCallSchema: z.ZodType<T.AgentInstanceToolCall> = checkedSchema(
  z.looseObject({
    toolCallId: z.string(),
    toolName: z.string(),
    elementId: z.string().nullable(),
    arguments: z.record(z.string(), z.unknown()).nullable(),
  }),
);

/** Validates {@link T.AgentInstanceHistoryItemMetrics}. */
export const AgentInstanceHistoryItemMetricsSchema: z.ZodType<T.AgentInstanceHistoryItemMetrics> =
  checkedSchema(
    z.looseObject({
      inputTokens: z.int().nullable(),
      outputTokens: z.int().nullable(),
      durationMs: z.int().nullable(),
    }),
  );

/** Validates {@link T.AgentTool}. */
export const AgentToolSchema: z.ZodType<T.AgentTool> = checkedSchema(
  z.looseObject({
    name: z.string(),
    description: z.string().nullable(),
    elementId: z.string().nullable(),
  }),
);

/** Validates {@link T.AgentInstanceHistoryItem}. */
export const AgentInstanceHistoryItemSchema: z.ZodType<T.AgentInstanceHistoryItem> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.AgentInstanceCreationRequest}. */
export const AgentInstanceCreationRequestSchema: z.ZodType<T.AgentInstanceCreationRequest> = checkedSchema(
  z.looseObject({
    elementInstanceKey: ElementInstanceKeySchema,
    definition: AgentInstanceDefinitionSchema.exactOptional(),
    limits: AgentInstanceLimitsSchema.exactOptional(),
    jobKey: JobKeySchema.nullable().exactOptional(),
    jobLease: z.string().nullable().exactOptional(),
    history: z.array(AgentInstanceHistoryItemSchema).nullable().exactOptional(),
  }),
);

/** Validates {@link T.AgentInstanceCreationResult}. */
export const AgentInstanceCreationResultSchema: z.ZodType<T.AgentInstanceCreationResult> = checkedSchema(
  z.looseObject({
    agentInstanceKey: AgentInstanceKeySchema,
    createdHistory: z.array(AgentInstanceCreatedHistoryItemSchema),
  }),
);

/** Validates {@link T.AgentInstanceDefinitionResult}. */
export const AgentInstanceDefinitionResultSchema: z.ZodType<T.AgentInstanceDefinitionResult> = checkedSchema(
  z.looseObject({
    model: z.string(),
    provider: z.string(),
    systemPrompt: z.array(AgentInstanceMessageContentSchema),
  }),
);

/** Validates {@link T.AgentInstanceKeyExactMatch}. */
export const AgentInstanceKeyExactMatchSchema: z.ZodType<T.AgentInstanceKeyExactMatch> =
  AgentInstanceKeySchema;

/** Validates {@link T.AgentInstanceKeyFilterProperty}. */
export const AgentInstanceKeyFilterPropertySchema: z.ZodType<T.AgentInstanceKeyFilterProperty> =
  checkedSchema(z.union([AgentInstanceKeyExactMatchSchema, AdvancedAgentInstanceKeyFilterSchema]));

/** Validates {@link T.AgentInstanceStatusExactMatch}. */
export const AgentInstanceStatusExactMatchSchema: z.ZodType<T.AgentInstanceStatusExactMatch> =
  AgentInstanceStatusEnumSchema;

/** Validates {@link T.AgentInstanceStatusFilterProperty}. */
export const AgentInstanceStatusFilterPropertySchema: z.ZodType<T.AgentInstanceStatusFilterProperty> =
  checkedSchema(z.union([AgentInstanceStatusExactMatchSchema, AdvancedAgentInstanceStatusFilterSchema]));

/** Validates {@link T.ProcessInstanceKeyExactMatch}. */
export const ProcessInstanceKeyExactMatchSchema: z.ZodType<T.ProcessInstanceKeyExactMatch> =
  ProcessInstanceKeySchema;

/** Validates {@link T.ProcessInstanceKeyFilterProperty}. */
export const ProcessInstanceKeyFilterPropertySchema: z.ZodType<T.ProcessInstanceKeyFilterProperty> =
  checkedSchema(z.union([ProcessInstanceKeyExactMatchSchema, AdvancedProcessInstanceKeyFilterSchema]));

/** Validates {@link T.DateTimeFilterProperty}. */
export const DateTimeFilterPropertySchema: z.ZodType<T.DateTimeFilterProperty> = checkedSchema(
  z.union([z.string(), AdvancedDateTimeFilterSchema]),
);

/** Validates {@link T.ElementInstanceKeyExactMatch}. */
export const ElementInstanceKeyExactMatchSchema: z.ZodType<T.ElementInstanceKeyExactMatch> =
  ElementInstanceKeySchema;

/** Validates {@link T.ElementInstanceKeyFilterProperty}. */
export const ElementInstanceKeyFilterPropertySchema: z.ZodType<T.ElementInstanceKeyFilterProperty> =
  checkedSchema(z.union([ElementInstanceKeyExactMatchSchema, AdvancedElementInstanceKeyFilterSchema]));

/** Validates {@link T.AgentInstanceFilter}. */
export const AgentInstanceFilterSchema: z.ZodType<T.AgentInstanceFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.AgentInstanceHistoryCommitStatusExactMatch}. */
export const AgentInstanceHistoryCommitStatusExactMatchSchema: z.ZodType<T.AgentInstanceHistoryCommitStatusExactMatch> =
  AgentInstanceHistoryCommitStatusEnumSchema;

/** Validates {@link T.AgentInstanceHistoryCommitStatusFilterProperty}. */
export const AgentInstanceHistoryCommitStatusFilterPropertySchema: z.ZodType<T.AgentInstanceHistoryCommitStatusFilterProperty> =
  checkedSchema(
    z.union([
      AgentInstanceHistoryCommitStatusExactMatchSchema,
      AdvancedAgentInstanceHistoryCommitStatusFilterSchema,
    ]),
  );

/** Validates {@link T.AgentInstanceHistoryRoleExactMatch}. */
export const AgentInstanceHistoryRoleExactMatchSchema: z.ZodType<T.AgentInstanceHistoryRoleExactMatch> =
  AgentInstanceHistoryRoleEnumSchema;

/** Validates {@link T.AgentInstanceHistoryRoleFilterProperty}. */
export const AgentInstanceHistoryRoleFilterPropertySchema: z.ZodType<T.AgentInstanceHistoryRoleFilterProperty> =
  checkedSchema(
    z.union([AgentInstanceHistoryRoleExactMatchSchema, AdvancedAgentInstanceHistoryRoleFilterSchema]),
  );

/** Validates {@link T.JobKeyExactMatch}. */
export const JobKeyExactMatchSchema: z.ZodType<T.JobKeyExactMatch> = JobKeySchema;

/** Validates {@link T.JobKeyFilterProperty}. */
export const JobKeyFilterPropertySchema: z.ZodType<T.JobKeyFilterProperty> = checkedSchema(
  z.union([JobKeyExactMatchSchema, AdvancedJobKeyFilterSchema]),
);

/** Validates {@link T.AgentInstanceHistoryFilter}. */
export const AgentInstanceHistoryFilterSchema: z.ZodType<T.AgentInstanceHistoryFilter> = checkedSchema(
  z.looseObject({
    historyItemKey: AgentHistoryItemKeyFilterPropertySchema.exactOptional(),
    role: AgentInstanceHistoryRoleFilterPropertySchema.exactOptional(),
    elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
    jobKey: JobKeyFilterPropertySchema.exactOptional(),
    loopIteration: IntegerFilterPropertySchema.exactOptional(),
    commitStatus: AgentInstanceHistoryCommitStatusFilterPropertySchema.exactOptional(),
    producedAt: DateTimeFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.AgentInstanceHistoryItemCreationResult}. */
export const AgentInstanceHistoryItemCreationResultSchema: z.ZodType<T.AgentInstanceHistoryItemCreationResult> =
  checkedSchema(
    z.looseObject({
      historyItemKey: AgentHistoryItemKeySchema,
    }),
  );

/** Validates {@link T.AgentInstanceHistoryItemRequest}. */
export const AgentInstanceHistoryItemRequestSchema: z.ZodType<T.AgentInstanceHistoryItemRequest> =
  checkedSchema(
    z.looseObject({
      elementInstanceKey: ElementInstanceKeySchema,
      jobKey: JobKeySchema,
      jobLease: z.string(),
      loopIteration: LoopIterationIdSchema.nullable().exactOptional(),
      role: AgentInstanceHistoryRoleEnumSchema,
      content: z.array(AgentInstanceMessageContentSchema),
      toolCalls: z.array(AgentInstanceToolCallSchema).nullable().exactOptional(),
      metrics: AgentInstanceHistoryItemMetricsSchema.nullable().exactOptional(),
      producedAt: z.string(),
    }),
  );

/** Validates {@link T.AgentInstanceHistoryItemResult}. */
export const AgentInstanceHistoryItemResultSchema: z.ZodType<T.AgentInstanceHistoryItemResult> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.AgentInstanceHistorySearchQuerySortRequest}. */
export const AgentInstanceHistorySearchQuerySortRequestSchema: z.ZodType<T.AgentInstanceHistorySearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['producedAt', 'historyItemKey', 'loopIteration']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AgentInstanceHistorySearchQuery}. */
export const AgentInstanceHistorySearchQuerySchema: z.ZodType<T.AgentInstanceHistorySearchQuery> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(AgentInstanceHistorySearchQuerySortRequestSchema).exactOptional(),
      filter: AgentInstanceHistoryFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AgentInstanceHistorySearchQueryResult}. */
export const AgentInstanceHistorySearchQueryResultSchema: z.ZodType<T.AgentInstanceHistorySearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(AgentInstanceHistoryItemResultSchema),
    }),
  );

/** Validates {@link T.AgentInstanceMessageContentTypeEnum}. */
export const AgentInstanceMessageContentTypeEnumSchema: z.ZodType<T.AgentInstanceMessageContentTypeEnum> =
  checkedSchema(z.enum(['TEXT', 'DOCUMENT', 'OBJECT']));

/** Validates {@link T.AgentInstanceMetrics}. */
export const AgentInstanceMetricsSchema: z.ZodType<T.AgentInstanceMetrics> = checkedSchema(
  z.looseObject({
    inputTokens: z.int(),
    outputTokens: z.int(),
    modelCalls: z.int(),
    toolCalls: z.int(),
  }),
);

/** Validates {@link T.AgentInstanceMetricsDelta}. */
export const AgentInstanceMetricsDeltaSchema: z.ZodType<T.AgentInstanceMetricsDelta> = checkedSchema(
  z.looseObject({
    inputTokens: z.int().min(0).exactOptional(),
    outputTokens: z.int().min(0).exactOptional(),
    modelCalls: z.int().min(0).exactOptional(),
    toolCalls: z.int().min(0).exactOptional(),
  }),
);

/** Validates {@link T.AgentInstanceResult}. */
export const AgentInstanceResultSchema: z.ZodType<T.AgentInstanceResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.AgentInstanceSearchQuerySortRequest}. */
export const AgentInstanceSearchQuerySortRequestSchema: z.ZodType<T.AgentInstanceSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.AgentInstanceSearchQuery}. */
export const AgentInstanceSearchQuerySchema: z.ZodType<T.AgentInstanceSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(AgentInstanceSearchQuerySortRequestSchema).exactOptional(),
    filter: AgentInstanceFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AgentInstanceSearchQueryResult}. */
export const AgentInstanceSearchQueryResultSchema: z.ZodType<T.AgentInstanceSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(AgentInstanceResultSchema),
    }),
  );

/** Validates {@link T.AgentInstanceUpdateStatusEnum}. */
export const AgentInstanceUpdateStatusEnumSchema: z.ZodType<T.AgentInstanceUpdateStatusEnum> = checkedSchema(
  z.enum(['IDLE', 'THINKING', 'TOOL_CALLING', 'TOOL_DISCOVERY']),
);

/** Validates {@link T.AgentInstanceUpdateRequest}. */
export const AgentInstanceUpdateRequestSchema: z.ZodType<T.AgentInstanceUpdateRequest> = checkedSchema(
  z.looseObject({
    elementInstanceKey: ElementInstanceKeySchema,
    status: AgentInstanceUpdateStatusEnumSchema.exactOptional(),
    metrics: AgentInstanceMetricsDeltaSchema.exactOptional(),
    tools: z.array(AgentToolSchema).nullable().exactOptional(),
    jobKey: JobKeySchema.nullable().exactOptional(),
    jobLease: z.string().nullable().exactOptional(),
    history: z.array(AgentInstanceHistoryItemSchema).nullable().exactOptional(),
  }),
);

/** Validates {@link T.AgentInstanceUpdateResult}. */
export const AgentInstanceUpdateResultSchema: z.ZodType<T.AgentInstanceUpdateResult> = checkedSchema(
  z.looseObject({
    createdHistory: z.array(AgentInstanceCreatedHistoryItemSchema),
  }),
);

/** Validates {@link T.DirectAncestorKeyInstruction}. */
export const DirectAncestorKeyInstructionSchema: z.ZodType<T.DirectAncestorKeyInstruction> = checkedSchema(
  z.looseObject({
    ancestorScopeType: z.literal('direct'),
    ancestorElementInstanceKey: ElementInstanceKeySchema,
  }),
);

/** Validates {@link T.InferredAncestorKeyInstruction}. */
export const InferredAncestorKeyInstructionSchema: z.ZodType<T.InferredAncestorKeyInstruction> =
  checkedSchema(
    z.looseObject({
      ancestorScopeType: z.literal('inferred'),
    }),
  );

/** Validates {@link T.UseSourceParentKeyInstruction}. */
export const UseSourceParentKeyInstructionSchema: z.ZodType<T.UseSourceParentKeyInstruction> = checkedSchema(
  z.looseObject({
    ancestorScopeType: z.literal('sourceParent'),
  }),
);

/** Validates {@link T.AncestorScopeInstruction}. */
export const AncestorScopeInstructionSchema: z.ZodType<T.AncestorScopeInstruction> = checkedSchema(
  z.union([
    DirectAncestorKeyInstructionSchema,
    InferredAncestorKeyInstructionSchema,
    UseSourceParentKeyInstructionSchema,
  ]),
);

/** Validates {@link T.AuditLogActorTypeExactMatch}. */
export const AuditLogActorTypeExactMatchSchema: z.ZodType<T.AuditLogActorTypeExactMatch> =
  AuditLogActorTypeEnumSchema;

/** Validates {@link T.AuditLogActorTypeFilterProperty}. */
export const AuditLogActorTypeFilterPropertySchema: z.ZodType<T.AuditLogActorTypeFilterProperty> =
  checkedSchema(z.union([AuditLogActorTypeExactMatchSchema, AdvancedActorTypeFilterSchema]));

/** Validates {@link T.AuditLogEntityKeyExactMatch}. */
export const AuditLogEntityKeyExactMatchSchema: z.ZodType<T.AuditLogEntityKeyExactMatch> =
  AuditLogEntityKeySchema;

/** Validates {@link T.AuditLogEntityKeyFilterProperty}. */
export const AuditLogEntityKeyFilterPropertySchema: z.ZodType<T.AuditLogEntityKeyFilterProperty> =
  checkedSchema(z.union([AuditLogEntityKeyExactMatchSchema, AdvancedAuditLogEntityKeyFilterSchema]));

/** Validates {@link T.AuditLogKeyExactMatch}. */
export const AuditLogKeyExactMatchSchema: z.ZodType<T.AuditLogKeyExactMatch> = AuditLogKeySchema;

/** Validates {@link T.AuditLogKeyFilterProperty}. */
export const AuditLogKeyFilterPropertySchema: z.ZodType<T.AuditLogKeyFilterProperty> = checkedSchema(
  z.union([AuditLogKeyExactMatchSchema, AdvancedAuditLogKeyFilterSchema]),
);

/** Validates {@link T.OperationTypeExactMatch}. */
export const OperationTypeExactMatchSchema: z.ZodType<T.OperationTypeExactMatch> =
  AuditLogOperationTypeEnumSchema;

/** Validates {@link T.OperationTypeFilterProperty}. */
export const OperationTypeFilterPropertySchema: z.ZodType<T.OperationTypeFilterProperty> = checkedSchema(
  z.union([OperationTypeExactMatchSchema, AdvancedOperationTypeFilterSchema]),
);

/** Validates {@link T.AuditLogResultExactMatch}. */
export const AuditLogResultExactMatchSchema: z.ZodType<T.AuditLogResultExactMatch> = AuditLogResultEnumSchema;

/** Validates {@link T.AuditLogResultFilterProperty}. */
export const AuditLogResultFilterPropertySchema: z.ZodType<T.AuditLogResultFilterProperty> = checkedSchema(
  z.union([AuditLogResultExactMatchSchema, AdvancedResultFilterSchema]),
);

/** Validates {@link T.EntityTypeExactMatch}. */
export const EntityTypeExactMatchSchema: z.ZodType<T.EntityTypeExactMatch> = AuditLogEntityTypeEnumSchema;

/** Validates {@link T.EntityTypeFilterProperty}. */
export const EntityTypeFilterPropertySchema: z.ZodType<T.EntityTypeFilterProperty> = checkedSchema(
  z.union([EntityTypeExactMatchSchema, AdvancedEntityTypeFilterSchema]),
);

/** Validates {@link T.CategoryExactMatch}. */
export const CategoryExactMatchSchema: z.ZodType<T.CategoryExactMatch> = AuditLogCategoryEnumSchema;

/** Validates {@link T.CategoryFilterProperty}. */
export const CategoryFilterPropertySchema: z.ZodType<T.CategoryFilterProperty> = checkedSchema(
  z.union([CategoryExactMatchSchema, AdvancedCategoryFilterSchema]),
);

/** Validates {@link T.DeploymentKeyExactMatch}. */
export const DeploymentKeyExactMatchSchema: z.ZodType<T.DeploymentKeyExactMatch> = DeploymentKeySchema;

/** Validates {@link T.DeploymentKeyFilterProperty}. */
export const DeploymentKeyFilterPropertySchema: z.ZodType<T.DeploymentKeyFilterProperty> = checkedSchema(
  z.union([DeploymentKeyExactMatchSchema, AdvancedDeploymentKeyFilterSchema]),
);

/** Validates {@link T.FormKeyExactMatch}. */
export const FormKeyExactMatchSchema: z.ZodType<T.FormKeyExactMatch> = FormKeySchema;

/** Validates {@link T.FormKeyFilterProperty}. */
export const FormKeyFilterPropertySchema: z.ZodType<T.FormKeyFilterProperty> = checkedSchema(
  z.union([FormKeyExactMatchSchema, AdvancedFormKeyFilterSchema]),
);

/** Validates {@link T.ResourceKeyExactMatch}. */
export const ResourceKeyExactMatchSchema: z.ZodType<T.ResourceKeyExactMatch> = ResourceKeySchema;

/** Validates {@link T.ResourceKeyFilterProperty}. */
export const ResourceKeyFilterPropertySchema: z.ZodType<T.ResourceKeyFilterProperty> = checkedSchema(
  z.union([ResourceKeyExactMatchSchema, AdvancedResourceKeyFilterSchema]),
);

/** Validates {@link T.BatchOperationTypeExactMatch}. */
export const BatchOperationTypeExactMatchSchema: z.ZodType<T.BatchOperationTypeExactMatch> =
  BatchOperationTypeEnumSchema;

/** Validates {@link T.BatchOperationTypeFilterProperty}. */
export const BatchOperationTypeFilterPropertySchema: z.ZodType<T.BatchOperationTypeFilterProperty> =
  checkedSchema(z.union([BatchOperationTypeExactMatchSchema, AdvancedBatchOperationTypeFilterSchema]));

/** Validates {@link T.BasicStringFilter}. */
export const BasicStringFilterSchema: z.ZodType<T.BasicStringFilter> = checkedSchema(
  z.looseObject({
    $eq: z.string().exactOptional(),
    $neq: z.string().exactOptional(),
    $exists: z.boolean().exactOptional(),
    $in: z.array(z.string()).exactOptional(),
    $notIn: z.array(z.string()).exactOptional(),
  }),
);

/** Validates {@link T.BasicStringFilterProperty}. */
export const BasicStringFilterPropertySchema: z.ZodType<T.BasicStringFilterProperty> = checkedSchema(
  z.union([z.string(), BasicStringFilterSchema]),
);

/** Validates {@link T.DecisionRequirementsKeyExactMatch}. */
export const DecisionRequirementsKeyExactMatchSchema: z.ZodType<T.DecisionRequirementsKeyExactMatch> =
  DecisionRequirementsKeySchema;

/** Validates {@link T.DecisionRequirementsKeyFilterProperty}. */
export const DecisionRequirementsKeyFilterPropertySchema: z.ZodType<T.DecisionRequirementsKeyFilterProperty> =
  checkedSchema(
    z.union([DecisionRequirementsKeyExactMatchSchema, AdvancedDecisionRequirementsKeyFilterSchema]),
  );

/** Validates {@link T.DecisionDefinitionKeyExactMatch}. */
export const DecisionDefinitionKeyExactMatchSchema: z.ZodType<T.DecisionDefinitionKeyExactMatch> =
  DecisionDefinitionKeySchema;

/** Validates {@link T.DecisionDefinitionKeyFilterProperty}. */
export const DecisionDefinitionKeyFilterPropertySchema: z.ZodType<T.DecisionDefinitionKeyFilterProperty> =
  checkedSchema(z.union([DecisionDefinitionKeyExactMatchSchema, AdvancedDecisionDefinitionKeyFilterSchema]));

/** Validates {@link T.DecisionEvaluationKeyExactMatch}. */
export const DecisionEvaluationKeyExactMatchSchema: z.ZodType<T.DecisionEvaluationKeyExactMatch> =
  DecisionEvaluationKeySchema;

/** Validates {@link T.DecisionEvaluationKeyFilterProperty}. */
export const DecisionEvaluationKeyFilterPropertySchema: z.ZodType<T.DecisionEvaluationKeyFilterProperty> =
  checkedSchema(z.union([DecisionEvaluationKeyExactMatchSchema, AdvancedDecisionEvaluationKeyFilterSchema]));

/** Validates {@link T.AuditLogFilter}. */
export const AuditLogFilterSchema: z.ZodType<T.AuditLogFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.BatchOperationKey}. */
export const BatchOperationKeySchema: z.ZodType<T.BatchOperationKey> = semanticKeySchema(
  keys.BatchOperationKey,
);

/** Validates {@link T.DecisionDefinitionId}. */
export const DecisionDefinitionIdSchema: z.ZodType<T.DecisionDefinitionId> = semanticKeySchema(
  keys.DecisionDefinitionId,
);

/** Validates {@link T.AuditLogResult}. */
export const AuditLogResultSchema: z.ZodType<T.AuditLogResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.AuditLogSearchQuerySortRequest}. */
export const AuditLogSearchQuerySortRequestSchema: z.ZodType<T.AuditLogSearchQuerySortRequest> =
  checkedSchema(
    z.strictObject({
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
    }),
  );

/** Validates {@link T.AuditLogSearchQueryRequest}. */
export const AuditLogSearchQueryRequestSchema: z.ZodType<T.AuditLogSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(AuditLogSearchQuerySortRequestSchema).exactOptional(),
    filter: AuditLogFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AuditLogSearchQueryResult}. */
export const AuditLogSearchQueryResultSchema: z.ZodType<T.AuditLogSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(AuditLogResultSchema),
  }),
);

/** Validates {@link T.AuthenticationConfigurationResponse}. */
export const AuthenticationConfigurationResponseSchema: z.ZodType<T.AuthenticationConfigurationResponse> =
  checkedSchema(
    z.looseObject({
      canLogout: z.boolean(),
      isLoginDelegated: z.boolean(),
    }),
  );

/** Validates {@link T.AuthorizationKey}. */
export const AuthorizationKeySchema: z.ZodType<T.AuthorizationKey> = semanticKeySchema(keys.AuthorizationKey);

/** Validates {@link T.AuthorizationCreateResult}. */
export const AuthorizationCreateResultSchema: z.ZodType<T.AuthorizationCreateResult> = checkedSchema(
  z.looseObject({
    authorizationKey: AuthorizationKeySchema,
  }),
);

/** Validates {@link T.OwnerTypeEnum}. */
export const OwnerTypeEnumSchema: z.ZodType<T.OwnerTypeEnum> = checkedSchema(
  z.enum(['USER', 'CLIENT', 'ROLE', 'GROUP', 'MAPPING_RULE', 'UNSPECIFIED']),
);

/** Validates {@link T.ResourceTypeEnum}. */
export const ResourceTypeEnumSchema: z.ZodType<T.ResourceTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AuthorizationFilter}. */
export const AuthorizationFilterSchema: z.ZodType<T.AuthorizationFilter> = checkedSchema(
  z.looseObject({
    ownerId: z.string().exactOptional(),
    ownerType: OwnerTypeEnumSchema.exactOptional(),
    resourceIds: z.array(z.string()).exactOptional(),
    resourcePropertyNames: z.array(z.string()).exactOptional(),
    resourceType: ResourceTypeEnumSchema.exactOptional(),
  }),
);

/** Validates {@link T.PermissionTypeEnum}. */
export const PermissionTypeEnumSchema: z.ZodType<T.PermissionTypeEnum> = checkedSchema(
  z.enum([
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
  ]),
);

/** Validates {@link T.AuthorizationIdBasedRequest}. */
export const AuthorizationIdBasedRequestSchema: z.ZodType<T.AuthorizationIdBasedRequest> = checkedSchema(
  z.strictObject({
    ownerId: z.string(),
    ownerType: OwnerTypeEnumSchema,
    resourceId: z.string(),
    resourceType: ResourceTypeEnumSchema,
    permissionTypes: z.array(PermissionTypeEnumSchema),
  }),
);

/** Validates {@link T.AuthorizationPropertyBasedRequest}. */
export const AuthorizationPropertyBasedRequestSchema: z.ZodType<T.AuthorizationPropertyBasedRequest> =
  checkedSchema(
    z.strictObject({
      ownerId: z.string(),
      ownerType: OwnerTypeEnumSchema,
      resourcePropertyName: z.string(),
      resourceType: ResourceTypeEnumSchema,
      permissionTypes: z.array(PermissionTypeEnumSchema),
    }),
  );

/** Validates {@link T.AuthorizationRequest}. */
export const AuthorizationRequestSchema: z.ZodType<T.AuthorizationRequest> = checkedSchema(
  z.union([AuthorizationIdBasedRequestSchema, AuthorizationPropertyBasedRequestSchema]),
);

/** Validates {@link T.AuthorizationResult}. */
export const AuthorizationResultSchema: z.ZodType<T.AuthorizationResult> = checkedSchema(
  z.looseObject({
    ownerId: z.string(),
    ownerType: OwnerTypeEnumSchema,
    resourceType: ResourceTypeEnumSchema,
    resourceId: z.string().nullable(),
    resourcePropertyName: z.string().nullable(),
    permissionTypes: z.array(PermissionTypeEnumSchema),
    authorizationKey: AuthorizationKeySchema,
  }),
);

/** Validates {@link T.AuthorizationSearchQuerySortRequest}. */
export const AuthorizationSearchQuerySortRequestSchema: z.ZodType<T.AuthorizationSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['ownerId', 'ownerType', 'resourceId', 'resourcePropertyName', 'resourceType']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.AuthorizationSearchQuery}. */
export const AuthorizationSearchQuerySchema: z.ZodType<T.AuthorizationSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(AuthorizationSearchQuerySortRequestSchema).exactOptional(),
    filter: AuthorizationFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.AuthorizationSearchResult}. */
export const AuthorizationSearchResultSchema: z.ZodType<T.AuthorizationSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(AuthorizationResultSchema),
  }),
);

/** Validates {@link T.BackupId}. */
export const BackupIdSchema: z.ZodType<T.BackupId> = checkedSchema(z.int().min(1));

/** Validates {@link T.BackupIdPrefix}. */
export const BackupIdPrefixSchema: z.ZodType<T.BackupIdPrefix> = checkedSchema(z.string().regex(/^\d*\*$/u));

/** Validates {@link T.StateCode}. */
export const StateCodeSchema: z.ZodType<T.StateCode> = checkedSchema(
  z.enum(['DOES_NOT_EXIST', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'INCOMPLETE', 'DELETED']),
);

/** Validates {@link T.PartitionId}. */
export const PartitionIdSchema: z.ZodType<T.PartitionId> = checkedSchema(z.int().min(1));

/** Validates {@link T.PartitionBackupInfo}. */
export const PartitionBackupInfoSchema: z.ZodType<T.PartitionBackupInfo> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.BackupInfo}. */
export const BackupInfoSchema: z.ZodType<T.BackupInfo> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
    state: StateCodeSchema,
    failureReason: z.string().nullable(),
    details: z.array(PartitionBackupInfoSchema),
  }),
);

/** Validates {@link T.BackupType}. */
export const BackupTypeSchema: z.ZodType<T.BackupType> = checkedSchema(
  z.enum(['MANUAL_BACKUP', 'SCHEDULED_BACKUP']),
);

/** Validates {@link T.ProcessInstanceStateExactMatch}. */
export const ProcessInstanceStateExactMatchSchema: z.ZodType<T.ProcessInstanceStateExactMatch> =
  ProcessInstanceStateEnumSchema;

/** Validates {@link T.ProcessInstanceStateFilterProperty}. */
export const ProcessInstanceStateFilterPropertySchema: z.ZodType<T.ProcessInstanceStateFilterProperty> =
  checkedSchema(z.union([ProcessInstanceStateExactMatchSchema, AdvancedProcessInstanceStateFilterSchema]));

/** Validates {@link T.VariableValueFilterProperty}. */
export const VariableValueFilterPropertySchema: z.ZodType<T.VariableValueFilterProperty> = checkedSchema(
  z.looseObject({
    name: z.string(),
    value: StringFilterPropertySchema,
  }),
);

/** Validates {@link T.ElementInstanceStateExactMatch}. */
export const ElementInstanceStateExactMatchSchema: z.ZodType<T.ElementInstanceStateExactMatch> =
  ElementInstanceStateEnumSchema;

/** Validates {@link T.ElementInstanceStateFilterProperty}. */
export const ElementInstanceStateFilterPropertySchema: z.ZodType<T.ElementInstanceStateFilterProperty> =
  checkedSchema(z.union([ElementInstanceStateExactMatchSchema, AdvancedElementInstanceStateFilterSchema]));

/** Validates {@link T.BaseProcessInstanceFilterFields}. */
export const BaseProcessInstanceFilterFieldsSchema: z.ZodType<T.BaseProcessInstanceFilterFields> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.BaseWaitStateDetails}. */
export const BaseWaitStateDetailsSchema: z.ZodType<T.BaseWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.string(),
  }),
);

/** Validates {@link T.BatchOperationCreatedResult}. */
export const BatchOperationCreatedResultSchema: z.ZodType<T.BatchOperationCreatedResult> = checkedSchema(
  z.looseObject({
    batchOperationKey: BatchOperationKeySchema,
    batchOperationType: BatchOperationTypeEnumSchema,
  }),
);

/** Validates {@link T.BatchOperationError}. */
export const BatchOperationErrorSchema: z.ZodType<T.BatchOperationError> = checkedSchema(
  z.looseObject({
    partitionId: z.int(),
    type: z.enum(['QUERY_FAILED', 'RESULT_BUFFER_SIZE_EXCEEDED']),
    message: z.string(),
  }),
);

/** Validates {@link T.BatchOperationStateExactMatch}. */
export const BatchOperationStateExactMatchSchema: z.ZodType<T.BatchOperationStateExactMatch> =
  BatchOperationStateEnumSchema;

/** Validates {@link T.BatchOperationStateFilterProperty}. */
export const BatchOperationStateFilterPropertySchema: z.ZodType<T.BatchOperationStateFilterProperty> =
  checkedSchema(z.union([BatchOperationStateExactMatchSchema, AdvancedBatchOperationStateFilterSchema]));

/** Validates {@link T.BatchOperationFilter}. */
export const BatchOperationFilterSchema: z.ZodType<T.BatchOperationFilter> = checkedSchema(
  z.looseObject({
    batchOperationKey: BasicStringFilterPropertySchema.exactOptional(),
    operationType: BatchOperationTypeFilterPropertySchema.exactOptional(),
    state: BatchOperationStateFilterPropertySchema.exactOptional(),
    actorType: AuditLogActorTypeEnumSchema.exactOptional(),
    actorId: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.BatchOperationItemStateExactMatch}. */
export const BatchOperationItemStateExactMatchSchema: z.ZodType<T.BatchOperationItemStateExactMatch> =
  BatchOperationItemStateEnumSchema;

/** Validates {@link T.BatchOperationItemStateFilterProperty}. */
export const BatchOperationItemStateFilterPropertySchema: z.ZodType<T.BatchOperationItemStateFilterProperty> =
  checkedSchema(
    z.union([BatchOperationItemStateExactMatchSchema, AdvancedBatchOperationItemStateFilterSchema]),
  );

/** Validates {@link T.BatchOperationItemFilter}. */
export const BatchOperationItemFilterSchema: z.ZodType<T.BatchOperationItemFilter> = checkedSchema(
  z.looseObject({
    batchOperationKey: BasicStringFilterPropertySchema.exactOptional(),
    itemKey: BasicStringFilterPropertySchema.exactOptional(),
    processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
    state: BatchOperationItemStateFilterPropertySchema.exactOptional(),
    operationType: BatchOperationTypeFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.BatchOperationItemResponse}. */
export const BatchOperationItemResponseSchema: z.ZodType<T.BatchOperationItemResponse> = checkedSchema(
  z.looseObject({
    operationType: BatchOperationTypeEnumSchema,
    batchOperationKey: BatchOperationKeySchema,
    itemKey: z.string(),
    processInstanceKey: ProcessInstanceKeySchema.nullable(),
    rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
    state: z.enum(['ACTIVE', 'COMPLETED', 'SKIPPED', 'CANCELED', 'FAILED']),
    processedDate: z.string().nullable(),
    errorMessage: z.string().nullable(),
  }),
);

/** Validates {@link T.BatchOperationItemSearchQuerySortRequest}. */
export const BatchOperationItemSearchQuerySortRequestSchema: z.ZodType<T.BatchOperationItemSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['batchOperationKey', 'itemKey', 'processInstanceKey', 'processedDate', 'state']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.BatchOperationItemSearchQuery}. */
export const BatchOperationItemSearchQuerySchema: z.ZodType<T.BatchOperationItemSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(BatchOperationItemSearchQuerySortRequestSchema).exactOptional(),
    filter: BatchOperationItemFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.BatchOperationItemSearchQueryResult}. */
export const BatchOperationItemSearchQueryResultSchema: z.ZodType<T.BatchOperationItemSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(BatchOperationItemResponseSchema),
    }),
  );

/** Validates {@link T.BatchOperationResponse}. */
export const BatchOperationResponseSchema: z.ZodType<T.BatchOperationResponse> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.BatchOperationSearchQuerySortRequest}. */
export const BatchOperationSearchQuerySortRequestSchema: z.ZodType<T.BatchOperationSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.BatchOperationSearchQuery}. */
export const BatchOperationSearchQuerySchema: z.ZodType<T.BatchOperationSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(BatchOperationSearchQuerySortRequestSchema).exactOptional(),
    filter: BatchOperationFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.BatchOperationSearchQueryResult}. */
export const BatchOperationSearchQueryResultSchema: z.ZodType<T.BatchOperationSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(BatchOperationResponseSchema),
    }),
  );

/** Validates {@link T.Partition}. */
export const PartitionSchema: z.ZodType<T.Partition> = checkedSchema(
  z.looseObject({
    partitionId: z.int(),
    role: z.enum(['leader', 'follower', 'inactive']),
    health: z.enum(['healthy', 'unhealthy', 'dead']),
    state: z.enum(['unknown', 'joining', 'active', 'leaving', 'recovering']),
  }),
);

/** Validates {@link T.BrokerInfo}. */
export const BrokerInfoSchema: z.ZodType<T.BrokerInfo> = checkedSchema(
  z.looseObject({
    nodeId: z.int(),
    brokerId: z.string(),
    host: z.string(),
    port: z.int(),
    partitions: z.array(PartitionSchema),
    version: z.string(),
  }),
);

/** Validates {@link T.Username}. */
export const UsernameSchema: z.ZodType<T.Username> = semanticKeySchema(keys.Username);

/** Validates {@link T.TenantResult}. */
export const TenantResultSchema: z.ZodType<T.TenantResult> = checkedSchema(
  z.looseObject({
    name: z.string(),
    tenantId: TenantIdSchema,
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.CamundaUserResult}. */
export const CamundaUserResultSchema: z.ZodType<T.CamundaUserResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.OperationReference}. */
export const OperationReferenceSchema: z.ZodType<T.OperationReference> = checkedSchema(z.int().min(1));

/** Validates {@link T.CancelProcessInstanceRequest}. */
export const CancelProcessInstanceRequestSchema: z.ZodType<T.CancelProcessInstanceRequest | null> =
  checkedSchema(
    z.nullable(
      z.strictObject({
        operationReference: OperationReferenceSchema.exactOptional(),
      }),
    ),
  );

/** Validates {@link T.Changeset}. */
export const ChangesetSchema: z.ZodType<T.Changeset | null> = checkedSchema(
  z.nullable(
    z.looseObject({
      dueDate: z.string().nullable().exactOptional(),
      followUpDate: z.string().nullable().exactOptional(),
      candidateUsers: z.array(z.string()).nullable().exactOptional(),
      candidateGroups: z.array(z.string()).nullable().exactOptional(),
      priority: z.int().min(0).max(100).nullable().exactOptional(),
    }),
  ),
);

/** Validates {@link T.CheckpointId}. */
export const CheckpointIdSchema: z.ZodType<T.CheckpointId> = checkedSchema(z.int().min(0));

/** Validates {@link T.CheckpointType}. */
export const CheckpointTypeSchema: z.ZodType<T.CheckpointType> = checkedSchema(
  z.enum(['MARKER', 'SCHEDULED_BACKUP', 'MANUAL_BACKUP']),
);

/** Validates {@link T.ClientId}. */
export const ClientIdSchema: z.ZodType<T.ClientId> = semanticKeySchema(keys.ClientId);

/** Validates {@link T.ClockPinRequest}. */
export const ClockPinRequestSchema: z.ZodType<T.ClockPinRequest> = checkedSchema(
  z.strictObject({
    timestamp: z.int(),
  }),
);

/** Validates {@link T.CloudStage}. */
export const CloudStageSchema: z.ZodType<T.CloudStage> = checkedSchema(z.enum(['dev', 'int', 'prod']));

/** Validates {@link T.CloudConfigurationResponse}. */
export const CloudConfigurationResponseSchema: z.ZodType<T.CloudConfigurationResponse> = checkedSchema(
  z.looseObject({
    stage: CloudStageSchema.nullable(),
  }),
);

/** Validates {@link T.ClusterBrokerInfo}. */
export const ClusterBrokerInfoSchema: z.ZodType<T.ClusterBrokerInfo> = checkedSchema(
  z.looseObject({
    brokerId: z.string(),
    host: z.string(),
    port: z.int(),
    version: z.string(),
  }),
);

/** Validates {@link T.ClusterHistoryBackupTenantState}. */
export const ClusterHistoryBackupTenantStateSchema: z.ZodType<T.ClusterHistoryBackupTenantState> =
  checkedSchema(z.enum(['IN_PROGRESS', 'COMPLETED', 'FAILED', 'INCOMPLETE', 'INCOMPATIBLE', 'NOT_FOUND']));

/** Validates {@link T.HistoryBackupSnapshotInfo}. */
export const HistoryBackupSnapshotInfoSchema: z.ZodType<T.HistoryBackupSnapshotInfo> = checkedSchema(
  z.looseObject({
    snapshotName: z.string(),
    state: z.string().nullable(),
    startTime: z.string().nullable(),
    failures: z.array(z.string()),
  }),
);

/** Validates {@link T.ClusterHistoryBackupTenantInfo}. */
export const ClusterHistoryBackupTenantInfoSchema: z.ZodType<T.ClusterHistoryBackupTenantInfo> =
  checkedSchema(
    z.looseObject({
      physicalTenantId: z.string(),
      state: ClusterHistoryBackupTenantStateSchema,
      failureReason: z.string().nullable(),
      details: z.array(HistoryBackupSnapshotInfoSchema),
    }),
  );

/** Validates {@link T.ClusterHistoryBackupInfo}. */
export const ClusterHistoryBackupInfoSchema: z.ZodType<T.ClusterHistoryBackupInfo> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
    physicalTenants: z.array(ClusterHistoryBackupTenantInfoSchema),
  }),
);

/** Validates {@link T.ClusterHistoryBackupTakeResult}. */
export const ClusterHistoryBackupTakeResultSchema: z.ZodType<T.ClusterHistoryBackupTakeResult> =
  checkedSchema(
    z.looseObject({
      physicalTenantId: z.string(),
      scheduledSnapshots: z.array(z.string()),
    }),
  );

/** Validates {@link T.ClusterModeChangeOperation}. */
export const ClusterModeChangeOperationSchema: z.ZodType<T.ClusterModeChangeOperation> = checkedSchema(
  z.looseObject({
    operation: z.string(),
    mode: z.string().nullable(),
  }),
);

/** Validates {@link T.ClusterModeChangePlannedChange}. */
export const ClusterModeChangePlannedChangeSchema: z.ZodType<T.ClusterModeChangePlannedChange> =
  checkedSchema(
    z.looseObject({
      physicalTenantId: z.string().nullable(),
      operations: z.array(ClusterModeChangeOperationSchema),
    }),
  );

/** Validates {@link T.ClusterModeChangeResponse}. */
export const ClusterModeChangeResponseSchema: z.ZodType<T.ClusterModeChangeResponse> = checkedSchema(
  z.looseObject({
    changeId: z.string(),
    plannedChanges: z.array(ClusterModeChangePlannedChangeSchema),
  }),
);

/** Validates {@link T.ClusterRestoreAwaitModeChangeOperation}. */
export const ClusterRestoreAwaitModeChangeOperationSchema: z.ZodType<T.ClusterRestoreAwaitModeChangeOperation> =
  checkedSchema(
    z.looseObject({
      operation: z.literal('AwaitModeChangeOperation'),
      brokerId: z.string(),
      mode: z.string(),
    }),
  );

/** Validates {@link T.ClusterRestoreBrokerOperation}. */
export const ClusterRestoreBrokerOperationSchema: z.ZodType<T.ClusterRestoreBrokerOperation> = checkedSchema(
  z.looseObject({
    operation: z.literal('UpdateIncarnationNumberOperation'),
    brokerId: z.string(),
  }),
);

/** Validates {@link T.ClusterRestoreModeChangeOperation}. */
export const ClusterRestoreModeChangeOperationSchema: z.ZodType<T.ClusterRestoreModeChangeOperation> =
  checkedSchema(
    z.looseObject({
      operation: z.literal('ModeChangeOperation'),
      brokerId: z.string(),
      mode: z.string(),
    }),
  );

/** Validates {@link T.ClusterRestorePartitionOperation}. */
export const ClusterRestorePartitionOperationSchema: z.ZodType<T.ClusterRestorePartitionOperation> =
  checkedSchema(
    z.looseObject({
      operation: z.literal('PartitionPreRestoreOperation'),
      brokerId: z.string(),
      partitionId: z.int(),
    }),
  );

/** Validates {@link T.ClusterRestorePartitionRestoreOperation}. */
export const ClusterRestorePartitionRestoreOperationSchema: z.ZodType<T.ClusterRestorePartitionRestoreOperation> =
  checkedSchema(
    z.looseObject({
      operation: z.literal('PartitionRestoreOperation'),
      brokerId: z.string(),
      partitionId: z.int(),
      backupIds: z.array(z.int()),
    }),
  );

/** Validates {@link T.ClusterRestoreOperation}. */
export const ClusterRestoreOperationSchema: z.ZodType<T.ClusterRestoreOperation> = checkedSchema(
  z.union([
    ClusterRestoreBrokerOperationSchema,
    ClusterRestorePartitionOperationSchema,
    ClusterRestorePartitionRestoreOperationSchema,
    ClusterRestoreModeChangeOperationSchema,
    ClusterRestoreAwaitModeChangeOperationSchema,
  ]),
);

/** Validates {@link T.ClusterRestorePlannedChange}. */
export const ClusterRestorePlannedChangeSchema: z.ZodType<T.ClusterRestorePlannedChange> = checkedSchema(
  z.looseObject({
    physicalTenantId: z.string().nullable(),
    operations: z.array(ClusterRestoreOperationSchema),
  }),
);

/** Validates {@link T.RestoreRequest}. */
export const RestoreRequestSchema: z.ZodType<T.RestoreRequest> = checkedSchema(
  z.looseObject({
    from: z.string().nullable().exactOptional(),
    to: z.string().nullable().exactOptional(),
    backupIds: z.array(z.int()).nullable().exactOptional(),
  }),
);

/** Validates {@link T.ClusterRestoreRequest}. */
export const ClusterRestoreRequestSchema: z.ZodType<T.ClusterRestoreRequest> = checkedSchema(
  z.looseObject({
    from: z.string().nullable().exactOptional(),
    to: z.string().nullable().exactOptional(),
    backupIds: z.array(z.int()).nullable().exactOptional(),
    overrides: z.record(z.string(), RestoreRequestSchema).nullable().exactOptional(),
  }),
);

/** Validates {@link T.ClusterRestoreResponse}. */
export const ClusterRestoreResponseSchema: z.ZodType<T.ClusterRestoreResponse> = checkedSchema(
  z.looseObject({
    changeId: z.string(),
    plannedChanges: z.array(ClusterRestorePlannedChangeSchema),
  }),
);

/** Validates {@link T.ClusterRuntimeBackupTenantInfo}. */
export const ClusterRuntimeBackupTenantInfoSchema: z.ZodType<T.ClusterRuntimeBackupTenantInfo> =
  checkedSchema(
    z.looseObject({
      physicalTenantId: z.string(),
      state: StateCodeSchema,
      failureReason: z.string().nullable(),
      details: z.array(PartitionBackupInfoSchema),
    }),
  );

/** Validates {@link T.ClusterRuntimeBackupInfo}. */
export const ClusterRuntimeBackupInfoSchema: z.ZodType<T.ClusterRuntimeBackupInfo> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
    state: StateCodeSchema,
    failureReason: z.string().nullable(),
    physicalTenants: z.array(ClusterRuntimeBackupTenantInfoSchema),
  }),
);

/** Validates {@link T.PartitionCheckpointState}. */
export const PartitionCheckpointStateSchema: z.ZodType<T.PartitionCheckpointState> = checkedSchema(
  z.looseObject({
    checkpointId: CheckpointIdSchema,
    checkpointType: CheckpointTypeSchema,
    partitionId: PartitionIdSchema,
    checkpointPosition: z.int(),
    checkpointTimestamp: z.string(),
  }),
);

/** Validates {@link T.PartitionBackupState}. */
export const PartitionBackupStateSchema: z.ZodType<T.PartitionBackupState> = checkedSchema(
  z.looseObject({
    checkpointId: CheckpointIdSchema,
    checkpointType: BackupTypeSchema,
    partitionId: PartitionIdSchema.nullable(),
    checkpointPosition: z.int(),
    firstLogPosition: z.int(),
    checkpointTimestamp: z.string(),
  }),
);

/** Validates {@link T.PartitionBackupRange}. */
export const PartitionBackupRangeSchema: z.ZodType<T.PartitionBackupRange> = checkedSchema(
  z.looseObject({
    partitionId: PartitionIdSchema,
    start: PartitionBackupStateSchema.nullable(),
    end: PartitionBackupStateSchema.nullable(),
  }),
);

/** Validates {@link T.RuntimeBackupState}. */
export const RuntimeBackupStateSchema: z.ZodType<T.RuntimeBackupState> = checkedSchema(
  z.looseObject({
    checkpointStates: z.array(PartitionCheckpointStateSchema),
    backupStates: z.array(PartitionBackupStateSchema),
    ranges: z.array(PartitionBackupRangeSchema),
  }),
);

/** Validates {@link T.ClusterRuntimeBackupTenantState}. */
export const ClusterRuntimeBackupTenantStateSchema: z.ZodType<T.ClusterRuntimeBackupTenantState> =
  checkedSchema(
    z.looseObject({
      physicalTenantId: z.string(),
      state: RuntimeBackupStateSchema,
    }),
  );

/** Validates {@link T.ClusterRuntimeBackupState}. */
export const ClusterRuntimeBackupStateSchema: z.ZodType<T.ClusterRuntimeBackupState> = checkedSchema(
  z.looseObject({
    physicalTenants: z.array(ClusterRuntimeBackupTenantStateSchema),
  }),
);

/** Validates {@link T.ClusterRuntimeBackupTakeOutcome}. */
export const ClusterRuntimeBackupTakeOutcomeSchema: z.ZodType<T.ClusterRuntimeBackupTakeOutcome> =
  checkedSchema(z.enum(['TRIGGERED', 'FAILED', 'UNKNOWN']));

/** Validates {@link T.ClusterRuntimeBackupTakeResult}. */
export const ClusterRuntimeBackupTakeResultSchema: z.ZodType<T.ClusterRuntimeBackupTakeResult> =
  checkedSchema(
    z.looseObject({
      physicalTenantId: z.string(),
      backupId: BackupIdSchema.nullable(),
      outcome: ClusterRuntimeBackupTakeOutcomeSchema,
      reason: z.string().nullable(),
    }),
  );

/** Validates {@link T.ClusterStatusResponse}. */
export const ClusterStatusResponseSchema: z.ZodType<T.ClusterStatusResponse> = checkedSchema(
  z.looseObject({
    status: z.enum(['HEALTHY', 'DEGRADED', 'DOWN']),
  }),
);

/** Validates {@link T.ClusterTakeHistoryBackupResponse}. */
export const ClusterTakeHistoryBackupResponseSchema: z.ZodType<T.ClusterTakeHistoryBackupResponse> =
  checkedSchema(
    z.looseObject({
      backupId: BackupIdSchema,
      physicalTenants: z.array(ClusterHistoryBackupTakeResultSchema),
    }),
  );

/** Validates {@link T.ClusterTakeRuntimeBackupResponse}. */
export const ClusterTakeRuntimeBackupResponseSchema: z.ZodType<T.ClusterTakeRuntimeBackupResponse> =
  checkedSchema(
    z.looseObject({
      physicalTenants: z.array(ClusterRuntimeBackupTakeResultSchema),
    }),
  );

/** Validates {@link T.PhysicalTenantBrokerTopology}. */
export const PhysicalTenantBrokerTopologySchema: z.ZodType<T.PhysicalTenantBrokerTopology> = checkedSchema(
  z.looseObject({
    brokerId: z.string(),
    partitions: z.array(PartitionSchema),
  }),
);

/** Validates {@link T.PhysicalTenantTopology}. */
export const PhysicalTenantTopologySchema: z.ZodType<T.PhysicalTenantTopology> = checkedSchema(
  z.looseObject({
    physicalTenantId: z.string(),
    partitionsCount: z.int(),
    replicationFactor: z.int(),
    lastCompletedChangeId: z.string(),
    brokers: z.array(PhysicalTenantBrokerTopologySchema),
  }),
);

/** Validates {@link T.ClusterTopologyResponse}. */
export const ClusterTopologyResponseSchema: z.ZodType<T.ClusterTopologyResponse> = checkedSchema(
  z.looseObject({
    brokers: z.array(ClusterBrokerInfoSchema),
    clusterId: z.string().nullable(),
    clusterSize: z.int(),
    gatewayVersion: z.string().nullable(),
    physicalTenants: z.array(PhysicalTenantTopologySchema),
  }),
);

/** Validates {@link T.ClusterVariableKindExactMatch}. */
export const ClusterVariableKindExactMatchSchema: z.ZodType<T.ClusterVariableKindExactMatch> =
  ClusterVariableKindEnumSchema;

/** Validates {@link T.ClusterVariableKindFilterProperty}. */
export const ClusterVariableKindFilterPropertySchema: z.ZodType<T.ClusterVariableKindFilterProperty> =
  checkedSchema(z.union([ClusterVariableKindExactMatchSchema, AdvancedClusterVariableKindFilterSchema]));

/** Validates {@link T.ClusterVariableName}. */
export const ClusterVariableNameSchema: z.ZodType<T.ClusterVariableName> = semanticKeySchema(
  keys.ClusterVariableName,
);

/** Validates {@link T.ClusterVariableResult}. */
export const ClusterVariableResultSchema: z.ZodType<T.ClusterVariableResult> = checkedSchema(
  z.looseObject({
    name: ClusterVariableNameSchema,
    scope: ClusterVariableScopeEnumSchema,
    tenantId: z.string().nullable(),
    metadata: z.record(z.string(), z.union([z.string(), z.number()])),
    kind: ClusterVariableKindEnumSchema,
    value: z.string(),
  }),
);

/** Validates {@link T.ClusterVariableResultBase}. */
export const ClusterVariableResultBaseSchema: z.ZodType<T.ClusterVariableResultBase> = checkedSchema(
  z.looseObject({
    name: ClusterVariableNameSchema,
    scope: ClusterVariableScopeEnumSchema,
    tenantId: z.string().nullable(),
    metadata: z.record(z.string(), z.union([z.string(), z.number()])),
    kind: ClusterVariableKindEnumSchema,
  }),
);

/** Validates {@link T.ClusterVariableScopeExactMatch}. */
export const ClusterVariableScopeExactMatchSchema: z.ZodType<T.ClusterVariableScopeExactMatch> =
  ClusterVariableScopeEnumSchema;

/** Validates {@link T.ClusterVariableScopeFilterProperty}. */
export const ClusterVariableScopeFilterPropertySchema: z.ZodType<T.ClusterVariableScopeFilterProperty> =
  checkedSchema(z.union([ClusterVariableScopeExactMatchSchema, AdvancedClusterVariableScopeFilterSchema]));

/** Validates {@link T.ClusterVariableSearchQueryFilterRequest}. */
export const ClusterVariableSearchQueryFilterRequestSchema: z.ZodType<T.ClusterVariableSearchQueryFilterRequest> =
  checkedSchema(
    z.looseObject({
      name: StringFilterPropertySchema.exactOptional(),
      value: StringFilterPropertySchema.exactOptional(),
      scope: ClusterVariableScopeFilterPropertySchema.exactOptional(),
      tenantId: StringFilterPropertySchema.exactOptional(),
      isTruncated: z.boolean().exactOptional(),
      metadata: z.record(z.string(), AdvancedMetadataValueFilterSchema).exactOptional(),
      kind: ClusterVariableKindFilterPropertySchema.exactOptional(),
    }),
  );

/** Validates {@link T.ClusterVariableSearchQuerySortRequest}. */
export const ClusterVariableSearchQuerySortRequestSchema: z.ZodType<T.ClusterVariableSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['name', 'value', 'tenantId', 'scope']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ClusterVariableSearchQueryRequest}. */
export const ClusterVariableSearchQueryRequestSchema: z.ZodType<T.ClusterVariableSearchQueryRequest> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(ClusterVariableSearchQuerySortRequestSchema).exactOptional(),
      filter: ClusterVariableSearchQueryFilterRequestSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ClusterVariableSearchResult}. */
export const ClusterVariableSearchResultSchema: z.ZodType<T.ClusterVariableSearchResult> = checkedSchema(
  z.looseObject({
    name: ClusterVariableNameSchema,
    scope: ClusterVariableScopeEnumSchema,
    tenantId: z.string().nullable(),
    metadata: z.record(z.string(), z.union([z.string(), z.number()])),
    kind: ClusterVariableKindEnumSchema,
    value: z.string(),
    isTruncated: z.boolean(),
  }),
);

/** Validates {@link T.ClusterVariableSearchQueryResult}. */
export const ClusterVariableSearchQueryResultSchema: z.ZodType<T.ClusterVariableSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ClusterVariableSearchResultSchema),
    }),
  );

/** Validates {@link T.WebappComponent}. */
export const WebappComponentSchema: z.ZodType<T.WebappComponent> = checkedSchema(
  z.enum(['operate', 'tasklist', 'admin']),
);

/** Validates {@link T.ComponentsConfigurationResponse}. */
export const ComponentsConfigurationResponseSchema: z.ZodType<T.ComponentsConfigurationResponse> =
  checkedSchema(
    z.looseObject({
      active: z.array(WebappComponentSchema),
    }),
  );

/** Validates {@link T.ConditionWaitStateDetails}. */
export const ConditionWaitStateDetailsSchema: z.ZodType<T.ConditionWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.literal('CONDITION'),
    expression: z.string(),
    events: z.array(z.enum(['create', 'update'])),
  }),
);

/** Validates {@link T.ConditionalEvaluationInstruction}. */
export const ConditionalEvaluationInstructionSchema: z.ZodType<T.ConditionalEvaluationInstruction> =
  checkedSchema(
    z.looseObject({
      tenantId: TenantIdSchema.exactOptional(),
      processDefinitionKey: ProcessDefinitionKeySchema.exactOptional(),
      variables: z.record(z.string(), z.unknown()),
    }),
  );

/** Validates {@link T.ConditionalEvaluationKey}. */
export const ConditionalEvaluationKeySchema: z.ZodType<T.ConditionalEvaluationKey> = semanticKeySchema(
  keys.ConditionalEvaluationKey,
);

/** Validates {@link T.MessageSubscriptionKeyExactMatch}. */
export const MessageSubscriptionKeyExactMatchSchema: z.ZodType<T.MessageSubscriptionKeyExactMatch> =
  MessageSubscriptionKeySchema;

/** Validates {@link T.MessageSubscriptionKeyFilterProperty}. */
export const MessageSubscriptionKeyFilterPropertySchema: z.ZodType<T.MessageSubscriptionKeyFilterProperty> =
  checkedSchema(
    z.union([MessageSubscriptionKeyExactMatchSchema, AdvancedMessageSubscriptionKeyFilterSchema]),
  );

/** Validates {@link T.CorrelatedMessageSubscriptionFilter}. */
export const CorrelatedMessageSubscriptionFilterSchema: z.ZodType<T.CorrelatedMessageSubscriptionFilter> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.MessageKey}. */
export const MessageKeySchema: z.ZodType<T.MessageKey> = semanticKeySchema(keys.MessageKey);

/** Validates {@link T.CorrelatedMessageSubscriptionResult}. */
export const CorrelatedMessageSubscriptionResultSchema: z.ZodType<T.CorrelatedMessageSubscriptionResult> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.CorrelatedMessageSubscriptionSearchQuerySortRequest}. */
export const CorrelatedMessageSubscriptionSearchQuerySortRequestSchema: z.ZodType<T.CorrelatedMessageSubscriptionSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.CorrelatedMessageSubscriptionSearchQuery}. */
export const CorrelatedMessageSubscriptionSearchQuerySchema: z.ZodType<T.CorrelatedMessageSubscriptionSearchQuery> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.exactOptional(z.array(CorrelatedMessageSubscriptionSearchQuerySortRequestSchema)),
      filter: CorrelatedMessageSubscriptionFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.CorrelatedMessageSubscriptionSearchQueryResult}. */
export const CorrelatedMessageSubscriptionSearchQueryResultSchema: z.ZodType<T.CorrelatedMessageSubscriptionSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(CorrelatedMessageSubscriptionResultSchema),
    }),
  );

/** Validates {@link T.CreateClusterVariableRequest}. */
export const CreateClusterVariableRequestSchema: z.ZodType<T.CreateClusterVariableRequest> = checkedSchema(
  z.looseObject({
    name: ClusterVariableNameSchema,
    value: z.record(z.string(), z.unknown()),
    metadata: z.record(z.string(), z.union([z.string(), z.number()])).exactOptional(),
    kind: ClusterVariableKindEnumSchema.exactOptional(),
  }),
);

/** Validates {@link T.GlobalTaskListenerEventTypes}. */
export const GlobalTaskListenerEventTypesSchema: z.ZodType<T.GlobalTaskListenerEventTypes> = checkedSchema(
  z.array(GlobalTaskListenerEventTypeEnumSchema),
);

/** Validates {@link T.GlobalListenerId}. */
export const GlobalListenerIdSchema: z.ZodType<T.GlobalListenerId> = semanticKeySchema(keys.GlobalListenerId);

/** Validates {@link T.CreateGlobalTaskListenerRequest}. */
export const CreateGlobalTaskListenerRequestSchema: z.ZodType<T.CreateGlobalTaskListenerRequest> =
  checkedSchema(
    z.looseObject({
      type: z.string(),
      retries: z.int().exactOptional(),
      afterNonGlobal: z.boolean().exactOptional(),
      priority: z.int().exactOptional(),
      eventTypes: GlobalTaskListenerEventTypesSchema,
      id: GlobalListenerIdSchema,
    }),
  );

/** Validates {@link T.CreateProcessInstanceResult}. */
export const CreateProcessInstanceResultSchema: z.ZodType<T.CreateProcessInstanceResult> = checkedSchema(
  z.looseObject({
    processDefinitionId: ProcessDefinitionIdSchema,
    processDefinitionVersion: z.int(),
    tenantId: TenantIdSchema,
    variables: z.record(z.string(), z.unknown()),
    processDefinitionKey: ProcessDefinitionKeySchema,
    processInstanceKey: ProcessInstanceKeySchema,
    tags: TagSetSchema,
    businessId: BusinessIdSchema.nullable(),
  }),
);

/** Validates {@link T.DecisionDefinitionFilter}. */
export const DecisionDefinitionFilterSchema: z.ZodType<T.DecisionDefinitionFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.DecisionDefinitionResult}. */
export const DecisionDefinitionResultSchema: z.ZodType<T.DecisionDefinitionResult> = checkedSchema(
  z.looseObject({
    decisionDefinitionId: DecisionDefinitionIdSchema,
    decisionDefinitionKey: DecisionDefinitionKeySchema,
    decisionRequirementsId: z.string(),
    decisionRequirementsKey: DecisionRequirementsKeySchema,
    decisionRequirementsName: z.string(),
    decisionRequirementsVersion: z.int(),
    name: z.string(),
    tenantId: TenantIdSchema,
    version: z.int(),
  }),
);

/** Validates {@link T.DecisionDefinitionSearchQuerySortRequest}. */
export const DecisionDefinitionSearchQuerySortRequestSchema: z.ZodType<T.DecisionDefinitionSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.DecisionDefinitionSearchQuery}. */
export const DecisionDefinitionSearchQuerySchema: z.ZodType<T.DecisionDefinitionSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(DecisionDefinitionSearchQuerySortRequestSchema).exactOptional(),
    filter: DecisionDefinitionFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.DecisionDefinitionSearchQueryResult}. */
export const DecisionDefinitionSearchQueryResultSchema: z.ZodType<T.DecisionDefinitionSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(DecisionDefinitionResultSchema),
    }),
  );

/** Validates {@link T.DecisionDefinitionTypeEnum}. */
export const DecisionDefinitionTypeEnumSchema: z.ZodType<T.DecisionDefinitionTypeEnum> = checkedSchema(
  z.enum(['DECISION_TABLE', 'LITERAL_EXPRESSION', 'UNSPECIFIED', 'UNKNOWN']),
);

/** Validates {@link T.DecisionEvaluationById}. */
export const DecisionEvaluationByIdSchema: z.ZodType<T.DecisionEvaluationById> = checkedSchema(
  z.strictObject({
    decisionDefinitionId: DecisionDefinitionIdSchema,
    variables: z.record(z.string(), z.unknown()).exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.DecisionEvaluationByKey}. */
export const DecisionEvaluationByKeySchema: z.ZodType<T.DecisionEvaluationByKey> = checkedSchema(
  z.strictObject({
    decisionDefinitionKey: DecisionDefinitionKeySchema,
    variables: z.record(z.string(), z.unknown()).exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.DecisionEvaluationInstanceKeyExactMatch}. */
export const DecisionEvaluationInstanceKeyExactMatchSchema: z.ZodType<T.DecisionEvaluationInstanceKeyExactMatch> =
  DecisionEvaluationInstanceKeySchema;

/** Validates {@link T.DecisionEvaluationInstanceKeyFilterProperty}. */
export const DecisionEvaluationInstanceKeyFilterPropertySchema: z.ZodType<T.DecisionEvaluationInstanceKeyFilterProperty> =
  checkedSchema(
    z.union([
      DecisionEvaluationInstanceKeyExactMatchSchema,
      AdvancedDecisionEvaluationInstanceKeyFilterSchema,
    ]),
  );

/** Validates {@link T.DecisionEvaluationInstruction}. */
export const DecisionEvaluationInstructionSchema: z.ZodType<T.DecisionEvaluationInstruction> = checkedSchema(
  z.union([DecisionEvaluationByIdSchema, DecisionEvaluationByKeySchema]),
);

/** Validates {@link T.DecisionInstanceStateExactMatch}. */
export const DecisionInstanceStateExactMatchSchema: z.ZodType<T.DecisionInstanceStateExactMatch> =
  DecisionInstanceStateEnumSchema;

/** Validates {@link T.DecisionInstanceStateFilterProperty}. */
export const DecisionInstanceStateFilterPropertySchema: z.ZodType<T.DecisionInstanceStateFilterProperty> =
  checkedSchema(z.union([DecisionInstanceStateExactMatchSchema, AdvancedDecisionInstanceStateFilterSchema]));

/** Validates {@link T.DecisionInstanceFilter}. */
export const DecisionInstanceFilterSchema: z.ZodType<T.DecisionInstanceFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.DecisionInstanceDeletionBatchOperationRequest}. */
export const DecisionInstanceDeletionBatchOperationRequestSchema: z.ZodType<T.DecisionInstanceDeletionBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: DecisionInstanceFilterSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.EvaluatedDecisionInputItem}. */
export const EvaluatedDecisionInputItemSchema: z.ZodType<T.EvaluatedDecisionInputItem> = checkedSchema(
  z.looseObject({
    inputId: z.string(),
    inputName: z.string(),
    inputValue: z.string(),
  }),
);

/** Validates {@link T.EvaluatedDecisionOutputItem}. */
export const EvaluatedDecisionOutputItemSchema: z.ZodType<T.EvaluatedDecisionOutputItem> = checkedSchema(
  z.looseObject({
    outputId: z.string(),
    outputName: z.string(),
    outputValue: z.string(),
    ruleId: z.string().nullable(),
    ruleIndex: z.int().nullable(),
  }),
);

/** Validates {@link T.MatchedDecisionRuleItem}. */
export const MatchedDecisionRuleItemSchema: z.ZodType<T.MatchedDecisionRuleItem> = checkedSchema(
  z.looseObject({
    ruleId: z.string(),
    ruleIndex: z.int(),
    evaluatedOutputs: z.array(EvaluatedDecisionOutputItemSchema),
  }),
);

/** Validates {@link T.DecisionInstanceGetQueryResult}. */
export const DecisionInstanceGetQueryResultSchema: z.ZodType<T.DecisionInstanceGetQueryResult> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.DecisionInstanceKey}. */
export const DecisionInstanceKeySchema: z.ZodType<T.DecisionInstanceKey> = semanticKeySchema(
  keys.DecisionInstanceKey,
);

/** Validates {@link T.DecisionInstanceResult}. */
export const DecisionInstanceResultSchema: z.ZodType<T.DecisionInstanceResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.DecisionInstanceSearchQuerySortRequest}. */
export const DecisionInstanceSearchQuerySortRequestSchema: z.ZodType<T.DecisionInstanceSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.DecisionInstanceSearchQuery}. */
export const DecisionInstanceSearchQuerySchema: z.ZodType<T.DecisionInstanceSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(DecisionInstanceSearchQuerySortRequestSchema).exactOptional(),
    filter: DecisionInstanceFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.DecisionInstanceSearchQueryResult}. */
export const DecisionInstanceSearchQueryResultSchema: z.ZodType<T.DecisionInstanceSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(DecisionInstanceResultSchema),
    }),
  );

/** Validates {@link T.DecisionRequirementsFilter}. */
export const DecisionRequirementsFilterSchema: z.ZodType<T.DecisionRequirementsFilter> = checkedSchema(
  z.looseObject({
    decisionRequirementsName: z.string().exactOptional(),
    decisionRequirementsId: z.string().exactOptional(),
    decisionRequirementsKey: DecisionRequirementsKeySchema.exactOptional(),
    version: z.int().exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
    resourceName: z.string().exactOptional(),
  }),
);

/** Validates {@link T.DecisionRequirementsResult}. */
export const DecisionRequirementsResultSchema: z.ZodType<T.DecisionRequirementsResult> = checkedSchema(
  z.strictObject({
    decisionRequirementsId: z.string(),
    decisionRequirementsKey: DecisionRequirementsKeySchema,
    decisionRequirementsName: z.string(),
    resourceName: z.string(),
    tenantId: TenantIdSchema,
    version: z.int(),
  }),
);

/** Validates {@link T.DecisionRequirementsSearchQuerySortRequest}. */
export const DecisionRequirementsSearchQuerySortRequestSchema: z.ZodType<T.DecisionRequirementsSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum([
        'decisionRequirementsKey',
        'decisionRequirementsName',
        'version',
        'decisionRequirementsId',
        'tenantId',
      ]),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.DecisionRequirementsSearchQuery}. */
export const DecisionRequirementsSearchQuerySchema: z.ZodType<T.DecisionRequirementsSearchQuery> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(DecisionRequirementsSearchQuerySortRequestSchema).exactOptional(),
      filter: DecisionRequirementsFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.DecisionRequirementsSearchQueryResult}. */
export const DecisionRequirementsSearchQueryResultSchema: z.ZodType<T.DecisionRequirementsSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(DecisionRequirementsResultSchema),
    }),
  );

/** Validates {@link T.DeleteDecisionInstanceRequest}. */
export const DeleteDecisionInstanceRequestSchema: z.ZodType<T.DeleteDecisionInstanceRequest | null> =
  checkedSchema(
    z.nullable(
      z.strictObject({
        operationReference: OperationReferenceSchema.exactOptional(),
      }),
    ),
  );

/** Validates {@link T.DeleteProcessInstanceRequest}. */
export const DeleteProcessInstanceRequestSchema: z.ZodType<T.DeleteProcessInstanceRequest | null> =
  checkedSchema(
    z.nullable(
      z.strictObject({
        operationReference: OperationReferenceSchema.exactOptional(),
      }),
    ),
  );

/** Validates {@link T.DeleteResourceRequest}. */
export const DeleteResourceRequestSchema: z.ZodType<T.DeleteResourceRequest | null> = checkedSchema(
  z.nullable(
    z.strictObject({
      operationReference: OperationReferenceSchema.exactOptional(),
      deleteHistory: z.boolean().exactOptional(),
    }),
  ),
);

/** Validates {@link T.DeleteResourceResponse}. */
export const DeleteResourceResponseSchema: z.ZodType<T.DeleteResourceResponse> = checkedSchema(
  z.looseObject({
    resourceKey: ResourceKeySchema,
    batchOperation: BatchOperationCreatedResultSchema.nullable(),
  }),
);

/** Validates {@link T.DeploymentConfigurationResponse}. */
export const DeploymentConfigurationResponseSchema: z.ZodType<T.DeploymentConfigurationResponse> =
  checkedSchema(
    z.looseObject({
      isMultiTenancyEnabled: z.boolean(),
      maxRequestSize: z.int(),
    }),
  );

/** Validates {@link T.DeploymentDecisionRequirementsResult}. */
export const DeploymentDecisionRequirementsResultSchema: z.ZodType<T.DeploymentDecisionRequirementsResult> =
  checkedSchema(
    z.looseObject({
      decisionRequirementsId: z.string(),
      decisionRequirementsName: z.string(),
      version: z.int(),
      resourceName: z.string(),
      tenantId: TenantIdSchema,
      decisionRequirementsKey: DecisionRequirementsKeySchema,
    }),
  );

/** Validates {@link T.DeploymentDecisionResult}. */
export const DeploymentDecisionResultSchema: z.ZodType<T.DeploymentDecisionResult> = checkedSchema(
  z.looseObject({
    decisionDefinitionId: DecisionDefinitionIdSchema,
    version: z.int(),
    name: z.string(),
    tenantId: TenantIdSchema,
    decisionRequirementsId: z.string(),
    decisionDefinitionKey: DecisionDefinitionKeySchema,
    decisionRequirementsKey: DecisionRequirementsKeySchema,
  }),
);

/** Validates {@link T.FormId}. */
export const FormIdSchema: z.ZodType<T.FormId> = semanticKeySchema(keys.FormId);

/** Validates {@link T.DeploymentFormResult}. */
export const DeploymentFormResultSchema: z.ZodType<T.DeploymentFormResult> = checkedSchema(
  z.looseObject({
    formId: FormIdSchema,
    version: z.int(),
    resourceName: z.string(),
    tenantId: TenantIdSchema,
    formKey: FormKeySchema,
  }),
);

/** Validates {@link T.DeploymentProcessResult}. */
export const DeploymentProcessResultSchema: z.ZodType<T.DeploymentProcessResult> = checkedSchema(
  z.looseObject({
    processDefinitionId: ProcessDefinitionIdSchema,
    processDefinitionVersion: z.int(),
    resourceName: z.string(),
    tenantId: TenantIdSchema,
    processDefinitionKey: ProcessDefinitionKeySchema,
  }),
);

/** Validates {@link T.DeploymentResourceResult}. */
export const DeploymentResourceResultSchema: z.ZodType<T.DeploymentResourceResult> = checkedSchema(
  z.looseObject({
    resourceId: z.string(),
    resourceName: z.string(),
    version: z.int(),
    tenantId: TenantIdSchema,
    resourceKey: ResourceKeySchema,
  }),
);

/** Validates {@link T.DeploymentMetadataResult}. */
export const DeploymentMetadataResultSchema: z.ZodType<T.DeploymentMetadataResult> = checkedSchema(
  z.looseObject({
    processDefinition: DeploymentProcessResultSchema.nullable(),
    decisionDefinition: DeploymentDecisionResultSchema.nullable(),
    decisionRequirements: DeploymentDecisionRequirementsResultSchema.nullable(),
    form: DeploymentFormResultSchema.nullable(),
    resource: DeploymentResourceResultSchema.nullable(),
  }),
);

/** Validates {@link T.DeploymentResult}. */
export const DeploymentResultSchema: z.ZodType<T.DeploymentResult> = checkedSchema(
  z.looseObject({
    deploymentKey: DeploymentKeySchema,
    tenantId: TenantIdSchema,
    deployments: z.array(DeploymentMetadataResultSchema),
  }),
);

/** Validates {@link T.DocumentCreationFailureDetail}. */
export const DocumentCreationFailureDetailSchema: z.ZodType<T.DocumentCreationFailureDetail> = checkedSchema(
  z.looseObject({
    fileName: z.string(),
    status: z.int(),
    title: z.string(),
    detail: z.string(),
  }),
);

/** Validates {@link T.DocumentCreationBatchResponse}. */
export const DocumentCreationBatchResponseSchema: z.ZodType<T.DocumentCreationBatchResponse> = checkedSchema(
  z.looseObject({
    failedDocuments: z.array(DocumentCreationFailureDetailSchema),
    createdDocuments: z.array(DocumentReferenceSchema),
  }),
);

/** Validates {@link T.DocumentLink}. */
export const DocumentLinkSchema: z.ZodType<T.DocumentLink> = checkedSchema(
  z.looseObject({
    url: z.string(),
    expiresAt: z.string(),
  }),
);

/** Validates {@link T.DocumentLinkRequest}. */
export const DocumentLinkRequestSchema: z.ZodType<T.DocumentLinkRequest> = checkedSchema(
  z.looseObject({
    timeToLive: z.int().exactOptional(),
  }),
);

/** Validates {@link T.DocumentMetadata}. */
export const DocumentMetadataSchema: z.ZodType<T.DocumentMetadata> = checkedSchema(
  z.looseObject({
    contentType: z.string().exactOptional(),
    fileName: z.string().exactOptional(),
    expiresAt: z.string().exactOptional(),
    size: z.int().exactOptional(),
    processDefinitionId: ProcessDefinitionIdSchema.exactOptional(),
    processInstanceKey: ProcessInstanceKeySchema.exactOptional(),
    customProperties: z.record(z.string(), z.unknown()).exactOptional(),
  }),
);

/** Validates {@link T.IncidentKey}. */
export const IncidentKeySchema: z.ZodType<T.IncidentKey> = semanticKeySchema(keys.IncidentKey);

/** Validates {@link T.ElementInstanceFilterFields}. */
export const ElementInstanceFilterFieldsSchema: z.ZodType<T.ElementInstanceFilterFields> = checkedSchema(
  z.looseObject({
    processDefinitionId: ProcessDefinitionIdSchema.exactOptional(),
    state: ElementInstanceStateFilterPropertySchema.exactOptional(),
    type: z.exactOptional(
      z.enum([
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
    ),
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
    elementInstanceScopeKey: z.exactOptional(z.union([ElementInstanceKeySchema, ProcessInstanceKeySchema])),
  }),
);

/** Validates {@link T.ElementInstanceFilter}. */
export const ElementInstanceFilterSchema: z.ZodType<T.ElementInstanceFilter> = checkedSchema(
  z.looseObject({
    processDefinitionId: ProcessDefinitionIdSchema.exactOptional(),
    state: ElementInstanceStateFilterPropertySchema.exactOptional(),
    type: z.exactOptional(
      z.enum([
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
    ),
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
    elementInstanceScopeKey: z.exactOptional(z.union([ElementInstanceKeySchema, ProcessInstanceKeySchema])),
    $or: z.array(ElementInstanceFilterFieldsSchema).exactOptional(),
  }),
);

/** Validates {@link T.ElementInstanceResult}. */
export const ElementInstanceResultSchema: z.ZodType<T.ElementInstanceResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.ElementInstanceSearchQuerySortRequest}. */
export const ElementInstanceSearchQuerySortRequestSchema: z.ZodType<T.ElementInstanceSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.ElementInstanceSearchQuery}. */
export const ElementInstanceSearchQuerySchema: z.ZodType<T.ElementInstanceSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(ElementInstanceSearchQuerySortRequestSchema).exactOptional(),
    filter: ElementInstanceFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.ElementInstanceSearchQueryResult}. */
export const ElementInstanceSearchQueryResultSchema: z.ZodType<T.ElementInstanceSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ElementInstanceResultSchema),
    }),
  );

/** Validates {@link T.WaitStateElementTypeExactMatch}. */
export const WaitStateElementTypeExactMatchSchema: z.ZodType<T.WaitStateElementTypeExactMatch> =
  WaitStateElementTypeEnumSchema;

/** Validates {@link T.WaitStateElementTypeFilterProperty}. */
export const WaitStateElementTypeFilterPropertySchema: z.ZodType<T.WaitStateElementTypeFilterProperty> =
  checkedSchema(z.union([WaitStateElementTypeExactMatchSchema, AdvancedWaitStateElementTypeFilterSchema]));

/** Validates {@link T.WaitStateTypeExactMatch}. */
export const WaitStateTypeExactMatchSchema: z.ZodType<T.WaitStateTypeExactMatch> = WaitStateTypeEnumSchema;

/** Validates {@link T.WaitStateTypeFilterProperty}. */
export const WaitStateTypeFilterPropertySchema: z.ZodType<T.WaitStateTypeFilterProperty> = checkedSchema(
  z.union([WaitStateTypeExactMatchSchema, AdvancedWaitStateTypeFilterSchema]),
);

/** Validates {@link T.ElementInstanceWaitStateFilter}. */
export const ElementInstanceWaitStateFilterSchema: z.ZodType<T.ElementInstanceWaitStateFilter> =
  checkedSchema(
    z.looseObject({
      elementInstanceKey: ElementInstanceKeyFilterPropertySchema.exactOptional(),
      processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
      rootProcessInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
      elementId: ElementIdFilterPropertySchema.exactOptional(),
      elementType: WaitStateElementTypeFilterPropertySchema.exactOptional(),
      waitStateType: WaitStateTypeFilterPropertySchema.exactOptional(),
    }),
  );

/** Validates {@link T.ElementInstanceWaitStateQuerySortRequest}. */
export const ElementInstanceWaitStateQuerySortRequestSchema: z.ZodType<T.ElementInstanceWaitStateQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['elementInstanceKey', 'processInstanceKey', 'rootProcessInstanceKey', 'elementId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ElementInstanceWaitStateQuery}. */
export const ElementInstanceWaitStateQuerySchema: z.ZodType<T.ElementInstanceWaitStateQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(ElementInstanceWaitStateQuerySortRequestSchema).exactOptional(),
    filter: ElementInstanceWaitStateFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobWaitStateDetails}. */
export const JobWaitStateDetailsSchema: z.ZodType<T.JobWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.literal('JOB'),
    jobKey: JobKeySchema,
    jobType: z.string(),
    jobKind: JobKindEnumSchema,
    listenerEventType: JobListenerEventTypeEnumSchema.nullable(),
    retries: z.int().nullable(),
  }),
);

/** Validates {@link T.MessageWaitStateDetails}. */
export const MessageWaitStateDetailsSchema: z.ZodType<T.MessageWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.literal('MESSAGE'),
    messageName: z.string(),
    correlationKey: z.string().nullable(),
  }),
);

/** Validates {@link T.UserTaskWaitStateDetails}. */
export const UserTaskWaitStateDetailsSchema: z.ZodType<T.UserTaskWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.literal('USER_TASK'),
    taskKey: UserTaskKeySchema,
    dueDate: z.string().nullable(),
  }),
);

/** Validates {@link T.TimerWaitStateDetails}. */
export const TimerWaitStateDetailsSchema: z.ZodType<T.TimerWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.literal('TIMER'),
    dueDate: z.int().nullable(),
    repetitions: z.int().nullable(),
  }),
);

/** Validates {@link T.SignalWaitStateDetails}. */
export const SignalWaitStateDetailsSchema: z.ZodType<T.SignalWaitStateDetails> = checkedSchema(
  z.looseObject({
    waitStateType: z.literal('SIGNAL'),
    signalName: z.string(),
  }),
);

/** Validates {@link T.WaitStateDetails}. */
export const WaitStateDetailsSchema: z.ZodType<T.WaitStateDetails> = checkedSchema(
  z.union([
    JobWaitStateDetailsSchema,
    MessageWaitStateDetailsSchema,
    UserTaskWaitStateDetailsSchema,
    TimerWaitStateDetailsSchema,
    SignalWaitStateDetailsSchema,
    ConditionWaitStateDetailsSchema,
  ]),
);

/** Validates {@link T.ElementInstanceWaitStateResult}. */
export const ElementInstanceWaitStateResultSchema: z.ZodType<T.ElementInstanceWaitStateResult> =
  checkedSchema(
    z.looseObject({
      rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
      processInstanceKey: ProcessInstanceKeySchema,
      elementInstanceKey: ElementInstanceKeySchema,
      elementId: ElementIdSchema,
      elementType: WaitStateElementTypeEnumSchema,
      tenantId: TenantIdSchema,
      bpmnProcessId: z.string(),
      details: WaitStateDetailsSchema,
    }),
  );

/** Validates {@link T.ElementInstanceWaitStateQueryResult}. */
export const ElementInstanceWaitStateQueryResultSchema: z.ZodType<T.ElementInstanceWaitStateQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ElementInstanceWaitStateResultSchema),
    }),
  );

/** Validates {@link T.ProcessInstanceReference}. */
export const ProcessInstanceReferenceSchema: z.ZodType<T.ProcessInstanceReference> = checkedSchema(
  z.looseObject({
    processDefinitionKey: ProcessDefinitionKeySchema,
    processInstanceKey: ProcessInstanceKeySchema,
  }),
);

/** Validates {@link T.EvaluateConditionalResult}. */
export const EvaluateConditionalResultSchema: z.ZodType<T.EvaluateConditionalResult> = checkedSchema(
  z.looseObject({
    conditionalEvaluationKey: ConditionalEvaluationKeySchema,
    tenantId: TenantIdSchema,
    processInstances: z.array(ProcessInstanceReferenceSchema),
  }),
);

/** Validates {@link T.EvaluatedDecisionResult}. */
export const EvaluatedDecisionResultSchema: z.ZodType<T.EvaluatedDecisionResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.EvaluateDecisionResult}. */
export const EvaluateDecisionResultSchema: z.ZodType<T.EvaluateDecisionResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.ExportingStatusCode}. */
export const ExportingStatusCodeSchema: z.ZodType<T.ExportingStatusCode> = checkedSchema(
  z.enum(['EXPORTING', 'PAUSED', 'SOFT_PAUSED', 'MIXED']),
);

/** Validates {@link T.ExportingStatusResponse}. */
export const ExportingStatusResponseSchema: z.ZodType<T.ExportingStatusResponse> = checkedSchema(
  z.looseObject({
    status: ExportingStatusCodeSchema,
  }),
);

/** Validates {@link T.ExpressionEvaluationRequest}. */
export const ExpressionEvaluationRequestSchema: z.ZodType<T.ExpressionEvaluationRequest> = checkedSchema(
  z.looseObject({
    expression: z.string(),
    tenantId: z.string().exactOptional(),
    scopeKey: ScopeKeySchema.exactOptional(),
    variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
  }),
);

/** Validates {@link T.ExpressionEvaluationWarningItem}. */
export const ExpressionEvaluationWarningItemSchema: z.ZodType<T.ExpressionEvaluationWarningItem> =
  checkedSchema(
    z.looseObject({
      message: z.string(),
    }),
  );

/** Validates {@link T.ExpressionSecretReferenceItem}. */
export const ExpressionSecretReferenceItemSchema: z.ZodType<T.ExpressionSecretReferenceItem> = checkedSchema(
  z.looseObject({
    storeId: z.string(),
    secretName: z.string(),
  }),
);

/** Validates {@link T.ExpressionEvaluationResult}. */
export const ExpressionEvaluationResultSchema: z.ZodType<T.ExpressionEvaluationResult> = checkedSchema(
  z.looseObject({
    expression: z.string(),
    result: z.unknown().nullable(),
    warnings: z.array(ExpressionEvaluationWarningItemSchema),
    referencedSecrets: z.array(ExpressionSecretReferenceItemSchema),
  }),
);

/** Validates {@link T.FormResult}. */
export const FormResultSchema: z.ZodType<T.FormResult> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema,
    formId: FormIdSchema,
    schema: z.string(),
    version: z.int(),
    formKey: FormKeySchema,
  }),
);

/** Validates {@link T.StatusMetric}. */
export const StatusMetricSchema: z.ZodType<T.StatusMetric> = checkedSchema(
  z.looseObject({
    count: z.int(),
    lastUpdatedAt: z.string().nullable(),
  }),
);

/** Validates {@link T.GlobalJobStatisticsQueryResult}. */
export const GlobalJobStatisticsQueryResultSchema: z.ZodType<T.GlobalJobStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      created: StatusMetricSchema,
      completed: StatusMetricSchema,
      failed: StatusMetricSchema,
      isIncomplete: z.boolean(),
    }),
  );

/** Validates {@link T.GlobalListenerBase}. */
export const GlobalListenerBaseSchema: z.ZodType<T.GlobalListenerBase> = checkedSchema(
  z.looseObject({
    type: z.string().exactOptional(),
    retries: z.int().exactOptional(),
    afterNonGlobal: z.boolean().exactOptional(),
    priority: z.int().exactOptional(),
  }),
);

/** Validates {@link T.GlobalListenerSourceExactMatch}. */
export const GlobalListenerSourceExactMatchSchema: z.ZodType<T.GlobalListenerSourceExactMatch> =
  GlobalListenerSourceEnumSchema;

/** Validates {@link T.GlobalListenerSourceFilterProperty}. */
export const GlobalListenerSourceFilterPropertySchema: z.ZodType<T.GlobalListenerSourceFilterProperty> =
  checkedSchema(z.union([GlobalListenerSourceExactMatchSchema, AdvancedGlobalListenerSourceFilterSchema]));

/** Validates {@link T.GlobalTaskListenerBase}. */
export const GlobalTaskListenerBaseSchema: z.ZodType<T.GlobalTaskListenerBase> = checkedSchema(
  z.looseObject({
    type: z.string().exactOptional(),
    retries: z.int().exactOptional(),
    afterNonGlobal: z.boolean().exactOptional(),
    priority: z.int().exactOptional(),
    eventTypes: GlobalTaskListenerEventTypesSchema.exactOptional(),
  }),
);

/** Validates {@link T.GlobalTaskListenerEventTypeExactMatch}. */
export const GlobalTaskListenerEventTypeExactMatchSchema: z.ZodType<T.GlobalTaskListenerEventTypeExactMatch> =
  GlobalTaskListenerEventTypeEnumSchema;

/** Validates {@link T.GlobalTaskListenerEventTypeFilterProperty}. */
export const GlobalTaskListenerEventTypeFilterPropertySchema: z.ZodType<T.GlobalTaskListenerEventTypeFilterProperty> =
  checkedSchema(
    z.union([GlobalTaskListenerEventTypeExactMatchSchema, AdvancedGlobalTaskListenerEventTypeFilterSchema]),
  );

/** Validates {@link T.GlobalTaskListenerResult}. */
export const GlobalTaskListenerResultSchema: z.ZodType<T.GlobalTaskListenerResult> = checkedSchema(
  z.looseObject({
    type: z.string(),
    retries: z.int(),
    afterNonGlobal: z.boolean(),
    priority: z.int(),
    eventTypes: GlobalTaskListenerEventTypesSchema,
    id: GlobalListenerIdSchema,
    source: GlobalListenerSourceEnumSchema,
  }),
);

/** Validates {@link T.GlobalTaskListenerSearchQueryFilterRequest}. */
export const GlobalTaskListenerSearchQueryFilterRequestSchema: z.ZodType<T.GlobalTaskListenerSearchQueryFilterRequest> =
  checkedSchema(
    z.looseObject({
      id: StringFilterPropertySchema.exactOptional(),
      type: StringFilterPropertySchema.exactOptional(),
      retries: IntegerFilterPropertySchema.exactOptional(),
      eventTypes: z.array(GlobalTaskListenerEventTypeFilterPropertySchema).exactOptional(),
      afterNonGlobal: z.boolean().exactOptional(),
      priority: IntegerFilterPropertySchema.exactOptional(),
      source: GlobalListenerSourceFilterPropertySchema.exactOptional(),
    }),
  );

/** Validates {@link T.GlobalTaskListenerSearchQuerySortRequest}. */
export const GlobalTaskListenerSearchQuerySortRequestSchema: z.ZodType<T.GlobalTaskListenerSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['id', 'type', 'afterNonGlobal', 'priority', 'source']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.GlobalTaskListenerSearchQueryRequest}. */
export const GlobalTaskListenerSearchQueryRequestSchema: z.ZodType<T.GlobalTaskListenerSearchQueryRequest> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(GlobalTaskListenerSearchQuerySortRequestSchema).exactOptional(),
      filter: GlobalTaskListenerSearchQueryFilterRequestSchema.exactOptional(),
    }),
  );

/** Validates {@link T.GlobalTaskListenerSearchQueryResult}. */
export const GlobalTaskListenerSearchQueryResultSchema: z.ZodType<T.GlobalTaskListenerSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(GlobalTaskListenerResultSchema),
    }),
  );

/** Validates {@link T.GroupClientResult}. */
export const GroupClientResultSchema: z.ZodType<T.GroupClientResult> = checkedSchema(
  z.looseObject({
    clientId: ClientIdSchema,
  }),
);

/** Validates {@link T.GroupClientSearchQuerySortRequest}. */
export const GroupClientSearchQuerySortRequestSchema: z.ZodType<T.GroupClientSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['clientId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.GroupClientSearchQueryRequest}. */
export const GroupClientSearchQueryRequestSchema: z.ZodType<T.GroupClientSearchQueryRequest> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(GroupClientSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.GroupClientSearchResult}. */
export const GroupClientSearchResultSchema: z.ZodType<T.GroupClientSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(GroupClientResultSchema),
  }),
);

/** Validates {@link T.GroupId}. */
export const GroupIdSchema: z.ZodType<T.GroupId> = semanticKeySchema(keys.GroupId);

/** Validates {@link T.GroupCreateRequest}. */
export const GroupCreateRequestSchema: z.ZodType<T.GroupCreateRequest> = checkedSchema(
  z.strictObject({
    groupId: GroupIdSchema,
    name: z.string(),
    description: z.string().exactOptional(),
  }),
);

/** Validates {@link T.GroupCreateResult}. */
export const GroupCreateResultSchema: z.ZodType<T.GroupCreateResult> = checkedSchema(
  z.looseObject({
    groupId: GroupIdSchema,
    name: z.string(),
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.GroupFilter}. */
export const GroupFilterSchema: z.ZodType<T.GroupFilter> = checkedSchema(
  z.looseObject({
    groupId: StringFilterPropertySchema.exactOptional(),
    name: z.string().exactOptional(),
  }),
);

/** Validates {@link T.MappingRuleId}. */
export const MappingRuleIdSchema: z.ZodType<T.MappingRuleId> = semanticKeySchema(keys.MappingRuleId);

/** Validates {@link T.MappingRuleResult}. */
export const MappingRuleResultSchema: z.ZodType<T.MappingRuleResult> = checkedSchema(
  z.looseObject({
    claimName: z.string(),
    claimValue: z.string(),
    name: z.string(),
    mappingRuleId: MappingRuleIdSchema,
  }),
);

/** Validates {@link T.GroupMappingRuleSearchResult}. */
export const GroupMappingRuleSearchResultSchema: z.ZodType<T.GroupMappingRuleSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(MappingRuleResultSchema),
  }),
);

/** Validates {@link T.GroupResult}. */
export const GroupResultSchema: z.ZodType<T.GroupResult> = checkedSchema(
  z.looseObject({
    name: z.string(),
    groupId: GroupIdSchema,
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.RoleId}. */
export const RoleIdSchema: z.ZodType<T.RoleId> = semanticKeySchema(keys.RoleId);

/** Validates {@link T.RoleResult}. */
export const RoleResultSchema: z.ZodType<T.RoleResult> = checkedSchema(
  z.looseObject({
    name: z.string(),
    roleId: RoleIdSchema,
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.GroupRoleSearchResult}. */
export const GroupRoleSearchResultSchema: z.ZodType<T.GroupRoleSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(RoleResultSchema),
  }),
);

/** Validates {@link T.GroupSearchQuerySortRequest}. */
export const GroupSearchQuerySortRequestSchema: z.ZodType<T.GroupSearchQuerySortRequest> = checkedSchema(
  z.strictObject({
    field: z.enum(['name', 'groupId']),
    order: SortOrderEnumSchema.exactOptional(),
  }),
);

/** Validates {@link T.GroupSearchQueryRequest}. */
export const GroupSearchQueryRequestSchema: z.ZodType<T.GroupSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(GroupSearchQuerySortRequestSchema).exactOptional(),
    filter: GroupFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.GroupSearchQueryResult}. */
export const GroupSearchQueryResultSchema: z.ZodType<T.GroupSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(GroupResultSchema),
  }),
);

/** Validates {@link T.GroupUpdateRequest}. */
export const GroupUpdateRequestSchema: z.ZodType<T.GroupUpdateRequest> = checkedSchema(
  z.looseObject({
    name: z.string(),
    description: z.string().exactOptional(),
  }),
);

/** Validates {@link T.GroupUpdateResult}. */
export const GroupUpdateResultSchema: z.ZodType<T.GroupUpdateResult> = checkedSchema(
  z.looseObject({
    groupId: GroupIdSchema,
    name: z.string(),
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.GroupUserResult}. */
export const GroupUserResultSchema: z.ZodType<T.GroupUserResult> = checkedSchema(
  z.looseObject({
    username: UsernameSchema,
  }),
);

/** Validates {@link T.GroupUserSearchQuerySortRequest}. */
export const GroupUserSearchQuerySortRequestSchema: z.ZodType<T.GroupUserSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['username']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.GroupUserSearchQueryRequest}. */
export const GroupUserSearchQueryRequestSchema: z.ZodType<T.GroupUserSearchQueryRequest> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(GroupUserSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.GroupUserSearchResult}. */
export const GroupUserSearchResultSchema: z.ZodType<T.GroupUserSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(GroupUserResultSchema),
  }),
);

/** Validates {@link T.HistoryBackupStateCode}. */
export const HistoryBackupStateCodeSchema: z.ZodType<T.HistoryBackupStateCode> = checkedSchema(
  z.enum(['IN_PROGRESS', 'COMPLETED', 'FAILED', 'INCOMPLETE', 'INCOMPATIBLE']),
);

/** Validates {@link T.HistoryBackupInfo}. */
export const HistoryBackupInfoSchema: z.ZodType<T.HistoryBackupInfo> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
    state: HistoryBackupStateCodeSchema,
    failureReason: z.string().nullable(),
    details: z.array(HistoryBackupSnapshotInfoSchema),
  }),
);

/** Validates {@link T.IncidentErrorTypeExactMatch}. */
export const IncidentErrorTypeExactMatchSchema: z.ZodType<T.IncidentErrorTypeExactMatch> =
  IncidentErrorTypeEnumSchema;

/** Validates {@link T.IncidentErrorTypeFilterProperty}. */
export const IncidentErrorTypeFilterPropertySchema: z.ZodType<T.IncidentErrorTypeFilterProperty> =
  checkedSchema(z.union([IncidentErrorTypeExactMatchSchema, AdvancedIncidentErrorTypeFilterSchema]));

/** Validates {@link T.IncidentStateExactMatch}. */
export const IncidentStateExactMatchSchema: z.ZodType<T.IncidentStateExactMatch> = IncidentStateEnumSchema;

/** Validates {@link T.IncidentStateFilterProperty}. */
export const IncidentStateFilterPropertySchema: z.ZodType<T.IncidentStateFilterProperty> = checkedSchema(
  z.union([IncidentStateExactMatchSchema, AdvancedIncidentStateFilterSchema]),
);

/** Validates {@link T.IncidentFilter}. */
export const IncidentFilterSchema: z.ZodType<T.IncidentFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionFilter}. */
export const IncidentProcessInstanceStatisticsByDefinitionFilterSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionFilter> =
  checkedSchema(
    z.looseObject({
      errorHashCode: z.int(),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest}. */
export const IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['activeInstancesWithErrorCount', 'processDefinitionKey', 'tenantId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionQuery}. */
export const IncidentProcessInstanceStatisticsByDefinitionQuerySchema: z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionQuery> =
  checkedSchema(
    z.looseObject({
      filter: IncidentProcessInstanceStatisticsByDefinitionFilterSchema,
      page: OffsetPaginationSchema.exactOptional(),
      sort: z.exactOptional(z.array(IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestSchema)),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionResult}. */
export const IncidentProcessInstanceStatisticsByDefinitionResultSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionResult> =
  checkedSchema(
    z.looseObject({
      processDefinitionId: ProcessDefinitionIdSchema,
      processDefinitionKey: ProcessDefinitionKeySchema,
      processDefinitionName: z.string(),
      processDefinitionVersion: z.int(),
      tenantId: TenantIdSchema,
      activeInstancesWithErrorCount: z.int(),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByDefinitionQueryResult}. */
export const IncidentProcessInstanceStatisticsByDefinitionQueryResultSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByDefinitionQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(IncidentProcessInstanceStatisticsByDefinitionResultSchema),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorQuerySortRequest}. */
export const IncidentProcessInstanceStatisticsByErrorQuerySortRequestSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByErrorQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['errorMessage', 'activeInstancesWithErrorCount']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorQuery}. */
export const IncidentProcessInstanceStatisticsByErrorQuerySchema: z.ZodType<T.IncidentProcessInstanceStatisticsByErrorQuery> =
  checkedSchema(
    z.strictObject({
      page: OffsetPaginationSchema.exactOptional(),
      sort: z.exactOptional(z.array(IncidentProcessInstanceStatisticsByErrorQuerySortRequestSchema)),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorResult}. */
export const IncidentProcessInstanceStatisticsByErrorResultSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByErrorResult> =
  checkedSchema(
    z.looseObject({
      errorHashCode: z.int(),
      errorMessage: z.string(),
      activeInstancesWithErrorCount: z.int(),
    }),
  );

/** Validates {@link T.IncidentProcessInstanceStatisticsByErrorQueryResult}. */
export const IncidentProcessInstanceStatisticsByErrorQueryResultSchema: z.ZodType<T.IncidentProcessInstanceStatisticsByErrorQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(IncidentProcessInstanceStatisticsByErrorResultSchema),
    }),
  );

/** Validates {@link T.IncidentResolutionRequest}. */
export const IncidentResolutionRequestSchema: z.ZodType<T.IncidentResolutionRequest> = checkedSchema(
  z.strictObject({
    operationReference: OperationReferenceSchema.exactOptional(),
  }),
);

/** Validates {@link T.IncidentResult}. */
export const IncidentResultSchema: z.ZodType<T.IncidentResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.IncidentSearchQuerySortRequest}. */
export const IncidentSearchQuerySortRequestSchema: z.ZodType<T.IncidentSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.IncidentSearchQuery}. */
export const IncidentSearchQuerySchema: z.ZodType<T.IncidentSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(IncidentSearchQuerySortRequestSchema).exactOptional(),
    filter: IncidentFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.IncidentSearchQueryResult}. */
export const IncidentSearchQueryResultSchema: z.ZodType<T.IncidentSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(IncidentResultSchema),
  }),
);

/** Validates {@link T.TenantFilterEnum}. */
export const TenantFilterEnumSchema: z.ZodType<T.TenantFilterEnum> = checkedSchema(
  z.enum(['PROVIDED', 'ASSIGNED']),
);

/** Validates {@link T.JobActivationRequest}. */
export const JobActivationRequestSchema: z.ZodType<T.JobActivationRequest> = checkedSchema(
  z.strictObject({
    type: z.string(),
    worker: z.string().exactOptional(),
    timeout: z.int(),
    maxJobsToActivate: z.int(),
    fetchVariable: z.array(z.string()).exactOptional(),
    requestTimeout: z.int().exactOptional(),
    tenantIds: z.array(TenantIdSchema).exactOptional(),
    tenantFilter: TenantFilterEnumSchema.exactOptional(),
    withLease: z.boolean().nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobActivationResult}. */
export const JobActivationResultSchema: z.ZodType<T.JobActivationResult> = checkedSchema(
  z.looseObject({
    jobs: z.array(ActivatedJobResultSchema),
  }),
);

/** Validates {@link T.JobKindExactMatch}. */
export const JobKindExactMatchSchema: z.ZodType<T.JobKindExactMatch> = JobKindEnumSchema;

/** Validates {@link T.JobKindFilterProperty}. */
export const JobKindFilterPropertySchema: z.ZodType<T.JobKindFilterProperty> = checkedSchema(
  z.union([JobKindExactMatchSchema, AdvancedJobKindFilterSchema]),
);

/** Validates {@link T.JobListenerEventTypeExactMatch}. */
export const JobListenerEventTypeExactMatchSchema: z.ZodType<T.JobListenerEventTypeExactMatch> =
  JobListenerEventTypeEnumSchema;

/** Validates {@link T.JobListenerEventTypeFilterProperty}. */
export const JobListenerEventTypeFilterPropertySchema: z.ZodType<T.JobListenerEventTypeFilterProperty> =
  checkedSchema(z.union([JobListenerEventTypeExactMatchSchema, AdvancedJobListenerEventTypeFilterSchema]));

/** Validates {@link T.JobStateExactMatch}. */
export const JobStateExactMatchSchema: z.ZodType<T.JobStateExactMatch> = JobStateEnumSchema;

/** Validates {@link T.JobStateFilterProperty}. */
export const JobStateFilterPropertySchema: z.ZodType<T.JobStateFilterProperty> = checkedSchema(
  z.union([JobStateExactMatchSchema, AdvancedJobStateFilterSchema]),
);

/** Validates {@link T.JobFilter}. */
export const JobFilterSchema: z.ZodType<T.JobFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.JobChangeset}. */
export const JobChangesetSchema: z.ZodType<T.JobChangeset> = checkedSchema(
  z.looseObject({
    retries: z.int().nullable().exactOptional(),
    timeout: z.int().nullable().exactOptional(),
    priority: z.int().nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobBatchUpdateRequest}. */
export const JobBatchUpdateRequestSchema: z.ZodType<T.JobBatchUpdateRequest> = checkedSchema(
  z.strictObject({
    filter: JobFilterSchema,
    changeset: JobChangesetSchema,
    operationReference: OperationReferenceSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobResultCorrections}. */
export const JobResultCorrectionsSchema: z.ZodType<T.JobResultCorrections | null> = checkedSchema(
  z.nullable(
    z.looseObject({
      assignee: z.string().nullable().exactOptional(),
      dueDate: z.string().nullable().exactOptional(),
      followUpDate: z.string().nullable().exactOptional(),
      candidateUsers: z.array(z.string()).nullable().exactOptional(),
      candidateGroups: z.array(z.string()).nullable().exactOptional(),
      priority: z.int().min(0).max(100).nullable().exactOptional(),
    }),
  ),
);

/** Validates {@link T.JobResultUserTask}. */
export const JobResultUserTaskSchema: z.ZodType<T.JobResultUserTask | null> = checkedSchema(
  z.nullable(
    z.looseObject({
      denied: z.boolean().nullable().exactOptional(),
      deniedReason: z.string().nullable().exactOptional(),
      corrections: JobResultCorrectionsSchema.exactOptional(),
      type: z.literal('userTask').exactOptional(),
    }),
  ),
);

/** Validates {@link T.JobResultActivateElement}. */
export const JobResultActivateElementSchema: z.ZodType<T.JobResultActivateElement> = checkedSchema(
  z.looseObject({
    elementId: ElementIdSchema.exactOptional(),
    variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobResultAdHocSubProcess}. */
export const JobResultAdHocSubProcessSchema: z.ZodType<T.JobResultAdHocSubProcess | null> = checkedSchema(
  z.nullable(
    z.looseObject({
      activateElements: z.array(JobResultActivateElementSchema).exactOptional(),
      isCompletionConditionFulfilled: z.boolean().exactOptional(),
      isCancelRemainingInstances: z.boolean().exactOptional(),
      type: z.literal('adHocSubProcess').exactOptional(),
    }),
  ),
);

/** Validates {@link T.JobResult}. */
export const JobResultSchema: z.ZodType<T.JobResult> = checkedSchema(
  z.union([JobResultUserTaskSchema, JobResultAdHocSubProcessSchema]),
);

/** Validates {@link T.JobCompletionRequest}. */
export const JobCompletionRequestSchema: z.ZodType<T.JobCompletionRequest> = checkedSchema(
  z.strictObject({
    variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
    result: JobResultSchema.exactOptional(),
    leaseToken: z.string().nullable().exactOptional(),
    businessId: BusinessIdSchema.nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobErrorRequest}. */
export const JobErrorRequestSchema: z.ZodType<T.JobErrorRequest> = checkedSchema(
  z.strictObject({
    errorCode: z.string(),
    errorMessage: z.string().nullable().exactOptional(),
    variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
    leaseToken: z.string().nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobErrorStatisticsFilter}. */
export const JobErrorStatisticsFilterSchema: z.ZodType<T.JobErrorStatisticsFilter> = checkedSchema(
  z.looseObject({
    from: z.string(),
    to: z.string(),
    jobType: z.string(),
    errorCode: StringFilterPropertySchema.exactOptional(),
    errorMessage: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.JobErrorStatisticsItem}. */
export const JobErrorStatisticsItemSchema: z.ZodType<T.JobErrorStatisticsItem> = checkedSchema(
  z.looseObject({
    errorCode: z.string(),
    errorMessage: z.string(),
    workers: z.int(),
  }),
);

/** Validates {@link T.JobErrorStatisticsQuery}. */
export const JobErrorStatisticsQuerySchema: z.ZodType<T.JobErrorStatisticsQuery> = checkedSchema(
  z.looseObject({
    filter: JobErrorStatisticsFilterSchema,
    page: CursorForwardPaginationSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobErrorStatisticsQueryResult}. */
export const JobErrorStatisticsQueryResultSchema: z.ZodType<T.JobErrorStatisticsQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(JobErrorStatisticsItemSchema),
  }),
);

/** Validates {@link T.JobFailRequest}. */
export const JobFailRequestSchema: z.ZodType<T.JobFailRequest> = checkedSchema(
  z.strictObject({
    retries: z.int().exactOptional(),
    errorMessage: z.string().exactOptional(),
    retryBackOff: z.int().exactOptional(),
    variables: z.record(z.string(), z.unknown()).exactOptional(),
    leaseToken: z.string().nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobMetricsConfigurationResponse}. */
export const JobMetricsConfigurationResponseSchema: z.ZodType<T.JobMetricsConfigurationResponse> =
  checkedSchema(
    z.looseObject({
      enabled: z.boolean(),
      exportInterval: z.string(),
      maxWorkerNameLength: z.int(),
      maxJobTypeLength: z.int(),
      maxTenantIdLength: z.int(),
      maxUniqueKeys: z.int(),
    }),
  );

/** Validates {@link T.JobSearchQuerySortRequest}. */
export const JobSearchQuerySortRequestSchema: z.ZodType<T.JobSearchQuerySortRequest> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.JobSearchQuery}. */
export const JobSearchQuerySchema: z.ZodType<T.JobSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(JobSearchQuerySortRequestSchema).exactOptional(),
    filter: JobFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobSearchResult}. */
export const JobSearchResultSchema: z.ZodType<T.JobSearchResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.JobSearchQueryResult}. */
export const JobSearchQueryResultSchema: z.ZodType<T.JobSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(JobSearchResultSchema),
  }),
);

/** Validates {@link T.JobTimeSeriesStatisticsFilter}. */
export const JobTimeSeriesStatisticsFilterSchema: z.ZodType<T.JobTimeSeriesStatisticsFilter> = checkedSchema(
  z.looseObject({
    from: z.string(),
    to: z.string(),
    jobType: z.string(),
    resolution: z.string().exactOptional(),
  }),
);

/** Validates {@link T.JobTimeSeriesStatisticsItem}. */
export const JobTimeSeriesStatisticsItemSchema: z.ZodType<T.JobTimeSeriesStatisticsItem> = checkedSchema(
  z.looseObject({
    time: z.string(),
    created: StatusMetricSchema,
    completed: StatusMetricSchema,
    failed: StatusMetricSchema,
  }),
);

/** Validates {@link T.JobTimeSeriesStatisticsQuery}. */
export const JobTimeSeriesStatisticsQuerySchema: z.ZodType<T.JobTimeSeriesStatisticsQuery> = checkedSchema(
  z.looseObject({
    filter: JobTimeSeriesStatisticsFilterSchema,
    page: CursorForwardPaginationSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobTimeSeriesStatisticsQueryResult}. */
export const JobTimeSeriesStatisticsQueryResultSchema: z.ZodType<T.JobTimeSeriesStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(JobTimeSeriesStatisticsItemSchema),
    }),
  );

/** Validates {@link T.JobTypeStatisticsFilter}. */
export const JobTypeStatisticsFilterSchema: z.ZodType<T.JobTypeStatisticsFilter> = checkedSchema(
  z.looseObject({
    from: z.string(),
    to: z.string(),
    jobType: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.JobTypeStatisticsItem}. */
export const JobTypeStatisticsItemSchema: z.ZodType<T.JobTypeStatisticsItem> = checkedSchema(
  z.looseObject({
    jobType: z.string(),
    created: StatusMetricSchema,
    completed: StatusMetricSchema,
    failed: StatusMetricSchema,
    workers: z.int(),
  }),
);

/** Validates {@link T.JobTypeStatisticsQuery}. */
export const JobTypeStatisticsQuerySchema: z.ZodType<T.JobTypeStatisticsQuery> = checkedSchema(
  z.looseObject({
    filter: JobTypeStatisticsFilterSchema.exactOptional(),
    page: CursorForwardPaginationSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobTypeStatisticsQueryResult}. */
export const JobTypeStatisticsQueryResultSchema: z.ZodType<T.JobTypeStatisticsQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(JobTypeStatisticsItemSchema),
  }),
);

/** Validates {@link T.JobUpdateRequest}. */
export const JobUpdateRequestSchema: z.ZodType<T.JobUpdateRequest> = checkedSchema(
  z.strictObject({
    changeset: JobChangesetSchema,
    operationReference: OperationReferenceSchema.exactOptional(),
    leaseToken: z.string().nullable().exactOptional(),
  }),
);

/** Validates {@link T.JobWorkerStatisticsFilter}. */
export const JobWorkerStatisticsFilterSchema: z.ZodType<T.JobWorkerStatisticsFilter> = checkedSchema(
  z.looseObject({
    from: z.string(),
    to: z.string(),
    jobType: z.string(),
  }),
);

/** Validates {@link T.JobWorkerStatisticsItem}. */
export const JobWorkerStatisticsItemSchema: z.ZodType<T.JobWorkerStatisticsItem> = checkedSchema(
  z.looseObject({
    worker: z.string(),
    created: StatusMetricSchema,
    completed: StatusMetricSchema,
    failed: StatusMetricSchema,
  }),
);

/** Validates {@link T.JobWorkerStatisticsQuery}. */
export const JobWorkerStatisticsQuerySchema: z.ZodType<T.JobWorkerStatisticsQuery> = checkedSchema(
  z.looseObject({
    filter: JobWorkerStatisticsFilterSchema,
    page: CursorForwardPaginationSchema.exactOptional(),
  }),
);

/** Validates {@link T.JobWorkerStatisticsQueryResult}. */
export const JobWorkerStatisticsQueryResultSchema: z.ZodType<T.JobWorkerStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(JobWorkerStatisticsItemSchema),
    }),
  );

/** Validates {@link T.LicenseResponse}. */
export const LicenseResponseSchema: z.ZodType<T.LicenseResponse> = checkedSchema(
  z.looseObject({
    validLicense: z.boolean(),
    licenseType: z.string(),
    isCommercial: z.boolean(),
    expiresAt: z.string().nullable(),
  }),
);

/** Validates {@link T.LongKey}. */
export const LongKeySchema: z.ZodType<T.LongKey> = checkedSchema(
  z.string().check(z.minLength(1), z.maxLength(25), z.regex(/^-?[0-9]+$/u)),
);

/** Validates {@link T.MappingRuleCreateRequest}. */
export const MappingRuleCreateRequestSchema: z.ZodType<T.MappingRuleCreateRequest> = checkedSchema(
  z.strictObject({
    claimName: z.string(),
    claimValue: z.string(),
    name: z.string(),
    mappingRuleId: MappingRuleIdSchema,
  }),
);

/** Validates {@link T.MappingRuleCreateUpdateResult}. */
export const MappingRuleCreateUpdateResultSchema: z.ZodType<T.MappingRuleCreateUpdateResult> = checkedSchema(
  z.looseObject({
    claimName: z.string(),
    claimValue: z.string(),
    name: z.string(),
    mappingRuleId: MappingRuleIdSchema,
  }),
);

/** Validates {@link T.MappingRuleCreateResult}. */
export const MappingRuleCreateResultSchema: z.ZodType<T.MappingRuleCreateResult> =
  MappingRuleCreateUpdateResultSchema;

/** Validates {@link T.MappingRuleCreateUpdateRequest}. */
export const MappingRuleCreateUpdateRequestSchema: z.ZodType<T.MappingRuleCreateUpdateRequest> =
  checkedSchema(
    z.looseObject({
      claimName: z.string(),
      claimValue: z.string(),
      name: z.string(),
    }),
  );

/** Validates {@link T.MappingRuleFilter}. */
export const MappingRuleFilterSchema: z.ZodType<T.MappingRuleFilter> = checkedSchema(
  z.looseObject({
    claimName: z.string().exactOptional(),
    claimValue: z.string().exactOptional(),
    name: z.string().exactOptional(),
    mappingRuleId: MappingRuleIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.MappingRuleSearchQuerySortRequest}. */
export const MappingRuleSearchQuerySortRequestSchema: z.ZodType<T.MappingRuleSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['mappingRuleId', 'claimName', 'claimValue', 'name']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.MappingRuleSearchQueryRequest}. */
export const MappingRuleSearchQueryRequestSchema: z.ZodType<T.MappingRuleSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(MappingRuleSearchQuerySortRequestSchema).exactOptional(),
    filter: MappingRuleFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.MappingRuleSearchQueryResult}. */
export const MappingRuleSearchQueryResultSchema: z.ZodType<T.MappingRuleSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(MappingRuleResultSchema),
  }),
);

/** Validates {@link T.MappingRuleUpdateRequest}. */
export const MappingRuleUpdateRequestSchema: z.ZodType<T.MappingRuleUpdateRequest> =
  MappingRuleCreateUpdateRequestSchema;

/** Validates {@link T.MappingRuleUpdateResult}. */
export const MappingRuleUpdateResultSchema: z.ZodType<T.MappingRuleUpdateResult> =
  MappingRuleCreateUpdateResultSchema;

/** Validates {@link T.MessageCorrelationRequest}. */
export const MessageCorrelationRequestSchema: z.ZodType<T.MessageCorrelationRequest> = checkedSchema(
  z.strictObject({
    name: z.string(),
    correlationKey: z.string().exactOptional(),
    variables: z.record(z.string(), z.unknown()).exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
    businessId: BusinessIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.MessageCorrelationResult}. */
export const MessageCorrelationResultSchema: z.ZodType<T.MessageCorrelationResult> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema,
    messageKey: MessageKeySchema,
    processInstanceKey: ProcessInstanceKeySchema,
  }),
);

/** Validates {@link T.MessagePublicationRequest}. */
export const MessagePublicationRequestSchema: z.ZodType<T.MessagePublicationRequest> = checkedSchema(
  z.strictObject({
    name: z.string(),
    correlationKey: z.string().exactOptional(),
    timeToLive: z.int().exactOptional(),
    messageId: z.string().exactOptional(),
    variables: z.record(z.string(), z.unknown()).exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
    businessId: BusinessIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.MessagePublicationResult}. */
export const MessagePublicationResultSchema: z.ZodType<T.MessagePublicationResult> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema,
    messageKey: MessageKeySchema,
  }),
);

/** Validates {@link T.MessageSubscriptionStateExactMatch}. */
export const MessageSubscriptionStateExactMatchSchema: z.ZodType<T.MessageSubscriptionStateExactMatch> =
  MessageSubscriptionStateEnumSchema;

/** Validates {@link T.MessageSubscriptionStateFilterProperty}. */
export const MessageSubscriptionStateFilterPropertySchema: z.ZodType<T.MessageSubscriptionStateFilterProperty> =
  checkedSchema(
    z.union([MessageSubscriptionStateExactMatchSchema, AdvancedMessageSubscriptionStateFilterSchema]),
  );

/** Validates {@link T.MessageSubscriptionTypeExactMatch}. */
export const MessageSubscriptionTypeExactMatchSchema: z.ZodType<T.MessageSubscriptionTypeExactMatch> =
  MessageSubscriptionTypeEnumSchema;

/** Validates {@link T.MessageSubscriptionTypeFilterProperty}. */
export const MessageSubscriptionTypeFilterPropertySchema: z.ZodType<T.MessageSubscriptionTypeFilterProperty> =
  checkedSchema(
    z.union([MessageSubscriptionTypeExactMatchSchema, AdvancedMessageSubscriptionTypeFilterSchema]),
  );

/** Validates {@link T.MessageSubscriptionFilter}. */
export const MessageSubscriptionFilterSchema: z.ZodType<T.MessageSubscriptionFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.MessageSubscriptionResult}. */
export const MessageSubscriptionResultSchema: z.ZodType<T.MessageSubscriptionResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.MessageSubscriptionSearchQuerySortRequest}. */
export const MessageSubscriptionSearchQuerySortRequestSchema: z.ZodType<T.MessageSubscriptionSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.MessageSubscriptionSearchQuery}. */
export const MessageSubscriptionSearchQuerySchema: z.ZodType<T.MessageSubscriptionSearchQuery> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(MessageSubscriptionSearchQuerySortRequestSchema).exactOptional(),
      filter: MessageSubscriptionFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.MessageSubscriptionSearchQueryResult}. */
export const MessageSubscriptionSearchQueryResultSchema: z.ZodType<T.MessageSubscriptionSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(MessageSubscriptionResultSchema),
    }),
  );

/** Validates {@link T.MigrateProcessInstanceMappingInstruction}. */
export const MigrateProcessInstanceMappingInstructionSchema: z.ZodType<T.MigrateProcessInstanceMappingInstruction> =
  checkedSchema(
    z.looseObject({
      sourceElementId: ElementIdSchema,
      targetElementId: ElementIdSchema,
    }),
  );

/** Validates {@link T.Mode}. */
export const ModeSchema: z.ZodType<T.Mode> = checkedSchema(z.enum(['PROCESSING', 'RECOVERING']));

/** Validates {@link T.ModifyProcessInstanceVariableInstruction}. */
export const ModifyProcessInstanceVariableInstructionSchema: z.ZodType<T.ModifyProcessInstanceVariableInstruction> =
  checkedSchema(
    z.looseObject({
      variables: z.record(z.string(), z.unknown()),
      scopeId: z.string().exactOptional(),
    }),
  );

/** Validates {@link T.OwnAuthorizationSearchResult}. */
export const OwnAuthorizationSearchResultSchema: z.ZodType<T.OwnAuthorizationSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(AuthorizationResultSchema),
    authorizationsEnabled: z.boolean(),
  }),
);

/** Validates {@link T.ProblemDetail}. */
export const ProblemDetailSchema: z.ZodType<T.ProblemDetail> = checkedSchema(
  z.looseObject({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(600),
    detail: z.string(),
    instance: z.string(),
  }),
);

/** Validates {@link T.ProcessDefinitionStatisticsFilter}. */
export const ProcessDefinitionStatisticsFilterSchema: z.ZodType<T.ProcessDefinitionStatisticsFilter> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.ProcessDefinitionElementStatisticsQuery}. */
export const ProcessDefinitionElementStatisticsQuerySchema: z.ZodType<T.ProcessDefinitionElementStatisticsQuery> =
  checkedSchema(
    z.strictObject({
      filter: ProcessDefinitionStatisticsFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessElementStatisticsResult}. */
export const ProcessElementStatisticsResultSchema: z.ZodType<T.ProcessElementStatisticsResult> =
  checkedSchema(
    z.looseObject({
      elementId: ElementIdSchema,
      active: z.int(),
      canceled: z.int(),
      incidents: z.int(),
      completed: z.int(),
    }),
  );

/** Validates {@link T.ProcessDefinitionElementStatisticsQueryResult}. */
export const ProcessDefinitionElementStatisticsQueryResultSchema: z.ZodType<T.ProcessDefinitionElementStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      items: z.array(ProcessElementStatisticsResultSchema),
    }),
  );

/** Validates {@link T.ProcessDefinitionFilter}. */
export const ProcessDefinitionFilterSchema: z.ZodType<T.ProcessDefinitionFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.ProcessDefinitionInstanceStatisticsQuerySortRequest}. */
export const ProcessDefinitionInstanceStatisticsQuerySortRequestSchema: z.ZodType<T.ProcessDefinitionInstanceStatisticsQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum([
        'processDefinitionId',
        'activeInstancesWithIncidentCount',
        'activeInstancesWithoutIncidentCount',
      ]),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceStatisticsQuery}. */
export const ProcessDefinitionInstanceStatisticsQuerySchema: z.ZodType<T.ProcessDefinitionInstanceStatisticsQuery> =
  checkedSchema(
    z.looseObject({
      page: OffsetPaginationSchema.exactOptional(),
      sort: z.exactOptional(z.array(ProcessDefinitionInstanceStatisticsQuerySortRequestSchema)),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceStatisticsResult}. */
export const ProcessDefinitionInstanceStatisticsResultSchema: z.ZodType<T.ProcessDefinitionInstanceStatisticsResult> =
  checkedSchema(
    z.looseObject({
      processDefinitionId: ProcessDefinitionIdSchema,
      tenantId: TenantIdSchema,
      latestProcessDefinitionName: z.string().nullable(),
      hasMultipleVersions: z.boolean(),
      activeInstancesWithoutIncidentCount: z.int(),
      activeInstancesWithIncidentCount: z.int(),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceStatisticsQueryResult}. */
export const ProcessDefinitionInstanceStatisticsQueryResultSchema: z.ZodType<T.ProcessDefinitionInstanceStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ProcessDefinitionInstanceStatisticsResultSchema),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsFilter}. */
export const ProcessDefinitionInstanceVersionStatisticsFilterSchema: z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsFilter> =
  checkedSchema(
    z.looseObject({
      processDefinitionId: ProcessDefinitionIdSchema,
      tenantId: TenantIdSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsQuerySortRequest}. */
export const ProcessDefinitionInstanceVersionStatisticsQuerySortRequestSchema: z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum([
        'processDefinitionId',
        'processDefinitionKey',
        'processDefinitionName',
        'processDefinitionVersion',
        'activeInstancesWithIncidentCount',
        'activeInstancesWithoutIncidentCount',
      ]),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsQuery}. */
export const ProcessDefinitionInstanceVersionStatisticsQuerySchema: z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsQuery> =
  checkedSchema(
    z.looseObject({
      page: OffsetPaginationSchema.exactOptional(),
      sort: z.exactOptional(z.array(ProcessDefinitionInstanceVersionStatisticsQuerySortRequestSchema)),
      filter: ProcessDefinitionInstanceVersionStatisticsFilterSchema,
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsResult}. */
export const ProcessDefinitionInstanceVersionStatisticsResultSchema: z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsResult> =
  checkedSchema(
    z.looseObject({
      processDefinitionId: ProcessDefinitionIdSchema,
      processDefinitionKey: ProcessDefinitionKeySchema,
      processDefinitionName: z.string().nullable(),
      tenantId: TenantIdSchema,
      processDefinitionVersion: z.int(),
      activeInstancesWithIncidentCount: z.int(),
      activeInstancesWithoutIncidentCount: z.int(),
    }),
  );

/** Validates {@link T.ProcessDefinitionInstanceVersionStatisticsQueryResult}. */
export const ProcessDefinitionInstanceVersionStatisticsQueryResultSchema: z.ZodType<T.ProcessDefinitionInstanceVersionStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ProcessDefinitionInstanceVersionStatisticsResultSchema),
    }),
  );

/** Validates {@link T.ProcessDefinitionMessageSubscriptionStatisticsQuery}. */
export const ProcessDefinitionMessageSubscriptionStatisticsQuerySchema: z.ZodType<T.ProcessDefinitionMessageSubscriptionStatisticsQuery> =
  checkedSchema(
    z.looseObject({
      page: CursorForwardPaginationSchema.exactOptional(),
      filter: MessageSubscriptionFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessDefinitionMessageSubscriptionStatisticsResult}. */
export const ProcessDefinitionMessageSubscriptionStatisticsResultSchema: z.ZodType<T.ProcessDefinitionMessageSubscriptionStatisticsResult> =
  checkedSchema(
    z.looseObject({
      processDefinitionId: ProcessDefinitionIdSchema,
      tenantId: TenantIdSchema,
      processDefinitionKey: ProcessDefinitionKeySchema,
      processInstancesWithActiveSubscriptions: z.int(),
      activeSubscriptions: z.int(),
    }),
  );

/** Validates {@link T.ProcessDefinitionMessageSubscriptionStatisticsQueryResult}. */
export const ProcessDefinitionMessageSubscriptionStatisticsQueryResultSchema: z.ZodType<T.ProcessDefinitionMessageSubscriptionStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ProcessDefinitionMessageSubscriptionStatisticsResultSchema),
    }),
  );

/** Validates {@link T.ProcessDefinitionResult}. */
export const ProcessDefinitionResultSchema: z.ZodType<T.ProcessDefinitionResult> = checkedSchema(
  z.looseObject({
    name: z.string().nullable(),
    resourceName: z.string(),
    version: z.int(),
    versionTag: z.string().nullable(),
    processDefinitionId: ProcessDefinitionIdSchema,
    tenantId: TenantIdSchema,
    processDefinitionKey: ProcessDefinitionKeySchema,
    hasStartForm: z.boolean(),
    state: z.enum(['ACTIVE', 'DRAINING', 'DELETED']),
  }),
);

/** Validates {@link T.ProcessDefinitionSearchQuerySortRequest}. */
export const ProcessDefinitionSearchQuerySortRequestSchema: z.ZodType<T.ProcessDefinitionSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.ProcessDefinitionSearchQuery}. */
export const ProcessDefinitionSearchQuerySchema: z.ZodType<T.ProcessDefinitionSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(ProcessDefinitionSearchQuerySortRequestSchema).exactOptional(),
    filter: ProcessDefinitionFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.ProcessDefinitionSearchQueryResult}. */
export const ProcessDefinitionSearchQueryResultSchema: z.ZodType<T.ProcessDefinitionSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ProcessDefinitionResultSchema),
    }),
  );

/** Validates {@link T.ProcessDefinitionVariableNameFilter}. */
export const ProcessDefinitionVariableNameFilterSchema: z.ZodType<T.ProcessDefinitionVariableNameFilter> =
  checkedSchema(
    z.strictObject({
      name: StringFilterPropertySchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessDefinitionVariableNameSearchQuery}. */
export const ProcessDefinitionVariableNameSearchQuerySchema: z.ZodType<T.ProcessDefinitionVariableNameSearchQuery> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      filter: ProcessDefinitionVariableNameFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessDefinitionVariableNameSearchResult}. */
export const ProcessDefinitionVariableNameSearchResultSchema: z.ZodType<T.ProcessDefinitionVariableNameSearchResult> =
  checkedSchema(
    z.looseObject({
      name: z.string(),
    }),
  );

/** Validates {@link T.ProcessDefinitionVariableNameSearchQueryResult}. */
export const ProcessDefinitionVariableNameSearchQueryResultSchema: z.ZodType<T.ProcessDefinitionVariableNameSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ProcessDefinitionVariableNameSearchResultSchema),
    }),
  );

/** Validates {@link T.ProcessInstanceBusinessIdAssignmentInstruction}. */
export const ProcessInstanceBusinessIdAssignmentInstructionSchema: z.ZodType<T.ProcessInstanceBusinessIdAssignmentInstruction> =
  checkedSchema(
    z.strictObject({
      businessId: BusinessIdSchema,
    }),
  );

/** Validates {@link T.ProcessInstanceCallHierarchyEntry}. */
export const ProcessInstanceCallHierarchyEntrySchema: z.ZodType<T.ProcessInstanceCallHierarchyEntry> =
  checkedSchema(
    z.looseObject({
      processInstanceKey: ProcessInstanceKeySchema,
      processDefinitionKey: ProcessDefinitionKeySchema,
      processDefinitionName: z.string(),
    }),
  );

/** Validates {@link T.ProcessInstanceFilterFields}. */
export const ProcessInstanceFilterFieldsSchema: z.ZodType<T.ProcessInstanceFilterFields> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.ProcessInstanceFilter}. */
export const ProcessInstanceFilterSchema: z.ZodType<T.ProcessInstanceFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.ProcessInstanceCancellationBatchOperationRequest}. */
export const ProcessInstanceCancellationBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceCancellationBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceCreationStartInstruction}. */
export const ProcessInstanceCreationStartInstructionSchema: z.ZodType<T.ProcessInstanceCreationStartInstruction> =
  checkedSchema(
    z.looseObject({
      elementId: ElementIdSchema,
    }),
  );

/** Validates {@link T.ProcessInstanceCreationTerminateInstruction}. */
export const ProcessInstanceCreationTerminateInstructionSchema: z.ZodType<T.ProcessInstanceCreationTerminateInstruction> =
  checkedSchema(
    z.looseObject({
      type: z.literal('TERMINATE_PROCESS_INSTANCE').exactOptional(),
      afterElementId: ElementIdSchema,
    }),
  );

/** Validates {@link T.ProcessInstanceCreationRuntimeInstruction}. */
export const ProcessInstanceCreationRuntimeInstructionSchema: z.ZodType<T.ProcessInstanceCreationRuntimeInstruction> =
  ProcessInstanceCreationTerminateInstructionSchema;

/** Validates {@link T.ProcessInstanceCreationInstructionByKey}. */
export const ProcessInstanceCreationInstructionByKeySchema: z.ZodType<T.ProcessInstanceCreationInstructionByKey> =
  checkedSchema(
    z.strictObject({
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
    }),
  );

/** Validates {@link T.ProcessInstanceCreationInstructionById}. */
export const ProcessInstanceCreationInstructionByIdSchema: z.ZodType<T.ProcessInstanceCreationInstructionById> =
  checkedSchema(
    z.strictObject({
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
    }),
  );

/** Validates {@link T.ProcessInstanceCreationInstruction}. */
export const ProcessInstanceCreationInstructionSchema: z.ZodType<T.ProcessInstanceCreationInstruction> =
  checkedSchema(
    z.union([ProcessInstanceCreationInstructionByKeySchema, ProcessInstanceCreationInstructionByIdSchema]),
  );

/** Validates {@link T.ProcessInstanceDeletionBatchOperationRequest}. */
export const ProcessInstanceDeletionBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceDeletionBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceElementStatisticsQueryResult}. */
export const ProcessInstanceElementStatisticsQueryResultSchema: z.ZodType<T.ProcessInstanceElementStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      items: z.array(ProcessElementStatisticsResultSchema),
    }),
  );

/** Validates {@link T.ProcessInstanceIncidentResolutionBatchOperationRequest}. */
export const ProcessInstanceIncidentResolutionBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceIncidentResolutionBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceMigrationBatchOperationPlan}. */
export const ProcessInstanceMigrationBatchOperationPlanSchema: z.ZodType<T.ProcessInstanceMigrationBatchOperationPlan> =
  checkedSchema(
    z.looseObject({
      targetProcessDefinitionKey: ProcessDefinitionKeySchema,
      mappingInstructions: z.array(MigrateProcessInstanceMappingInstructionSchema),
    }),
  );

/** Validates {@link T.ProcessInstanceMigrationBatchOperationRequest}. */
export const ProcessInstanceMigrationBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceMigrationBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      migrationPlan: ProcessInstanceMigrationBatchOperationPlanSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceMigrationInstruction}. */
export const ProcessInstanceMigrationInstructionSchema: z.ZodType<T.ProcessInstanceMigrationInstruction> =
  checkedSchema(
    z.strictObject({
      targetProcessDefinitionKey: ProcessDefinitionKeySchema,
      mappingInstructions: z.array(MigrateProcessInstanceMappingInstructionSchema),
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceModificationActivateInstruction}. */
export const ProcessInstanceModificationActivateInstructionSchema: z.ZodType<T.ProcessInstanceModificationActivateInstruction> =
  checkedSchema(
    z.looseObject({
      elementId: ElementIdSchema,
      variableInstructions: z.array(ModifyProcessInstanceVariableInstructionSchema).exactOptional(),
      ancestorElementInstanceKey: ElementInstanceKeySchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceModificationMoveBatchOperationInstruction}. */
export const ProcessInstanceModificationMoveBatchOperationInstructionSchema: z.ZodType<T.ProcessInstanceModificationMoveBatchOperationInstruction> =
  checkedSchema(
    z.looseObject({
      sourceElementId: ElementIdSchema,
      targetElementId: ElementIdSchema,
    }),
  );

/** Validates {@link T.ProcessInstanceModificationBatchOperationRequest}. */
export const ProcessInstanceModificationBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceModificationBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      moveInstructions: z.array(ProcessInstanceModificationMoveBatchOperationInstructionSchema),
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.SourceElementIdInstruction}. */
export const SourceElementIdInstructionSchema: z.ZodType<T.SourceElementIdInstruction> = checkedSchema(
  z.looseObject({
    sourceType: z.literal('byId'),
    sourceElementId: ElementIdSchema,
  }),
);

/** Validates {@link T.SourceElementInstanceKeyInstruction}. */
export const SourceElementInstanceKeyInstructionSchema: z.ZodType<T.SourceElementInstanceKeyInstruction> =
  checkedSchema(
    z.looseObject({
      sourceType: z.literal('byKey'),
      sourceElementInstanceKey: ElementInstanceKeySchema,
    }),
  );

/** Validates {@link T.SourceElementInstruction}. */
export const SourceElementInstructionSchema: z.ZodType<T.SourceElementInstruction> = checkedSchema(
  z.union([SourceElementIdInstructionSchema, SourceElementInstanceKeyInstructionSchema]),
);

/** Validates {@link T.ProcessInstanceModificationMoveInstruction}. */
export const ProcessInstanceModificationMoveInstructionSchema: z.ZodType<T.ProcessInstanceModificationMoveInstruction> =
  checkedSchema(
    z.looseObject({
      sourceElementInstruction: SourceElementInstructionSchema,
      targetElementId: ElementIdSchema,
      ancestorScopeInstruction: AncestorScopeInstructionSchema.exactOptional(),
      variableInstructions: z.array(ModifyProcessInstanceVariableInstructionSchema).exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceModificationTerminateByIdInstruction}. */
export const ProcessInstanceModificationTerminateByIdInstructionSchema: z.ZodType<T.ProcessInstanceModificationTerminateByIdInstruction> =
  checkedSchema(
    z.looseObject({
      elementId: ElementIdSchema,
    }),
  );

/** Validates {@link T.ProcessInstanceModificationTerminateByKeyInstruction}. */
export const ProcessInstanceModificationTerminateByKeyInstructionSchema: z.ZodType<T.ProcessInstanceModificationTerminateByKeyInstruction> =
  checkedSchema(
    z.looseObject({
      elementInstanceKey: ElementInstanceKeySchema,
    }),
  );

/** Validates {@link T.ProcessInstanceModificationTerminateInstruction}. */
export const ProcessInstanceModificationTerminateInstructionSchema: z.ZodType<T.ProcessInstanceModificationTerminateInstruction> =
  checkedSchema(
    z.union([
      ProcessInstanceModificationTerminateByIdInstructionSchema,
      ProcessInstanceModificationTerminateByKeyInstructionSchema,
    ]),
  );

/** Validates {@link T.ProcessInstanceModificationInstruction}. */
export const ProcessInstanceModificationInstructionSchema: z.ZodType<T.ProcessInstanceModificationInstruction> =
  checkedSchema(
    z.strictObject({
      operationReference: OperationReferenceSchema.exactOptional(),
      activateInstructions: z.exactOptional(z.array(ProcessInstanceModificationActivateInstructionSchema)),
      moveInstructions: z.array(ProcessInstanceModificationMoveInstructionSchema).exactOptional(),
      terminateInstructions: z.exactOptional(z.array(ProcessInstanceModificationTerminateInstructionSchema)),
    }),
  );

/** Validates {@link T.ProcessInstanceResult}. */
export const ProcessInstanceResultSchema: z.ZodType<T.ProcessInstanceResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.ProcessInstanceResumptionBatchOperationRequest}. */
export const ProcessInstanceResumptionBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceResumptionBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceSearchQuerySortRequest}. */
export const ProcessInstanceSearchQuerySortRequestSchema: z.ZodType<T.ProcessInstanceSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.ProcessInstanceSearchQuery}. */
export const ProcessInstanceSearchQuerySchema: z.ZodType<T.ProcessInstanceSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(ProcessInstanceSearchQuerySortRequestSchema).exactOptional(),
    filter: ProcessInstanceFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.ProcessInstanceSearchQueryResult}. */
export const ProcessInstanceSearchQueryResultSchema: z.ZodType<T.ProcessInstanceSearchQueryResult> =
  checkedSchema(
    z.looseObject({
      page: SearchQueryPageResponseSchema,
      items: z.array(ProcessInstanceResultSchema),
    }),
  );

/** Validates {@link T.ProcessInstanceSequenceFlowResult}. */
export const ProcessInstanceSequenceFlowResultSchema: z.ZodType<T.ProcessInstanceSequenceFlowResult> =
  checkedSchema(
    z.looseObject({
      sequenceFlowId: z.string(),
      processInstanceKey: ProcessInstanceKeySchema,
      rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
      processDefinitionKey: ProcessDefinitionKeySchema,
      processDefinitionId: ProcessDefinitionIdSchema,
      elementId: ElementIdSchema,
      tenantId: TenantIdSchema,
    }),
  );

/** Validates {@link T.ProcessInstanceSequenceFlowsQueryResult}. */
export const ProcessInstanceSequenceFlowsQueryResultSchema: z.ZodType<T.ProcessInstanceSequenceFlowsQueryResult> =
  checkedSchema(
    z.looseObject({
      items: z.array(ProcessInstanceSequenceFlowResultSchema),
    }),
  );

/** Validates {@link T.ProcessInstanceSuspensionBatchOperationRequest}. */
export const ProcessInstanceSuspensionBatchOperationRequestSchema: z.ZodType<T.ProcessInstanceSuspensionBatchOperationRequest> =
  checkedSchema(
    z.strictObject({
      filter: ProcessInstanceFilterSchema,
      operationReference: OperationReferenceSchema.exactOptional(),
    }),
  );

/** Validates {@link T.ProcessInstanceWaitStateStatisticsResult}. */
export const ProcessInstanceWaitStateStatisticsResultSchema: z.ZodType<T.ProcessInstanceWaitStateStatisticsResult> =
  checkedSchema(
    z.looseObject({
      elementId: ElementIdSchema,
      waitingCount: z.int(),
    }),
  );

/** Validates {@link T.ProcessInstanceWaitStateStatisticsQueryResult}. */
export const ProcessInstanceWaitStateStatisticsQueryResultSchema: z.ZodType<T.ProcessInstanceWaitStateStatisticsQueryResult> =
  checkedSchema(
    z.looseObject({
      items: z.array(ProcessInstanceWaitStateStatisticsResultSchema),
    }),
  );

/** Validates {@link T.ResolvedSecret}. */
export const ResolvedSecretSchema: z.ZodType<T.ResolvedSecret> = checkedSchema(
  z.looseObject({
    reference: z.string(),
    value: z.string(),
  }),
);

/** Validates {@link T.ResourceFilter}. */
export const ResourceFilterSchema: z.ZodType<T.ResourceFilter> = checkedSchema(
  z.looseObject({
    resourceKey: ResourceKeyFilterPropertySchema.exactOptional(),
    resourceName: StringFilterPropertySchema.exactOptional(),
    resourceId: StringFilterPropertySchema.exactOptional(),
    version: IntegerFilterPropertySchema.exactOptional(),
    versionTag: StringFilterPropertySchema.exactOptional(),
    deploymentKey: DeploymentKeyFilterPropertySchema.exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.ResourceResult}. */
export const ResourceResultSchema: z.ZodType<T.ResourceResult> = checkedSchema(
  z.looseObject({
    resourceName: z.string(),
    version: z.int(),
    versionTag: z.string().nullable(),
    resourceId: z.string(),
    tenantId: TenantIdSchema,
    resourceKey: ResourceKeySchema,
  }),
);

/** Validates {@link T.ResourceSearchQuerySortRequest}. */
export const ResourceSearchQuerySortRequestSchema: z.ZodType<T.ResourceSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.ResourceSearchQuery}. */
export const ResourceSearchQuerySchema: z.ZodType<T.ResourceSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(ResourceSearchQuerySortRequestSchema).exactOptional(),
    filter: ResourceFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.ResourceSearchQueryResult}. */
export const ResourceSearchQueryResultSchema: z.ZodType<T.ResourceSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(ResourceResultSchema),
  }),
);

/** Validates {@link T.RestorePartitionStatus}. */
export const RestorePartitionStatusSchema: z.ZodType<T.RestorePartitionStatus> = checkedSchema(
  z.looseObject({
    partitionId: z.int(),
    state: z.enum(['PENDING', 'RESTORING', 'RESTORED']),
    backupIds: z.array(z.int()),
    completedAt: z.string().nullable(),
  }),
);

/** Validates {@link T.RestoreBrokerStatus}. */
export const RestoreBrokerStatusSchema: z.ZodType<T.RestoreBrokerStatus> = checkedSchema(
  z.looseObject({
    brokerId: z.string(),
    partitionsRestored: z.int(),
    partitionsToRestore: z.int(),
    partitions: z.array(RestorePartitionStatusSchema),
  }),
);

/** Validates {@link T.RestoreStatusResponse}. */
export const RestoreStatusResponseSchema: z.ZodType<T.RestoreStatusResponse> = checkedSchema(
  z.looseObject({
    status: z.enum(['IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED']),
    changeId: z.string(),
    startedAt: z.string().nullable(),
    brokers: z.array(RestoreBrokerStatusSchema),
  }),
);

/** Validates {@link T.ResumeProcessInstanceRequest}. */
export const ResumeProcessInstanceRequestSchema: z.ZodType<T.ResumeProcessInstanceRequest | null> =
  checkedSchema(
    z.nullable(
      z.strictObject({
        operationReference: OperationReferenceSchema.exactOptional(),
      }),
    ),
  );

/** Validates {@link T.RoleClientResult}. */
export const RoleClientResultSchema: z.ZodType<T.RoleClientResult> = checkedSchema(
  z.looseObject({
    clientId: ClientIdSchema,
  }),
);

/** Validates {@link T.RoleClientSearchQuerySortRequest}. */
export const RoleClientSearchQuerySortRequestSchema: z.ZodType<T.RoleClientSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['clientId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.RoleClientSearchQueryRequest}. */
export const RoleClientSearchQueryRequestSchema: z.ZodType<T.RoleClientSearchQueryRequest> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(RoleClientSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.RoleClientSearchResult}. */
export const RoleClientSearchResultSchema: z.ZodType<T.RoleClientSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(RoleClientResultSchema),
  }),
);

/** Validates {@link T.RoleCreateRequest}. */
export const RoleCreateRequestSchema: z.ZodType<T.RoleCreateRequest> = checkedSchema(
  z.strictObject({
    roleId: RoleIdSchema,
    name: z.string(),
    description: z.string().exactOptional(),
  }),
);

/** Validates {@link T.RoleCreateResult}. */
export const RoleCreateResultSchema: z.ZodType<T.RoleCreateResult> = checkedSchema(
  z.looseObject({
    roleId: RoleIdSchema,
    name: z.string(),
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.RoleFilter}. */
export const RoleFilterSchema: z.ZodType<T.RoleFilter> = checkedSchema(
  z.looseObject({
    roleId: RoleIdSchema.exactOptional(),
    name: z.string().exactOptional(),
  }),
);

/** Validates {@link T.RoleGroupResult}. */
export const RoleGroupResultSchema: z.ZodType<T.RoleGroupResult> = checkedSchema(
  z.looseObject({
    groupId: GroupIdSchema,
  }),
);

/** Validates {@link T.RoleGroupSearchQuerySortRequest}. */
export const RoleGroupSearchQuerySortRequestSchema: z.ZodType<T.RoleGroupSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['groupId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.RoleGroupSearchQueryRequest}. */
export const RoleGroupSearchQueryRequestSchema: z.ZodType<T.RoleGroupSearchQueryRequest> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(RoleGroupSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.RoleGroupSearchResult}. */
export const RoleGroupSearchResultSchema: z.ZodType<T.RoleGroupSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(RoleGroupResultSchema),
  }),
);

/** Validates {@link T.RoleMappingRuleSearchResult}. */
export const RoleMappingRuleSearchResultSchema: z.ZodType<T.RoleMappingRuleSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(MappingRuleResultSchema),
  }),
);

/** Validates {@link T.RoleSearchQuerySortRequest}. */
export const RoleSearchQuerySortRequestSchema: z.ZodType<T.RoleSearchQuerySortRequest> = checkedSchema(
  z.looseObject({
    field: z.enum(['name', 'roleId']),
    order: SortOrderEnumSchema.exactOptional(),
  }),
);

/** Validates {@link T.RoleSearchQueryRequest}. */
export const RoleSearchQueryRequestSchema: z.ZodType<T.RoleSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(RoleSearchQuerySortRequestSchema).exactOptional(),
    filter: RoleFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.RoleSearchQueryResult}. */
export const RoleSearchQueryResultSchema: z.ZodType<T.RoleSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(RoleResultSchema),
  }),
);

/** Validates {@link T.RoleUpdateRequest}. */
export const RoleUpdateRequestSchema: z.ZodType<T.RoleUpdateRequest> = checkedSchema(
  z.looseObject({
    name: z.string(),
    description: z.string().exactOptional(),
  }),
);

/** Validates {@link T.RoleUpdateResult}. */
export const RoleUpdateResultSchema: z.ZodType<T.RoleUpdateResult> = checkedSchema(
  z.looseObject({
    name: z.string(),
    description: z.string().nullable(),
    roleId: RoleIdSchema,
  }),
);

/** Validates {@link T.RoleUserResult}. */
export const RoleUserResultSchema: z.ZodType<T.RoleUserResult> = checkedSchema(
  z.looseObject({
    username: UsernameSchema,
  }),
);

/** Validates {@link T.RoleUserSearchQuerySortRequest}. */
export const RoleUserSearchQuerySortRequestSchema: z.ZodType<T.RoleUserSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['username']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.RoleUserSearchQueryRequest}. */
export const RoleUserSearchQueryRequestSchema: z.ZodType<T.RoleUserSearchQueryRequest> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(RoleUserSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.RoleUserSearchResult}. */
export const RoleUserSearchResultSchema: z.ZodType<T.RoleUserSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(RoleUserResultSchema),
  }),
);

/** Validates {@link T.ScopeKeyExactMatch}. */
export const ScopeKeyExactMatchSchema: z.ZodType<T.ScopeKeyExactMatch> = ScopeKeySchema;

/** Validates {@link T.ScopeKeyFilterProperty}. */
export const ScopeKeyFilterPropertySchema: z.ZodType<T.ScopeKeyFilterProperty> = checkedSchema(
  z.union([ScopeKeyExactMatchSchema, AdvancedScopeKeyFilterSchema]),
);

/** Validates {@link T.SearchQueryRequest}. */
export const SearchQueryRequestSchema: z.ZodType<T.SearchQueryRequest> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
  }),
);

/** Validates {@link T.SearchQueryResponse}. */
export const SearchQueryResponseSchema: z.ZodType<T.SearchQueryResponse> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
  }),
);

/** Validates {@link T.SecretErrorCode}. */
export const SecretErrorCodeSchema: z.ZodType<T.SecretErrorCode> = checkedSchema(
  z.enum(['NOT_FOUND', 'ACCESS_DENIED', 'INVALID_REFERENCE', 'UNREADABLE']),
);

/** Validates {@link T.SecretListRequest}. */
export const SecretListRequestSchema: z.ZodType<T.SecretListRequest> = checkedSchema(z.strictObject({}));

/** Validates {@link T.SecretListResult}. */
export const SecretListResultSchema: z.ZodType<T.SecretListResult> = checkedSchema(
  z.looseObject({
    references: z.array(z.string()),
  }),
);

/** Validates {@link T.SecretResolutionError}. */
export const SecretResolutionErrorSchema: z.ZodType<T.SecretResolutionError> = checkedSchema(
  z.looseObject({
    reference: z.string(),
    code: SecretErrorCodeSchema,
    message: z.string(),
  }),
);

/** Validates {@link T.SecretResolveRequest}. */
export const SecretResolveRequestSchema: z.ZodType<T.SecretResolveRequest> = checkedSchema(
  z.looseObject({
    references: z.array(z.string().max(256)).max(20),
  }),
);

/** Validates {@link T.SecretResolveResult}. */
export const SecretResolveResultSchema: z.ZodType<T.SecretResolveResult> = checkedSchema(
  z.looseObject({
    resolved: z.array(ResolvedSecretSchema),
    errors: z.array(SecretResolutionErrorSchema),
  }),
);

/** Validates {@link T.SetVariableRequest}. */
export const SetVariableRequestSchema: z.ZodType<T.SetVariableRequest> = checkedSchema(
  z.strictObject({
    variables: z.record(z.string(), z.unknown()),
    local: z.boolean().exactOptional(),
    operationReference: OperationReferenceSchema.exactOptional(),
  }),
);

/** Validates {@link T.SignalBroadcastRequest}. */
export const SignalBroadcastRequestSchema: z.ZodType<T.SignalBroadcastRequest> = checkedSchema(
  z.strictObject({
    signalName: z.string(),
    variables: z.record(z.string(), z.unknown()).exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
  }),
);

/** Validates {@link T.SignalKey}. */
export const SignalKeySchema: z.ZodType<T.SignalKey> = semanticKeySchema(keys.SignalKey);

/** Validates {@link T.SignalBroadcastResult}. */
export const SignalBroadcastResultSchema: z.ZodType<T.SignalBroadcastResult> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema,
    signalKey: SignalKeySchema,
  }),
);

/** Validates {@link T.SuspendProcessInstanceRequest}. */
export const SuspendProcessInstanceRequestSchema: z.ZodType<T.SuspendProcessInstanceRequest | null> =
  checkedSchema(
    z.nullable(
      z.strictObject({
        operationReference: OperationReferenceSchema.exactOptional(),
      }),
    ),
  );

/** Validates {@link T.SystemConfigurationResponse}. */
export const SystemConfigurationResponseSchema: z.ZodType<T.SystemConfigurationResponse> = checkedSchema(
  z.looseObject({
    jobMetrics: JobMetricsConfigurationResponseSchema,
    components: ComponentsConfigurationResponseSchema,
    deployment: DeploymentConfigurationResponseSchema,
    authentication: AuthenticationConfigurationResponseSchema,
    cloud: CloudConfigurationResponseSchema,
  }),
);

/** Validates {@link T.TakeHistoryBackupRequest}. */
export const TakeHistoryBackupRequestSchema: z.ZodType<T.TakeHistoryBackupRequest> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
  }),
);

/** Validates {@link T.TakeHistoryBackupResponse}. */
export const TakeHistoryBackupResponseSchema: z.ZodType<T.TakeHistoryBackupResponse> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
    scheduledSnapshots: z.array(z.string()),
  }),
);

/** Validates {@link T.TakeRuntimeBackupRequest}. */
export const TakeRuntimeBackupRequestSchema: z.ZodType<T.TakeRuntimeBackupRequest> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema.nullable().exactOptional(),
  }),
);

/** Validates {@link T.TakeRuntimeBackupResponse}. */
export const TakeRuntimeBackupResponseSchema: z.ZodType<T.TakeRuntimeBackupResponse> = checkedSchema(
  z.looseObject({
    backupId: BackupIdSchema,
  }),
);

/** Validates {@link T.TenantClientResult}. */
export const TenantClientResultSchema: z.ZodType<T.TenantClientResult> = checkedSchema(
  z.looseObject({
    clientId: ClientIdSchema,
  }),
);

/** Validates {@link T.TenantClientSearchQuerySortRequest}. */
export const TenantClientSearchQuerySortRequestSchema: z.ZodType<T.TenantClientSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['clientId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.TenantClientSearchQueryRequest}. */
export const TenantClientSearchQueryRequestSchema: z.ZodType<T.TenantClientSearchQueryRequest> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(TenantClientSearchQuerySortRequestSchema).exactOptional(),
    }),
  );

/** Validates {@link T.TenantClientSearchResult}. */
export const TenantClientSearchResultSchema: z.ZodType<T.TenantClientSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(TenantClientResultSchema),
  }),
);

/** Validates {@link T.TenantCreateRequest}. */
export const TenantCreateRequestSchema: z.ZodType<T.TenantCreateRequest> = checkedSchema(
  z.strictObject({
    tenantId: TenantIdSchema,
    name: z.string(),
    description: z.string().exactOptional(),
  }),
);

/** Validates {@link T.TenantCreateResult}. */
export const TenantCreateResultSchema: z.ZodType<T.TenantCreateResult> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema,
    name: z.string(),
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.TenantFilter}. */
export const TenantFilterSchema: z.ZodType<T.TenantFilter> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema.exactOptional(),
    name: z.string().exactOptional(),
  }),
);

/** Validates {@link T.TenantGroupResult}. */
export const TenantGroupResultSchema: z.ZodType<T.TenantGroupResult> = checkedSchema(
  z.looseObject({
    groupId: GroupIdSchema,
  }),
);

/** Validates {@link T.TenantGroupSearchQuerySortRequest}. */
export const TenantGroupSearchQuerySortRequestSchema: z.ZodType<T.TenantGroupSearchQuerySortRequest> =
  checkedSchema(
    z.strictObject({
      field: z.enum(['groupId']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.TenantGroupSearchQueryRequest}. */
export const TenantGroupSearchQueryRequestSchema: z.ZodType<T.TenantGroupSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(TenantGroupSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.TenantGroupSearchResult}. */
export const TenantGroupSearchResultSchema: z.ZodType<T.TenantGroupSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(TenantGroupResultSchema),
  }),
);

/** Validates {@link T.TenantMappingRuleSearchResult}. */
export const TenantMappingRuleSearchResultSchema: z.ZodType<T.TenantMappingRuleSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(MappingRuleResultSchema),
  }),
);

/** Validates {@link T.TenantRoleSearchResult}. */
export const TenantRoleSearchResultSchema: z.ZodType<T.TenantRoleSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(RoleResultSchema),
  }),
);

/** Validates {@link T.TenantSearchQuerySortRequest}. */
export const TenantSearchQuerySortRequestSchema: z.ZodType<T.TenantSearchQuerySortRequest> = checkedSchema(
  z.looseObject({
    field: z.enum(['key', 'name', 'tenantId']),
    order: SortOrderEnumSchema.exactOptional(),
  }),
);

/** Validates {@link T.TenantSearchQueryRequest}. */
export const TenantSearchQueryRequestSchema: z.ZodType<T.TenantSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(TenantSearchQuerySortRequestSchema).exactOptional(),
    filter: TenantFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.TenantSearchQueryResult}. */
export const TenantSearchQueryResultSchema: z.ZodType<T.TenantSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(TenantResultSchema),
  }),
);

/** Validates {@link T.TenantUpdateRequest}. */
export const TenantUpdateRequestSchema: z.ZodType<T.TenantUpdateRequest> = checkedSchema(
  z.strictObject({
    name: z.string(),
    description: z.string().exactOptional(),
  }),
);

/** Validates {@link T.TenantUpdateResult}. */
export const TenantUpdateResultSchema: z.ZodType<T.TenantUpdateResult> = checkedSchema(
  z.looseObject({
    tenantId: TenantIdSchema,
    name: z.string(),
    description: z.string().nullable(),
  }),
);

/** Validates {@link T.TenantUserResult}. */
export const TenantUserResultSchema: z.ZodType<T.TenantUserResult> = checkedSchema(
  z.looseObject({
    username: UsernameSchema,
  }),
);

/** Validates {@link T.TenantUserSearchQuerySortRequest}. */
export const TenantUserSearchQuerySortRequestSchema: z.ZodType<T.TenantUserSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['username']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.TenantUserSearchQueryRequest}. */
export const TenantUserSearchQueryRequestSchema: z.ZodType<T.TenantUserSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(TenantUserSearchQuerySortRequestSchema).exactOptional(),
  }),
);

/** Validates {@link T.TenantUserSearchResult}. */
export const TenantUserSearchResultSchema: z.ZodType<T.TenantUserSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(TenantUserResultSchema),
  }),
);

/** Validates {@link T.TopologyResponse}. */
export const TopologyResponseSchema: z.ZodType<T.TopologyResponse> = checkedSchema(
  z.looseObject({
    brokers: z.array(BrokerInfoSchema),
    clusterId: z.string().nullable(),
    clusterSize: z.int(),
    partitionsCount: z.int(),
    replicationFactor: z.int(),
    gatewayVersion: z.string(),
    lastCompletedChangeId: z.string(),
  }),
);

/** Validates {@link T.UpdateClusterVariableRequest}. */
export const UpdateClusterVariableRequestSchema: z.ZodType<T.UpdateClusterVariableRequest> = checkedSchema(
  z.looseObject({
    value: z.record(z.string(), z.unknown()),
    metadata: z.record(z.string(), z.union([z.string(), z.number()])).exactOptional(),
  }),
);

/** Validates {@link T.UpdateGlobalTaskListenerRequest}. */
export const UpdateGlobalTaskListenerRequestSchema: z.ZodType<T.UpdateGlobalTaskListenerRequest> =
  checkedSchema(
    z.looseObject({
      type: z.string(),
      retries: z.int().exactOptional(),
      afterNonGlobal: z.boolean().exactOptional(),
      priority: z.int().exactOptional(),
      eventTypes: GlobalTaskListenerEventTypesSchema,
    }),
  );

/** Validates {@link T.UsageMetricsResponseItem}. */
export const UsageMetricsResponseItemSchema: z.ZodType<T.UsageMetricsResponseItem> = checkedSchema(
  z.looseObject({
    processInstances: z.int(),
    decisionInstances: z.int(),
    assignees: z.int(),
  }),
);

/** Validates {@link T.UsageMetricsResponse}. */
export const UsageMetricsResponseSchema: z.ZodType<T.UsageMetricsResponse> = checkedSchema(
  z.looseObject({
    processInstances: z.int(),
    decisionInstances: z.int(),
    assignees: z.int(),
    activeTenants: z.int(),
    tenants: z.record(z.string(), UsageMetricsResponseItemSchema),
  }),
);

/** Validates {@link T.UserCreateResult}. */
export const UserCreateResultSchema: z.ZodType<T.UserCreateResult> = checkedSchema(
  z.looseObject({
    username: UsernameSchema,
    name: z.string().nullable(),
    email: z.string().nullable(),
  }),
);

/** Validates {@link T.UserFilter}. */
export const UserFilterSchema: z.ZodType<T.UserFilter> = checkedSchema(
  z.looseObject({
    username: StringFilterPropertySchema.exactOptional(),
    name: StringFilterPropertySchema.exactOptional(),
    email: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.UserRequest}. */
export const UserRequestSchema: z.ZodType<T.UserRequest> = checkedSchema(
  z.strictObject({
    password: z.string(),
    username: UsernameSchema,
    name: z.string().exactOptional(),
    email: z.string().exactOptional(),
  }),
);

/** Validates {@link T.UserResult}. */
export const UserResultSchema: z.ZodType<T.UserResult> = checkedSchema(
  z.looseObject({
    username: UsernameSchema,
    name: z.string().nullable(),
    email: z.string().nullable(),
  }),
);

/** Validates {@link T.UserSearchQuerySortRequest}. */
export const UserSearchQuerySortRequestSchema: z.ZodType<T.UserSearchQuerySortRequest> = checkedSchema(
  z.looseObject({
    field: z.enum(['username', 'name', 'email']),
    order: SortOrderEnumSchema.exactOptional(),
  }),
);

/** Validates {@link T.UserSearchQueryRequest}. */
export const UserSearchQueryRequestSchema: z.ZodType<T.UserSearchQueryRequest> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(UserSearchQuerySortRequestSchema).exactOptional(),
    filter: UserFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.UserSearchResult}. */
export const UserSearchResultSchema: z.ZodType<T.UserSearchResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(UserResultSchema),
  }),
);

/** Validates {@link T.UserTaskAssignmentRequest}. */
export const UserTaskAssignmentRequestSchema: z.ZodType<T.UserTaskAssignmentRequest> = checkedSchema(
  z.strictObject({
    assignee: z.string().exactOptional(),
    allowOverride: z.boolean().nullable().exactOptional(),
    action: z.string().nullable().exactOptional(),
  }),
);

/** Validates {@link T.UserTaskAuditLogFilter}. */
export const UserTaskAuditLogFilterSchema: z.ZodType<T.UserTaskAuditLogFilter> = checkedSchema(
  z.looseObject({
    operationType: OperationTypeFilterPropertySchema.exactOptional(),
    result: AuditLogResultFilterPropertySchema.exactOptional(),
    timestamp: DateTimeFilterPropertySchema.exactOptional(),
    actorType: AuditLogActorTypeFilterPropertySchema.exactOptional(),
    actorId: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.UserTaskAuditLogSearchQueryRequest}. */
export const UserTaskAuditLogSearchQueryRequestSchema: z.ZodType<T.UserTaskAuditLogSearchQueryRequest> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(AuditLogSearchQuerySortRequestSchema).exactOptional(),
      filter: UserTaskAuditLogFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.UserTaskCompletionRequest}. */
export const UserTaskCompletionRequestSchema: z.ZodType<T.UserTaskCompletionRequest> = checkedSchema(
  z.strictObject({
    variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
    action: z.string().nullable().exactOptional(),
  }),
);

/** Validates {@link T.UserTaskVariableSearchQuerySortRequest}. */
export const UserTaskVariableSearchQuerySortRequestSchema: z.ZodType<T.UserTaskVariableSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['value', 'name', 'tenantId', 'variableKey', 'scopeKey', 'processInstanceKey']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.UserTaskVariableFilter}. */
export const UserTaskVariableFilterSchema: z.ZodType<T.UserTaskVariableFilter> = checkedSchema(
  z.looseObject({
    name: StringFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.UserTaskEffectiveVariableSearchQueryRequest}. */
export const UserTaskEffectiveVariableSearchQueryRequestSchema: z.ZodType<T.UserTaskEffectiveVariableSearchQueryRequest> =
  checkedSchema(
    z.strictObject({
      page: OffsetPaginationSchema.exactOptional(),
      sort: z.array(UserTaskVariableSearchQuerySortRequestSchema).exactOptional(),
      filter: UserTaskVariableFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.UserTaskStateExactMatch}. */
export const UserTaskStateExactMatchSchema: z.ZodType<T.UserTaskStateExactMatch> = UserTaskStateEnumSchema;

/** Validates {@link T.UserTaskStateFilterProperty}. */
export const UserTaskStateFilterPropertySchema: z.ZodType<T.UserTaskStateFilterProperty> = checkedSchema(
  z.union([UserTaskStateExactMatchSchema, AdvancedUserTaskStateFilterSchema]),
);

/** Validates {@link T.UserTaskFilter}. */
export const UserTaskFilterSchema: z.ZodType<T.UserTaskFilter> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.UserTaskResult}. */
export const UserTaskResultSchema: z.ZodType<T.UserTaskResult> = checkedSchema(
  z.looseObject({
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
  }),
);

/** Validates {@link T.UserTaskSearchQuerySortRequest}. */
export const UserTaskSearchQuerySortRequestSchema: z.ZodType<T.UserTaskSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
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
    }),
  );

/** Validates {@link T.UserTaskSearchQuery}. */
export const UserTaskSearchQuerySchema: z.ZodType<T.UserTaskSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(UserTaskSearchQuerySortRequestSchema).exactOptional(),
    filter: UserTaskFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.UserTaskSearchQueryResult}. */
export const UserTaskSearchQueryResultSchema: z.ZodType<T.UserTaskSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(UserTaskResultSchema),
  }),
);

/** Validates {@link T.UserTaskUpdateRequest}. */
export const UserTaskUpdateRequestSchema: z.ZodType<T.UserTaskUpdateRequest> = checkedSchema(
  z.strictObject({
    changeset: ChangesetSchema.exactOptional(),
    action: z.string().nullable().exactOptional(),
  }),
);

/** Validates {@link T.UserTaskVariableSearchQueryRequest}. */
export const UserTaskVariableSearchQueryRequestSchema: z.ZodType<T.UserTaskVariableSearchQueryRequest> =
  checkedSchema(
    z.strictObject({
      page: SearchQueryPageRequestSchema.exactOptional(),
      sort: z.array(UserTaskVariableSearchQuerySortRequestSchema).exactOptional(),
      filter: UserTaskVariableFilterSchema.exactOptional(),
    }),
  );

/** Validates {@link T.UserUpdateRequest}. */
export const UserUpdateRequestSchema: z.ZodType<T.UserUpdateRequest> = checkedSchema(
  z.looseObject({
    password: z.string().exactOptional(),
    name: z.string().exactOptional(),
    email: z.string().exactOptional(),
  }),
);

/** Validates {@link T.UserUpdateResult}. */
export const UserUpdateResultSchema: z.ZodType<T.UserUpdateResult> = checkedSchema(
  z.looseObject({
    username: UsernameSchema,
    name: z.string().nullable(),
    email: z.string().nullable(),
  }),
);

/** Validates {@link T.VariableKeyExactMatch}. */
export const VariableKeyExactMatchSchema: z.ZodType<T.VariableKeyExactMatch> = VariableKeySchema;

/** Validates {@link T.VariableKeyFilterProperty}. */
export const VariableKeyFilterPropertySchema: z.ZodType<T.VariableKeyFilterProperty> = checkedSchema(
  z.union([VariableKeyExactMatchSchema, AdvancedVariableKeyFilterSchema]),
);

/** Validates {@link T.VariableFilter}. */
export const VariableFilterSchema: z.ZodType<T.VariableFilter> = checkedSchema(
  z.looseObject({
    name: StringFilterPropertySchema.exactOptional(),
    value: StringFilterPropertySchema.exactOptional(),
    tenantId: TenantIdSchema.exactOptional(),
    isTruncated: z.boolean().exactOptional(),
    variableKey: VariableKeyFilterPropertySchema.exactOptional(),
    scopeKey: ScopeKeyFilterPropertySchema.exactOptional(),
    processInstanceKey: ProcessInstanceKeyFilterPropertySchema.exactOptional(),
  }),
);

/** Validates {@link T.VariableResult}. */
export const VariableResultSchema: z.ZodType<T.VariableResult> = checkedSchema(
  z.looseObject({
    name: z.string(),
    tenantId: TenantIdSchema,
    variableKey: VariableKeySchema,
    scopeKey: ScopeKeySchema,
    processInstanceKey: ProcessInstanceKeySchema,
    rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
    value: z.string(),
  }),
);

/** Validates {@link T.VariableResultBase}. */
export const VariableResultBaseSchema: z.ZodType<T.VariableResultBase> = checkedSchema(
  z.looseObject({
    name: z.string(),
    tenantId: TenantIdSchema,
    variableKey: VariableKeySchema,
    scopeKey: ScopeKeySchema,
    processInstanceKey: ProcessInstanceKeySchema,
    rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
  }),
);

/** Validates {@link T.VariableSearchQuerySortRequest}. */
export const VariableSearchQuerySortRequestSchema: z.ZodType<T.VariableSearchQuerySortRequest> =
  checkedSchema(
    z.looseObject({
      field: z.enum(['value', 'name', 'tenantId', 'variableKey', 'scopeKey', 'processInstanceKey']),
      order: SortOrderEnumSchema.exactOptional(),
    }),
  );

/** Validates {@link T.VariableSearchQuery}. */
export const VariableSearchQuerySchema: z.ZodType<T.VariableSearchQuery> = checkedSchema(
  z.strictObject({
    page: SearchQueryPageRequestSchema.exactOptional(),
    sort: z.array(VariableSearchQuerySortRequestSchema).exactOptional(),
    filter: VariableFilterSchema.exactOptional(),
  }),
);

/** Validates {@link T.VariableSearchResult}. */
export const VariableSearchResultSchema: z.ZodType<T.VariableSearchResult> = checkedSchema(
  z.looseObject({
    name: z.string(),
    tenantId: TenantIdSchema,
    variableKey: VariableKeySchema,
    scopeKey: ScopeKeySchema,
    processInstanceKey: ProcessInstanceKeySchema,
    rootProcessInstanceKey: ProcessInstanceKeySchema.nullable(),
    value: z.string(),
    isTruncated: z.boolean(),
  }),
);

/** Validates {@link T.VariableSearchQueryResult}. */
export const VariableSearchQueryResultSchema: z.ZodType<T.VariableSearchQueryResult> = checkedSchema(
  z.looseObject({
    page: SearchQueryPageResponseSchema,
    items: z.array(VariableSearchResultSchema),
  }),
);

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
  CorrelatedMessageSubscriptionSearchQuerySortRequest:
    CorrelatedMessageSubscriptionSearchQuerySortRequestSchema,
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
  IncidentProcessInstanceStatisticsByDefinitionFilter:
    IncidentProcessInstanceStatisticsByDefinitionFilterSchema,
  IncidentProcessInstanceStatisticsByDefinitionQuery:
    IncidentProcessInstanceStatisticsByDefinitionQuerySchema,
  IncidentProcessInstanceStatisticsByDefinitionQueryResult:
    IncidentProcessInstanceStatisticsByDefinitionQueryResultSchema,
  IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest:
    IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestSchema,
  IncidentProcessInstanceStatisticsByDefinitionResult:
    IncidentProcessInstanceStatisticsByDefinitionResultSchema,
  IncidentProcessInstanceStatisticsByErrorQuery: IncidentProcessInstanceStatisticsByErrorQuerySchema,
  IncidentProcessInstanceStatisticsByErrorQueryResult:
    IncidentProcessInstanceStatisticsByErrorQueryResultSchema,
  IncidentProcessInstanceStatisticsByErrorQuerySortRequest:
    IncidentProcessInstanceStatisticsByErrorQuerySortRequestSchema,
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
  ProcessDefinitionInstanceStatisticsQuerySortRequest:
    ProcessDefinitionInstanceStatisticsQuerySortRequestSchema,
  ProcessDefinitionInstanceStatisticsResult: ProcessDefinitionInstanceStatisticsResultSchema,
  ProcessDefinitionInstanceVersionStatisticsFilter: ProcessDefinitionInstanceVersionStatisticsFilterSchema,
  ProcessDefinitionInstanceVersionStatisticsQuery: ProcessDefinitionInstanceVersionStatisticsQuerySchema,
  ProcessDefinitionInstanceVersionStatisticsQueryResult:
    ProcessDefinitionInstanceVersionStatisticsQueryResultSchema,
  ProcessDefinitionInstanceVersionStatisticsQuerySortRequest:
    ProcessDefinitionInstanceVersionStatisticsQuerySortRequestSchema,
  ProcessDefinitionInstanceVersionStatisticsResult: ProcessDefinitionInstanceVersionStatisticsResultSchema,
  ProcessDefinitionKey: ProcessDefinitionKeySchema,
  ProcessDefinitionKeyExactMatch: ProcessDefinitionKeyExactMatchSchema,
  ProcessDefinitionKeyFilterProperty: ProcessDefinitionKeyFilterPropertySchema,
  ProcessDefinitionMessageSubscriptionStatisticsQuery:
    ProcessDefinitionMessageSubscriptionStatisticsQuerySchema,
  ProcessDefinitionMessageSubscriptionStatisticsQueryResult:
    ProcessDefinitionMessageSubscriptionStatisticsQueryResultSchema,
  ProcessDefinitionMessageSubscriptionStatisticsResult:
    ProcessDefinitionMessageSubscriptionStatisticsResultSchema,
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
  ProcessInstanceIncidentResolutionBatchOperationRequest:
    ProcessInstanceIncidentResolutionBatchOperationRequestSchema,
  ProcessInstanceKey: ProcessInstanceKeySchema,
  ProcessInstanceKeyExactMatch: ProcessInstanceKeyExactMatchSchema,
  ProcessInstanceKeyFilterProperty: ProcessInstanceKeyFilterPropertySchema,
  ProcessInstanceMigrationBatchOperationPlan: ProcessInstanceMigrationBatchOperationPlanSchema,
  ProcessInstanceMigrationBatchOperationRequest: ProcessInstanceMigrationBatchOperationRequestSchema,
  ProcessInstanceMigrationInstruction: ProcessInstanceMigrationInstructionSchema,
  ProcessInstanceModificationActivateInstruction: ProcessInstanceModificationActivateInstructionSchema,
  ProcessInstanceModificationBatchOperationRequest: ProcessInstanceModificationBatchOperationRequestSchema,
  ProcessInstanceModificationInstruction: ProcessInstanceModificationInstructionSchema,
  ProcessInstanceModificationMoveBatchOperationInstruction:
    ProcessInstanceModificationMoveBatchOperationInstructionSchema,
  ProcessInstanceModificationMoveInstruction: ProcessInstanceModificationMoveInstructionSchema,
  ProcessInstanceModificationTerminateByIdInstruction:
    ProcessInstanceModificationTerminateByIdInstructionSchema,
  ProcessInstanceModificationTerminateByKeyInstruction:
    ProcessInstanceModificationTerminateByKeyInstructionSchema,
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
