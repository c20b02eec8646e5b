// Generated from the OpenAPI spec — do not edit
import type {
  AgentDefinitionSearchQuerySortRequestField,
  AgentDefinitionTypeEnum,
  AgentInstanceHistoryCommitStatusEnum,
  AgentInstanceHistoryRoleEnum,
  AgentInstanceHistorySearchQuerySortRequestField,
  AgentInstanceSearchQuerySortRequestField,
  AgentInstanceStatusEnum,
  AgentInstanceUpdateStatusEnum,
  AuditLogActorTypeEnum,
  AuditLogCategoryEnum,
  AuditLogEntityTypeEnum,
  AuditLogOperationTypeEnum,
  AuditLogResultEnum,
  AuditLogSearchQuerySortRequestField,
  AuthorizationSearchQuerySortRequestField,
  BackupType,
  BatchOperationErrorType,
  BatchOperationItemResponseState,
  BatchOperationItemSearchQuerySortRequestField,
  BatchOperationItemStateEnum,
  BatchOperationSearchQuerySortRequestField,
  BatchOperationStateEnum,
  BatchOperationTypeEnum,
  CheckpointType,
  CloudStage,
  ClusterHistoryBackupTenantState,
  ClusterRuntimeBackupTakeOutcome,
  ClusterStatusResponseStatus,
  ClusterVariableKindEnum,
  ClusterVariableScopeEnum,
  ClusterVariableSearchQuerySortRequestField,
  ConditionWaitStateDetailsEvents,
  CorrelatedMessageSubscriptionSearchQuerySortRequestField,
  DecisionDefinitionSearchQuerySortRequestField,
  DecisionDefinitionTypeEnum,
  DecisionInstanceSearchQuerySortRequestField,
  DecisionInstanceStateEnum,
  DecisionRequirementsSearchQuerySortRequestField,
  DocumentReferenceCamundaDocumentType,
  ElementInstanceFilterFieldsType,
  ElementInstanceResultType,
  ElementInstanceSearchQuerySortRequestField,
  ElementInstanceStateEnum,
  ElementInstanceWaitStateQuerySortRequestField,
  ExportingStatusCode,
  GlobalListenerSourceEnum,
  GlobalTaskListenerEventTypeEnum,
  GlobalTaskListenerSearchQuerySortRequestField,
  GroupClientSearchQuerySortRequestField,
  GroupSearchQuerySortRequestField,
  GroupUserSearchQuerySortRequestField,
  HistoryBackupStateCode,
  IncidentErrorTypeEnum,
  IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestField,
  IncidentProcessInstanceStatisticsByErrorQuerySortRequestField,
  IncidentSearchQuerySortRequestField,
  IncidentStateEnum,
  JobKindEnum,
  JobListenerEventTypeEnum,
  JobSearchQuerySortRequestField,
  JobStateEnum,
  MappingRuleSearchQuerySortRequestField,
  MessageSubscriptionSearchQuerySortRequestField,
  MessageSubscriptionStateEnum,
  MessageSubscriptionTypeEnum,
  OwnerTypeEnum,
  PartitionHealth,
  PartitionRole,
  PartitionState,
  PermissionTypeEnum,
  ProcessDefinitionFilterState,
  ProcessDefinitionInstanceStatisticsQuerySortRequestField,
  ProcessDefinitionInstanceVersionStatisticsQuerySortRequestField,
  ProcessDefinitionResultState,
  ProcessDefinitionSearchQuerySortRequestField,
  ProcessInstanceSearchQuerySortRequestField,
  ProcessInstanceStateEnum,
  ResourceSearchQuerySortRequestField,
  ResourceTypeEnum,
  RestorePartitionStatusState,
  RestoreStatusResponseStatus,
  RoleClientSearchQuerySortRequestField,
  RoleGroupSearchQuerySortRequestField,
  RoleSearchQuerySortRequestField,
  RoleUserSearchQuerySortRequestField,
  SecretErrorCode,
  SortOrderEnum,
  StateCode,
  TenantClientSearchQuerySortRequestField,
  TenantFilterEnum,
  TenantGroupSearchQuerySortRequestField,
  TenantSearchQuerySortRequestField,
  TenantUserSearchQuerySortRequestField,
  UserSearchQuerySortRequestField,
  UserTaskSearchQuerySortRequestField,
  UserTaskStateEnum,
  UserTaskVariableSearchQuerySortRequestField,
  VariableSearchQuerySortRequestField,
  WaitStateElementTypeEnum,
  WaitStateTypeEnum,
  WebappComponent,
} from './enums.js';
import type {
  AgentDefinitionKey,
  AgentHistoryItemKey,
  AgentInstanceKey,
  AuditLogEntityKey,
  AuditLogKey,
  AuthorizationKey,
  BatchOperationKey,
  BusinessId,
  ClientId,
  ClusterVariableName,
  ConditionalEvaluationKey,
  DecisionDefinitionId,
  DecisionDefinitionKey,
  DecisionEvaluationInstanceKey,
  DecisionEvaluationKey,
  DecisionInstanceKey,
  DecisionRequirementsKey,
  DeploymentKey,
  DocumentId,
  ElementId,
  ElementInstanceKey,
  EndCursor,
  FormId,
  FormKey,
  GlobalListenerId,
  GroupId,
  IncidentKey,
  JobKey,
  MappingRuleId,
  MessageKey,
  MessageSubscriptionKey,
  ProcessDefinitionId,
  ProcessDefinitionKey,
  ProcessInstanceKey,
  RoleId,
  SignalKey,
  StartCursor,
  Tag,
  TenantId,
  UserTaskKey,
  Username,
  VariableKey,
} from './semantic-keys.js';

/** The `ActivatedJobResult` schema. */
export interface ActivatedJobResult {
  /** The type of the job (should match what was requested). */
  type: string;
  /** The bpmn process ID of the job's process definition. */
  processDefinitionId: ProcessDefinitionId;
  /** The version of the job's process definition. */
  processDefinitionVersion: number;
  /** The associated task element ID. */
  elementId: ElementId;
  /** A set of custom headers defined during modelling; returned as a serialized JSON document. */
  customHeaders: Record<string, unknown>;
  /** The name of the worker which activated this job. */
  worker: string;
  /** The amount of retries left to this job (should always be positive). */
  retries: number;
  /** When the job can be activated again, sent as a UNIX epoch timestamp. */
  deadline: number;
  /** All variables visible to the task scope, computed at activation time. */
  variables: Record<string, unknown>;
  /** The ID of the tenant that owns the job. */
  tenantId: TenantId;
  /**
   * The ID of the physical tenant that the job-activation request was routed to;
   * the default physical tenant when the request did not specify one.
   */
  physicalTenantId: string;
  /** The key, a unique identifier for the job. */
  jobKey: JobKey;
  /** The job's process instance key. */
  processInstanceKey: ProcessInstanceKey;
  /** The key of the job's process definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The element instance key of the task. */
  elementInstanceKey: ElementInstanceKey;
  kind: JobKindEnum;
  listenerEventType: JobListenerEventTypeEnum;
  /**
   * User task properties, if the job is a user task.
   * This is `null` if the job is not a user task.
   */
  userTask: UserTaskProperties | null;
  tags: TagSet;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /**
   * The business ID of the owning process instance, inherited when the job was created.
   * This is `null` for jobs created before version 8.10 and for jobs whose owning process
   * instance has no business ID.
   */
  businessId: BusinessId | null;
  /**
   * The priority of the job. Higher values indicate higher priority. Jobs created before 8.10 have no stored priority; the API returns 0 for such jobs.
   */
  priority: number;
  /**
   * The lease token identifying this activation. This is `null` when the job was activated without a lease.
   */
  leaseToken: string | null;
}

/** Request body of `activateAdHocSubProcessActivities`. */
export interface AdHocSubProcessActivateActivitiesInstruction {
  /** Activities to activate. */
  elements: AdHocSubProcessActivateActivityReference[];
  /**
   * Whether to cancel remaining instances of the ad-hoc sub-process.
   *
   * @defaultValue `false`
   */
  cancelRemainingInstances?: boolean;
}

/** The `AdHocSubProcessActivateActivityReference` schema. */
export interface AdHocSubProcessActivateActivityReference {
  /** The ID of the element that should be activated. */
  elementId: ElementId;
  /** Variables to be set when activating the element. */
  variables?: Record<string, unknown>;
}

/** Advanced AuditLogActorTypeEnum filter. */
export interface AdvancedActorTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogActorTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogActorTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogActorTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced AgentDefinitionKey filter. */
export interface AdvancedAgentDefinitionKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentDefinitionKey;
  /** Checks for inequality with the provided value. */
  $neq?: AgentDefinitionKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentDefinitionKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: AgentDefinitionKey[];
}

/** Advanced AgentDefinitionTypeEnum filter. */
export interface AdvancedAgentDefinitionTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentDefinitionTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AgentDefinitionTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentDefinitionTypeEnum[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: AgentDefinitionTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced AgentHistoryItemKey filter. */
export interface AdvancedAgentHistoryItemKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentHistoryItemKey;
  /** Checks for inequality with the provided value. */
  $neq?: AgentHistoryItemKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentHistoryItemKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: AgentHistoryItemKey[];
}

/** Advanced AgentInstanceHistoryCommitStatusEnum filter. */
export interface AdvancedAgentInstanceHistoryCommitStatusFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentInstanceHistoryCommitStatusEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AgentInstanceHistoryCommitStatusEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentInstanceHistoryCommitStatusEnum[];
}

/** Advanced AgentInstanceHistoryRoleEnum filter. */
export interface AdvancedAgentInstanceHistoryRoleFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentInstanceHistoryRoleEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AgentInstanceHistoryRoleEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentInstanceHistoryRoleEnum[];
}

/** Advanced AgentInstanceKey filter. */
export interface AdvancedAgentInstanceKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentInstanceKey;
  /** Checks for inequality with the provided value. */
  $neq?: AgentInstanceKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentInstanceKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: AgentInstanceKey[];
}

/** Advanced AgentInstanceStatusEnum filter. */
export interface AdvancedAgentInstanceStatusFilter {
  /** Checks for equality with the provided value. */
  $eq?: AgentInstanceStatusEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AgentInstanceStatusEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AgentInstanceStatusEnum[];
  $like?: LikeFilter;
}

/** Advanced entityKey filter. */
export interface AdvancedAuditLogEntityKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogEntityKey;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogEntityKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogEntityKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: AuditLogEntityKey[];
}

/** Advanced AuditLogKey filter. */
export interface AdvancedAuditLogKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogKey;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: AuditLogKey[];
}

/** Advanced BatchOperationItemStateEnum filter. */
export interface AdvancedBatchOperationItemStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: BatchOperationItemStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: BatchOperationItemStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: BatchOperationItemStateEnum[];
  $like?: LikeFilter;
}

/** Advanced BatchOperationStateEnum filter. */
export interface AdvancedBatchOperationStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: BatchOperationStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: BatchOperationStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: BatchOperationStateEnum[];
  $like?: LikeFilter;
}

/** Advanced BatchOperationTypeEnum filter. */
export interface AdvancedBatchOperationTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: BatchOperationTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: BatchOperationTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: BatchOperationTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced AuditLogCategoryEnum filter. */
export interface AdvancedCategoryFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogCategoryEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogCategoryEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogCategoryEnum[];
  $like?: LikeFilter;
}

/** Advanced ClusterVariableKindEnum filter. */
export interface AdvancedClusterVariableKindFilter {
  /** Checks for equality with the provided value. */
  $eq?: ClusterVariableKindEnum;
  /** Checks for inequality with the provided value. */
  $neq?: ClusterVariableKindEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ClusterVariableKindEnum[];
  $like?: LikeFilter;
}

/** Advanced ClusterVariableScopeEnum filter. */
export interface AdvancedClusterVariableScopeFilter {
  /** Checks for equality with the provided value. */
  $eq?: ClusterVariableScopeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: ClusterVariableScopeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ClusterVariableScopeEnum[];
  $like?: LikeFilter;
}

/** Advanced date-time filter. */
export interface AdvancedDateTimeFilter {
  /** Checks for equality with the provided value. */
  $eq?: string;
  /** Checks for inequality with the provided value. */
  $neq?: string;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Greater than comparison with the provided value. */
  $gt?: string;
  /** Greater than or equal comparison with the provided value. */
  $gte?: string;
  /** Lower than comparison with the provided value. */
  $lt?: string;
  /** Lower than or equal comparison with the provided value. */
  $lte?: string;
  /** Checks if the property matches any of the provided values. */
  $in?: string[];
}

/** Advanced DecisionDefinitionKey filter. */
export interface AdvancedDecisionDefinitionKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: DecisionDefinitionKey;
  /** Checks for inequality with the provided value. */
  $neq?: DecisionDefinitionKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: DecisionDefinitionKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: DecisionDefinitionKey[];
}

/** Advanced DecisionEvaluationInstanceKey filter. */
export interface AdvancedDecisionEvaluationInstanceKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: DecisionEvaluationInstanceKey;
  /** Checks for inequality with the provided value. */
  $neq?: DecisionEvaluationInstanceKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: DecisionEvaluationInstanceKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: DecisionEvaluationInstanceKey[];
}

/** Advanced DecisionEvaluationKey filter. */
export interface AdvancedDecisionEvaluationKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: DecisionEvaluationKey;
  /** Checks for inequality with the provided value. */
  $neq?: DecisionEvaluationKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: DecisionEvaluationKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: DecisionEvaluationKey[];
}

/** Advanced DecisionInstanceStateEnum filter. */
export interface AdvancedDecisionInstanceStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: DecisionInstanceStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: DecisionInstanceStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: DecisionInstanceStateEnum[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: DecisionInstanceStateEnum[];
  $like?: LikeFilter;
}

/** Advanced DecisionRequirementsKey filter. */
export interface AdvancedDecisionRequirementsKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: DecisionRequirementsKey;
  /** Checks for inequality with the provided value. */
  $neq?: DecisionRequirementsKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: DecisionRequirementsKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: DecisionRequirementsKey[];
}

/** Advanced DeploymentKey filter. */
export interface AdvancedDeploymentKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: DeploymentKey;
  /** Checks for inequality with the provided value. */
  $neq?: DeploymentKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: DeploymentKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: DeploymentKey[];
}

/** Advanced ElementId filter. */
export interface AdvancedElementIdFilter {
  /** Checks for equality with the provided value. */
  $eq?: ElementId;
  /** Checks for inequality with the provided value. */
  $neq?: ElementId;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ElementId[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ElementId[];
  $like?: LikeFilter;
}

/** Advanced ElementInstanceKey filter. */
export interface AdvancedElementInstanceKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: ElementInstanceKey;
  /** Checks for inequality with the provided value. */
  $neq?: ElementInstanceKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ElementInstanceKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ElementInstanceKey[];
}

/** Advanced ElementInstanceStateEnum filter. */
export interface AdvancedElementInstanceStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: ElementInstanceStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: ElementInstanceStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ElementInstanceStateEnum[];
  $like?: LikeFilter;
}

/** Advanced AuditLogEntityTypeEnum filter. */
export interface AdvancedEntityTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogEntityTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogEntityTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogEntityTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced FormKey filter. */
export interface AdvancedFormKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: FormKey;
  /** Checks for inequality with the provided value. */
  $neq?: FormKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: FormKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: FormKey[];
}

/** Advanced global listener source filter. */
export interface AdvancedGlobalListenerSourceFilter {
  /** Checks for equality with the provided value. */
  $eq?: GlobalListenerSourceEnum;
  /** Checks for inequality with the provided value. */
  $neq?: GlobalListenerSourceEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: GlobalListenerSourceEnum[];
  $like?: LikeFilter;
}

/** Advanced global listener event type filter. */
export interface AdvancedGlobalTaskListenerEventTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: GlobalTaskListenerEventTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: GlobalTaskListenerEventTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: GlobalTaskListenerEventTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced IncidentErrorTypeEnum filter */
export interface AdvancedIncidentErrorTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: IncidentErrorTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: IncidentErrorTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: IncidentErrorTypeEnum[];
  /** Checks if the property does not match any of the provided values. */
  $notIn?: IncidentErrorTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced IncidentStateEnum filter */
export interface AdvancedIncidentStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: IncidentStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: IncidentStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: IncidentStateEnum[];
  /** Checks if the property does not match any of the provided values. */
  $notIn?: IncidentStateEnum[];
  $like?: LikeFilter;
}

/** Advanced integer (int32) filter. */
export interface AdvancedIntegerFilter {
  /** Checks for equality with the provided value. */
  $eq?: number;
  /** Checks for inequality with the provided value. */
  $neq?: number;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Greater than comparison with the provided value. */
  $gt?: number;
  /** Greater than or equal comparison with the provided value. */
  $gte?: number;
  /** Lower than comparison with the provided value. */
  $lt?: number;
  /** Lower than or equal comparison with the provided value. */
  $lte?: number;
  /** Checks if the property matches any of the provided values. */
  $in?: number[];
}

/** Advanced JobKey filter. */
export interface AdvancedJobKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: JobKey;
  /** Checks for inequality with the provided value. */
  $neq?: JobKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: JobKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: JobKey[];
}

/** Advanced JobKindEnum filter. */
export interface AdvancedJobKindFilter {
  /** Checks for equality with the provided value. */
  $eq?: JobKindEnum;
  /** Checks for inequality with the provided value. */
  $neq?: JobKindEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: JobKindEnum[];
  $like?: LikeFilter;
}

/** Advanced JobListenerEventTypeEnum filter. */
export interface AdvancedJobListenerEventTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: JobListenerEventTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: JobListenerEventTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: JobListenerEventTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced JobStateEnum filter. */
export interface AdvancedJobStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: JobStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: JobStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: JobStateEnum[];
  $like?: LikeFilter;
}

/** Advanced MessageSubscriptionKey filter. */
export interface AdvancedMessageSubscriptionKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: MessageSubscriptionKey;
  /** Checks for equality with the provided value. */
  $neq?: MessageSubscriptionKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: MessageSubscriptionKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: MessageSubscriptionKey[];
}

/** Advanced MessageSubscriptionStateEnum filter */
export interface AdvancedMessageSubscriptionStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: MessageSubscriptionStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: MessageSubscriptionStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: MessageSubscriptionStateEnum[];
  $like?: LikeFilter;
}

/** Advanced MessageSubscriptionTypeEnum filter */
export interface AdvancedMessageSubscriptionTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: MessageSubscriptionTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: MessageSubscriptionTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: MessageSubscriptionTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced filter on a metadata value (string or number). */
export interface AdvancedMetadataValueFilter {
  /** Checks for equality with the provided value. */
  $eq?: string | number;
  /** Checks for inequality with the provided value. */
  $neq?: string | number;
  /** Checks if the metadata key exists. */
  $exists?: boolean;
  /** Greater than comparison with the provided value. */
  $gt?: number;
  /** Greater than or equal comparison with the provided value. */
  $gte?: number;
  /** Lower than comparison with the provided value. */
  $lt?: number;
  /** Lower than or equal comparison with the provided value. */
  $lte?: number;
  /** Checks if the property matches any of the provided values. */
  $in?: (string | number)[];
  $like?: LikeFilter;
}

/** Advanced AuditLogOperationTypeEnum filter. */
export interface AdvancedOperationTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogOperationTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogOperationTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogOperationTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced ProcessDefinitionId filter. */
export interface AdvancedProcessDefinitionIdFilter {
  /** Checks for equality with the provided value. */
  $eq?: ProcessDefinitionId;
  /** Checks for inequality with the provided value. */
  $neq?: ProcessDefinitionId;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ProcessDefinitionId[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ProcessDefinitionId[];
  $like?: LikeFilter;
}

/** Advanced ProcessDefinitionKey filter. */
export interface AdvancedProcessDefinitionKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: ProcessDefinitionKey;
  /** Checks for inequality with the provided value. */
  $neq?: ProcessDefinitionKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ProcessDefinitionKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ProcessDefinitionKey[];
}

/** Advanced ProcessInstanceKey filter. */
export interface AdvancedProcessInstanceKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: ProcessInstanceKey;
  /** Checks for inequality with the provided value. */
  $neq?: ProcessInstanceKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ProcessInstanceKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ProcessInstanceKey[];
}

/** Advanced ProcessInstanceStateEnum filter. */
export interface AdvancedProcessInstanceStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: ProcessInstanceStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: ProcessInstanceStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ProcessInstanceStateEnum[];
  $like?: LikeFilter;
}

/** Advanced ResourceKey filter. */
export interface AdvancedResourceKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: ResourceKey;
  /** Checks for inequality with the provided value. */
  $neq?: ResourceKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ResourceKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ResourceKey[];
}

/** Advanced AuditLogResultEnum filter. */
export interface AdvancedResultFilter {
  /** Checks for equality with the provided value. */
  $eq?: AuditLogResultEnum;
  /** Checks for inequality with the provided value. */
  $neq?: AuditLogResultEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: AuditLogResultEnum[];
  $like?: LikeFilter;
}

/** Advanced ScopeKey filter. */
export interface AdvancedScopeKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: ScopeKey;
  /** Checks for inequality with the provided value. */
  $neq?: ScopeKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: ScopeKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: ScopeKey[];
}

/** Advanced string filter. */
export interface AdvancedStringFilter {
  /** Checks for equality with the provided value. */
  $eq?: string;
  /** Checks for inequality with the provided value. */
  $neq?: string;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: string[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: string[];
  $like?: LikeFilter;
}

/** Advanced UserTaskStateEnum filter. */
export interface AdvancedUserTaskStateFilter {
  /** Checks for equality with the provided value. */
  $eq?: UserTaskStateEnum;
  /** Checks for inequality with the provided value. */
  $neq?: UserTaskStateEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: UserTaskStateEnum[];
  $like?: LikeFilter;
}

/** Advanced VariableKey filter. */
export interface AdvancedVariableKeyFilter {
  /** Checks for equality with the provided value. */
  $eq?: VariableKey;
  /** Checks for inequality with the provided value. */
  $neq?: VariableKey;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: VariableKey[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: VariableKey[];
}

/** Advanced element type filter. */
export interface AdvancedWaitStateElementTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: WaitStateElementTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: WaitStateElementTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: WaitStateElementTypeEnum[];
  $like?: LikeFilter;
}

/** Advanced wait state type filter. */
export interface AdvancedWaitStateTypeFilter {
  /** Checks for equality with the provided value. */
  $eq?: WaitStateTypeEnum;
  /** Checks for inequality with the provided value. */
  $neq?: WaitStateTypeEnum;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: WaitStateTypeEnum[];
  $like?: LikeFilter;
}

/** Agent definition search filter. */
export interface AgentDefinitionFilter {
  /** The unique key of the agent definition. */
  agentDefinitionKey?: AgentDefinitionKeyFilterProperty;
  /** The kind of agent this agent definition describes. */
  agentType?: AgentDefinitionTypeFilterProperty;
  /** The human-readable name of the process element that owns the agent definition. */
  name?: StringFilterProperty;
  /** The BPMN element ID of the process element that owns the agent definition. */
  elementId?: ElementIdFilterProperty;
  /** The BPMN process ID of the process definition that owns the agent definition. */
  processDefinitionId?: ProcessDefinitionIdFilterProperty;
  /** The key of the process definition that owns the agent definition. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The version of the process definition that owns the agent definition. */
  processDefinitionVersion?: IntegerFilterProperty;
  /** The version tag of the process definition that owns the agent definition. */
  processDefinitionVersionTag?: StringFilterProperty;
  /** The tenant ID of the agent definition. */
  tenantId?: StringFilterProperty;
}

/** Matches the value exactly. */
export type AgentDefinitionKeyExactMatch = AgentDefinitionKey;

/** AgentDefinitionKey property with full advanced search capabilities. */
export type AgentDefinitionKeyFilterProperty =
  | AgentDefinitionKeyExactMatch
  | AdvancedAgentDefinitionKeyFilter;

/** An agent definition, created at deploy time for the process element it belongs to. */
export interface AgentDefinitionResult {
  /** The unique key for this agent definition. Unique across process definition versions. */
  agentDefinitionKey: AgentDefinitionKey;
  agentType: AgentDefinitionTypeEnum;
  /**
   * The human-readable name of the process element that owns the agent definition. Falls
   * back to elementId when the element has no BPMN name configured.
   */
  name: string;
  /** The BPMN element ID of the process element that owns the agent definition. */
  elementId: ElementId;
  /** The BPMN process ID of the process definition that owns the agent definition. */
  processDefinitionId: ProcessDefinitionId;
  /** The key of the process definition that owns the agent definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The version of the process definition that owns the agent definition. */
  processDefinitionVersion: number;
  /** The version tag of the process definition that owns the agent definition. */
  processDefinitionVersionTag: string | null;
  /** The tenant ID of this agent definition. */
  tenantId: TenantId;
}

/** Agent definition search request. */
export interface AgentDefinitionSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: AgentDefinitionSearchQuerySortRequest[];
  /** The agent definition search filters. */
  filter?: AgentDefinitionFilter;
}

/** Agent definition search response. */
export interface AgentDefinitionSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching agent definitions. */
  items: AgentDefinitionResult[];
}

/** The `AgentDefinitionSearchQuerySortRequest` schema. */
export interface AgentDefinitionSearchQuerySortRequest {
  /** The field to sort by. */
  field: AgentDefinitionSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type AgentDefinitionTypeExactMatch = AgentDefinitionTypeEnum;

/** AgentDefinitionTypeEnum property with full advanced search capabilities. */
export type AgentDefinitionTypeFilterProperty =
  | AgentDefinitionTypeExactMatch
  | AdvancedAgentDefinitionTypeFilter;

/** Matches the value exactly. */
export type AgentHistoryItemKeyExactMatch = AgentHistoryItemKey;

/** AgentHistoryItemKey property with full advanced search capabilities. */
export type AgentHistoryItemKeyFilterProperty =
  | AgentHistoryItemKeyExactMatch
  | AdvancedAgentHistoryItemKeyFilter;

/**
 * The outcome of appending a single history item from an update request's
 * history batch.
 */
export interface AgentInstanceCreatedHistoryItem {
  /**
   * The historyItemId of the corresponding item in the request, echoed back
   * so callers can correlate response entries with request items by id.
   */
  historyItemId: string;
  /**
   * The system-generated key for the history item. When isDuplicate is true,
   * this is the key of the original entry, not a new one.
   */
  historyItemKey: AgentHistoryItemKey;
  /**
   * True if this item had already been recorded and no new AGENT_HISTORY event
   * was created for it; false if a new event was created.
   */
  isDuplicate: boolean;
}

/** Request to create a new agent instance. */
export interface AgentInstanceCreationRequest {
  /**
   * The key of the AI Agent Sub-process or AI Agent Task element instance.
   * The engine uses this key to infer processInstanceKey, elementId,
   * processDefinitionKey, and tenantId.
   */
  elementInstanceKey: ElementInstanceKey;
  /**
   * The agent's initial definition; model, provider, and systemPrompt can
   * all be changed later via a CONFIGURATION history item. Required when
   * history is empty or omitted. Must be omitted when history is
   * non-empty — supply model, provider, and systemPrompt through a
   * CONFIGURATION item in history instead.
   */
  definition?: AgentInstanceDefinition;
  /**
   * Limits for the agent execution. When omitted, all limits default to -1
   * (no limit). Must be omitted when history is non-empty — supply limits
   * through a CONFIGURATION item in history instead, if needed.
   */
  limits?: AgentInstanceLimits;
  /**
   * The key of the job activation during which this creation is being made.
   * Required whenever history is non-empty.
   */
  jobKey?: JobKey | null;
  /**
   * Opaque lease token received from the job activation response. Disambiguates
   * this activation from any other activation of the same job: if the job is
   * later retried, history items submitted under a superseded lease are discarded
   * rather than committed.
   */
  jobLease?: string | null;
  /**
   * A batch of history items to append to the agent instance's conversation
   * history, in request order. Each created item is echoed back in the
   * response's createdHistory, positionally correlated. When non-empty,
   * model, provider, and systemPrompt (and, if needed, limits) must be
   * established through a CONFIGURATION item in this batch instead of the
   * top-level definition/limits, which must then be omitted.
   */
  history?: AgentInstanceHistoryItem[] | null;
}

/** Response returned after successfully creating an agent instance. */
export interface AgentInstanceCreationResult {
  /** The system-generated key for the created agent instance. */
  agentInstanceKey: AgentInstanceKey;
  /**
   * One entry per history item submitted in the request, in request order.
   * Empty when no history items were submitted.
   */
  createdHistory: AgentInstanceCreatedHistoryItem[];
}

/**
 * The definition of an agent instance, as submitted at creation. The systemPrompt is a plain
 * string here for backwards compatibility with existing create requests; the read side
 * (AgentInstanceDefinitionResult) exposes it as content blocks instead. This write-side
 * string is deprecated and will be removed as part of #58795.
 */
export interface AgentInstanceDefinition {
  /** The LLM model identifier (for example, gpt-4o). */
  model: string;
  /** The LLM provider (for example, openai or anthropic). */
  provider: string;
  /** The system prompt configured for this agent instance. */
  systemPrompt: string;
}

/**
 * The definition of an agent instance. Set at creation, but can change later via a
 * CONFIGURATION history item.
 */
export interface AgentInstanceDefinitionResult {
  /** The LLM model identifier (for example, gpt-4o). */
  model: string;
  /** The LLM provider (for example, openai or anthropic). */
  provider: string;
  /** The system prompt configured for this agent instance, as content blocks. */
  systemPrompt: AgentInstanceMessageContent[];
}

/** A Camunda Document Store reference content block. */
export interface AgentInstanceDocumentContent {
  /** The content type discriminator. */
  contentType: 'DOCUMENT';
  /** A reference to a document stored in the Camunda Document Store. */
  documentReference: DocumentReference;
}

/** Agent instance search filter. */
export interface AgentInstanceFilter {
  /** The unique key of the agent instance. */
  agentInstanceKey?: AgentInstanceKeyFilterProperty;
  /** The key of the agent definition this agent instance is an instance of. */
  agentDefinitionKey?: AgentDefinitionKeyFilterProperty;
  /** The current status of the agent instance. */
  status?: AgentInstanceStatusFilterProperty;
  /** The BPMN element ID of the agent task. */
  elementId?: ElementIdFilterProperty;
  /** The key of the process instance that owns this agent instance. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /**
   * The key of the root process instance. Filters agent instances belonging to a specific
   * call hierarchy. The root process instance is the top-level ancestor in the process
   * instance hierarchy.
   */
  rootProcessInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The key of the process definition associated with this agent instance. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The tenant ID of the agent instance. */
  tenantId?: StringFilterProperty;
  /** The creation date of the agent instance. */
  creationDate?: DateTimeFilterProperty;
  /** The date the agent instance was last updated. */
  lastUpdatedDate?: DateTimeFilterProperty;
  /** The completion date of the agent instance. */
  completionDate?: DateTimeFilterProperty;
  /**
   * The keys of element instances associated with this agent instance.
   * If multiple keys are provided, the filter matches agent instances associated with all of the provided keys at the same time.
   */
  elementInstanceKeys?: ElementInstanceKeyFilterProperty[];
  /** The BPMN process ID of the process definition associated with this agent instance. */
  processDefinitionId?: StringFilterProperty;
  /** The version of the process definition associated with this agent instance. */
  processDefinitionVersion?: IntegerFilterProperty;
  /** The version tag of the process definition associated with this agent instance. */
  processDefinitionVersionTag?: StringFilterProperty;
}

/** Matches the value exactly. */
export type AgentInstanceHistoryCommitStatusExactMatch = AgentInstanceHistoryCommitStatusEnum;

/** AgentInstanceHistoryCommitStatusEnum property with full advanced search capabilities. */
export type AgentInstanceHistoryCommitStatusFilterProperty =
  | AgentInstanceHistoryCommitStatusExactMatch
  | AdvancedAgentInstanceHistoryCommitStatusFilter;

/** Agent instance history item search filter. */
export interface AgentInstanceHistoryFilter {
  /** The unique key of the history item. */
  historyItemKey?: AgentHistoryItemKeyFilterProperty;
  /** The role of the history item. */
  role?: AgentInstanceHistoryRoleFilterProperty;
  /** The key of the element instance under which the history item was produced. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** The key of the job activation that produced the history item. */
  jobKey?: JobKeyFilterProperty;
  /** Filter by loop iteration number. */
  loopIteration?: IntegerFilterProperty;
  /**
   * The commit status of the history item. Defaults to COMMITTED only.
   * Include PENDING or DISCARDED explicitly to debug in-flight or failed activations.
   */
  commitStatus?: AgentInstanceHistoryCommitStatusFilterProperty;
  /** The timestamp when the history item was produced. */
  producedAt?: DateTimeFilterProperty;
}

/**
 * A single history item to append to the agent instance's conversation history,
 * submitted as part of the batch on an agent instance update request.
 */
export interface AgentInstanceHistoryItem {
  /**
   * Caller-assigned identifier used to detect and dedupe retries of the same
   * item. For example, when a retried job activation resubmits history items
   * it already sent in an earlier attempt, those items are not rejected; they
   * are flagged via isDuplicate in the response instead. Must be non-blank.
   */
  historyItemId: string;
  /** The loop iteration this item belongs to. */
  loopIteration: LoopIterationId;
  /** The role of this history item in the conversation. */
  role: AgentInstanceHistoryRoleEnum;
  /** The content blocks of this history item. */
  content: AgentInstanceMessageContent[];
  /**
   * Tool calls associated with this history item.
   * For ASSISTANT items: tool calls dispatched by this LLM response.
   * For TOOL_RESULT items: single-entry array referencing the originating tool call.
   * Omit for USER items.
   */
  toolCalls?: AgentInstanceToolCall[] | null;
  /** Per-call token and latency metrics. Present on ASSISTANT items only. */
  metrics?: AgentInstanceHistoryItemMetrics | null;
  /** The agent-side timestamp of when this message was produced. */
  producedAt: string;
  /**
   * The complete list of tools available to the agent as of this entry. CONFIGURATION
   * items only; omit for other roles. Omit to leave the tool list unchanged; send an
   * empty array to clear it.
   */
  tools?: AgentTool[] | null;
  /**
   * The LLM model identifier as of this entry. CONFIGURATION items only; omit for other
   * roles.
   */
  model?: string;
  /** The LLM provider as of this entry. CONFIGURATION items only; omit for other roles. */
  provider?: string;
  /**
   * The operational limits as of this entry. CONFIGURATION items only; omit for other
   * roles.
   */
  limits?: AgentInstanceLimits;
  /**
   * The system prompt, as content blocks, as of this entry. CONFIGURATION items only;
   * omit for other roles. Omit to leave the system prompt unchanged; when present, must
   * be non-empty.
   */
  systemPrompt?: AgentInstanceMessageContent[] | null;
}

/** Response returned after successfully appending a history item. */
export interface AgentInstanceHistoryItemCreationResult {
  /** The system-generated key for the created history item. */
  historyItemKey: AgentHistoryItemKey;
}

/** Per-call token and latency metrics for an ASSISTANT history item. */
export interface AgentInstanceHistoryItemMetrics {
  /** Input tokens consumed by this LLM call. Null when not provided. */
  inputTokens: number | null;
  /** Output tokens produced by this LLM call. Null when not provided. */
  outputTokens: number | null;
  /** Wall-clock duration of the LLM call in milliseconds. Null when not provided. */
  durationMs: number | null;
}

/** Request to append a single history item to an agent instance's conversation history. */
export interface AgentInstanceHistoryItemRequest {
  /** The key of the currently-active element instance. */
  elementInstanceKey: ElementInstanceKey;
  /** The key of the current job activation during which this history item was produced. */
  jobKey: JobKey;
  /** Opaque lease token received from the job activation response. */
  jobLease: string;
  /**
   * The loop iteration this item belongs to. Omit if not grouping items by
   * loopIteration.
   */
  loopIteration?: LoopIterationId | null;
  /** The role of this history item in the conversation. */
  role: AgentInstanceHistoryRoleEnum;
  /** The content blocks of this history item. */
  content: AgentInstanceMessageContent[];
  /**
   * Tool calls associated with this history item.
   * For ASSISTANT items: tool calls dispatched by this LLM response.
   * For TOOL_RESULT items: single-entry array referencing the originating tool call.
   * Omit for USER items.
   */
  toolCalls?: AgentInstanceToolCall[] | null;
  /** Per-call token and latency metrics. Present on ASSISTANT items only. */
  metrics?: AgentInstanceHistoryItemMetrics | null;
  /** The agent-side timestamp of when this message was produced. */
  producedAt: string;
}

/** A single conversation history item belonging to an agent instance. */
export interface AgentInstanceHistoryItemResult {
  /** The unique key for this history item. Stable and sortable by creation order. */
  historyItemKey: AgentHistoryItemKey;
  /**
   * The client-supplied identifier this item was created with. Empty for items that don't
   * carry one.
   */
  historyItemId: string;
  /** The key of the agent instance this item belongs to. */
  agentInstanceKey: AgentInstanceKey;
  /**
   * The key of the AI Agent Task or ad-hoc sub-process element instance under which this item was produced.
   */
  elementInstanceKey: ElementInstanceKey;
  /** The key of the job activation during which this item was produced. */
  jobKey: JobKey;
  /** The lease token of the activation that produced this item. */
  jobLease: string;
  /** The loop iteration this item belongs to. */
  loopIteration: LoopIterationId;
  /** The role of this history item in the conversation. */
  role: AgentInstanceHistoryRoleEnum;
  /** The content blocks of this history item. */
  content: AgentInstanceMessageContent[];
  /**
   * Tool calls for this item. Empty for USER items and ASSISTANT items with no tool dispatches.
   * ASSISTANT items: dispatched tool calls.
   * TOOL_RESULT items: single-entry array referencing the originating tool call.
   */
  toolCalls: AgentInstanceToolCall[];
  /** Per-call token and latency metrics. Null when metrics were not provided at creation time. */
  metrics: AgentInstanceHistoryItemMetrics | null;
  /** The commit status of this history item. */
  commitStatus: AgentInstanceHistoryCommitStatusEnum;
  /** The agent-side timestamp of when this message was produced. */
  producedAt: string;
  /**
   * The complete list of tools available to the agent as of this entry. CONFIGURATION
   * items only; empty for other roles.
   */
  tools: AgentTool[];
  /**
   * The LLM model identifier as of this entry. CONFIGURATION items only; null for other
   * roles.
   */
  model: string | null;
  /** The LLM provider as of this entry. CONFIGURATION items only; null for other roles. */
  provider: string | null;
  /**
   * The operational limits as of this entry. CONFIGURATION items only; -1 on any field
   * means "no limit configured" for other roles.
   */
  limits: AgentInstanceLimits;
  /**
   * The system prompt, as content blocks, as of this entry. CONFIGURATION items only;
   * empty for other roles.
   */
  systemPrompt: AgentInstanceMessageContent[];
}

/** Matches the value exactly. */
export type AgentInstanceHistoryRoleExactMatch = AgentInstanceHistoryRoleEnum;

/** AgentInstanceHistoryRoleEnum property with full advanced search capabilities. */
export type AgentInstanceHistoryRoleFilterProperty =
  | AgentInstanceHistoryRoleExactMatch
  | AdvancedAgentInstanceHistoryRoleFilter;

/** Agent instance history search request. */
export interface AgentInstanceHistorySearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: AgentInstanceHistorySearchQuerySortRequest[];
  /** The history item search filters. */
  filter?: AgentInstanceHistoryFilter;
}

/** Agent instance history search response. */
export interface AgentInstanceHistorySearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching history items. */
  items: AgentInstanceHistoryItemResult[];
}

/** The `AgentInstanceHistorySearchQuerySortRequest` schema. */
export interface AgentInstanceHistorySearchQuerySortRequest {
  /** The field to sort by. */
  field: AgentInstanceHistorySearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type AgentInstanceKeyExactMatch = AgentInstanceKey;

/** AgentInstanceKey property with full advanced search capabilities. */
export type AgentInstanceKeyFilterProperty = AgentInstanceKeyExactMatch | AdvancedAgentInstanceKeyFilter;

/** The configured limits for an agent instance, set once at creation. */
export interface AgentInstanceLimits {
  /** Maximum LLM calls allowed. -1 if no limit is configured. */
  maxModelCalls: number;
  /** Maximum tool calls allowed. -1 if no limit is configured. */
  maxToolCalls: number;
  /** Maximum total tokens allowed. -1 if no limit is configured. */
  maxTokens: number;
}

/** A single content block within a history item. Discriminated by `contentType`. */
export type AgentInstanceMessageContent =
  | AgentInstanceTextContent
  | AgentInstanceDocumentContent
  | AgentInstanceObjectContent;

/** Aggregated metrics for an agent instance across all model calls. */
export interface AgentInstanceMetrics {
  /** Total input tokens consumed across all model calls. */
  inputTokens: number;
  /** Total output tokens produced across all model calls. */
  outputTokens: number;
  /** Total number of LLM calls made. */
  modelCalls: number;
  /** Total number of tool calls made. */
  toolCalls: number;
}

/**
 * Metric increments to apply to the agent instance aggregate counters. The engine
 * accumulates these deltas into running totals on each UPDATED event. All fields
 * are optional; omit a field to leave the corresponding counter unchanged.
 */
export interface AgentInstanceMetricsDelta {
  /** Increment to apply to the total input token counter. */
  inputTokens?: number;
  /** Increment to apply to the total output token counter. */
  outputTokens?: number;
  /** Increment to apply to the total model call counter. */
  modelCalls?: number;
  /** Increment to apply to the total tool call counter. */
  toolCalls?: number;
}

/**
 * An arbitrary structured content block. Accepts any valid JSON value:
 * objects, arrays, numbers, booleans, or strings.
 * Use TEXT content for human-readable natural language;
 * use OBJECT content for machine-readable structured data.
 */
export interface AgentInstanceObjectContent {
  /** The content type discriminator. */
  contentType: 'OBJECT';
  /** Arbitrary structured content — any valid JSON value (object, array, number, boolean, or string). */
  object: unknown;
}

/** Success payload of `getAgentInstance`. */
export interface AgentInstanceResult {
  /** The unique key for this agent instance. */
  agentInstanceKey: AgentInstanceKey;
  /** The key of the agent definition this agent instance is an instance of. */
  agentDefinitionKey: AgentDefinitionKey;
  status: AgentInstanceStatusEnum;
  /**
   * The definition of the agent, including model, provider, and system prompt. Set at
   * creation, but can change later via a CONFIGURATION history item.
   */
  definition: AgentInstanceDefinitionResult;
  /** Aggregated metrics across all loopIterations of this agent instance. */
  metrics: AgentInstanceMetrics;
  /** The configured limits for this agent instance, set once at creation. */
  limits: AgentInstanceLimits;
  /** The tools available to the agent. */
  tools: AgentTool[];
  /** The BPMN element ID of the ad-hoc sub-process or AI agent task that owns this agent instance. */
  elementId: ElementId;
  /** The key of the process instance that owns this agent instance. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy.
   */
  rootProcessInstanceKey: ProcessInstanceKey;
  /** The key of the process definition associated with this agent instance. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The BPMN process ID of the process definition associated with this agent instance. */
  processDefinitionId: ProcessDefinitionId;
  /** The version of the process definition associated with this agent instance. */
  processDefinitionVersion: number;
  /** The version tag of the process definition associated with this agent instance. */
  processDefinitionVersionTag: string | null;
  /** The tenant ID of this agent instance. */
  tenantId: TenantId;
  /** The date when this agent instance was created. */
  creationDate: string;
  /** The date when this agent instance was last updated. */
  lastUpdatedDate: string;
  /** The date when this agent instance completed. Null while the agent is still running. */
  completionDate: string | null;
  /** The keys of all element instances associated with this agent instance. */
  elementInstanceKeys: ElementInstanceKey[];
}

/** Agent instance search request. */
export interface AgentInstanceSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: AgentInstanceSearchQuerySortRequest[];
  /** The agent instance search filters. */
  filter?: AgentInstanceFilter;
}

/** Agent instance search response. */
export interface AgentInstanceSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching agent instances. */
  items: AgentInstanceResult[];
}

/** The `AgentInstanceSearchQuerySortRequest` schema. */
export interface AgentInstanceSearchQuerySortRequest {
  /** The field to sort by. */
  field: AgentInstanceSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type AgentInstanceStatusExactMatch = AgentInstanceStatusEnum;

/** AgentInstanceStatusEnum property with full advanced search capabilities. */
export type AgentInstanceStatusFilterProperty =
  | AgentInstanceStatusExactMatch
  | AdvancedAgentInstanceStatusFilter;

/** A plain-text content block. */
export interface AgentInstanceTextContent {
  /** The content type discriminator. */
  contentType: 'TEXT';
  /** The text content. */
  text: string;
}

/** A tool call associated with a history item. Used in both ASSISTANT and TOOL_RESULT items. */
export interface AgentInstanceToolCall {
  /** The LLM-assigned tool call ID. Correlates ASSISTANT items to their matching TOOL_RESULT items. */
  toolCallId: string;
  /** The LLM-visible tool name. */
  toolName: string;
  /** The BPMN element ID handling this tool. */
  elementId: string | null;
  /**
   * The tool call arguments as provided by the LLM. May be null or populated on
   * any item, including TOOL_RESULT.
   */
  arguments: Record<string, unknown> | null;
}

/** Request to update the mutable state of an agent instance. */
export interface AgentInstanceUpdateRequest {
  /**
   * The key of the currently-active element instance for this agent instance.
   * Used for ownership/equality validation against the stored agent instance
   * and, when the supplied key differs from the previous association (re-entry
   * of an ad-hoc sub-process or AI Agent task), appended to elementInstanceKeys
   * with the reverse link updated on the supplied element instance.
   */
  elementInstanceKey: ElementInstanceKey;
  /** The new status of the agent instance. */
  status?: AgentInstanceUpdateStatusEnum;
  /** Metric increments to apply to the aggregate counters. */
  metrics?: AgentInstanceMetricsDelta;
  /**
   * The complete list of tools available to the agent, replacing any previously
   * stored tools. When provided, the engine replaces the existing tool list with
   * this value.
   */
  tools?: AgentTool[] | null;
  /**
   * The key of the job activation during which this update is being made.
   * Required whenever history is provided.
   */
  jobKey?: JobKey | null;
  /**
   * Opaque lease token received from the job activation response. Disambiguates
   * this activation from any other activation of the same job: if the job is
   * later retried, history items submitted under a superseded lease are discarded
   * rather than committed.
   */
  jobLease?: string | null;
  /**
   * A batch of history items to append to the agent instance's conversation
   * history, in request order. Each created item is echoed back in the
   * response's createdHistory, positionally correlated.
   */
  history?: AgentInstanceHistoryItem[] | null;
}

/** Response returned after successfully updating an agent instance. */
export interface AgentInstanceUpdateResult {
  /**
   * One entry per history item submitted in the request, in request order.
   * Empty when no history items were submitted.
   */
  createdHistory: AgentInstanceCreatedHistoryItem[];
}

/** A tool available to the agent. */
export interface AgentTool {
  /** The tool name as visible to the LLM. */
  name: string;
  /** A human-readable description of the tool. */
  description: string | null;
  /** The BPMN element ID of the tool element within the ad-hoc sub-process. */
  elementId: string | null;
}

/**
 * Defines the ancestor scope for the created element instances. The default behavior resembles
 * a "direct" scope instruction with an `ancestorElementInstanceKey` of `"-1"`.
 */
export type AncestorScopeInstruction =
  | DirectAncestorKeyInstruction
  | InferredAncestorKeyInstruction
  | UseSourceParentKeyInstruction;

/** Matches the value exactly. */
export type AuditLogActorTypeExactMatch = AuditLogActorTypeEnum;

/** AuditLogActorTypeEnum property with full advanced search capabilities. */
export type AuditLogActorTypeFilterProperty = AuditLogActorTypeExactMatch | AdvancedActorTypeFilter;

/** Matches the value exactly. */
export type AuditLogEntityKeyExactMatch = AuditLogEntityKey;

/** EntityKey property with full advanced search capabilities. */
export type AuditLogEntityKeyFilterProperty = AuditLogEntityKeyExactMatch | AdvancedAuditLogEntityKeyFilter;

/** Audit log filter request */
export interface AuditLogFilter {
  /** The audit log key search filter. */
  auditLogKey?: AuditLogKeyFilterProperty;
  /** The process definition key search filter. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The process instance key search filter. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The element instance key search filter. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** The operation type search filter. */
  operationType?: OperationTypeFilterProperty;
  /** The result search filter. */
  result?: AuditLogResultFilterProperty;
  /** The timestamp search filter. */
  timestamp?: DateTimeFilterProperty;
  /** The actor ID search filter. */
  actorId?: StringFilterProperty;
  /** The actor type search filter. */
  actorType?: AuditLogActorTypeFilterProperty;
  /** The agent element ID search filter. */
  agentElementId?: StringFilterProperty;
  /** The entity key search filter. */
  entityKey?: AuditLogEntityKeyFilterProperty;
  /** The entity type search filter. */
  entityType?: EntityTypeFilterProperty;
  /** The tenant ID search filter. */
  tenantId?: StringFilterProperty;
  /** The category search filter. */
  category?: CategoryFilterProperty;
  /** The deployment key search filter. */
  deploymentKey?: DeploymentKeyFilterProperty;
  /** The form key search filter. */
  formKey?: FormKeyFilterProperty;
  /** The resource key search filter. */
  resourceKey?: ResourceKeyFilterProperty;
  /** The batch operation type search filter. */
  batchOperationType?: BatchOperationTypeFilterProperty;
  /** The process definition ID search filter. */
  processDefinitionId?: StringFilterProperty;
  /** The job key search filter. */
  jobKey?: JobKeyFilterProperty;
  /** The user task key search filter. */
  userTaskKey?: BasicStringFilterProperty;
  /** The decision requirements ID search filter. */
  decisionRequirementsId?: StringFilterProperty;
  /** The decision requirements key search filter. */
  decisionRequirementsKey?: DecisionRequirementsKeyFilterProperty;
  /** The decision definition ID search filter. */
  decisionDefinitionId?: StringFilterProperty;
  /** The decision definition key search filter. */
  decisionDefinitionKey?: DecisionDefinitionKeyFilterProperty;
  /** The decision evaluation key search filter. */
  decisionEvaluationKey?: DecisionEvaluationKeyFilterProperty;
  /** The related entity key search filter. */
  relatedEntityKey?: AuditLogEntityKeyFilterProperty;
  /** The related entity type search filter. */
  relatedEntityType?: EntityTypeFilterProperty;
  /** The entity description filter. */
  entityDescription?: StringFilterProperty;
  /** The inbound channel type search filter (e.g. MCP). */
  inboundChannelType?: StringFilterProperty;
  /** The inbound channel tool name search filter. */
  inboundChannelToolName?: StringFilterProperty;
}

/** Matches the value exactly. */
export type AuditLogKeyExactMatch = AuditLogKey;

/** AuditLogKey property with full advanced search capabilities. */
export type AuditLogKeyFilterProperty = AuditLogKeyExactMatch | AdvancedAuditLogKeyFilter;

/** Audit log item. */
export interface AuditLogResult {
  /** The unique key of the audit log entry. */
  auditLogKey: AuditLogKey;
  entityKey: AuditLogEntityKey;
  entityType: AuditLogEntityTypeEnum;
  operationType: AuditLogOperationTypeEnum;
  /** Key of the batch operation. */
  batchOperationKey: BatchOperationKey | null;
  /** The type of batch operation performed, if this is part of a batch. */
  batchOperationType: BatchOperationTypeEnum | null;
  /** The timestamp when the operation occurred. */
  timestamp: string;
  /** The ID of the actor who performed the operation. */
  actorId: string | null;
  /** The type of the actor who performed the operation. */
  actorType: AuditLogActorTypeEnum | null;
  /** The element ID of the agent that performed the operation (e.g. ad-hoc subprocess element ID). */
  agentElementId: string | null;
  /** The tenant ID of the audit log. */
  tenantId: TenantId | null;
  result: AuditLogResultEnum;
  category: AuditLogCategoryEnum;
  /** The process definition ID. */
  processDefinitionId: ProcessDefinitionId | null;
  /** The key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey | null;
  /** The key of the process instance. */
  processInstanceKey: ProcessInstanceKey | null;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The key of the element instance. */
  elementInstanceKey: ElementInstanceKey | null;
  /** The key of the job. */
  jobKey: JobKey | null;
  /** The key of the user task. */
  userTaskKey: UserTaskKey | null;
  /** The decision requirements ID. */
  decisionRequirementsId: string | null;
  /** The assigned key of the decision requirements. */
  decisionRequirementsKey: DecisionRequirementsKey | null;
  /** The decision definition ID. */
  decisionDefinitionId: DecisionDefinitionId | null;
  /** The key of the decision definition. */
  decisionDefinitionKey: DecisionDefinitionKey | null;
  /** The key of the decision evaluation. */
  decisionEvaluationKey: DecisionEvaluationKey | null;
  /** The key of the deployment. */
  deploymentKey: DeploymentKey | null;
  /** The key of the form. */
  formKey: FormKey | null;
  /** The system-assigned key for this resource. */
  resourceKey: ResourceKey | null;
  /**
   * The key of the related entity. The content depends on the operation type and entity type.
   * For example, for authorization operations, this will contain the ID of the owner (e.g., user or group) the authorization belongs to.
   */
  relatedEntityKey: AuditLogEntityKey | null;
  /**
   * The type of the related entity. The content depends on the operation type and entity type.
   * For example, for authorization operations, this will contain the type of the owner (e.g., USER or GROUP) the authorization belongs to.
   */
  relatedEntityType: AuditLogEntityTypeEnum | null;
  /**
   * Additional description of the entity affected by the operation.
   * For example, for variable operations, this will contain the variable name.
   */
  entityDescription: string | null;
  /** The type of the inbound channel that triggered the operation (e.g. MCP). */
  inboundChannelType: string | null;
  /** The tool name of the inbound channel (e.g. the MCP tool that triggered the operation). */
  inboundChannelToolName: string | null;
}

/** Matches the value exactly. */
export type AuditLogResultExactMatch = AuditLogResultEnum;

/** AuditLogResultEnum property with full advanced search capabilities. */
export type AuditLogResultFilterProperty = AuditLogResultExactMatch | AdvancedResultFilter;

/** Audit log search request. */
export interface AuditLogSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: AuditLogSearchQuerySortRequest[];
  /** The audit log search filters. */
  filter?: AuditLogFilter;
}

/** Audit log search response. */
export interface AuditLogSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching audit logs. */
  items: AuditLogResult[];
}

/** The `AuditLogSearchQuerySortRequest` schema. */
export interface AuditLogSearchQuerySortRequest {
  /** The field to sort by. */
  field: AuditLogSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Configuration for authentication and session management. */
export interface AuthenticationConfigurationResponse {
  /** Whether users can log out (false for SaaS deployments). */
  canLogout: boolean;
  /** Whether login is delegated to an external identity provider. */
  isLoginDelegated: boolean;
}

/** Success payload of `createAuthorization`. */
export interface AuthorizationCreateResult {
  /** The key of the created authorization. */
  authorizationKey: AuthorizationKey;
}

/** Authorization search filter. */
export interface AuthorizationFilter {
  /** The ID of the owner of permissions. */
  ownerId?: string;
  ownerType?: OwnerTypeEnum;
  /** The IDs of the resource to search permissions for. */
  resourceIds?: string[];
  /** The names of the resource properties to search permissions for. */
  resourcePropertyNames?: string[];
  /** The type of resource to search permissions for. */
  resourceType?: ResourceTypeEnum;
}

/** The `AuthorizationIdBasedRequest` schema. */
export interface AuthorizationIdBasedRequest {
  /** The ID of the owner of the permissions. */
  ownerId: string;
  ownerType: OwnerTypeEnum;
  /** The ID of the resource to add permissions to. */
  resourceId: string;
  /** The type of resource to add permissions to. */
  resourceType: ResourceTypeEnum;
  /** The permission types to add. */
  permissionTypes: PermissionTypeEnum[];
}

/** The `AuthorizationPropertyBasedRequest` schema. */
export interface AuthorizationPropertyBasedRequest {
  /** The ID of the owner of the permissions. */
  ownerId: string;
  ownerType: OwnerTypeEnum;
  /** The name of the resource property on which this authorization is based. */
  resourcePropertyName: string;
  /** The type of resource to add permissions to. */
  resourceType: ResourceTypeEnum;
  /** The permission types to add. */
  permissionTypes: PermissionTypeEnum[];
}

/**
 * Defines an authorization request.
 * Either an id-based or a property-based authorization can be provided.
 */
export type AuthorizationRequest = AuthorizationIdBasedRequest | AuthorizationPropertyBasedRequest;

/** Success payload of `getAuthorization`. */
export interface AuthorizationResult {
  /** The ID of the owner of permissions. */
  ownerId: string;
  ownerType: OwnerTypeEnum;
  /** The type of resource that the permissions relate to. */
  resourceType: ResourceTypeEnum;
  /** ID of the resource the permission relates to (mutually exclusive with `resourcePropertyName`). */
  resourceId: string | null;
  /** The name of the resource property the permission relates to (mutually exclusive with `resourceId`). */
  resourcePropertyName: string | null;
  /** Specifies the types of the permissions. */
  permissionTypes: PermissionTypeEnum[];
  /** The key of the authorization. */
  authorizationKey: AuthorizationKey;
}

/** Request body of `searchAuthorizations`. Request body of `searchOwnAuthorizations`. */
export interface AuthorizationSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: AuthorizationSearchQuerySortRequest[];
  /** The authorization search filters. */
  filter?: AuthorizationFilter;
}

/** The `AuthorizationSearchQuerySortRequest` schema. */
export interface AuthorizationSearchQuerySortRequest {
  /** The field to sort by. */
  field: AuthorizationSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchAuthorizations`. */
export interface AuthorizationSearchResult {
  page: SearchQueryPageResponse;
  /** The matching authorizations. */
  items: AuthorizationResult[];
}

/**
 * The id of the backup. Must be a positive numerical value. As backups are logically
 * ordered by their ids (ascending), each successive backup must use a higher id than the
 * previous one.
 */
export type BackupId = number;

/**
 * A prefix of a backup id, followed by a single '*' as a wildcard, matching any backup id
 * starting with the given prefix.
 */
export type BackupIdPrefix = string;

/**
 * Detailed status of a runtime backup. The aggregated state is computed from the backup
 * state of each partition as:
 * - If the backup of all partitions is 'COMPLETED', the overall state is 'COMPLETED'.
 * - If one partition is 'FAILED', the overall state is 'FAILED'.
 * - Otherwise, if one partition is 'DOES_NOT_EXIST', the overall state is 'INCOMPLETE'.
 * - Otherwise, if one partition is 'IN_PROGRESS', the overall state is 'IN_PROGRESS'.
 */
export interface BackupInfo {
  /** The id of the backup. */
  backupId: BackupId;
  /** The aggregated state of the backup. */
  state: StateCode;
  /** Reason for failure if the state is 'FAILED'. */
  failureReason: string | null;
  /**
   * Detailed status of the backup per partition. Always contains every partition of
   * the physical tenant.
   */
  details: PartitionBackupInfo[];
}

/** Base process instance search filter. */
export interface BaseProcessInstanceFilterFields {
  /** The start date. */
  startDate?: DateTimeFilterProperty;
  /** The end date. */
  endDate?: DateTimeFilterProperty;
  /** The process instance state. */
  state?: ProcessInstanceStateFilterProperty;
  /** Whether this process instance has a related incident or not. */
  hasIncident?: boolean;
  /**
   * The time this process instance most recently entered the SUSPENDED state.
   * This is cleared (null) again once the process instance is resumed.
   */
  suspendedDate?: DateTimeFilterProperty;
  /** The tenant id. */
  tenantId?: StringFilterProperty;
  /** The process instance variables. */
  variables?: VariableValueFilterProperty[];
  /** The key of this process instance. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent process instance key. */
  parentProcessInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent element instance key. */
  parentElementInstanceKey?: ElementInstanceKeyFilterProperty;
  /**
   * The batch operation id.
   * **Deprecated**: Use `batchOperationKey` instead. This field will be removed in a future release. If both `batchOperationId` and `batchOperationKey` are provided, the request will be rejected with a 400 error.
   *
   * @deprecated
   */
  batchOperationId?: StringFilterProperty;
  /** The batch operation key. */
  batchOperationKey?: StringFilterProperty;
  /** The error message related to the process. */
  errorMessage?: StringFilterProperty;
  /** Whether the process has failed jobs with retries left. */
  hasRetriesLeft?: boolean;
  /** The state of the element instances associated with the process instance. */
  elementInstanceState?: ElementInstanceStateFilterProperty;
  /** The element id associated with the process instance. */
  elementId?: StringFilterProperty;
  /** Whether the element instance has an incident or not. */
  hasElementInstanceIncident?: boolean;
  /** The incident error hash code, associated with this process. */
  incidentErrorHashCode?: IntegerFilterProperty;
  tags?: TagSet;
  /** The business id associated with the process instance. */
  businessId?: StringFilterProperty;
}

/** Common fields shared by all wait-state details variants. */
export interface BaseWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: string;
}

/** Basic advanced string filter. */
export interface BasicStringFilter {
  /** Checks for equality with the provided value. */
  $eq?: string;
  /** Checks for inequality with the provided value. */
  $neq?: string;
  /** Checks if the current property exists. */
  $exists?: boolean;
  /** Checks if the property matches any of the provided values. */
  $in?: string[];
  /** Checks if the property matches none of the provided values. */
  $notIn?: string[];
}

/** String property with basic advanced search capabilities. */
export type BasicStringFilterProperty = string | BasicStringFilter;

/** The created batch operation. */
export interface BatchOperationCreatedResult {
  /** Key of the batch operation. */
  batchOperationKey: BatchOperationKey;
  batchOperationType: BatchOperationTypeEnum;
}

/** The `BatchOperationError` schema. */
export interface BatchOperationError {
  /** The partition ID where the error occurred. */
  partitionId: number;
  /** The type of the error that occurred during the batch operation. */
  type: BatchOperationErrorType;
  /** The error message that occurred during the batch operation. */
  message: string;
}

/** Batch operation filter request. */
export interface BatchOperationFilter {
  /** The key (or operate legacy ID) of the batch operation. */
  batchOperationKey?: BasicStringFilterProperty;
  /** The type of the batch operation. */
  operationType?: BatchOperationTypeFilterProperty;
  /** The state of the batch operation. */
  state?: BatchOperationStateFilterProperty;
  /** The type of the actor who performed the operation. */
  actorType?: AuditLogActorTypeEnum;
  /** The ID of the actor who performed the operation. */
  actorId?: StringFilterProperty;
}

/** Batch operation item filter request. */
export interface BatchOperationItemFilter {
  /** The key (or operate legacy ID) of the batch operation. */
  batchOperationKey?: BasicStringFilterProperty;
  /** The key of the item, e.g. a process instance key. */
  itemKey?: BasicStringFilterProperty;
  /** The process instance key of the processed item. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The state of the batch operation. */
  state?: BatchOperationItemStateFilterProperty;
  /** The type of the batch operation. */
  operationType?: BatchOperationTypeFilterProperty;
}

/** The `BatchOperationItemResponse` schema. */
export interface BatchOperationItemResponse {
  operationType: BatchOperationTypeEnum;
  /** The key (or operate legacy ID) of the batch operation. */
  batchOperationKey: BatchOperationKey;
  /** Key of the item, e.g. a process instance key. */
  itemKey: string;
  /**
   * The process instance key of the processed item. Null for batch-op types whose targets
   * are not process instances (e.g. DELETE_DECISION_INSTANCE, DELETE_DECISION_DEFINITION,
   * DELETE_PROCESS_DEFINITION).
   */
  processInstanceKey: ProcessInstanceKey | null;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** State of the item. */
  state: BatchOperationItemResponseState;
  /**
   * The date this item was processed.
   * This is `null` if the item has not yet been processed.
   */
  processedDate: string | null;
  /** The error message from the engine in case of a failed operation. */
  errorMessage: string | null;
}

/** Batch operation item search request. */
export interface BatchOperationItemSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: BatchOperationItemSearchQuerySortRequest[];
  /** The batch operation item search filters. */
  filter?: BatchOperationItemFilter;
}

/** Success payload of `searchBatchOperationItems`. */
export interface BatchOperationItemSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching batch operation items. */
  items: BatchOperationItemResponse[];
}

/** The `BatchOperationItemSearchQuerySortRequest` schema. */
export interface BatchOperationItemSearchQuerySortRequest {
  /** The field to sort by. */
  field: BatchOperationItemSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type BatchOperationItemStateExactMatch = BatchOperationItemStateEnum;

/** BatchOperationItemStateEnum property with full advanced search capabilities. */
export type BatchOperationItemStateFilterProperty =
  | BatchOperationItemStateExactMatch
  | AdvancedBatchOperationItemStateFilter;

/** Success payload of `getBatchOperation`. */
export interface BatchOperationResponse {
  /** Key or (Operate Legacy ID = UUID) of the batch operation. */
  batchOperationKey: BatchOperationKey;
  state: BatchOperationStateEnum;
  batchOperationType: BatchOperationTypeEnum;
  /**
   * The start date of the batch operation.
   * This is `null` if the batch operation has not yet started.
   */
  startDate: string | null;
  /**
   * The end date of the batch operation.
   * This is `null` if the batch operation is still running.
   */
  endDate: string | null;
  /**
   * The type of the actor who performed the operation.
   * This is `null` if the batch operation was created before 8.9,
   * or if the actor information is not available.
   */
  actorType: AuditLogActorTypeEnum | null;
  /** The ID of the actor who performed the operation. Available for batch operations created since 8.9. */
  actorId: string | null;
  /** The total number of items contained in this batch operation. */
  operationsTotalCount: number;
  /**
   * The number of items which failed during execution of the batch operation. (e.g. because they are rejected by the Zeebe engine).
   */
  operationsFailedCount: number;
  /** The number of successfully completed tasks. */
  operationsCompletedCount: number;
  /** The errors that occurred per partition during the batch operation. */
  errors: BatchOperationError[];
}

/** Batch operation search request. */
export interface BatchOperationSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: BatchOperationSearchQuerySortRequest[];
  /** The batch operation search filters. */
  filter?: BatchOperationFilter;
}

/** The batch operation search query result. */
export interface BatchOperationSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching batch operations. */
  items: BatchOperationResponse[];
}

/** The `BatchOperationSearchQuerySortRequest` schema. */
export interface BatchOperationSearchQuerySortRequest {
  /** The field to sort by. */
  field: BatchOperationSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type BatchOperationStateExactMatch = BatchOperationStateEnum;

/** BatchOperationStateEnum property with full advanced search capabilities. */
export type BatchOperationStateFilterProperty =
  | BatchOperationStateExactMatch
  | AdvancedBatchOperationStateFilter;

/** Matches the value exactly. */
export type BatchOperationTypeExactMatch = BatchOperationTypeEnum;

/** BatchOperationTypeEnum property with full advanced search capabilities. */
export type BatchOperationTypeFilterProperty =
  | BatchOperationTypeExactMatch
  | AdvancedBatchOperationTypeFilter;

/** Provides information on a broker node. */
export interface BrokerInfo {
  /**
   * The node ID for the broker. The uniqueness of this identifier depends if the cluster is zone-aware or not. - non zone-aware: (default) nodeId is unique across the cluster - zone-aware:  (opt-in) nodeId is unique only within its zone. If you are migrating to a zone aware cluster, you must use `brokerId` instead. This property is deprecated, as it's been replaced by `brokerId`.
   *
   * @deprecated
   */
  nodeId: number;
  /**
   * The unique (within a cluster) broker identifier. When the cluster is not zoned, then it's a string that represents the nodeId (an integer). When the cluster is zoned, instead, it's of the form "$zoneName_$nodeId", providing uniqueness even across zones.
   */
  brokerId: string;
  /** The hostname for reaching the broker. */
  host: string;
  /** The port for reaching the broker. */
  port: number;
  /** A list of partitions managed or replicated on this broker. */
  partitions: Partition[];
  /** The broker version. */
  version: string;
}

/** Success payload of `getAuthentication`. */
export interface CamundaUserResult {
  /** The username of the user. */
  username: Username;
  /** The display name of the user. */
  displayName: string | null;
  /** The email of the user. */
  email: string | null;
  /** The web components the user is authorized to use. */
  authorizedComponents: string[];
  /** The tenants the user is a member of. */
  tenants: TenantResult[];
  /** The groups assigned to the user. */
  groups: string[];
  /** The roles assigned to the user. */
  roles: string[];
  /** The plan of the user. */
  salesPlanType: string | null;
  /** The links to the components in the C8 stack. */
  c8Links: Record<string, string>;
  /** Flag for understanding if the user is able to perform logout. */
  canLogout: boolean;
}

/**
 * Request body of `cancelProcessInstance`.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface CancelProcessInstanceRequest {
  operationReference?: OperationReference;
}

/** Matches the value exactly. */
export type CategoryExactMatch = AuditLogCategoryEnum;

/** AuditLogCategoryEnum property with full advanced search capabilities. */
export type CategoryFilterProperty = CategoryExactMatch | AdvancedCategoryFilter;

/**
 * JSON object with changed task attribute values.
 *
 * The following attributes can be adjusted with this endpoint, additional attributes
 * will be ignored:
 *
 * * `candidateGroups` - reset by providing an empty list
 * * `candidateUsers` - reset by providing an empty list
 * * `dueDate` - reset by providing an empty String
 * * `followUpDate` - reset by providing an empty String
 * * `priority` - minimum 0, maximum 100, default 50
 *
 * Providing any of those attributes with a `null` value or omitting it preserves
 * the persisted attribute's value.
 *
 * The assignee cannot be adjusted with this endpoint, use the Assign task endpoint.
 * This ensures correct event emission for assignee changes.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface Changeset {
  /** The due date of the task. Reset by providing an empty String. */
  dueDate?: string | null;
  /** The follow-up date of the task. Reset by providing an empty String. */
  followUpDate?: string | null;
  /** The list of candidate users of the task. Reset by providing an empty list. */
  candidateUsers?: string[] | null;
  /** The list of candidate groups of the task. Reset by providing an empty list. */
  candidateGroups?: string[] | null;
  /**
   * The priority of the task.
   *
   * @defaultValue `50`
   */
  priority?: number | null;
  [key: string]: unknown;
}

/**
 * The id of the checkpoint. Must be a non-negative numerical value. As checkpoints are
 * logically ordered by their ids (ascending), each successive checkpoint must use a
 * higher id than the previous one.
 */
export type CheckpointId = number;

/** Request body of `pinClock`. */
export interface ClockPinRequest {
  /** The exact time in epoch milliseconds to which the clock should be pinned. */
  timestamp: number;
}

/** Configuration for SaaS/cloud-specific settings. */
export interface CloudConfigurationResponse {
  /** The cloud deployment stage. */
  stage: CloudStage | null;
}

/** Provides information on a broker node, independent of any physical tenant. */
export interface ClusterBrokerInfo {
  /**
   * The unique (within a cluster) broker identifier. When the cluster is not zoned, then it's a string that represents the nodeId (an integer). When the cluster is zoned, instead, it's of the form "$zoneName_$nodeId", providing uniqueness even across zones.
   */
  brokerId: string;
  /** The hostname for reaching the broker. */
  host: string;
  /** The port for reaching the broker. */
  port: number;
  /** The broker version. */
  version: string;
}

/**
 * A history backup id and what each physical tenant reports for it. No cluster-level state is aggregated from the per-tenant states.
 */
export interface ClusterHistoryBackupInfo {
  /** The id of the backup. */
  backupId: BackupId;
  /**
   * What each physical tenant reports for this backup id, ordered by physical tenant id. When looking a backup id up directly, every targeted tenant is listed, including the ones reporting `NOT_FOUND`. Within a listing, only the tenants that hold the id are listed.
   */
  physicalTenants: ClusterHistoryBackupTenantInfo[];
}

/**
 * The snapshots scheduled on a single physical tenant. Only successfully scheduled tenants are reported: the request fails as a whole if any targeted tenant could not schedule the backup.
 */
export interface ClusterHistoryBackupTakeResult {
  /** The id of the physical tenant. */
  physicalTenantId: string;
  /** The names of the snapshots scheduled on this physical tenant. */
  scheduledSnapshots: string[];
}

/** What a single physical tenant reports for a history backup id. */
export interface ClusterHistoryBackupTenantInfo {
  /** The id of the physical tenant. */
  physicalTenantId: string;
  /** The state of the backup on this physical tenant. */
  state: ClusterHistoryBackupTenantState;
  /** Reason for failure if the state is 'FAILED'. */
  failureReason: string | null;
  /**
   * Detailed status of the backup per snapshot on this physical tenant. Empty when the tenant does not hold the backup.
   */
  details: HistoryBackupSnapshotInfo[];
}

/** A single operation that is part of a cluster mode change. */
export interface ClusterModeChangeOperation {
  /** The type of the operation. */
  operation: string;
  /** The target mode of the operation, if applicable. */
  mode: string | null;
}

/** The operations of a cluster mode change that apply to one physical tenant. */
export interface ClusterModeChangePlannedChange {
  /**
   * The physical tenant the operations apply to; null for operations that are not scoped to a single physical tenant, such as broker lifecycle operations.
   */
  physicalTenantId: string | null;
  /** The ordered list of operations that will be applied to the physical tenant. */
  operations: ClusterModeChangeOperation[];
}

/** The planned changes resulting from a cluster mode transition request. */
export interface ClusterModeChangeResponse {
  /** The ID of the cluster change that was triggered by the request. */
  changeId: string;
  /**
   * The operations that will be applied to complete the change, grouped by the physical tenant they belong to. Groups are transitioned in parallel; the operations within a group are applied in the given order.
   */
  plannedChanges: ClusterModeChangePlannedChange[];
}

/** The operation that awaits the transition of a broker to a mode. */
export interface ClusterRestoreAwaitModeChangeOperation {
  /** The type of the operation. */
  operation: 'AwaitModeChangeOperation';
  /** The ID of the broker that applies the operation, including its zone if it belongs to one. */
  brokerId: string;
  /** The mode the broker is awaited to have transitioned to. */
  mode: string;
}

/**
 * A restore operation that applies to a broker as a whole, such as the one that updates its incarnation number.
 */
export interface ClusterRestoreBrokerOperation {
  /** The type of the operation. */
  operation: 'UpdateIncarnationNumberOperation';
  /** The ID of the broker that applies the operation, including its zone if it belongs to one. */
  brokerId: string;
}

/** The operation that transitions a broker to a mode once its partitions are restored. */
export interface ClusterRestoreModeChangeOperation {
  /** The type of the operation. */
  operation: 'ModeChangeOperation';
  /** The ID of the broker that applies the operation, including its zone if it belongs to one. */
  brokerId: string;
  /** The mode the broker is transitioned to. */
  mode: string;
}

/**
 * A single operation that is part of a restore. Every operation names the broker that applies it; the rest of its properties depend on what the operation does, so it is reported as one of the variants below, distinguished by `operation`. A property a variant does not declare is absent from the response rather than reported as null.
 */
export type ClusterRestoreOperation =
  | ClusterRestoreBrokerOperation
  | ClusterRestorePartitionOperation
  | ClusterRestorePartitionRestoreOperation
  | ClusterRestoreModeChangeOperation
  | ClusterRestoreAwaitModeChangeOperation;

/**
 * A restore operation that targets a single partition without restoring it, such as the one that prepares the partition for its restore.
 */
export interface ClusterRestorePartitionOperation {
  /** The type of the operation. */
  operation: 'PartitionPreRestoreOperation';
  /** The ID of the broker that applies the operation, including its zone if it belongs to one. */
  brokerId: string;
  /** The partition the operation applies to. */
  partitionId: number;
}

/** The operation that restores a single partition from the backups resolved for it. */
export interface ClusterRestorePartitionRestoreOperation {
  /** The type of the operation. */
  operation: 'PartitionRestoreOperation';
  /** The ID of the broker that applies the operation, including its zone if it belongs to one. */
  brokerId: string;
  /** The partition the operation restores. */
  partitionId: number;
  /** The IDs of the backups the partition is restored from. */
  backupIds: number[];
}

/** The operations of a restore that apply to one physical tenant. */
export interface ClusterRestorePlannedChange {
  /**
   * The physical tenant the operations apply to; null for operations that are not scoped to a single physical tenant, such as broker lifecycle operations.
   */
  physicalTenantId: string | null;
  /** The ordered list of operations that will be applied to the physical tenant. */
  operations: ClusterRestoreOperation[];
}

/**
 * Describes a restore request issued by a cluster admin. The backup selection at the top level applies to every targeted physical tenant, except for the ones listed in `overrides`.
 */
export interface ClusterRestoreRequest {
  /** The start of the time range to restore from, as an ISO 8601 timestamp. */
  from?: string | null;
  /** The end of the time range to restore from, as an ISO 8601 timestamp. */
  to?: string | null;
  /** The IDs of the backups to restore from, one per partition. */
  backupIds?: number[] | null;
  /**
   * The backup selection to apply to individual physical tenants, keyed by physical tenant id. Only allowed for a cluster-wide restore, that is when no `physicalTenantId` parameter is given.
   */
  overrides?: Record<string, RestoreRequest> | null;
}

/** The planned changes resulting from a restore request. */
export interface ClusterRestoreResponse {
  /** The ID of the cluster change that was triggered by the request. */
  changeId: string;
  /**
   * The operations that will be applied to complete the restore, grouped by the physical tenant they belong to. Groups are restored in parallel; the operations within a group are applied in the given order.
   */
  plannedChanges: ClusterRestorePlannedChange[];
}

/**
 * A runtime backup id, what each physical tenant reports for it, and the state aggregated over every targeted tenant — folded from the per-tenant states by the same rules a per-tenant state is folded from its partitions.
 */
export interface ClusterRuntimeBackupInfo {
  /** The id of the backup. */
  backupId: BackupId;
  /**
   * The state aggregated over every targeted physical tenant, whether the backup id was looked up directly or listed. A tenant holding nothing for this id counts as `DOES_NOT_EXIST`, so the aggregate is `INCOMPLETE` unless every targeted tenant holds the backup.
   */
  state: StateCode;
  /** Reason for failure if the aggregated state is 'FAILED'. */
  failureReason: string | null;
  /**
   * What each physical tenant reports for this backup id, ordered by physical tenant id. Every targeted tenant is listed, including the ones reporting `DOES_NOT_EXIST`.
   */
  physicalTenants: ClusterRuntimeBackupTenantInfo[];
}

/**
 * The checkpoint and backup state of each physical tenant. Nothing is aggregated across tenants: checkpoint ids and log positions only mean anything within one tenant's partitions.
 */
export interface ClusterRuntimeBackupState {
  /** The runtime backup state of each targeted physical tenant, ordered by physical tenant id. */
  physicalTenants: ClusterRuntimeBackupTenantState[];
}

/**
 * Whether one physical tenant's runtime backup was triggered, and under which id it can be monitored and deleted.
 */
export interface ClusterRuntimeBackupTakeResult {
  /** The id of the physical tenant. */
  physicalTenantId: string;
  /**
   * The id to monitor or delete this physical tenant's backup by: the id it is running under when `TRIGGERED` — the requested one, or the one the tenant generated when ids are generated — and the requested id to check when `UNKNOWN`. Null when the tenant is known to be running no backup, and also when an `UNKNOWN` tenant generates its own ids, because the id it may be running under was never reported; list that tenant's backups to find it.
   */
  backupId: BackupId | null;
  /** What this physical tenant did with the trigger. */
  outcome: ClusterRuntimeBackupTakeOutcome;
  /** Why this physical tenant reported no triggered backup. Null when it was triggered. */
  reason: string | null;
}

/** What a single physical tenant reports for a runtime backup id. */
export interface ClusterRuntimeBackupTenantInfo {
  /** The id of the physical tenant. */
  physicalTenantId: string;
  /** The state of the backup on this physical tenant, aggregated over its partitions. */
  state: StateCode;
  /** Reason for failure if the state is 'FAILED'. */
  failureReason: string | null;
  /**
   * Detailed status of the backup per partition of this physical tenant. Contains every partition of the tenant when the backup id was looked up directly, including for a tenant that holds no such backup. Empty for a tenant that holds nothing for a listed id: a listing asks each tenant for the backups it has, so there is nothing to report per partition for one it does not.
   */
  details: PartitionBackupInfo[];
}

/** The checkpoint and backup state of one physical tenant. */
export interface ClusterRuntimeBackupTenantState {
  /** The id of the physical tenant. */
  physicalTenantId: string;
  /** The checkpoint and backup state of this physical tenant's partitions. */
  state: RuntimeBackupState;
}

/** The aggregated status of the whole cluster. */
export interface ClusterStatusResponse {
  /**
   * `HEALTHY` when every physical tenant is healthy, `DOWN` when no physical tenant can process work, `DEGRADED` in every other case.
   */
  status: ClusterStatusResponseStatus;
}

/**
 * The snapshots scheduled on every targeted physical tenant. No cluster-level state is aggregated from the per-tenant outcomes.
 */
export interface ClusterTakeHistoryBackupResponse {
  /** The id requested for the backup on every targeted physical tenant. */
  backupId: BackupId;
  /** The outcome for each targeted physical tenant, ordered by physical tenant id. */
  physicalTenants: ClusterHistoryBackupTakeResult[];
}

/**
 * The outcome of triggering a runtime backup on every targeted physical tenant. Returned both when every tenant was triggered and when only some were, so a partial trigger is never silent: the status code says whether the request succeeded, the body says what is running.
 */
export interface ClusterTakeRuntimeBackupResponse {
  /**
   * The outcome for each targeted physical tenant, ordered by physical tenant id. Carries no cluster-level backup id: in generated-id mode each tenant generates its own.
   */
  physicalTenants: ClusterRuntimeBackupTakeResult[];
}

/** The topology of the whole cluster, aggregated over all physical tenants. */
export interface ClusterTopologyResponse {
  /** The brokers that are part of this cluster, across all physical tenants. */
  brokers: ClusterBrokerInfo[];
  /** The cluster Id. */
  clusterId: string | null;
  /** The number of brokers in the cluster. */
  clusterSize: number;
  /** The version of the Orchestration Cluster Gateway. */
  gatewayVersion: string | null;
  /** The topology of each physical tenant of this cluster. */
  physicalTenants: PhysicalTenantTopology[];
}

/** Matches the value exactly. */
export type ClusterVariableKindExactMatch = ClusterVariableKindEnum;

/** ClusterVariableKindEnum property with full advanced search capabilities. */
export type ClusterVariableKindFilterProperty =
  | ClusterVariableKindExactMatch
  | AdvancedClusterVariableKindFilter;

/**
 * Success payload of `createGlobalClusterVariable`. Success payload of `createTenantClusterVariable`. Success payload of `getGlobalClusterVariable`. Success payload of `getTenantClusterVariable`. Success payload of `updateGlobalClusterVariable`. Success payload of `updateTenantClusterVariable`.
 */
export interface ClusterVariableResult {
  /** The name of the cluster variable. Unique within its scope (global or tenant-specific). */
  name: ClusterVariableName;
  scope: ClusterVariableScopeEnum;
  /** Only provided if the cluster variable scope is TENANT. Null for global scope variables. */
  tenantId: string | null;
  /** A generic key-value metadata bag attached to the cluster variable. Values are strings or numbers. */
  metadata: Record<string, string | number>;
  kind: ClusterVariableKindEnum;
  /** Full value of this cluster variable. */
  value: string;
}

/** Cluster variable response item. */
export interface ClusterVariableResultBase {
  /** The name of the cluster variable. Unique within its scope (global or tenant-specific). */
  name: ClusterVariableName;
  scope: ClusterVariableScopeEnum;
  /** Only provided if the cluster variable scope is TENANT. Null for global scope variables. */
  tenantId: string | null;
  /** A generic key-value metadata bag attached to the cluster variable. Values are strings or numbers. */
  metadata: Record<string, string | number>;
  kind: ClusterVariableKindEnum;
}

/** Matches the value exactly. */
export type ClusterVariableScopeExactMatch = ClusterVariableScopeEnum;

/** ClusterVariableScopeEnum property with full advanced search capabilities. */
export type ClusterVariableScopeFilterProperty =
  | ClusterVariableScopeExactMatch
  | AdvancedClusterVariableScopeFilter;

/** Cluster variable filter request. */
export interface ClusterVariableSearchQueryFilterRequest {
  /** Name of the cluster variable. */
  name?: StringFilterProperty;
  /** The value of the cluster variable. */
  value?: StringFilterProperty;
  /** The scope filter for cluster variables. */
  scope?: ClusterVariableScopeFilterProperty;
  /** Tenant ID of this variable. */
  tenantId?: StringFilterProperty;
  /**
   * Filter cluster variables by truncation status of their stored values. When true, returns only variables whose stored values are truncated (i.e., the value exceeds the storage size limit and is truncated in storage). When false, returns only variables with non-truncated stored values. This filter is based on the underlying storage characteristic, not the response format.
   */
  isTruncated?: boolean;
  /**
   * Filter by metadata entries. A map of metadata key to an advanced filter on that key's value. Metadata values are strings or numbers.
   */
  metadata?: Record<string, AdvancedMetadataValueFilter>;
  /** The kind filter for cluster variables. */
  kind?: ClusterVariableKindFilterProperty;
}

/** Cluster variable search query request. */
export interface ClusterVariableSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: ClusterVariableSearchQuerySortRequest[];
  /** The cluster variable search filters. */
  filter?: ClusterVariableSearchQueryFilterRequest;
}

/** Cluster variable search query response. */
export interface ClusterVariableSearchQueryResult {
  page: SearchQueryPageResponse;
  /**
   * The matching cluster variables.
   *
   * @defaultValue `[]`
   */
  items: ClusterVariableSearchResult[];
}

/** The `ClusterVariableSearchQuerySortRequest` schema. */
export interface ClusterVariableSearchQuerySortRequest {
  /** The field to sort by. */
  field: ClusterVariableSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Cluster variable search response item. */
export interface ClusterVariableSearchResult {
  /** The name of the cluster variable. Unique within its scope (global or tenant-specific). */
  name: ClusterVariableName;
  scope: ClusterVariableScopeEnum;
  /** Only provided if the cluster variable scope is TENANT. Null for global scope variables. */
  tenantId: string | null;
  /** A generic key-value metadata bag attached to the cluster variable. Values are strings or numbers. */
  metadata: Record<string, string | number>;
  kind: ClusterVariableKindEnum;
  /** Value of this cluster variable. Can be truncated. */
  value: string;
  /** Whether the value is truncated or not. */
  isTruncated: boolean;
}

/** Configuration for active Camunda components in the deployment. */
export interface ComponentsConfigurationResponse {
  /** List of webapp components whose UI is enabled in this deployment. */
  active: WebappComponent[];
}

/** The `ConditionWaitStateDetails` schema. */
export interface ConditionWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: 'CONDITION';
  /** The condition expression that must evaluate to true to proceed. */
  expression: string;
  /** The variable events that trigger condition re-evaluation. Empty means all events. */
  events: ConditionWaitStateDetailsEvents[];
}

/** Request body of `evaluateConditionals`. */
export interface ConditionalEvaluationInstruction {
  /**
   * Used to evaluate root-level conditional start events for a tenant with the given ID.
   * This will only evaluate root-level conditional start events of process definitions which belong to the tenant.
   */
  tenantId?: TenantId;
  /** Used to evaluate root-level conditional start events of the process definition with the given key. */
  processDefinitionKey?: ProcessDefinitionKey;
  /**
   * JSON object representing the variables to use for evaluation of the conditions and to pass to the process instances that have been triggered.
   */
  variables: Record<string, unknown>;
}

/** Correlated message subscriptions search filter. */
export interface CorrelatedMessageSubscriptionFilter {
  /**
   * Filter by the business id stored on the correlated message subscription — for message
   * start event correlations the correlating message's business id, and for catch, boundary,
   * or intermediate event correlations the subscribing process instance's business id.
   * Supports advanced string filtering, including `$like` with `*`/`?` wildcards.
   */
  businessId?: StringFilterProperty;
  /** The correlation key of the message. */
  correlationKey?: StringFilterProperty;
  /** The time when the message was correlated. */
  correlationTime?: DateTimeFilterProperty;
  /** The element ID that received the message. */
  elementId?: StringFilterProperty;
  /** The element instance key that received the message. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** The message key. */
  messageKey?: BasicStringFilterProperty;
  /** The name of the message. */
  messageName?: StringFilterProperty;
  /** The partition ID that correlated the message. */
  partitionId?: IntegerFilterProperty;
  /** The process definition ID associated with this correlated message subscription. */
  processDefinitionId?: StringFilterProperty;
  /**
   * The process definition key associated with this correlated message subscription. For intermediate message events, this only works for data created with 8.9 and later.
   */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The process instance key associated with this correlated message subscription. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The subscription key that received the message. */
  subscriptionKey?: MessageSubscriptionKeyFilterProperty;
  /** The tenant ID associated with this correlated message subscription. */
  tenantId?: StringFilterProperty;
}

/** The `CorrelatedMessageSubscriptionResult` schema. */
export interface CorrelatedMessageSubscriptionResult {
  /**
   * The business id associated with this correlated message subscription. For a message
   * start event correlation, it is the business id carried by the correlating message that
   * was stamped on the started process instance to enforce its uniqueness. For a catch,
   * boundary, or intermediate event correlation, it is the business id of the subscribing
   * process instance, captured when the subscription was opened. It is `null` when the
   * relevant process instance has no business id.
   */
  businessId: BusinessId | null;
  /** The correlation key of the message. */
  correlationKey: string | null;
  /** The time when the message was correlated. */
  correlationTime: string;
  /** The element ID that received the message. */
  elementId: string;
  /**
   * The element instance key that received the message.
   * It is `null` for start event subscriptions.
   */
  elementInstanceKey: ElementInstanceKey | null;
  /** The message key. */
  messageKey: MessageKey;
  /** The name of the message. */
  messageName: string;
  /** The partition ID that correlated the message. */
  partitionId: number;
  /** The process definition ID associated with this correlated message subscription. */
  processDefinitionId: ProcessDefinitionId;
  /** The process definition key associated with this correlated message subscription. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The process instance key associated with this correlated message subscription. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The subscription key that received the message. */
  subscriptionKey: MessageSubscriptionKey;
  /** The tenant ID associated with this correlated message subscription. */
  tenantId: TenantId;
}

/** Request body of `searchCorrelatedMessageSubscriptions`. */
export interface CorrelatedMessageSubscriptionSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: CorrelatedMessageSubscriptionSearchQuerySortRequest[];
  /** The correlated message subscriptions search filters. */
  filter?: CorrelatedMessageSubscriptionFilter;
}

/** Success payload of `searchCorrelatedMessageSubscriptions`. */
export interface CorrelatedMessageSubscriptionSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching correlated message subscriptions. */
  items: CorrelatedMessageSubscriptionResult[];
}

/** The `CorrelatedMessageSubscriptionSearchQuerySortRequest` schema. */
export interface CorrelatedMessageSubscriptionSearchQuerySortRequest {
  /** The field to sort by. */
  field: CorrelatedMessageSubscriptionSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Request body of `createGlobalClusterVariable`. Request body of `createTenantClusterVariable`. */
export interface CreateClusterVariableRequest {
  /** The name of the cluster variable. Must be unique within its scope (global or tenant-specific). */
  name: ClusterVariableName;
  /**
   * The value of the cluster variable. Can be any JSON object or primitive value. Will be serialized as a JSON string in responses.
   */
  value: Record<string, unknown>;
  /**
   * A generic key-value metadata bag attached to the cluster variable. Values must be strings or numbers. Limited to 100 entries and a configurable maximum serialized size (default: 100 entries at max key length of a cluster variable name (256 chars) plus the maximum value length, 8192 characters).
   */
  metadata?: Record<string, string | number>;
  /** The kind of the cluster variable. Defaults to JSON if not specified. */
  kind?: ClusterVariableKindEnum;
}

/** Request body of `createGlobalTaskListener`. */
export interface CreateGlobalTaskListenerRequest {
  /**
   * The name of the job type, used as a reference to specify which job workers request the respective listener job.
   */
  type: string;
  /** Number of retries for the listener job. */
  retries?: number;
  /** Whether the listener should run after model-level listeners. */
  afterNonGlobal?: boolean;
  /** The priority of the listener. Higher priority listeners are executed before lower priority ones. */
  priority?: number;
  eventTypes: GlobalTaskListenerEventTypes;
  id: GlobalListenerId;
}

/** Success payload of `createProcessInstance`. */
export interface CreateProcessInstanceResult {
  /**
   * The BPMN process id of the process definition which was used to create the process.
   * instance
   */
  processDefinitionId: ProcessDefinitionId;
  /** The version of the process definition which was used to create the process instance. */
  processDefinitionVersion: number;
  /** The tenant id of the created process instance. */
  tenantId: TenantId;
  /** All the variables visible in the root scope. */
  variables: Record<string, unknown>;
  /** The key of the process definition which was used to create the process instance. */
  processDefinitionKey: ProcessDefinitionKey;
  /**
   * The unique identifier of the created process instance; to be used wherever a request
   * needs a process instance key (e.g. CancelProcessInstanceRequest).
   */
  processInstanceKey: ProcessInstanceKey;
  tags: TagSet;
  /** Business id as provided on creation. */
  businessId: BusinessId | null;
}

/** Cursor-based backward pagination */
export interface CursorBackwardPagination {
  /** Use the `startCursor` value from the previous response to fetch the previous page of results. */
  before?: StartCursor;
  /**
   * The maximum number of items to return in one request.
   *
   * @defaultValue `100`
   */
  limit?: number;
}

/** Cursor-based forward pagination */
export interface CursorForwardPagination {
  /** Use the `endCursor` value from the previous response to fetch the next page of results. */
  after?: EndCursor;
  /**
   * The maximum number of items to return in one request.
   *
   * @defaultValue `100`
   */
  limit?: number;
}

/** Date-time property with full advanced search capabilities. */
export type DateTimeFilterProperty = string | AdvancedDateTimeFilter;

/** Decision definition search filter. */
export interface DecisionDefinitionFilter {
  /** The DMN ID of the decision definition. */
  decisionDefinitionId?: DecisionDefinitionId;
  /** The DMN name of the decision definition. */
  name?: string;
  /**
   * Whether to only return the latest version of each decision definition.
   * When using this filter, pagination functionality is limited, you can only paginate forward using `after` and `limit`.
   * The response contains no `startCursor` in the `page`, and requests ignore the `from` and `before` in the `page`.
   */
  isLatestVersion?: boolean;
  /** The assigned version of the decision definition. */
  version?: number;
  /** the DMN ID of the decision requirements graph that the decision definition is part of. */
  decisionRequirementsId?: string;
  /** The tenant ID of the decision definition. */
  tenantId?: TenantId;
  /** The assigned key, which acts as a unique identifier for this decision definition. */
  decisionDefinitionKey?: DecisionDefinitionKey;
  /** The assigned key of the decision requirements graph that the decision definition is part of. */
  decisionRequirementsKey?: DecisionRequirementsKey;
  /** The DMN name of the decision requirements that the decision definition is part of. */
  decisionRequirementsName?: string;
  /** The assigned version of the decision requirements that the decision definition is part of. */
  decisionRequirementsVersion?: number;
}

/** Matches the value exactly. */
export type DecisionDefinitionKeyExactMatch = DecisionDefinitionKey;

/** DecisionDefinitionKey property with full advanced search capabilities. */
export type DecisionDefinitionKeyFilterProperty =
  | DecisionDefinitionKeyExactMatch
  | AdvancedDecisionDefinitionKeyFilter;

/** Success payload of `getDecisionDefinition`. */
export interface DecisionDefinitionResult {
  /** The DMN ID of the decision definition. */
  decisionDefinitionId: DecisionDefinitionId;
  /** The assigned key, which acts as a unique identifier for this decision definition. */
  decisionDefinitionKey: DecisionDefinitionKey;
  /** the DMN ID of the decision requirements graph that the decision definition is part of. */
  decisionRequirementsId: string;
  /** The assigned key of the decision requirements graph that the decision definition is part of. */
  decisionRequirementsKey: DecisionRequirementsKey;
  /** The DMN name of the decision requirements that the decision definition is part of. */
  decisionRequirementsName: string;
  /** The assigned version of the decision requirements that the decision definition is part of. */
  decisionRequirementsVersion: number;
  /** The DMN name of the decision definition. */
  name: string;
  /** The tenant ID of the decision definition. */
  tenantId: TenantId;
  /** The assigned version of the decision definition. */
  version: number;
}

/** Request body of `searchDecisionDefinitions`. */
export interface DecisionDefinitionSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: DecisionDefinitionSearchQuerySortRequest[];
  /** The decision definition search filters. */
  filter?: DecisionDefinitionFilter;
}

/** Success payload of `searchDecisionDefinitions`. */
export interface DecisionDefinitionSearchQueryResult {
  page: SearchQueryPageResponse;
  /**
   * The matching decision definitions.
   *
   * @defaultValue `[]`
   */
  items: DecisionDefinitionResult[];
}

/** The `DecisionDefinitionSearchQuerySortRequest` schema. */
export interface DecisionDefinitionSearchQuerySortRequest {
  /** The field to sort by. */
  field: DecisionDefinitionSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Decision evaluation by ID */
export interface DecisionEvaluationById {
  /**
   * The ID of the decision to be evaluated.
   * When using the decision ID, the latest
   * deployed version of the decision is used.
   */
  decisionDefinitionId: DecisionDefinitionId;
  /** The decision evaluation variables as JSON document. */
  variables?: Record<string, unknown>;
  /** The tenant ID of the decision. */
  tenantId?: TenantId;
}

/** Decision evaluation by key */
export interface DecisionEvaluationByKey {
  decisionDefinitionKey: DecisionDefinitionKey;
  /** The decision evaluation variables as JSON document. */
  variables?: Record<string, unknown>;
  /** The tenant ID of the decision. */
  tenantId?: TenantId;
}

/** Matches the value exactly. */
export type DecisionEvaluationInstanceKeyExactMatch = DecisionEvaluationInstanceKey;

/** DecisionEvaluationInstanceKey property with full advanced search capabilities. */
export type DecisionEvaluationInstanceKeyFilterProperty =
  | DecisionEvaluationInstanceKeyExactMatch
  | AdvancedDecisionEvaluationInstanceKeyFilter;

/** Request body of `evaluateDecision`. */
export type DecisionEvaluationInstruction = DecisionEvaluationById | DecisionEvaluationByKey;

/** Matches the value exactly. */
export type DecisionEvaluationKeyExactMatch = DecisionEvaluationKey;

/** DecisionEvaluationKey property with full advanced search capabilities. */
export type DecisionEvaluationKeyFilterProperty =
  | DecisionEvaluationKeyExactMatch
  | AdvancedDecisionEvaluationKeyFilter;

/** The decision instance filter that defines which decision instances should be deleted. */
export interface DecisionInstanceDeletionBatchOperationRequest {
  /** The decision instance filter. */
  filter: DecisionInstanceFilter;
  operationReference?: OperationReference;
}

/** Decision instance search filter. */
export interface DecisionInstanceFilter {
  /** The key of the decision evaluation instance. */
  decisionEvaluationInstanceKey?: DecisionEvaluationInstanceKeyFilterProperty;
  /** The state of the decision instance. */
  state?: DecisionInstanceStateFilterProperty;
  /** The evaluation failure of the decision instance. */
  evaluationFailure?: string;
  /** The evaluation date of the decision instance. */
  evaluationDate?: DateTimeFilterProperty;
  /** The ID of the DMN decision. */
  decisionDefinitionId?: DecisionDefinitionId;
  /** The name of the DMN decision. */
  decisionDefinitionName?: string;
  /** The version of the decision. */
  decisionDefinitionVersion?: number;
  decisionDefinitionType?: DecisionDefinitionTypeEnum;
  /** The tenant ID of the decision instance. */
  tenantId?: TenantId;
  /**
   * The key of the parent decision evaluation. Note that this is not the identifier of an individual decision instance; the `decisionEvaluationInstanceKey` is the identifier for a decision instance.
   */
  decisionEvaluationKey?: DecisionEvaluationKey;
  /** The key of the process definition. */
  processDefinitionKey?: ProcessDefinitionKey;
  /** The key of the process instance. */
  processInstanceKey?: ProcessInstanceKey;
  /**
   * The business ID of the owning process instance the decision instance belongs to. This only works for decision instances created with 8.10 and onwards. Decision instances from prior versions and standalone evaluations don't contain this data and cannot be found.
   */
  businessId?: StringFilterProperty;
  /** The key of the decision. */
  decisionDefinitionKey?: DecisionDefinitionKeyFilterProperty;
  /** The key of the element instance this decision instance is linked to. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** The key of the root decision definition. */
  rootDecisionDefinitionKey?: DecisionDefinitionKeyFilterProperty;
  /** The key of the decision requirements definition. */
  decisionRequirementsKey?: DecisionRequirementsKeyFilterProperty;
}

/** Success payload of `getDecisionInstance`. */
export interface DecisionInstanceGetQueryResult {
  /**
   * The business ID of the owning process instance, inherited when the decision instance was
   * evaluated. This is `null` for decision instances created before version 8.10, for
   * standalone decision evaluations, and for decision instances whose owning process instance
   * has no business ID.
   */
  businessId: BusinessId | null;
  /** The ID of the DMN decision. */
  decisionDefinitionId: DecisionDefinitionId;
  /** The key of the decision. */
  decisionDefinitionKey: DecisionDefinitionKey;
  /** The name of the DMN decision. */
  decisionDefinitionName: string;
  decisionDefinitionType: DecisionDefinitionTypeEnum;
  /** The version of the decision. */
  decisionDefinitionVersion: number;
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKey;
  /** The key of the decision evaluation where this instance was created. */
  decisionEvaluationKey: DecisionEvaluationKey;
  /** The key of the element instance this decision instance is linked to. */
  elementInstanceKey: ElementInstanceKey | null;
  /** The evaluation date of the decision instance. */
  evaluationDate: string;
  /** The evaluation failure of the decision instance. */
  evaluationFailure: string | null;
  /** The key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey | null;
  /** The key of the process instance. */
  processInstanceKey: ProcessInstanceKey | null;
  /** The result of the decision instance. */
  result: string;
  /** The key of the root decision definition. */
  rootDecisionDefinitionKey: DecisionDefinitionKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  state: DecisionInstanceStateEnum;
  /** The tenant ID of the decision instance. */
  tenantId: TenantId;
  /** The evaluated inputs of the decision instance. */
  evaluatedInputs: EvaluatedDecisionInputItem[];
  /** The matched rules of the decision instance. */
  matchedRules: MatchedDecisionRuleItem[];
}

/** The `DecisionInstanceResult` schema. */
export interface DecisionInstanceResult {
  /**
   * The business ID of the owning process instance, inherited when the decision instance was
   * evaluated. This is `null` for decision instances created before version 8.10, for
   * standalone decision evaluations, and for decision instances whose owning process instance
   * has no business ID.
   */
  businessId: BusinessId | null;
  /** The ID of the DMN decision. */
  decisionDefinitionId: DecisionDefinitionId;
  /** The key of the decision. */
  decisionDefinitionKey: DecisionDefinitionKey;
  /** The name of the DMN decision. */
  decisionDefinitionName: string;
  decisionDefinitionType: DecisionDefinitionTypeEnum;
  /** The version of the decision. */
  decisionDefinitionVersion: number;
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKey;
  /** The key of the decision evaluation where this instance was created. */
  decisionEvaluationKey: DecisionEvaluationKey;
  /** The key of the element instance this decision instance is linked to. */
  elementInstanceKey: ElementInstanceKey | null;
  /** The evaluation date of the decision instance. */
  evaluationDate: string;
  /** The evaluation failure of the decision instance. */
  evaluationFailure: string | null;
  /** The key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey | null;
  /** The key of the process instance. */
  processInstanceKey: ProcessInstanceKey | null;
  /** The result of the decision instance. */
  result: string;
  /** The key of the root decision definition. */
  rootDecisionDefinitionKey: DecisionDefinitionKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  state: DecisionInstanceStateEnum;
  /** The tenant ID of the decision instance. */
  tenantId: TenantId;
}

/** Request body of `searchDecisionInstances`. */
export interface DecisionInstanceSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: DecisionInstanceSearchQuerySortRequest[];
  /** The decision instance search filters. */
  filter?: DecisionInstanceFilter;
}

/** Success payload of `searchDecisionInstances`. */
export interface DecisionInstanceSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching decision instances. */
  items: DecisionInstanceResult[];
}

/** The `DecisionInstanceSearchQuerySortRequest` schema. */
export interface DecisionInstanceSearchQuerySortRequest {
  /** The field to sort by. */
  field: DecisionInstanceSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type DecisionInstanceStateExactMatch = DecisionInstanceStateEnum;

/** DecisionInstanceStateEnum property with full advanced search capabilities. */
export type DecisionInstanceStateFilterProperty =
  | DecisionInstanceStateExactMatch
  | AdvancedDecisionInstanceStateFilter;

/** Decision requirements search filter. */
export interface DecisionRequirementsFilter {
  /** The DMN name of the decision requirements. */
  decisionRequirementsName?: string;
  /** the DMN ID of the decision requirements. */
  decisionRequirementsId?: string;
  decisionRequirementsKey?: DecisionRequirementsKey;
  /** The assigned version of the decision requirements. */
  version?: number;
  /** The tenant ID of the decision requirements. */
  tenantId?: TenantId;
  /** The name of the resource from which the decision requirements were parsed */
  resourceName?: string;
}

/** Matches the value exactly. */
export type DecisionRequirementsKeyExactMatch = DecisionRequirementsKey;

/** DecisionRequirementsKey property with full advanced search capabilities. */
export type DecisionRequirementsKeyFilterProperty =
  | DecisionRequirementsKeyExactMatch
  | AdvancedDecisionRequirementsKeyFilter;

/** Success payload of `getDecisionRequirements`. */
export interface DecisionRequirementsResult {
  /** The DMN ID of the decision requirements. */
  decisionRequirementsId: string;
  /** The assigned key, which acts as a unique identifier for this decision requirements. */
  decisionRequirementsKey: DecisionRequirementsKey;
  /** The DMN name of the decision requirements. */
  decisionRequirementsName: string;
  /** The name of the resource from which this decision requirements was parsed. */
  resourceName: string;
  /** The tenant ID of the decision requirements. */
  tenantId: TenantId;
  /** The assigned version of the decision requirements. */
  version: number;
}

/** Request body of `searchDecisionRequirements`. */
export interface DecisionRequirementsSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: DecisionRequirementsSearchQuerySortRequest[];
  /** The decision definition search filters. */
  filter?: DecisionRequirementsFilter;
}

/** Success payload of `searchDecisionRequirements`. */
export interface DecisionRequirementsSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching decision requirements. */
  items: DecisionRequirementsResult[];
}

/** The `DecisionRequirementsSearchQuerySortRequest` schema. */
export interface DecisionRequirementsSearchQuerySortRequest {
  /** The field to sort by. */
  field: DecisionRequirementsSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/**
 * Request body of `deleteDecisionInstance`.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface DeleteDecisionInstanceRequest {
  operationReference?: OperationReference;
}

/**
 * Request body of `deleteProcessInstance`.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface DeleteProcessInstanceRequest {
  operationReference?: OperationReference;
}

/**
 * Request body of `deleteResource`.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface DeleteResourceRequest {
  operationReference?: OperationReference;
  /**
   * Indicates if the historic data associated with the resource should also be deleted
   * asynchronously.
   *
   * This flag is effective for process definitions and decision requirements definitions.
   * For other resource types (forms, generic resources) it is ignored and no history is
   * deleted. For a decision requirements definition the `batchOperation` field in the
   * response carries the created batch operation. For a process definition the history is
   * deleted as part of the definition's draining/deletion lifecycle and no batch operation is
   * returned.
   *
   * @defaultValue `false`
   */
  deleteHistory?: boolean;
}

/** Success payload of `deleteResource`. */
export interface DeleteResourceResponse {
  /** The system-assigned key for this resource, requested to be deleted. */
  resourceKey: ResourceKey;
  /**
   * The batch operation created for asynchronously deleting the historic data.
   *
   * Populated when `deleteHistory` is `true` and either the resource is a decision
   * requirements definition, or the resource is a process definition that is already fully
   * deleted from the runtime state (its history is purged directly by a batch operation).
   *
   * For a process definition that still exists in the runtime state, deletion first drains
   * the definition and its history is removed asynchronously as part of that lifecycle, so no
   * batch operation is returned and this field is `null`. It is also `null` for forms and
   * generic resources.
   */
  batchOperation: BatchOperationCreatedResult | null;
}

/** Configuration for deployment characteristics. */
export interface DeploymentConfigurationResponse {
  /** Whether multi-tenancy is enabled. */
  isMultiTenancyEnabled: boolean;
  /** The maximum HTTP request size in bytes. */
  maxRequestSize: number;
}

/** Deployed decision requirements. */
export interface DeploymentDecisionRequirementsResult {
  /** The id of the deployed decision requirements. */
  decisionRequirementsId: string;
  /** The name of the deployed decision requirements. */
  decisionRequirementsName: string;
  /** The version of the deployed decision requirements. */
  version: number;
  /** The name of the resource. */
  resourceName: string;
  /** The tenant ID of the deployed decision requirements. */
  tenantId: TenantId;
  /**
   * The assigned decision requirements key, which acts as a unique identifier for this decision requirements.
   */
  decisionRequirementsKey: DecisionRequirementsKey;
}

/** A deployed decision. */
export interface DeploymentDecisionResult {
  /**
   * The dmn decision ID, as parsed during deployment, together with the version forms a
   * unique identifier for a specific decision.
   */
  decisionDefinitionId: DecisionDefinitionId;
  /** The assigned decision version. */
  version: number;
  /** The DMN name of the decision, as parsed during deployment. */
  name: string;
  /** The tenant ID of the deployed decision. */
  tenantId: TenantId;
  /**
   * The dmn ID of the decision requirements graph that this decision is part of, as parsed during deployment.
   */
  decisionRequirementsId: string;
  /** The assigned decision key, which acts as a unique identifier for this decision. */
  decisionDefinitionKey: DecisionDefinitionKey;
  /** The assigned key of the decision requirements graph that this decision is part of. */
  decisionRequirementsKey: DecisionRequirementsKey;
}

/** A deployed form. */
export interface DeploymentFormResult {
  /**
   * The form ID, as parsed during deployment, together with the version forms a
   * unique identifier for a specific form.
   */
  formId: FormId;
  /** The version of the deployed form. */
  version: number;
  /** The name of the resource. */
  resourceName: string;
  tenantId: TenantId;
  /** The assigned key, which acts as a unique identifier for this form. */
  formKey: FormKey;
}

/** Matches the value exactly. */
export type DeploymentKeyExactMatch = DeploymentKey;

/** DeploymentKey property with full advanced search capabilities. */
export type DeploymentKeyFilterProperty = DeploymentKeyExactMatch | AdvancedDeploymentKeyFilter;

/** The `DeploymentMetadataResult` schema. */
export interface DeploymentMetadataResult {
  /** Deployed process. */
  processDefinition: DeploymentProcessResult | null;
  /** Deployed decision. */
  decisionDefinition: DeploymentDecisionResult | null;
  /** Deployed decision requirement definition. */
  decisionRequirements: DeploymentDecisionRequirementsResult | null;
  /** Deployed form. */
  form: DeploymentFormResult | null;
  /** Deployed resource. */
  resource: DeploymentResourceResult | null;
}

/** A deployed process. */
export interface DeploymentProcessResult {
  /**
   * The bpmn process ID, as parsed during deployment, together with the version forms a
   * unique identifier for a specific process definition.
   */
  processDefinitionId: ProcessDefinitionId;
  /** The assigned process version. */
  processDefinitionVersion: number;
  /** The resource name from which this process was parsed. */
  resourceName: string;
  /** The tenant ID of the deployed process. */
  tenantId: TenantId;
  /** The assigned key, which acts as a unique identifier for this process. */
  processDefinitionKey: ProcessDefinitionKey;
}

/** A deployed Resource. */
export interface DeploymentResourceResult {
  /** The resource id of the deployed resource. */
  resourceId: string;
  /** The name of the deployed resource. */
  resourceName: string;
  /** The description of the deployed resource. */
  version: number;
  tenantId: TenantId;
  /** The assigned key, which acts as a unique identifier for this Resource. */
  resourceKey: ResourceKey;
}

/** Success payload of `createDeployment`. */
export interface DeploymentResult {
  /** The unique key identifying the deployment. */
  deploymentKey: DeploymentKey;
  /** The tenant ID associated with the deployment. */
  tenantId: TenantId;
  /** Items deployed by the request. */
  deployments: DeploymentMetadataResult[];
}

/** Provides a concrete key to use as ancestor scope for the created element instance. */
export interface DirectAncestorKeyInstruction {
  /** The type of ancestor scope instruction. */
  ancestorScopeType: 'direct';
  /**
   * The key of the ancestor scope the element instance should be created in.
   * Set to -1 to create the new element instance within an existing element instance of the
   * flow scope. If multiple instances of the target element's flow scope exist, choose one
   * specifically with this property by providing its key.
   */
  ancestorElementInstanceKey: ElementInstanceKey;
}

/** Success payload of `createDocuments`. */
export interface DocumentCreationBatchResponse {
  /** Documents that were successfully created. */
  failedDocuments: DocumentCreationFailureDetail[];
  /** Documents that failed creation. */
  createdDocuments: DocumentReference[];
}

/** The `DocumentCreationFailureDetail` schema. */
export interface DocumentCreationFailureDetail {
  /** The name of the file that failed to upload. */
  fileName: string;
  /** The HTTP status code of the failure. */
  status: number;
  /** A short, human-readable summary of the problem type. */
  title: string;
  /** A human-readable explanation specific to this occurrence of the problem. */
  detail: string;
}

/** Success payload of `createDocumentLink`. */
export interface DocumentLink {
  /** The link to the document. */
  url: string;
  /** The date and time when the link expires. */
  expiresAt: string;
}

/** Request body of `createDocumentLink`. */
export interface DocumentLinkRequest {
  /**
   * The time-to-live of the document link in ms.
   *
   * @defaultValue `3600000`
   */
  timeToLive?: number;
}

/** Information about the document. */
export interface DocumentMetadata {
  /** The content type of the document. */
  contentType?: string;
  /** The name of the file. */
  fileName?: string;
  /** The date and time when the document expires. */
  expiresAt?: string;
  /** The size of the document in bytes. */
  size?: number;
  /** The ID of the process definition that created the document. */
  processDefinitionId?: ProcessDefinitionId;
  /** The key of the process instance that created the document. */
  processInstanceKey?: ProcessInstanceKey;
  /** Custom properties of the document. */
  customProperties?: Record<string, unknown>;
}

/** Information about the document that is returned in responses. */
export interface DocumentMetadataResponse {
  /** The content type of the document. */
  contentType: string;
  /** The name of the file. */
  fileName: string;
  /** The date and time when the document expires. */
  expiresAt: string | null;
  /** The size of the document in bytes. */
  size: number;
  /** The ID of the process definition that created the document. */
  processDefinitionId: ProcessDefinitionId | null;
  /** The key of the process instance that created the document. */
  processInstanceKey: ProcessInstanceKey | null;
  /** Custom properties of the document. */
  customProperties: Record<string, unknown>;
}

/** Success payload of `createDocument`. */
export interface DocumentReference {
  /** Document discriminator. Always set to "camunda". */
  'camunda.document.type': DocumentReferenceCamundaDocumentType;
  /** The ID of the document store. */
  storeId: string;
  /** The ID of the document. */
  documentId: DocumentId;
  /** The hash of the document. */
  contentHash: string | null;
  metadata: DocumentMetadataResponse;
}

/** Matches the value exactly. */
export type ElementIdExactMatch = ElementId;

/** ElementId property with full advanced search capabilities. */
export type ElementIdFilterProperty = ElementIdExactMatch | AdvancedElementIdFilter;

/** Element instance search filter. */
export interface ElementInstanceFilter {
  /** The process definition ID associated to this element instance. */
  processDefinitionId?: ProcessDefinitionId;
  /** State of element instance as defined set of values. */
  state?: ElementInstanceStateFilterProperty;
  /** Type of element as defined set of values. */
  type?: ElementInstanceFilterFieldsType;
  /** The element ID for this element instance. */
  elementId?: ElementIdFilterProperty;
  /**
   * The element name. This only works for data created with 8.8 and onwards. Instances from prior versions don't contain this data and cannot be found.
   */
  elementName?: StringFilterProperty;
  /** Shows whether this element instance has an incident related to. */
  hasIncident?: boolean;
  tenantId?: TenantId;
  /** The assigned key, which acts as a unique identifier for this element instance. */
  elementInstanceKey?: ElementInstanceKey;
  /** The process instance key associated to this element instance. */
  processInstanceKey?: ProcessInstanceKey;
  /** The process definition key associated to this element instance. */
  processDefinitionKey?: ProcessDefinitionKey;
  /** The key of incident if field incident is true. */
  incidentKey?: IncidentKey;
  /** The start date of this element instance. */
  startDate?: DateTimeFilterProperty;
  /** The end date of this element instance. */
  endDate?: DateTimeFilterProperty;
  /**
   * The scope key of this element instance. If provided with a process instance key it will return element instances that are immediate children of the process instance. If provided with an element instance key it will return element instances that are immediate children of the element instance.
   */
  elementInstanceScopeKey?: ElementInstanceKey | ProcessInstanceKey;
  /**
   * Defines a list of alternative filter groups combined using OR logic. Each object in the array is evaluated independently, and the filter matches if any one of them is satisfied.
   *
   * Top-level fields and the `$or` clause are combined using AND logic — meaning: (top-level filters) AND (any of the `$or` filters) must match.
   * <br>
   * <em>Example:</em>
   *
   * ```json
   * {
   *   "processInstanceKey": "2251799813685323",
   *   "$or": [
   *     { "elementName": { "$like": "*Order*" } },
   *     { "elementId":   { "$like": "*Order*" } }
   *   ]
   * }
   * ```
   * This matches element instances scoped to the given process instance whose:
   *
   * <ul style="padding-left: 20px; margin-left: 20px;">
   *   <li style="list-style-type: disc;"><code>elementName</code> contains <em>Order</em>, or</li>
   *   <li style="list-style-type: disc;"><code>elementId</code> contains <em>Order</em></li>
   * </ul>
   * <br>
   * <p>Note: Using complex <code>$or</code> conditions may impact performance, use with caution in high-volume environments.
   */
  $or?: ElementInstanceFilterFields[];
}

/** Element instance filter fields. */
export interface ElementInstanceFilterFields {
  /** The process definition ID associated to this element instance. */
  processDefinitionId?: ProcessDefinitionId;
  /** State of element instance as defined set of values. */
  state?: ElementInstanceStateFilterProperty;
  /** Type of element as defined set of values. */
  type?: ElementInstanceFilterFieldsType;
  /** The element ID for this element instance. */
  elementId?: ElementIdFilterProperty;
  /**
   * The element name. This only works for data created with 8.8 and onwards. Instances from prior versions don't contain this data and cannot be found.
   */
  elementName?: StringFilterProperty;
  /** Shows whether this element instance has an incident related to. */
  hasIncident?: boolean;
  tenantId?: TenantId;
  /** The assigned key, which acts as a unique identifier for this element instance. */
  elementInstanceKey?: ElementInstanceKey;
  /** The process instance key associated to this element instance. */
  processInstanceKey?: ProcessInstanceKey;
  /** The process definition key associated to this element instance. */
  processDefinitionKey?: ProcessDefinitionKey;
  /** The key of incident if field incident is true. */
  incidentKey?: IncidentKey;
  /** The start date of this element instance. */
  startDate?: DateTimeFilterProperty;
  /** The end date of this element instance. */
  endDate?: DateTimeFilterProperty;
  /**
   * The scope key of this element instance. If provided with a process instance key it will return element instances that are immediate children of the process instance. If provided with an element instance key it will return element instances that are immediate children of the element instance.
   */
  elementInstanceScopeKey?: ElementInstanceKey | ProcessInstanceKey;
}

/** Matches the value exactly. */
export type ElementInstanceKeyExactMatch = ElementInstanceKey;

/** ElementInstanceKey property with full advanced search capabilities. */
export type ElementInstanceKeyFilterProperty =
  | ElementInstanceKeyExactMatch
  | AdvancedElementInstanceKeyFilter;

/** Success payload of `getElementInstance`. */
export interface ElementInstanceResult {
  /** The process definition ID associated to this element instance. */
  processDefinitionId: ProcessDefinitionId;
  /** Date when element instance started. */
  startDate: string;
  /** Date when element instance finished. */
  endDate: string | null;
  /** The element ID for this element instance. */
  elementId: ElementId;
  /** The element name for this element instance. */
  elementName: string;
  /** Type of element as defined set of values. */
  type: ElementInstanceResultType;
  /** State of element instance as defined set of values. */
  state: ElementInstanceStateEnum;
  /** Shows whether this element instance has an incident. If true also an incidentKey is provided. */
  hasIncident: boolean;
  /** The tenant ID of the incident. */
  tenantId: TenantId;
  /** The assigned key, which acts as a unique identifier for this element instance. */
  elementInstanceKey: ElementInstanceKey;
  /** The process instance key associated to this element instance. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The process definition key associated to this element instance. */
  processDefinitionKey: ProcessDefinitionKey;
  /** Incident key associated with this element instance. */
  incidentKey: IncidentKey | null;
}

/** Element instance search request. */
export interface ElementInstanceSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: ElementInstanceSearchQuerySortRequest[];
  /** The element instance search filters. */
  filter?: ElementInstanceFilter;
}

/** Success payload of `searchElementInstances`. */
export interface ElementInstanceSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching element instances. */
  items: ElementInstanceResult[];
}

/** The `ElementInstanceSearchQuerySortRequest` schema. */
export interface ElementInstanceSearchQuerySortRequest {
  /** The field to sort by. */
  field: ElementInstanceSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type ElementInstanceStateExactMatch = ElementInstanceStateEnum;

/** ElementInstanceStateEnum property with full advanced search capabilities. */
export type ElementInstanceStateFilterProperty =
  | ElementInstanceStateExactMatch
  | AdvancedElementInstanceStateFilter;

/** Filters for the element instance inspection. */
export interface ElementInstanceWaitStateFilter {
  /** Filter by element instance key. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** Filter by process instance key. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** Filter by root process instance key. */
  rootProcessInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** Filter by element ID. */
  elementId?: ElementIdFilterProperty;
  /** Filter by element type. */
  elementType?: WaitStateElementTypeFilterProperty;
  /** Filter by wait state type. */
  waitStateType?: WaitStateTypeFilterProperty;
}

/** Element instance inspection request. */
export interface ElementInstanceWaitStateQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: ElementInstanceWaitStateQuerySortRequest[];
  /** Filter criteria for the inspection. */
  filter?: ElementInstanceWaitStateFilter;
}

/** Success payload of `searchElementInstanceWaitStates`. */
export interface ElementInstanceWaitStateQueryResult {
  page: SearchQueryPageResponse;
  /** The matching waiting states. */
  items: ElementInstanceWaitStateResult[];
}

/** The `ElementInstanceWaitStateQuerySortRequest` schema. */
export interface ElementInstanceWaitStateQuerySortRequest {
  /** The field to sort by. */
  field: ElementInstanceWaitStateQuerySortRequestField;
  order?: SortOrderEnum;
}

/** An element instance waiting state. */
export interface ElementInstanceWaitStateResult {
  /** Key of the root process instance. */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The process instance key associated to this element instance. */
  processInstanceKey: ProcessInstanceKey;
  /** The element instance key associated to this element instance. */
  elementInstanceKey: ElementInstanceKey;
  /** The element ID for this element instance. */
  elementId: ElementId;
  /** The BPMN element type of this element instance. */
  elementType: WaitStateElementTypeEnum;
  /** The tenant ID of the element instance. */
  tenantId: TenantId;
  /** The BPMN process ID of the process definition associated to this element instance. */
  bpmnProcessId: string;
  /** Wait-state-specific details, resolved by waitStateType. */
  details: WaitStateDetails;
}

/** Matches the value exactly. */
export type EntityTypeExactMatch = AuditLogEntityTypeEnum;

/** AuditLogEntityTypeEnum property with full advanced search capabilities. */
export type EntityTypeFilterProperty = EntityTypeExactMatch | AdvancedEntityTypeFilter;

/** Success payload of `evaluateConditionals`. */
export interface EvaluateConditionalResult {
  /** The unique key of the conditional evaluation operation. */
  conditionalEvaluationKey: ConditionalEvaluationKey;
  /** The tenant ID of the conditional evaluation operation. */
  tenantId: TenantId;
  /**
   * List of process instances created. If no root-level conditional start events evaluated to true, the list will be empty.
   */
  processInstances: ProcessInstanceReference[];
}

/** Success payload of `evaluateDecision`. */
export interface EvaluateDecisionResult {
  /** The ID of the decision which was evaluated. */
  decisionDefinitionId: DecisionDefinitionId;
  /** The unique key identifying the decision which was evaluated. */
  decisionDefinitionKey: DecisionDefinitionKey;
  /** The name of the decision which was evaluated. */
  decisionDefinitionName: string;
  /** The version of the decision which was evaluated. */
  decisionDefinitionVersion: number;
  /** The unique key identifying this decision evaluation. */
  decisionEvaluationKey: DecisionEvaluationKey;
  /**
   * Deprecated, please refer to `decisionEvaluationKey`.
   *
   * @deprecated
   */
  decisionInstanceKey: DecisionInstanceKey;
  /** The ID of the decision requirements graph that the decision which was evaluated is part of. */
  decisionRequirementsId: string;
  /**
   * The unique key identifying the decision requirements graph that the decision which was evaluated is part of.
   */
  decisionRequirementsKey: DecisionRequirementsKey;
  /** Decisions that were evaluated within the requested decision evaluation. */
  evaluatedDecisions: EvaluatedDecisionResult[];
  /** The ID of the decision which failed during evaluation. */
  failedDecisionDefinitionId: DecisionDefinitionId | null;
  /** Message describing why the decision which was evaluated failed. */
  failureMessage: string | null;
  /** JSON document that will instantiate the result of the decision which was evaluated. */
  output: string;
  /** The tenant ID of the evaluated decision. */
  tenantId: TenantId;
}

/** A decision input that was evaluated within this decision evaluation. */
export interface EvaluatedDecisionInputItem {
  /** The identifier of the decision input. */
  inputId: string;
  /** The name of the decision input. */
  inputName: string;
  /** The value of the decision input. */
  inputValue: string;
}

/** The evaluated decision outputs. */
export interface EvaluatedDecisionOutputItem {
  /** The ID of the evaluated decison output item. */
  outputId: string;
  /** The name of the of the evaluated decison output item. */
  outputName: string;
  /** The value of the evaluated decison output item. */
  outputValue: string;
  /** The ID of the matched rule. */
  ruleId: string | null;
  /** The index of the matched rule. */
  ruleIndex: number | null;
}

/** A decision that was evaluated. */
export interface EvaluatedDecisionResult {
  /** The ID of the decision which was evaluated. */
  decisionDefinitionId: DecisionDefinitionId;
  /** The name of the decision which was evaluated. */
  decisionDefinitionName: string;
  /** The version of the decision which was evaluated. */
  decisionDefinitionVersion: number;
  /** The type of the decision which was evaluated. */
  decisionDefinitionType: string;
  /** JSON document that will instantiate the result of the decision which was evaluated. */
  output: string;
  /** The tenant ID of the evaluated decision. */
  tenantId: TenantId;
  /** The decision rules that matched within this decision evaluation. */
  matchedRules: MatchedDecisionRuleItem[];
  /** The decision inputs that were evaluated within this decision evaluation. */
  evaluatedInputs: EvaluatedDecisionInputItem[];
  /** The unique key identifying the decision which was evaluate. */
  decisionDefinitionKey: DecisionDefinitionKey;
  /** The unique key identifying this decision evaluation instance. */
  decisionEvaluationInstanceKey: DecisionEvaluationInstanceKey;
}

/** Response body for the exporting status of a physical tenant. */
export interface ExportingStatusResponse {
  /** The aggregated exporting status of the physical tenant. */
  status: ExportingStatusCode;
}

/** Request body of `evaluateExpression`. */
export interface ExpressionEvaluationRequest {
  /** The expression to evaluate (e.g., "=x + y") */
  expression: string;
  /** Required when the expression references tenant-scoped cluster variables */
  tenantId?: string;
  /**
   * Key of the process instance or element instance whose variables should be made visible
   * to the expression. Use a process instance key to evaluate against the process instance
   * scope, or an element instance key to evaluate against that element instance scope. If
   * omitted, the expression is evaluated unscoped, using only cluster variables
   * and request-body variables.
   */
  scopeKey?: ScopeKey;
  /**
   * Optional variables for expression evaluation. These variables are only used for the current evaluation and do not persist beyond it.
   */
  variables?: Record<string, unknown> | null;
}

/** Success payload of `evaluateExpression`. */
export interface ExpressionEvaluationResult {
  /** The evaluated expression */
  expression: string;
  /** The result value. Its type can vary. */
  result: unknown | null;
  /** List of warnings generated during expression evaluation */
  warnings: ExpressionEvaluationWarningItem[];
  /**
   * The secret references resolved from trusted sources while evaluating the expression: a
   * `camunda.secrets.<name>` reference used directly in the expression, or a reference
   * carried by a `SECRET_REFERENCE`-kind cluster variable the expression read. References
   * appearing only in request-body variables or plain cluster variables are excluded.
   * Callers use this to know which `camunda.secrets.<name>` occurrences in the result they
   * may safely resolve.
   */
  referencedSecrets: ExpressionSecretReferenceItem[];
}

/** The `ExpressionEvaluationWarningItem` schema. */
export interface ExpressionEvaluationWarningItem {
  /** The warning message */
  message: string;
}

/** The `ExpressionSecretReferenceItem` schema. */
export interface ExpressionSecretReferenceItem {
  /** The identifier of the secret store that holds the referenced secret */
  storeId: string;
  /** The secret name, e.g. "token" for "camunda.secrets.token" */
  secretName: string;
}

/** Matches the value exactly. */
export type FormKeyExactMatch = FormKey;

/** FormKey property with full advanced search capabilities. */
export type FormKeyFilterProperty = FormKeyExactMatch | AdvancedFormKeyFilter;

/**
 * Success payload of `getFormByKey`. Success payload of `getStartProcessForm`. Success payload of `getUserTaskForm`.
 */
export interface FormResult {
  /** The tenant ID of the form. */
  tenantId: TenantId;
  /** The user-provided identifier of the form. */
  formId: FormId;
  /** The form schema as a JSON document serialized as a string. */
  schema: string;
  /** The version of the the deployed form. */
  version: number;
  /** The assigned key, which acts as a unique identifier for this form. */
  formKey: FormKey;
}

/** Global job statistics query result. */
export interface GlobalJobStatisticsQueryResult {
  created: StatusMetric;
  completed: StatusMetric;
  failed: StatusMetric;
  /** True if some data is missing because internal limits were reached and some metrics were not recorded. */
  isIncomplete: boolean;
}

/** The `GlobalListenerBase` schema. */
export interface GlobalListenerBase {
  /**
   * The name of the job type, used as a reference to specify which job workers request the respective listener job.
   */
  type?: string;
  /** Number of retries for the listener job. */
  retries?: number;
  /** Whether the listener should run after model-level listeners. */
  afterNonGlobal?: boolean;
  /** The priority of the listener. Higher priority listeners are executed before lower priority ones. */
  priority?: number;
}

/** Matches the value exactly. */
export type GlobalListenerSourceExactMatch = GlobalListenerSourceEnum;

/** Global listener source property with full advanced search capabilities. */
export type GlobalListenerSourceFilterProperty =
  | GlobalListenerSourceExactMatch
  | AdvancedGlobalListenerSourceFilter;

/** The `GlobalTaskListenerBase` schema. */
export interface GlobalTaskListenerBase {
  /**
   * The name of the job type, used as a reference to specify which job workers request the respective listener job.
   */
  type?: string;
  /** Number of retries for the listener job. */
  retries?: number;
  /** Whether the listener should run after model-level listeners. */
  afterNonGlobal?: boolean;
  /** The priority of the listener. Higher priority listeners are executed before lower priority ones. */
  priority?: number;
  eventTypes?: GlobalTaskListenerEventTypes;
}

/** Matches the value exactly. */
export type GlobalTaskListenerEventTypeExactMatch = GlobalTaskListenerEventTypeEnum;

/** Global listener event type property with full advanced search capabilities. */
export type GlobalTaskListenerEventTypeFilterProperty =
  | GlobalTaskListenerEventTypeExactMatch
  | AdvancedGlobalTaskListenerEventTypeFilter;

/** List of user task event types that trigger the listener. */
export type GlobalTaskListenerEventTypes = GlobalTaskListenerEventTypeEnum[];

/**
 * Success payload of `createGlobalTaskListener`. Success payload of `getGlobalTaskListener`. Success payload of `updateGlobalTaskListener`.
 */
export interface GlobalTaskListenerResult {
  /**
   * The name of the job type, used as a reference to specify which job workers request the respective listener job.
   */
  type: string;
  /** Number of retries for the listener job. */
  retries: number;
  /** Whether the listener should run after model-level listeners. */
  afterNonGlobal: boolean;
  /** The priority of the listener. Higher priority listeners are executed before lower priority ones. */
  priority: number;
  eventTypes: GlobalTaskListenerEventTypes;
  id: GlobalListenerId;
  source: GlobalListenerSourceEnum;
}

/** Global listener filter request. */
export interface GlobalTaskListenerSearchQueryFilterRequest {
  /** Id of the global listener. */
  id?: StringFilterProperty;
  /** Job type of the global listener. */
  type?: StringFilterProperty;
  /** Number of retries of the global listener. */
  retries?: IntegerFilterProperty;
  /** Event types of the global listener. */
  eventTypes?: GlobalTaskListenerEventTypeFilterProperty[];
  /** Whether the listener runs after model-level listeners. */
  afterNonGlobal?: boolean;
  /** Priority of the global listener. */
  priority?: IntegerFilterProperty;
  /** How the global listener was defined. */
  source?: GlobalListenerSourceFilterProperty;
}

/** Global listener search query request. */
export interface GlobalTaskListenerSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: GlobalTaskListenerSearchQuerySortRequest[];
  /** The global listener search filters. */
  filter?: GlobalTaskListenerSearchQueryFilterRequest;
}

/** Global listener search query response. */
export interface GlobalTaskListenerSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching global listeners. */
  items: GlobalTaskListenerResult[];
}

/** The `GlobalTaskListenerSearchQuerySortRequest` schema. */
export interface GlobalTaskListenerSearchQuerySortRequest {
  /** The field to sort by. */
  field: GlobalTaskListenerSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** The `GroupClientResult` schema. */
export interface GroupClientResult {
  /** The ID of the client. */
  clientId: ClientId;
}

/** Request body of `searchClientsForGroup`. */
export interface GroupClientSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: GroupClientSearchQuerySortRequest[];
}

/** The `GroupClientSearchQuerySortRequest` schema. */
export interface GroupClientSearchQuerySortRequest {
  /** The field to sort by. */
  field: GroupClientSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchClientsForGroup`. */
export interface GroupClientSearchResult {
  page: SearchQueryPageResponse;
  /** The matching client IDs. */
  items: GroupClientResult[];
}

/** Request body of `createGroup`. */
export interface GroupCreateRequest {
  /** The ID of the new group. */
  groupId: GroupId;
  /** The display name of the new group. */
  name: string;
  /** The description of the new group. */
  description?: string;
}

/** Success payload of `createGroup`. */
export interface GroupCreateResult {
  /** The ID of the created group. */
  groupId: GroupId;
  /** The display name of the created group. */
  name: string;
  /** The description of the created group. */
  description: string | null;
}

/** Group filter request */
export interface GroupFilter {
  /** The group ID search filters. */
  groupId?: StringFilterProperty;
  /** The group name search filters. */
  name?: string;
}

/** Success payload of `searchMappingRulesForGroup`. */
export interface GroupMappingRuleSearchResult {
  page: SearchQueryPageResponse;
  /** The matching mapping rules. */
  items: MappingRuleResult[];
}

/** Group search response item. */
export interface GroupResult {
  /** The group name. */
  name: string;
  /** The group ID. */
  groupId: GroupId;
  /** The group description. */
  description: string | null;
}

/** Success payload of `searchRolesForGroup`. */
export interface GroupRoleSearchResult {
  page: SearchQueryPageResponse;
  /** The matching roles. */
  items: RoleResult[];
}

/** Group search request. */
export interface GroupSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: GroupSearchQuerySortRequest[];
  /** The group search filters. */
  filter?: GroupFilter;
}

/** Group search response. */
export interface GroupSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching groups. */
  items: GroupResult[];
}

/** The `GroupSearchQuerySortRequest` schema. */
export interface GroupSearchQuerySortRequest {
  /** The field to sort by. */
  field: GroupSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Request body of `updateGroup`. */
export interface GroupUpdateRequest {
  /** The new name of the group. */
  name: string;
  /** The new description of the group. */
  description?: string;
}

/** Success payload of `updateGroup`. */
export interface GroupUpdateResult {
  /** The unique group ID. */
  groupId: GroupId;
  /** The name of the group. */
  name: string;
  /** The description of the group. */
  description: string | null;
}

/** The `GroupUserResult` schema. */
export interface GroupUserResult {
  username: Username;
}

/** Request body of `searchUsersForGroup`. */
export interface GroupUserSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: GroupUserSearchQuerySortRequest[];
}

/** The `GroupUserSearchQuerySortRequest` schema. */
export interface GroupUserSearchQuerySortRequest {
  /** The field to sort by. */
  field: GroupUserSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchUsersForGroup`. */
export interface GroupUserSearchResult {
  page: SearchQueryPageResponse;
  /** The matching members. */
  items: GroupUserResult[];
}

/**
 * Detailed status of a history backup. The aggregated state is computed from the state of
 * each of its snapshots as:
 * - If every expected snapshot exists and all are complete, the overall state is
 *   'COMPLETED'.
 * - If one snapshot failed or is partial, the overall state is 'FAILED'.
 * - Otherwise, if one snapshot is incompatible, the overall state is 'INCOMPATIBLE'.
 * - Otherwise, if one snapshot is still running, the overall state is 'IN_PROGRESS'.
 * - Otherwise, if snapshots are missing and the backup has not progressed within the
 *   configured timeout, the overall state is 'INCOMPLETE'.
 */
export interface HistoryBackupInfo {
  /** The id of the backup. */
  backupId: BackupId;
  /** The aggregated state of the backup. */
  state: HistoryBackupStateCode;
  /** Reason for failure if the state is 'FAILED'. */
  failureReason: string | null;
  /**
   * Detailed status of the backup per snapshot. Always lists every snapshot found for
   * the backup; when the backup was read without snapshot detail, each entry carries
   * only its name.
   */
  details: HistoryBackupSnapshotInfo[];
}

/** Detailed info of a single snapshot making up a history backup. */
export interface HistoryBackupSnapshotInfo {
  /** The name of the snapshot. */
  snapshotName: string;
  /**
   * The state of the snapshot, reported verbatim by the secondary storage (for example
   * 'SUCCESS', 'IN_PROGRESS' or 'PARTIAL'). Deliberately not a closed set: Elasticsearch
   * and OpenSearch report different vocabularies. Not reported when the backup was
   * listed without snapshot detail.
   */
  state: string | null;
  /**
   * The timestamp at which the snapshot was started. Not reported when the backup was
   * listed without snapshot detail.
   */
  startTime: string | null;
  /** The failures reported for this snapshot. Empty if there were none. */
  failures: string[];
}

/** Matches the value exactly. */
export type IncidentErrorTypeExactMatch = IncidentErrorTypeEnum;

/** IncidentErrorTypeEnum with full advanced search capabilities. */
export type IncidentErrorTypeFilterProperty = IncidentErrorTypeExactMatch | AdvancedIncidentErrorTypeFilter;

/** Incident search filter. */
export interface IncidentFilter {
  /** The process definition ID associated to this incident. */
  processDefinitionId?: StringFilterProperty;
  /** Incident error type with a defined set of values. */
  errorType?: IncidentErrorTypeFilterProperty;
  /** The error message of this incident. */
  errorMessage?: StringFilterProperty;
  /** The element ID associated to this incident. */
  elementId?: StringFilterProperty;
  /** Date of incident creation. */
  creationTime?: DateTimeFilterProperty;
  /** State of this incident with a defined set of values. */
  state?: IncidentStateFilterProperty;
  /** The tenant ID of the incident. */
  tenantId?: StringFilterProperty;
  /** The assigned key, which acts as a unique identifier for this incident. */
  incidentKey?: BasicStringFilterProperty;
  /** The process definition key associated to this incident. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The process instance key associated to this incident. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The element instance key associated to this incident. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** The job key, if exists, associated with this incident. */
  jobKey?: JobKeyFilterProperty;
}

/** Filter for the incident process instance statistics by definition query. */
export interface IncidentProcessInstanceStatisticsByDefinitionFilter {
  /** The error hash code of the incidents to filter the process instance statistics by. */
  errorHashCode: number;
}

/** Request body of `getProcessInstanceStatisticsByDefinition`. */
export interface IncidentProcessInstanceStatisticsByDefinitionQuery {
  /** Filter criteria for the aggregated process instance statistics. */
  filter: IncidentProcessInstanceStatisticsByDefinitionFilter;
  /** Pagination parameters for the aggregated process instance statistics. */
  page?: OffsetPagination;
  /** Sorting criteria for process instance statistics grouped by process definition. */
  sort?: IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest[];
}

/** Success payload of `getProcessInstanceStatisticsByDefinition`. */
export interface IncidentProcessInstanceStatisticsByDefinitionQueryResult {
  page: SearchQueryPageResponse;
  /**
   * Statistics of active process instances with incidents, grouped by process
   * definition for the specified error hash code.
   */
  items: IncidentProcessInstanceStatisticsByDefinitionResult[];
}

/** The `IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest` schema. */
export interface IncidentProcessInstanceStatisticsByDefinitionQuerySortRequest {
  /** The aggregated field by which the process instance statistics are sorted. */
  field: IncidentProcessInstanceStatisticsByDefinitionQuerySortRequestField;
  order?: SortOrderEnum;
}

/** The `IncidentProcessInstanceStatisticsByDefinitionResult` schema. */
export interface IncidentProcessInstanceStatisticsByDefinitionResult {
  processDefinitionId: ProcessDefinitionId;
  processDefinitionKey: ProcessDefinitionKey;
  /** The name of the process definition. */
  processDefinitionName: string;
  /** The version of the process definition. */
  processDefinitionVersion: number;
  tenantId: TenantId;
  /**
   * The number of active process instances that currently have an incident
   * with the specified error hash code.
   */
  activeInstancesWithErrorCount: number;
}

/** Request body of `getProcessInstanceStatisticsByError`. */
export interface IncidentProcessInstanceStatisticsByErrorQuery {
  /** Pagination parameters for process instance statistics grouped by incident error. */
  page?: OffsetPagination;
  /** Sorting criteria for process instance statistics grouped by incident error. */
  sort?: IncidentProcessInstanceStatisticsByErrorQuerySortRequest[];
}

/** Success payload of `getProcessInstanceStatisticsByError`. */
export interface IncidentProcessInstanceStatisticsByErrorQueryResult {
  page: SearchQueryPageResponse;
  /** Statistics of active process instances grouped by incident error. */
  items: IncidentProcessInstanceStatisticsByErrorResult[];
}

/** The `IncidentProcessInstanceStatisticsByErrorQuerySortRequest` schema. */
export interface IncidentProcessInstanceStatisticsByErrorQuerySortRequest {
  /** The field to sort the incident error statistics by. */
  field: IncidentProcessInstanceStatisticsByErrorQuerySortRequestField;
  order?: SortOrderEnum;
}

/** The `IncidentProcessInstanceStatisticsByErrorResult` schema. */
export interface IncidentProcessInstanceStatisticsByErrorResult {
  /** The hash code identifying a specific incident error.. */
  errorHashCode: number;
  /** The error message associated with the incident error hash code. */
  errorMessage: string;
  /** The number of active process instances that currently have an active incident with this error. */
  activeInstancesWithErrorCount: number;
}

/** Request body of `resolveIncident`. */
export interface IncidentResolutionRequest {
  operationReference?: OperationReference;
}

/** Success payload of `getIncident`. */
export interface IncidentResult {
  /** The process definition ID associated to this incident. */
  processDefinitionId: ProcessDefinitionId;
  /** The type of the incident error. */
  errorType: IncidentErrorTypeEnum;
  /** Error message which describes the error in more detail. */
  errorMessage: string;
  /** The element ID associated to this incident. */
  elementId: ElementId;
  /** The creation time of the incident. */
  creationTime: string;
  /** The incident state. */
  state: IncidentStateEnum;
  /** The tenant ID of the incident. */
  tenantId: TenantId;
  /** The assigned key, which acts as a unique identifier for this incident. */
  incidentKey: IncidentKey;
  /** The process definition key associated to this incident. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The process instance key associated to this incident. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The element instance key associated to this incident. */
  elementInstanceKey: ElementInstanceKey;
  /** The job key, if exists, associated with this incident. */
  jobKey: JobKey | null;
}

/**
 * Request body of `searchElementInstanceIncidents`. Request body of `searchIncidents`. Request body of `searchProcessInstanceIncidents`.
 */
export interface IncidentSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: IncidentSearchQuerySortRequest[];
  /** The incident search filters. */
  filter?: IncidentFilter;
}

/**
 * Success payload of `searchElementInstanceIncidents`. Success payload of `searchIncidents`. Success payload of `searchProcessInstanceIncidents`.
 */
export interface IncidentSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching incidents. */
  items: IncidentResult[];
}

/** The `IncidentSearchQuerySortRequest` schema. */
export interface IncidentSearchQuerySortRequest {
  /** The field to sort by. */
  field: IncidentSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type IncidentStateExactMatch = IncidentStateEnum;

/** IncidentStateEnum with full advanced search capabilities. */
export type IncidentStateFilterProperty = IncidentStateExactMatch | AdvancedIncidentStateFilter;

/**
 * Instructs the engine to derive the ancestor scope key from the source element's hierarchy. The engine traverses the source element's ancestry to find an instance that matches one of the target element's flow scopes, ensuring the target is activated in the correct scope.
 */
export interface InferredAncestorKeyInstruction {
  /** The type of ancestor scope instruction. */
  ancestorScopeType: 'inferred';
}

/** Integer property with advanced search capabilities. */
export type IntegerFilterProperty = number | AdvancedIntegerFilter;

/** Request body of `activateJobs`. */
export interface JobActivationRequest {
  /** The job type, as defined in the BPMN process (e.g. <zeebe:taskDefinition type="payment-service" />) */
  type: string;
  /** The name of the worker activating the jobs, mostly used for logging purposes. */
  worker?: string;
  /**
   * A job returned after this call will not be activated by another call until the timeout (in ms) has been reached.
   */
  timeout: number;
  /** The maximum jobs to activate by this request. */
  maxJobsToActivate: number;
  /**
   * A list of variables to fetch as the job variables; if empty, all visible variables at the time of activation for the scope of the job will be returned.
   */
  fetchVariable?: string[];
  /**
   * The request will be completed when at least one job is activated or after the requestTimeout (in ms). If the requestTimeout = 0, a default timeout is used. If the requestTimeout < 0, long polling is disabled and the request is completed immediately, even when no job is activated.
   */
  requestTimeout?: number;
  /** A list of IDs of tenants for which to activate jobs. */
  tenantIds?: TenantId[];
  /**
   * The tenant filtering strategy - determines whether to use provided tenant IDs or assigned tenant IDs from the authenticated principal's authorized tenants.
   *
   * @defaultValue `"PROVIDED"`
   */
  tenantFilter?: TenantFilterEnum;
  /**
   * Whether to activate the jobs with a lease. When true, each activated job is assigned a distinct, opaque lease token, returned as ActivatedJobResult.leaseToken. The lease fences the complete, fail, and throw-error commands against a superseded activation of the same job (for example, after the job timed out or failed and was re-activated by another worker): a command carrying a stale lease token is rejected rather than racing with the newer activation. Once a job has been activated with a lease, it is served only to leasing workers of that job type; a homogeneous fleet per job type is recommended. Omit or set to false to activate jobs without a lease.
   */
  withLease?: boolean | null;
}

/** The list of activated jobs */
export interface JobActivationResult {
  /** The activated jobs. */
  jobs: ActivatedJobResult[];
}

/**
 * The filter and changeset for a batch job update operation. The filter defines which jobs are updated; the changeset defines what to update. At least one changeset field must be non-null.
 */
export interface JobBatchUpdateRequest {
  /** The job filter. At least one dimension must be set. */
  filter: JobFilter;
  /** The fields to update. At least one field must be non-null. */
  changeset: JobChangeset;
  operationReference?: OperationReference;
}

/**
 * JSON object with changed job attribute values. The job cannot be completed or failed with this endpoint, use the complete job or fail job endpoints instead.
 */
export interface JobChangeset {
  /** The new number of retries for the job. */
  retries?: number | null;
  /** The new timeout for the job in milliseconds. */
  timeout?: number | null;
  /** The new priority for the job. Higher values indicate higher priority. */
  priority?: number | null;
}

/** Request body of `completeJob`. */
export interface JobCompletionRequest {
  /** The variables to complete the job with. */
  variables?: Record<string, unknown> | null;
  result?: JobResult;
  /**
   * The token identifying a leased job's activation, obtained from `ActivatedJobResult.leaseToken`.
   * For a leased job, the matching token must be supplied to prove the command comes from the worker that holds the current lease; a command with no token is rejected. A command carrying a stale token is likewise rejected, fencing the job against a superseded activation (for example, after the job timed out or failed and was re-activated by another worker).
   * A job that was activated without a lease requires no token.
   */
  leaseToken?: string | null;
  /**
   * An optional business id to assign to the process instance the job belongs to, as part of completing the job, letting a worker set the identifier from work it just performed.
   * The business id can only be assigned to a root process instance: if the job belongs to a child process instance (one started by a call activity), the completion is rejected. An empty business id is likewise rejected. The assignment is single and irreversible and is only accepted while business id uniqueness is disabled. Only artifacts created after the assignment carry the business id; already-existing ones are not enriched. Completing with a business id that differs from one already assigned rejects the whole completion, leaving the job open; re-sending the identical business id is an idempotent no-op.
   */
  businessId?: BusinessId | null;
}

/** Request body of `throwJobError`. */
export interface JobErrorRequest {
  /** The error code that will be matched with an error catch event. */
  errorCode: string;
  /** An error message that provides additional context. */
  errorMessage?: string | null;
  /**
   * JSON object that will instantiate the variables at the local scope of the error catch event that catches the thrown error.
   */
  variables?: Record<string, unknown> | null;
  /**
   * The token identifying a leased job's activation, obtained from `ActivatedJobResult.leaseToken`.
   * For a leased job, the matching token must be supplied to prove the command comes from the worker that holds the current lease; a command with no token is rejected. A command carrying a stale token is likewise rejected, fencing the job against a superseded activation (for example, after the job timed out or failed and was re-activated by another worker).
   * A job that was activated without a lease requires no token.
   */
  leaseToken?: string | null;
}

/** Job error statistics search filter. */
export interface JobErrorStatisticsFilter {
  /** Start of the time window to filter metrics. ISO 8601 date-time format. */
  from: string;
  /** End of the time window to filter metrics. ISO 8601 date-time format. */
  to: string;
  /** Job type to return error metrics for. */
  jobType: string;
  /** Optional error code filter with advanced search capabilities. */
  errorCode?: StringFilterProperty;
  /** Optional error message filter with advanced search capabilities. */
  errorMessage?: StringFilterProperty;
}

/** Aggregated error metrics for a single error type and message combination. */
export interface JobErrorStatisticsItem {
  /** The error code identifier. */
  errorCode: string;
  /** The error message. */
  errorMessage: string;
  /** Number of distinct workers that encountered this error. */
  workers: number;
}

/** Job error statistics query. */
export interface JobErrorStatisticsQuery {
  filter: JobErrorStatisticsFilter;
  /** Search cursor pagination. */
  page?: CursorForwardPagination;
}

/** Job error statistics query result. */
export interface JobErrorStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The list of per-error statistics items. */
  items: JobErrorStatisticsItem[];
}

/** Request body of `failJob`. */
export interface JobFailRequest {
  /**
   * The amount of retries the job should have left
   *
   * @defaultValue `0`
   */
  retries?: number;
  /** An optional error message describing why the job failed; if not provided, an empty string is used. */
  errorMessage?: string;
  /**
   * An optional retry back off for the failed job. The job will not be retryable before the current time plus the back off time. The default is 0 which means the job is retryable immediately.
   *
   * @defaultValue `0`
   */
  retryBackOff?: number;
  /** JSON object that will instantiate the variables at the local scope of the job's associated task. */
  variables?: Record<string, unknown>;
  /**
   * The token identifying a leased job's activation, obtained from `ActivatedJobResult.leaseToken`.
   * For a leased job, the matching token must be supplied to prove the command comes from the worker that holds the current lease; a command with no token is rejected. A command carrying a stale token is likewise rejected, fencing the job against a superseded activation (for example, after the job timed out or failed and was re-activated by another worker).
   * A job that was activated without a lease requires no token.
   */
  leaseToken?: string | null;
}

/** Job search filter. */
export interface JobFilter {
  /** When the job can next be activated. */
  deadline?: DateTimeFilterProperty | null;
  /** The reason provided by the user task listener for denying the work. */
  deniedReason?: StringFilterProperty;
  /** The element ID associated with the job. */
  elementId?: StringFilterProperty;
  /** The element instance key associated with the job. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** When the job ended. */
  endTime?: DateTimeFilterProperty;
  /** The error code provided for the failed job. */
  errorCode?: StringFilterProperty;
  /** The error message that provides additional context for a failed job. */
  errorMessage?: StringFilterProperty;
  /** Indicates whether the job has failed with retries left. */
  hasFailedWithRetriesLeft?: boolean;
  /** Indicates whether the user task listener denies the work. */
  isDenied?: boolean | null;
  /** The key, a unique identifier for the job. */
  jobKey?: JobKeyFilterProperty;
  /** The kind of the job. */
  kind?: JobKindFilterProperty;
  /** The listener event type of the job. */
  listenerEventType?: JobListenerEventTypeFilterProperty;
  /**
   * The priority of the job. Jobs created before 8.10 have no stored priority and are excluded from results when this filter is applied.
   */
  priority?: IntegerFilterProperty;
  /** The process definition ID associated with the job. */
  processDefinitionId?: StringFilterProperty;
  /** The process definition key associated with the job. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The process instance key associated with the job. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The number of retries left. */
  retries?: IntegerFilterProperty;
  /** The state of the job. */
  state?: JobStateFilterProperty;
  /** The tenant ID. */
  tenantId?: StringFilterProperty;
  /** The type of the job. */
  type?: StringFilterProperty;
  /** The name of the worker for this job. */
  worker?: StringFilterProperty;
  /** When the job was created. Field is present for jobs created after 8.9. */
  creationTime?: DateTimeFilterProperty;
  /** When the job was last updated. Field is present for jobs created after 8.9. */
  lastUpdateTime?: DateTimeFilterProperty;
}

/** Matches the value exactly. */
export type JobKeyExactMatch = JobKey;

/** JobKey property with full advanced search capabilities. */
export type JobKeyFilterProperty = JobKeyExactMatch | AdvancedJobKeyFilter;

/** Matches the value exactly. */
export type JobKindExactMatch = JobKindEnum;

/** JobKindEnum property with full advanced search capabilities. */
export type JobKindFilterProperty = JobKindExactMatch | AdvancedJobKindFilter;

/** Matches the value exactly. */
export type JobListenerEventTypeExactMatch = JobListenerEventTypeEnum;

/** JobListenerEventTypeEnum property with full advanced search capabilities. */
export type JobListenerEventTypeFilterProperty =
  | JobListenerEventTypeExactMatch
  | AdvancedJobListenerEventTypeFilter;

/** Configuration for job metrics collection and export. */
export interface JobMetricsConfigurationResponse {
  /** Whether job metrics export is enabled. */
  enabled: boolean;
  /** The interval at which job metrics are exported, as an ISO 8601 duration. */
  exportInterval: string;
  /** The maximum length of the worker name used in job metrics labels. */
  maxWorkerNameLength: number;
  /** The maximum length of the job type used in job metrics labels. */
  maxJobTypeLength: number;
  /** The maximum length of the tenant ID used in job metrics labels. */
  maxTenantIdLength: number;
  /** The maximum number of unique metric keys tracked for job metrics. */
  maxUniqueKeys: number;
}

/** The result of the completed job as determined by the worker. */
export type JobResult = JobResultUserTask | JobResultAdHocSubProcess | null;

/**
 * Instruction to activate a single BPMN element within an ad‑hoc sub‑process, optionally providing variables scoped to that element.
 */
export interface JobResultActivateElement {
  /** The element ID to activate. */
  elementId?: ElementId;
  /** Variables for the element. */
  variables?: Record<string, unknown> | null;
}

/**
 * Job result details for an ad‑hoc sub‑process, including elements to activate and flags indicating completion or cancellation behavior.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface JobResultAdHocSubProcess {
  /** Indicates which elements need to be activated in the ad-hoc subprocess. */
  activateElements?: JobResultActivateElement[];
  /**
   * Indicates whether the completion condition of the ad-hoc subprocess is fulfilled.
   *
   * @defaultValue `false`
   */
  isCompletionConditionFulfilled?: boolean;
  /**
   * Indicates whether the remaining instances of the ad-hoc subprocess should be canceled.
   *
   * @defaultValue `false`
   */
  isCancelRemainingInstances?: boolean;
  /** Used to distinguish between different types of job results. */
  type?: 'adHocSubProcess';
}

/**
 * JSON object with attributes that were corrected by the worker.
 *
 * The following attributes can be corrected, additional attributes will be ignored:
 *
 * * `assignee` - clear by providing an empty String
 * * `dueDate` - clear by providing an empty String
 * * `followUpDate` - clear by providing an empty String
 * * `candidateGroups` - clear by providing an empty list
 * * `candidateUsers` - clear by providing an empty list
 * * `priority` - minimum 0, maximum 100, default 50
 *
 * Providing any of those attributes with a `null` value or omitting it preserves
 * the persisted attribute's value.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface JobResultCorrections {
  /** Assignee of the task. */
  assignee?: string | null;
  /** The due date of the task. */
  dueDate?: string | null;
  /** The follow-up date of the task. */
  followUpDate?: string | null;
  /** The list of candidate users of the task. */
  candidateUsers?: string[] | null;
  /** The list of candidate groups of the task. */
  candidateGroups?: string[] | null;
  /** The priority of the task. */
  priority?: number | null;
}

/**
 * Job result details for a user task completion, optionally including a denial reason and corrected task properties.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface JobResultUserTask {
  /**
   * Indicates whether the worker denies the work, i.e. explicitly doesn't approve it. For example, a user task listener can deny the completion of a task by setting this flag to true. In this example, the completion of a task is represented by a job that the worker can complete as denied. As a result, the completion request is rejected and the task remains active. Defaults to false.
   */
  denied?: boolean | null;
  /** The reason provided by the user task listener for denying the work. */
  deniedReason?: string | null;
  corrections?: JobResultCorrections | null;
  /** Used to distinguish between different types of job results. */
  type?: 'userTask';
}

/** Job search request. */
export interface JobSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: JobSearchQuerySortRequest[];
  /** The job search filters. */
  filter?: JobFilter;
}

/** Job search response. */
export interface JobSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching jobs. */
  items: JobSearchResult[];
}

/** The `JobSearchQuerySortRequest` schema. */
export interface JobSearchQuerySortRequest {
  /** The field to sort by. */
  field: JobSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** The `JobSearchResult` schema. */
export interface JobSearchResult {
  /** A set of custom headers defined during modelling. */
  customHeaders: Record<string, string>;
  /** If the job has been activated, when it will next be available to be activated. */
  deadline: string | null;
  /** The reason provided by the user task listener for denying the work. */
  deniedReason: string | null;
  /** The element ID associated with the job. May be missing on job failure. */
  elementId: ElementId | null;
  /** The element instance key associated with the job. */
  elementInstanceKey: ElementInstanceKey;
  /**
   * End date of the job.
   * This is `null` if the job is not in an end state yet.
   */
  endTime: string | null;
  /** The error code provided for a failed job. */
  errorCode: string | null;
  /** The error message that provides additional context for a failed job. */
  errorMessage: string | null;
  /** Indicates whether the job has failed with retries left. */
  hasFailedWithRetriesLeft: boolean;
  /** Indicates whether the user task listener denies the work. */
  isDenied: boolean | null;
  /** The key, a unique identifier for the job. */
  jobKey: JobKey;
  kind: JobKindEnum;
  listenerEventType: JobListenerEventTypeEnum;
  /** The process definition ID associated with the job. */
  processDefinitionId: ProcessDefinitionId;
  /** The process definition key associated with the job. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The process instance key associated with the job. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /**
   * The business ID of the owning process instance, inherited when the job was created.
   * This is `null` for jobs created before version 8.10 and for jobs whose owning process
   * instance has no business ID.
   */
  businessId: BusinessId | null;
  /** The amount of retries left to this job. */
  retries: number;
  state: JobStateEnum;
  tenantId: TenantId;
  /** The type of the job. */
  type: string;
  /** The name of the worker of this job. */
  worker: string;
  /** When the job was created. Field is present for jobs created after 8.9. */
  creationTime: string | null;
  /** When the job was last updated. Field is present for jobs created after 8.9. */
  lastUpdateTime: string | null;
  /**
   * The priority of the job. Higher values indicate higher priority. Jobs created before 8.10 have no stored priority; they appear last when sorting by this field and are excluded when filtering by this field. The API returns 0 for such jobs.
   */
  priority: number;
}

/** Matches the value exactly. */
export type JobStateExactMatch = JobStateEnum;

/** JobStateEnum property with full advanced search capabilities. */
export type JobStateFilterProperty = JobStateExactMatch | AdvancedJobStateFilter;

/** Job time-series statistics search filter. */
export interface JobTimeSeriesStatisticsFilter {
  /** Start of the time window to filter metrics. ISO 8601 date-time format. */
  from: string;
  /** End of the time window to filter metrics. ISO 8601 date-time format. */
  to: string;
  /** Job type to return time-series metrics for. */
  jobType: string;
  /**
   * Time bucket resolution as an ISO 8601 duration (for example `PT1M` for 1 minute,
   * `PT1H` for 1 hour). If omitted, the server chooses a sensible default.
   */
  resolution?: string;
}

/** Aggregated job metrics for a single time bucket. */
export interface JobTimeSeriesStatisticsItem {
  /** ISO 8601 timestamp representing the start of this time bucket. */
  time: string;
  created: StatusMetric;
  completed: StatusMetric;
  failed: StatusMetric;
}

/** Job time-series statistics query. */
export interface JobTimeSeriesStatisticsQuery {
  filter: JobTimeSeriesStatisticsFilter;
  /** Search cursor pagination. */
  page?: CursorForwardPagination;
}

/** Job time-series statistics query result. */
export interface JobTimeSeriesStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The list of time-bucketed statistics items, ordered ascending by time. */
  items: JobTimeSeriesStatisticsItem[];
}

/** Job type statistics search filter. */
export interface JobTypeStatisticsFilter {
  /** Start of the time window to filter metrics. ISO 8601 date-time format. */
  from: string;
  /** End of the time window to filter metrics. ISO 8601 date-time format. */
  to: string;
  /**
   * Optional job type filter with advanced search capabilities.
   * Supports exact match, pattern matching, and other operators.
   */
  jobType?: StringFilterProperty;
}

/** Statistics for a single job type. */
export interface JobTypeStatisticsItem {
  /** The job type identifier. */
  jobType: string;
  created: StatusMetric;
  completed: StatusMetric;
  failed: StatusMetric;
  /** Number of distinct workers observed for this job type. */
  workers: number;
}

/** Job type statistics query. */
export interface JobTypeStatisticsQuery {
  filter?: JobTypeStatisticsFilter;
  /** Search cursor pagination. */
  page?: CursorForwardPagination;
}

/** Job type statistics query result. */
export interface JobTypeStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The list of job type statistics items. */
  items: JobTypeStatisticsItem[];
}

/** Request body of `updateJob`. */
export interface JobUpdateRequest {
  changeset: JobChangeset;
  operationReference?: OperationReference;
  /**
   * The token identifying a leased job's activation, obtained from `ActivatedJobResult.leaseToken`.
   * For a leased job, a supplied token is validated to prove the command comes from the worker that holds the current lease; a command carrying a stale token is rejected, fencing the job against a superseded activation (for example, after the job timed out or failed and was re-activated by another worker).
   * An update without a token always applies to support operator and bulk updates of leased jobs. Note that this is different from lifecycle requests like complete, fail, and throw-error that always require a token for leased jobs.
   * A job that was activated without a lease requires no token.
   */
  leaseToken?: string | null;
}

/** The `JobWaitStateDetails` schema. */
export interface JobWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: 'JOB';
  /** The key of the job. */
  jobKey: JobKey;
  /** The job type (worker subscription identifier). */
  jobType: string;
  /** The kind of job. */
  jobKind: JobKindEnum;
  /** The listener event type of the job (only set for execution listener and task listener jobs). */
  listenerEventType: JobListenerEventTypeEnum | null;
  /** The number of retries remaining for the job. */
  retries: number | null;
}

/** Job worker statistics search filter. */
export interface JobWorkerStatisticsFilter {
  /** Start of the time window to filter metrics. ISO 8601 date-time format. */
  from: string;
  /** End of the time window to filter metrics. ISO 8601 date-time format. */
  to: string;
  /** Job type to return worker metrics for. */
  jobType: string;
}

/** Statistics for a single worker within a job type. */
export interface JobWorkerStatisticsItem {
  /** The name of the worker activating the jobs, mostly used for logging purposes. */
  worker: string;
  created: StatusMetric;
  completed: StatusMetric;
  failed: StatusMetric;
}

/** Job worker statistics query. */
export interface JobWorkerStatisticsQuery {
  filter: JobWorkerStatisticsFilter;
  /** Search cursor pagination. */
  page?: CursorForwardPagination;
}

/** Job worker statistics query result. */
export interface JobWorkerStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The list of per-worker statistics items. */
  items: JobWorkerStatisticsItem[];
}

/** The response of a license request. */
export interface LicenseResponse {
  /** True if the Camunda license is valid, false if otherwise */
  validLicense: boolean;
  /** Will return the license type property of the Camunda license */
  licenseType: string;
  /** Will be false when a license contains a non-commerical=true property */
  isCommercial: boolean;
  /** The date when the Camunda license expires */
  expiresAt: string | null;
}

/**
 * Checks if the property matches the provided like value.
 *
 * Supported wildcard characters are:
 *
 * * `*`: matches zero, one, or multiple characters.
 * * `?`: matches one, single character.
 *
 * Wildcard characters can be escaped with backslash, for instance: `\*`.
 */
export type LikeFilter = string;

/** Limit-based pagination */
export interface LimitPagination {
  /**
   * The maximum number of items to return in one request.
   *
   * @defaultValue `100`
   */
  limit?: number;
}

/** Zeebe Engine resource key (Java long serialized as string) */
export type LongKey = string;

/**
 * A client-provided sequential integer identifying a loop iteration: one pass
 * through an AI agent's loop, during which the model reasons, selects tools,
 * evaluates the result, and decides whether to continue. One iteration covers
 * the input for the LLM call, the call itself, and the tools it dispatches;
 * the results of those tool calls are input to the next iteration. Must be a
 * positive integer, increasing with each loopIteration. Established by the
 * connector when appending the first history item of a loopIteration.
 */
export type LoopIterationId = number;

/** Request body of `createMappingRule`. */
export interface MappingRuleCreateRequest {
  /** The name of the claim to map. */
  claimName: string;
  /** The value of the claim to map. */
  claimValue: string;
  /** The name of the mapping rule. */
  name: string;
  /** The unique ID of the mapping rule. */
  mappingRuleId: MappingRuleId;
}

/** Success payload of `createMappingRule`. */
export type MappingRuleCreateResult = MappingRuleCreateUpdateResult;

/** The `MappingRuleCreateUpdateRequest` schema. */
export interface MappingRuleCreateUpdateRequest {
  /** The name of the claim to map. */
  claimName: string;
  /** The value of the claim to map. */
  claimValue: string;
  /** The name of the mapping rule. */
  name: string;
}

/** The `MappingRuleCreateUpdateResult` schema. */
export interface MappingRuleCreateUpdateResult {
  /** The name of the claim to map. */
  claimName: string;
  /** The value of the claim to map. */
  claimValue: string;
  /** The name of the mapping rule. */
  name: string;
  /** The unique ID of the mapping rule. */
  mappingRuleId: MappingRuleId;
}

/** Mapping rule search filter. */
export interface MappingRuleFilter {
  /** The claim name to match against a token. */
  claimName?: string;
  /** The value of the claim to match. */
  claimValue?: string;
  /** The name of the mapping rule. */
  name?: string;
  /** The ID of the mapping rule. */
  mappingRuleId?: MappingRuleId;
}

/** Success payload of `getMappingRule`. */
export interface MappingRuleResult {
  /** The name of the claim to map. */
  claimName: string;
  /** The value of the claim to map. */
  claimValue: string;
  /** The name of the mapping rule. */
  name: string;
  /** The ID of the mapping rule. */
  mappingRuleId: MappingRuleId;
}

/**
 * Request body of `searchMappingRule`. Request body of `searchMappingRulesForGroup`. Request body of `searchMappingRulesForRole`. Request body of `searchMappingRulesForTenant`.
 */
export interface MappingRuleSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: MappingRuleSearchQuerySortRequest[];
  /** The mapping rule search filters. */
  filter?: MappingRuleFilter;
}

/** Success payload of `searchMappingRule`. */
export interface MappingRuleSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching mapping rules. */
  items: MappingRuleResult[];
}

/** The `MappingRuleSearchQuerySortRequest` schema. */
export interface MappingRuleSearchQuerySortRequest {
  /** The field to sort by. */
  field: MappingRuleSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Request body of `updateMappingRule`. */
export type MappingRuleUpdateRequest = MappingRuleCreateUpdateRequest;

/** Success payload of `updateMappingRule`. */
export type MappingRuleUpdateResult = MappingRuleCreateUpdateResult;

/** A decision rule that matched within this decision evaluation. */
export interface MatchedDecisionRuleItem {
  /** The ID of the matched rule. */
  ruleId: string;
  /** The index of the matched rule. */
  ruleIndex: number;
  /** The evaluated decision outputs. */
  evaluatedOutputs: EvaluatedDecisionOutputItem[];
}

/** Request body of `correlateMessage`. */
export interface MessageCorrelationRequest {
  /** The message name as defined in the BPMN process */
  name: string;
  /**
   * The correlation key of the message.
   *
   * @defaultValue `""`
   */
  correlationKey?: string;
  /** The message variables as JSON document */
  variables?: Record<string, unknown>;
  /** the tenant for which the message is published */
  tenantId?: TenantId;
  /**
   * An optional business id used to enforce uniqueness of the process instance that a
   * message start event would create. If provided and uniqueness enforcement is enabled,
   * the engine rejects starting a new process instance when another root process instance
   * with the same business id is already active for the same process definition. It has no
   * effect when the message correlates to a catch, boundary, or intermediate event.
   */
  businessId?: BusinessId;
}

/**
 * The message key of the correlated message, as well as the first process instance key it
 * correlated with.
 */
export interface MessageCorrelationResult {
  /** The tenant ID of the correlated message */
  tenantId: TenantId;
  /** The key of the correlated message. */
  messageKey: MessageKey;
  /** The key of the first process instance the message correlated with */
  processInstanceKey: ProcessInstanceKey;
}

/** Request body of `publishMessage`. */
export interface MessagePublicationRequest {
  /** The name of the message. */
  name: string;
  /**
   * The correlation key of the message.
   *
   * @defaultValue `""`
   */
  correlationKey?: string;
  /**
   * Timespan (in ms) to buffer the message on the broker.
   *
   * @defaultValue `0`
   */
  timeToLive?: number;
  /**
   * The unique ID of the message. This is used to ensure only one message with the given ID
   * will be published during the lifetime of the message (if `timeToLive` is set).
   */
  messageId?: string;
  /** The message variables as JSON document. */
  variables?: Record<string, unknown>;
  /** The tenant of the message sender. */
  tenantId?: TenantId;
  /**
   * An optional business id used to enforce uniqueness of the process instance that a
   * message start event would create. If provided and uniqueness enforcement is enabled,
   * the engine rejects starting a new process instance when another root process instance
   * with the same business id is already active for the same process definition. It has no
   * effect when the message correlates to a catch, boundary, or intermediate event.
   */
  businessId?: BusinessId;
}

/** The message key of the published message. */
export interface MessagePublicationResult {
  /** The tenant ID of the message. */
  tenantId: TenantId;
  /** The key of the published message. */
  messageKey: MessageKey;
}

/** Message subscription search filter. */
export interface MessageSubscriptionFilter {
  /** The message subscription key associated with this message subscription. */
  messageSubscriptionKey?: MessageSubscriptionKeyFilterProperty;
  /**
   * The process definition key associated with this correlated message subscription. This only works for data created with 8.9 and later.
   */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The process definition ID associated with this message subscription. */
  processDefinitionId?: StringFilterProperty;
  /** The process instance key associated with this message subscription. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The element ID associated with this message subscription. */
  elementId?: StringFilterProperty;
  /** The element instance key associated with this message subscription. */
  elementInstanceKey?: ElementInstanceKeyFilterProperty;
  /** The message subscription state. */
  messageSubscriptionState?: MessageSubscriptionStateFilterProperty;
  /** The last updated date of the message subscription. */
  lastUpdatedDate?: DateTimeFilterProperty;
  /** The name of the message associated with the message subscription. */
  messageName?: StringFilterProperty;
  /** The correlation key of the message subscription. */
  correlationKey?: StringFilterProperty;
  /** The unique external tenant ID. */
  tenantId?: StringFilterProperty;
  /**
   * The type of message subscription to filter by. When omitted, both
   * `START_EVENT` and `PROCESS_EVENT` are returned. Only available for data
   * created with Camunda 8.10 or later.
   */
  messageSubscriptionType?: MessageSubscriptionTypeFilterProperty;
  /** The name of the process definition associated with this message subscription. */
  processDefinitionName?: StringFilterProperty;
  /** The version of the process definition associated with this message subscription. */
  processDefinitionVersion?: IntegerFilterProperty;
  /** Filter by tool name extracted from the `io.camunda.tool:name` zeebe:property. */
  toolName?: StringFilterProperty;
  /** Filter by inbound connector type extracted from the `inbound.type` zeebe:property. */
  inboundConnectorType?: StringFilterProperty;
}

/** Matches the value exactly. */
export type MessageSubscriptionKeyExactMatch = MessageSubscriptionKey;

/** MessageSubscriptionKey property with full advanced search capabilities. */
export type MessageSubscriptionKeyFilterProperty =
  | MessageSubscriptionKeyExactMatch
  | AdvancedMessageSubscriptionKeyFilter;

/** The `MessageSubscriptionResult` schema. */
export interface MessageSubscriptionResult {
  /** The message subscription key associated with this message subscription. */
  messageSubscriptionKey: MessageSubscriptionKey;
  /** The process definition ID associated with this message subscription. */
  processDefinitionId: ProcessDefinitionId;
  /** The process definition key associated with this message subscription. */
  processDefinitionKey: ProcessDefinitionKey | null;
  /**
   * The process instance key associated with this message subscription.
   * Only populated for intermediate event entities.
   */
  processInstanceKey: ProcessInstanceKey | null;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The element ID associated with this message subscription. */
  elementId: ElementId;
  /**
   * The element instance key associated with this message subscription.
   * Only populated for intermediate event entities.
   */
  elementInstanceKey: ElementInstanceKey | null;
  messageSubscriptionState: MessageSubscriptionStateEnum;
  /** The last updated date of the message subscription. */
  lastUpdatedDate: string;
  /** The name of the message associated with the message subscription. */
  messageName: string;
  /** The correlation key of the message subscription. */
  correlationKey: string | null;
  messageSubscriptionType: MessageSubscriptionTypeEnum;
  /**
   * The subset of `zeebe:properties` extension properties whose keys start with the
   * `io.camunda.tool:` prefix, extracted from the BPMN element associated with this
   * subscription. Empty object when no matching properties are defined.
   */
  toolProperties: Record<string, string>;
  /** The name of the process definition associated with this message subscription. */
  processDefinitionName: string | null;
  /** The version of the process definition associated with this message subscription. */
  processDefinitionVersion: number | null;
  /**
   * Tool name extracted from the `io.camunda.tool:name` zeebe:property.
   * Null when the property is absent.
   */
  toolName: string | null;
  /**
   * Inbound connector type extracted from the `inbound.type` zeebe:property.
   * Null when the property is absent.
   */
  inboundConnectorType: string | null;
  tenantId: TenantId;
}

/** Request body of `searchMessageSubscriptions`. */
export interface MessageSubscriptionSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: MessageSubscriptionSearchQuerySortRequest[];
  /** The incident search filters. */
  filter?: MessageSubscriptionFilter;
}

/** Success payload of `searchMessageSubscriptions`. */
export interface MessageSubscriptionSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching message subscriptions. */
  items: MessageSubscriptionResult[];
}

/** The `MessageSubscriptionSearchQuerySortRequest` schema. */
export interface MessageSubscriptionSearchQuerySortRequest {
  /** The field to sort by. */
  field: MessageSubscriptionSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type MessageSubscriptionStateExactMatch = MessageSubscriptionStateEnum;

/** MessageSubscriptionStateEnum with full advanced search capabilities. */
export type MessageSubscriptionStateFilterProperty =
  | MessageSubscriptionStateExactMatch
  | AdvancedMessageSubscriptionStateFilter;

/** Matches the value exactly. */
export type MessageSubscriptionTypeExactMatch = MessageSubscriptionTypeEnum;

/** MessageSubscriptionTypeEnum with full advanced search capabilities. */
export type MessageSubscriptionTypeFilterProperty =
  | MessageSubscriptionTypeExactMatch
  | AdvancedMessageSubscriptionTypeFilter;

/** The `MessageWaitStateDetails` schema. */
export interface MessageWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: 'MESSAGE';
  /** The name of the message being awaited. */
  messageName: string;
  /** The correlation key for the message subscription (null for start events). */
  correlationKey: string | null;
}

/**
 * The mapping instructions describe how to map elements from the source process definition to the target process definition.
 */
export interface MigrateProcessInstanceMappingInstruction {
  /** The element id to migrate from. */
  sourceElementId: ElementId;
  /** The element id to migrate into. */
  targetElementId: ElementId;
}

/** Instruction describing which variables to create or update. */
export interface ModifyProcessInstanceVariableInstruction {
  /**
   * JSON document that will instantiate the variables at the scope defined by the scopeId.
   * It must be a JSON object, as variables will be mapped in a key-value fashion.
   */
  variables: Record<string, unknown>;
  /**
   * The id of the element in which scope the variables should be created.
   * Leave empty to create the variables in the global scope of the process instance.
   *
   * @defaultValue `""`
   */
  scopeId?: string;
}

/** Offset-based pagination */
export interface OffsetPagination {
  /** The index of items to start searching from. */
  from?: number;
  /**
   * The maximum number of items to return in one request.
   *
   * @defaultValue `100`
   */
  limit?: number;
}

/**
 * A reference key chosen by the user that will be part of all records resulting from this operation.
 * Must be > 0 if provided.
 */
export type OperationReference = number;

/** Matches the value exactly. */
export type OperationTypeExactMatch = AuditLogOperationTypeEnum;

/** AuditLogOperationTypeEnum property with full advanced search capabilities. */
export type OperationTypeFilterProperty = OperationTypeExactMatch | AdvancedOperationTypeFilter;

/** Success payload of `searchOwnAuthorizations`. */
export interface OwnAuthorizationSearchResult {
  page: SearchQueryPageResponse;
  /** The matching authorizations. */
  items: AuthorizationResult[];
  /** Indicates whether authorization checks are enabled for the cluster. */
  authorizationsEnabled: boolean;
}

/** Provides information on a partition within a broker node. */
export interface Partition {
  /** The unique ID of this partition. */
  partitionId: number;
  /** Describes the Raft role of the broker for a given partition. */
  role: PartitionRole;
  /** Describes the current health of the partition. */
  health: PartitionHealth;
  /** Describes the current operational state of the partition within the cluster configuration. */
  state: PartitionState;
}

/** Detailed info of the backup for a given partition. */
export interface PartitionBackupInfo {
  /** The id of the partition. */
  partitionId: PartitionId;
  /** The state of the backup on this partition. */
  state: StateCode;
  /** Failure reason if the state is 'FAILED'. */
  failureReason: string | null;
  /** The timestamp at which the backup was started on this partition. */
  createdAt: string | null;
  /**
   * The timestamp at which the backup was last updated on this partition, e.g. changed
   * state from 'IN_PROGRESS' to 'COMPLETED'.
   */
  lastUpdatedAt: string | null;
  /** The id of the snapshot which is included in this backup. */
  snapshotId: string | null;
  /** The first log position included in this backup. */
  firstLogPosition: number | null;
  /** The position of the checkpoint for this backup. */
  checkpointPosition: number | null;
  /** The id of the broker from which the backup was taken for this partition. */
  brokerId: number | null;
  /** The version of the broker from which the backup was taken for this partition. */
  brokerVersion: string | null;
}

/** Information about one backup range for a partition. */
export interface PartitionBackupRange {
  /** The id of the partition. */
  partitionId: PartitionId;
  /** The oldest backup in the range. */
  start: PartitionBackupState | null;
  /** The newest backup in the range. */
  end: PartitionBackupState | null;
}

/** Detailed information about the backup state for a given partition. */
export interface PartitionBackupState {
  /** The id of the checkpoint this backup is based on. */
  checkpointId: CheckpointId;
  /** The type of the backup. */
  checkpointType: BackupType;
  /**
   * The id of the partition. Omitted when nested inside a backup range's `start`/`end`,
   * where the partition is already identified by the enclosing range.
   */
  partitionId: PartitionId | null;
  /** The log position of the checkpoint this backup is based on. */
  checkpointPosition: number;
  /** The first log position included in this backup. */
  firstLogPosition: number;
  /** The timestamp at which the checkpoint was created. */
  checkpointTimestamp: string;
}

/** Detailed information about the checkpoint state for a given partition. */
export interface PartitionCheckpointState {
  /** The id of the checkpoint. */
  checkpointId: CheckpointId;
  /** The type of the checkpoint. */
  checkpointType: CheckpointType;
  /** The id of the partition. */
  partitionId: PartitionId;
  /** The log position of the checkpoint. */
  checkpointPosition: number;
  /** The timestamp at which the checkpoint was created. */
  checkpointTimestamp: string;
}

/** The id of a partition. Always a positive number greater than or equal to 1. */
export type PartitionId = number;

/** The partitions of one physical tenant that one broker manages or replicates. */
export interface PhysicalTenantBrokerTopology {
  /** The unique (within a cluster) identifier of the broker, as reported in the cluster-level broker list. */
  brokerId: string;
  /** The partitions of this physical tenant managed or replicated on this broker. */
  partitions: Partition[];
}

/** The topology of a single physical tenant. */
export interface PhysicalTenantTopology {
  /** The id of the physical tenant. */
  physicalTenantId: string;
  /** The number of partitions spread across this physical tenant. */
  partitionsCount: number;
  /** The configured replication factor for this physical tenant. */
  replicationFactor: number;
  /** ID of the last completed change of this physical tenant. */
  lastCompletedChangeId: string;
  /** The brokers holding partitions of this physical tenant. */
  brokers: PhysicalTenantBrokerTopology[];
}

/**
 * A Problem detail object as described in [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457). There may be additional properties specific to the problem type.
 */
export interface ProblemDetail {
  /**
   * A URI identifying the problem type.
   *
   * @defaultValue `"about:blank"`
   */
  type: string;
  /** A summary of the problem type. */
  title: string;
  /** The HTTP status code for this problem. */
  status: number;
  /** An explanation of the problem in more detail. */
  detail: string;
  /** A URI path identifying the origin of the problem. */
  instance: string;
}

/** Process definition element statistics request. */
export interface ProcessDefinitionElementStatisticsQuery {
  /** The process definition statistics search filters. */
  filter?: ProcessDefinitionStatisticsFilter;
}

/** Process definition element statistics query response. */
export interface ProcessDefinitionElementStatisticsQueryResult {
  /** The element statistics. */
  items: ProcessElementStatisticsResult[];
}

/** Process definition search filter. */
export interface ProcessDefinitionFilter {
  /** Name of this process definition. */
  name?: StringFilterProperty;
  /**
   * Whether to only return the latest version of each process definition.
   * When using this filter, pagination functionality is limited, you can only paginate forward using `after` and `limit`.
   * The response contains no `startCursor` in the `page`, and requests ignore the `from` and `before` in the `page`.
   * When using this filter, sorting is limited to `processDefinitionId` and `tenantId` fields only.
   */
  isLatestVersion?: boolean;
  /** Resource name of this process definition. */
  resourceName?: string;
  /** Version of this process definition. */
  version?: number;
  /** Version tag of this process definition. */
  versionTag?: string;
  /** Process definition ID of this process definition. */
  processDefinitionId?: StringFilterProperty;
  /** Tenant ID of this process definition. */
  tenantId?: TenantId;
  /** The key for this process definition. */
  processDefinitionKey?: ProcessDefinitionKey;
  /** Indicates whether the start event of the process has an associated Form Key. */
  hasStartForm?: boolean;
  /**
   * Filter by the process definition's state.
   * When not set, process definitions in any state are returned.
   * Set to `ACTIVE` to exclude draining and deleted definitions (recommended for most use cases).
   * Set to `DRAINING` to return only definitions that are being deleted but still have
   * active process instances draining.
   * Set to `DELETED` to return only definitions that have been deleted but are still
   * retained in secondary storage.
   */
  state?: ProcessDefinitionFilterState;
}

/** Matches the value exactly. */
export type ProcessDefinitionIdExactMatch = ProcessDefinitionId;

/** ProcessDefinitionId property with full advanced search capabilities. */
export type ProcessDefinitionIdFilterProperty =
  | ProcessDefinitionIdExactMatch
  | AdvancedProcessDefinitionIdFilter;

/** Request body of `getProcessDefinitionInstanceStatistics`. */
export interface ProcessDefinitionInstanceStatisticsQuery {
  /** Search cursor pagination. */
  page?: OffsetPagination;
  /** Sort field criteria. */
  sort?: ProcessDefinitionInstanceStatisticsQuerySortRequest[];
}

/** Success payload of `getProcessDefinitionInstanceStatistics`. */
export interface ProcessDefinitionInstanceStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The process definition instance statistics result. */
  items: ProcessDefinitionInstanceStatisticsResult[];
}

/** The `ProcessDefinitionInstanceStatisticsQuerySortRequest` schema. */
export interface ProcessDefinitionInstanceStatisticsQuerySortRequest {
  /** The field to sort by. */
  field: ProcessDefinitionInstanceStatisticsQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Process definition instance statistics response. */
export interface ProcessDefinitionInstanceStatisticsResult {
  processDefinitionId: ProcessDefinitionId;
  tenantId: TenantId;
  /** Name of the latest deployed process definition instance version. */
  latestProcessDefinitionName: string | null;
  /** Indicates whether multiple versions of this process definition instance are deployed. */
  hasMultipleVersions: boolean;
  /** Total number of currently active process instances of this definition that do not have incidents. */
  activeInstancesWithoutIncidentCount: number;
  /**
   * Total number of currently active process instances of this definition that have at least one incident.
   */
  activeInstancesWithIncidentCount: number;
}

/** Process definition instance version statistics search filter. */
export interface ProcessDefinitionInstanceVersionStatisticsFilter {
  /** The ID of the process definition to retrieve version statistics for. */
  processDefinitionId: ProcessDefinitionId;
  /** Tenant ID of this process definition. */
  tenantId?: TenantId;
}

/** Request body of `getProcessDefinitionInstanceVersionStatistics`. */
export interface ProcessDefinitionInstanceVersionStatisticsQuery {
  /** Pagination criteria. */
  page?: OffsetPagination;
  /** Sort field criteria. */
  sort?: ProcessDefinitionInstanceVersionStatisticsQuerySortRequest[];
  /** The process definition instance version statistics search filters. */
  filter: ProcessDefinitionInstanceVersionStatisticsFilter;
}

/** Success payload of `getProcessDefinitionInstanceVersionStatistics`. */
export interface ProcessDefinitionInstanceVersionStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The process definition instance version statistics result. */
  items: ProcessDefinitionInstanceVersionStatisticsResult[];
}

/** The `ProcessDefinitionInstanceVersionStatisticsQuerySortRequest` schema. */
export interface ProcessDefinitionInstanceVersionStatisticsQuerySortRequest {
  /** The field to sort by. */
  field: ProcessDefinitionInstanceVersionStatisticsQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Process definition instance version statistics response. */
export interface ProcessDefinitionInstanceVersionStatisticsResult {
  /** The ID associated with the process definition. */
  processDefinitionId: ProcessDefinitionId;
  /** The unique key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The name of the process definition. */
  processDefinitionName: string | null;
  /** The tenant ID associated with the process definition. */
  tenantId: TenantId;
  /** The version number of the process definition. */
  processDefinitionVersion: number;
  /** The number of active process instances for this version that currently have incidents. */
  activeInstancesWithIncidentCount: number;
  /** The number of active process instances for this version that do not have any incidents. */
  activeInstancesWithoutIncidentCount: number;
}

/** Matches the value exactly. */
export type ProcessDefinitionKeyExactMatch = ProcessDefinitionKey;

/** ProcessDefinitionKey property with full advanced search capabilities. */
export type ProcessDefinitionKeyFilterProperty =
  | ProcessDefinitionKeyExactMatch
  | AdvancedProcessDefinitionKeyFilter;

/** Request body of `getProcessDefinitionMessageSubscriptionStatistics`. */
export interface ProcessDefinitionMessageSubscriptionStatisticsQuery {
  /** Search cursor pagination. */
  page?: CursorForwardPagination;
  /** The message subscription filters. */
  filter?: MessageSubscriptionFilter;
}

/** Success payload of `getProcessDefinitionMessageSubscriptionStatistics`. */
export interface ProcessDefinitionMessageSubscriptionStatisticsQueryResult {
  page: SearchQueryPageResponse;
  /** The matching process definition message subscription statistics. */
  items: ProcessDefinitionMessageSubscriptionStatisticsResult[];
}

/** The `ProcessDefinitionMessageSubscriptionStatisticsResult` schema. */
export interface ProcessDefinitionMessageSubscriptionStatisticsResult {
  /** The process definition ID associated with this message subscription. */
  processDefinitionId: ProcessDefinitionId;
  /** The tenant ID associated with this message subscription. */
  tenantId: TenantId;
  /** The process definition key associated with this message subscription. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The number of process instances with active message subscriptions. */
  processInstancesWithActiveSubscriptions: number;
  /** The total number of active message subscriptions for this process definition key. */
  activeSubscriptions: number;
}

/** Success payload of `getProcessDefinition`. */
export interface ProcessDefinitionResult {
  /** Name of this process definition. */
  name: string | null;
  /** Resource name for this process definition. */
  resourceName: string;
  /** Version of this process definition. */
  version: number;
  /** Version tag of this process definition. */
  versionTag: string | null;
  /** Process definition ID of this process definition. */
  processDefinitionId: ProcessDefinitionId;
  /** Tenant ID of this process definition. */
  tenantId: TenantId;
  /** The key for this process definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** Indicates whether the start event of the process has an associated Form Key. */
  hasStartForm: boolean;
  /**
   * The state of this process definition.
   * `DRAINING` indicates the definition is being deleted but still has active process
   * instances draining before it is removed.
   */
  state: ProcessDefinitionResultState;
}

/** Request body of `searchProcessDefinitions`. */
export interface ProcessDefinitionSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: ProcessDefinitionSearchQuerySortRequest[];
  /** The process definition search filters. */
  filter?: ProcessDefinitionFilter;
}

/** Success payload of `searchProcessDefinitions`. */
export interface ProcessDefinitionSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching process definitions. */
  items: ProcessDefinitionResult[];
}

/** The `ProcessDefinitionSearchQuerySortRequest` schema. */
export interface ProcessDefinitionSearchQuerySortRequest {
  /** The field to sort by. */
  field: ProcessDefinitionSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Process definition statistics search filter. */
export interface ProcessDefinitionStatisticsFilter {
  /** The start date. */
  startDate?: DateTimeFilterProperty;
  /** The end date. */
  endDate?: DateTimeFilterProperty;
  /** The process instance state. */
  state?: ProcessInstanceStateFilterProperty;
  /** Whether this process instance has a related incident or not. */
  hasIncident?: boolean;
  /**
   * The time this process instance most recently entered the SUSPENDED state.
   * This is cleared (null) again once the process instance is resumed.
   */
  suspendedDate?: DateTimeFilterProperty;
  /** The tenant id. */
  tenantId?: StringFilterProperty;
  /** The process instance variables. */
  variables?: VariableValueFilterProperty[];
  /** The key of this process instance. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent process instance key. */
  parentProcessInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent element instance key. */
  parentElementInstanceKey?: ElementInstanceKeyFilterProperty;
  /**
   * The batch operation id.
   * **Deprecated**: Use `batchOperationKey` instead. This field will be removed in a future release. If both `batchOperationId` and `batchOperationKey` are provided, the request will be rejected with a 400 error.
   *
   * @deprecated
   */
  batchOperationId?: StringFilterProperty;
  /** The batch operation key. */
  batchOperationKey?: StringFilterProperty;
  /** The error message related to the process. */
  errorMessage?: StringFilterProperty;
  /** Whether the process has failed jobs with retries left. */
  hasRetriesLeft?: boolean;
  /** The state of the element instances associated with the process instance. */
  elementInstanceState?: ElementInstanceStateFilterProperty;
  /** The element id associated with the process instance. */
  elementId?: StringFilterProperty;
  /** Whether the element instance has an incident or not. */
  hasElementInstanceIncident?: boolean;
  /** The incident error hash code, associated with this process. */
  incidentErrorHashCode?: IntegerFilterProperty;
  tags?: TagSet;
  /** The business id associated with the process instance. */
  businessId?: StringFilterProperty;
  /**
   * Defines a list of alternative filter groups combined using OR logic. Each object in the array is evaluated independently, and the filter matches if any one of them is satisfied.
   *
   * Top-level fields and the `$or` clause are combined using AND logic — meaning: (top-level filters) AND (any of the `$or` filters) must match.
   * <br>
   * <em>Example:</em>
   *
   * ```json
   * {
   *   "state": "ACTIVE",
   *   "tenantId": 123,
   *   "$or": [
   *     { "processDefinitionId": "process_v1" },
   *     { "processDefinitionId": "process_v2", "hasIncident": true }
   *   ]
   * }
   * ```
   * This matches process instances that:
   *
   * <ul style="padding-left: 20px; margin-left: 20px;">
   *   <li style="list-style-type: disc;">are in <em>ACTIVE</em> state</li>
   *   <li style="list-style-type: disc;">have tenant id equal to <em>123</em></li>
   *   <li style="list-style-type: disc;">and match either:
   *     <ul style="padding-left: 20px; margin-left: 20px;">
   *       <li style="list-style-type: circle;"><code>processDefinitionId</code> is <em>process_v1</em>, or</li>
   *       <li style="list-style-type: circle;"><code>processDefinitionId</code> is <em>process_v2</em> and <code>hasIncident</code> is <em>true</em></li>
   *     </ul>
   *   </li>
   * </ul>
   * <br>
   * <p>Note: Using complex <code>$or</code> conditions may impact performance, use with caution in high-volume environments.
   */
  $or?: BaseProcessInstanceFilterFields[];
}

/** Process definition variable name filter request. */
export interface ProcessDefinitionVariableNameFilter {
  /** The variable name search filter. */
  name?: StringFilterProperty;
}

/** Process definition variable name search query request. */
export interface ProcessDefinitionVariableNameSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** The process definition variable name search filters. */
  filter?: ProcessDefinitionVariableNameFilter;
}

/** Process definition variable name search query response. */
export interface ProcessDefinitionVariableNameSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching variable names. */
  items: ProcessDefinitionVariableNameSearchResult[];
}

/** Process definition variable name search response item. */
export interface ProcessDefinitionVariableNameSearchResult {
  /** The variable name. */
  name: string;
}

/** Process element statistics response. */
export interface ProcessElementStatisticsResult {
  /** The element ID for which the results are aggregated. */
  elementId: ElementId;
  /** The total number of active instances of the element. */
  active: number;
  /** The total number of canceled instances of the element. */
  canceled: number;
  /** The total number of incidents for the element. */
  incidents: number;
  /** The total number of completed instances of the element. */
  completed: number;
}

/** The instruction describing the business id to assign to a running process instance. */
export interface ProcessInstanceBusinessIdAssignmentInstruction {
  businessId: BusinessId;
}

/** The `ProcessInstanceCallHierarchyEntry` schema. */
export interface ProcessInstanceCallHierarchyEntry {
  /** The key of the process instance. */
  processInstanceKey: ProcessInstanceKey;
  /** The key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The name of the process definition (fall backs to the process definition id if not available). */
  processDefinitionName: string;
}

/** The process instance filter that defines which process instances should be canceled. */
export interface ProcessInstanceCancellationBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  operationReference?: OperationReference;
}

/**
 * Instructions for creating a process instance. The process definition can be specified
 * either by id or by key.
 */
export type ProcessInstanceCreationInstruction =
  | ProcessInstanceCreationInstructionByKey
  | ProcessInstanceCreationInstructionById;

/** Process creation by id */
export interface ProcessInstanceCreationInstructionById {
  /** The BPMN process id of the process definition to start an instance of. */
  processDefinitionId: ProcessDefinitionId;
  /**
   * The version of the process. By default, the latest version of the process is used.
   *
   * @defaultValue `-1`
   */
  processDefinitionVersion?: number;
  /**
   * JSON object that will instantiate the variables for the root variable scope
   * of the process instance.
   */
  variables?: Record<string, unknown>;
  /**
   * The tenant id of the process definition.
   * If multi-tenancy is enabled, provide the tenant id of the process definition to start a
   * process instance of. If multi-tenancy is disabled, don't provide this parameter.
   */
  tenantId?: TenantId;
  operationReference?: OperationReference;
  /**
   * List of start instructions. By default, the process instance will start at
   * the start event. If provided, the process instance will apply start instructions
   * after it has been created.
   */
  startInstructions?: ProcessInstanceCreationStartInstruction[];
  /**
   * Runtime instructions (alpha). List of instructions that affect the runtime behavior of
   * the process instance. Refer to specific instruction types for more details.
   *
   * This parameter is an alpha feature and may be subject to change
   * in future releases.
   */
  runtimeInstructions?: ProcessInstanceCreationRuntimeInstruction[];
  /**
   * Wait for the process instance to complete. If the process instance does not complete
   * within the request timeout limit, a 504 response status will be returned. The process
   * instance will continue to run in the background regardless of the timeout. Disabled by
   * default.
   *
   * @defaultValue `false`
   */
  awaitCompletion?: boolean;
  /**
   * List of variables by name to be included in the response when awaitCompletion is set to true.
   * If empty, all visible variables in the root scope will be returned.
   */
  fetchVariables?: string[];
  /**
   * Timeout (in ms) the request waits for the process to complete. By default or
   * when set to 0, the generic request timeout configured in the cluster is applied.
   *
   * @defaultValue `0`
   */
  requestTimeout?: number;
  tags?: TagSet;
  businessId?: BusinessId;
}

/** Process creation by key */
export interface ProcessInstanceCreationInstructionByKey {
  /**
   * The unique key identifying the process definition, for example, returned for a process in the
   * deploy resources endpoint.
   */
  processDefinitionKey: ProcessDefinitionKey;
  /**
   * As the version is already identified by the `processDefinitionKey`, the value of this field is ignored.
   * It's here for backwards-compatibility only as previous releases accepted it in request bodies.
   *
   * @defaultValue `-1`
   */
  processDefinitionVersion?: number;
  /**
   * Set of variables as JSON object to instantiate in the root variable scope of the process
   * instance. Can include nested complex objects.
   */
  variables?: Record<string, unknown>;
  /**
   * List of start instructions. By default, the process instance will start at
   * the start event. If provided, the process instance will apply start instructions
   * after it has been created.
   */
  startInstructions?: ProcessInstanceCreationStartInstruction[];
  /**
   * Runtime instructions (alpha). List of instructions that affect the runtime behavior of
   * the process instance. Refer to specific instruction types for more details.
   *
   * This parameter is an alpha feature and may be subject to change
   * in future releases.
   */
  runtimeInstructions?: ProcessInstanceCreationRuntimeInstruction[];
  /**
   * The tenant id of the process definition.
   * If multi-tenancy is enabled, provide the tenant id of the process definition to start a
   * process instance of. If multi-tenancy is disabled, don't provide this parameter.
   */
  tenantId?: TenantId;
  operationReference?: OperationReference;
  /**
   * Wait for the process instance to complete. If the process instance does not complete
   * within the request timeout limit, a 504 response status will be returned. The process
   * instance will continue to run in the background regardless of the timeout. Disabled by
   * default.
   *
   * @defaultValue `false`
   */
  awaitCompletion?: boolean;
  /**
   * Timeout (in ms) the request waits for the process to complete. By default or
   * when set to 0, the generic request timeout configured in the cluster is applied.
   *
   * @defaultValue `0`
   */
  requestTimeout?: number;
  /**
   * List of variables by name to be included in the response when awaitCompletion is set to true.
   * If empty, all visible variables in the root scope will be returned.
   */
  fetchVariables?: string[];
  tags?: TagSet;
  businessId?: BusinessId;
}

/** The `ProcessInstanceCreationRuntimeInstruction` schema. */
export type ProcessInstanceCreationRuntimeInstruction = ProcessInstanceCreationTerminateInstruction;

/** The `ProcessInstanceCreationStartInstruction` schema. */
export interface ProcessInstanceCreationStartInstruction {
  /**
   * Future extensions might include:
   *   - different types of start instructions
   *   - ability to set local variables for different flow scopes
   *
   * For now, however, the start instruction is implicitly a "startBeforeElement" instruction
   */
  elementId: ElementId;
}

/** Terminates the process instance after a specific BPMN element is completed or terminated. */
export interface ProcessInstanceCreationTerminateInstruction {
  /** The type of the runtime instruction */
  type?: 'TERMINATE_PROCESS_INSTANCE';
  /** The id of the element that, once completed or terminated, will cause the process to be terminated. */
  afterElementId: ElementId;
}

/** The process instance filter that defines which process instances should be deleted. */
export interface ProcessInstanceDeletionBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  operationReference?: OperationReference;
}

/** Process instance element statistics query response. */
export interface ProcessInstanceElementStatisticsQueryResult {
  /** The element statistics. */
  items: ProcessElementStatisticsResult[];
}

/** Process instance search filter. */
export interface ProcessInstanceFilter {
  /** The start date. */
  startDate?: DateTimeFilterProperty;
  /** The end date. */
  endDate?: DateTimeFilterProperty;
  /** The process instance state. */
  state?: ProcessInstanceStateFilterProperty;
  /** Whether this process instance has a related incident or not. */
  hasIncident?: boolean;
  /**
   * The time this process instance most recently entered the SUSPENDED state.
   * This is cleared (null) again once the process instance is resumed.
   */
  suspendedDate?: DateTimeFilterProperty;
  /** The tenant id. */
  tenantId?: StringFilterProperty;
  /** The process instance variables. */
  variables?: VariableValueFilterProperty[];
  /** The key of this process instance. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent process instance key. */
  parentProcessInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent element instance key. */
  parentElementInstanceKey?: ElementInstanceKeyFilterProperty;
  /**
   * The batch operation id.
   * **Deprecated**: Use `batchOperationKey` instead. This field will be removed in a future release. If both `batchOperationId` and `batchOperationKey` are provided, the request will be rejected with a 400 error.
   *
   * @deprecated
   */
  batchOperationId?: StringFilterProperty;
  /** The batch operation key. */
  batchOperationKey?: StringFilterProperty;
  /** The error message related to the process. */
  errorMessage?: StringFilterProperty;
  /** Whether the process has failed jobs with retries left. */
  hasRetriesLeft?: boolean;
  /** The state of the element instances associated with the process instance. */
  elementInstanceState?: ElementInstanceStateFilterProperty;
  /** The element id associated with the process instance. */
  elementId?: StringFilterProperty;
  /** Whether the element instance has an incident or not. */
  hasElementInstanceIncident?: boolean;
  /** The incident error hash code, associated with this process. */
  incidentErrorHashCode?: IntegerFilterProperty;
  tags?: TagSet;
  /** The business id associated with the process instance. */
  businessId?: StringFilterProperty;
  /** The process definition id. */
  processDefinitionId?: StringFilterProperty;
  /** The process definition name. */
  processDefinitionName?: StringFilterProperty;
  /** The process definition version. */
  processDefinitionVersion?: IntegerFilterProperty;
  /** The process definition version tag. */
  processDefinitionVersionTag?: StringFilterProperty;
  /** The process definition key. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /**
   * Defines a list of alternative filter groups combined using OR logic. Each object in the array is evaluated independently, and the filter matches if any one of them is satisfied.
   *
   * Top-level fields and the `$or` clause are combined using AND logic — meaning: (top-level filters) AND (any of the `$or` filters) must match.
   * <br>
   * <em>Example:</em>
   *
   * ```json
   * {
   *   "state": "ACTIVE",
   *   "tenantId": 123,
   *   "$or": [
   *     { "processDefinitionId": "process_v1" },
   *     { "processDefinitionId": "process_v2", "hasIncident": true }
   *   ]
   * }
   * ```
   * This matches process instances that:
   *
   * <ul style="padding-left: 20px; margin-left: 20px;">
   *   <li style="list-style-type: disc;">are in <em>ACTIVE</em> state</li>
   *   <li style="list-style-type: disc;">have tenant id equal to <em>123</em></li>
   *   <li style="list-style-type: disc;">and match either:
   *     <ul style="padding-left: 20px; margin-left: 20px;">
   *       <li style="list-style-type: circle;"><code>processDefinitionId</code> is <em>process_v1</em>, or</li>
   *       <li style="list-style-type: circle;"><code>processDefinitionId</code> is <em>process_v2</em> and <code>hasIncident</code> is <em>true</em></li>
   *     </ul>
   *   </li>
   * </ul>
   * <br>
   * <p>Note: Using complex <code>$or</code> conditions may impact performance, use with caution in high-volume environments.
   */
  $or?: ProcessInstanceFilterFields[];
}

/** Process instance search filter. */
export interface ProcessInstanceFilterFields {
  /** The start date. */
  startDate?: DateTimeFilterProperty;
  /** The end date. */
  endDate?: DateTimeFilterProperty;
  /** The process instance state. */
  state?: ProcessInstanceStateFilterProperty;
  /** Whether this process instance has a related incident or not. */
  hasIncident?: boolean;
  /**
   * The time this process instance most recently entered the SUSPENDED state.
   * This is cleared (null) again once the process instance is resumed.
   */
  suspendedDate?: DateTimeFilterProperty;
  /** The tenant id. */
  tenantId?: StringFilterProperty;
  /** The process instance variables. */
  variables?: VariableValueFilterProperty[];
  /** The key of this process instance. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent process instance key. */
  parentProcessInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The parent element instance key. */
  parentElementInstanceKey?: ElementInstanceKeyFilterProperty;
  /**
   * The batch operation id.
   * **Deprecated**: Use `batchOperationKey` instead. This field will be removed in a future release. If both `batchOperationId` and `batchOperationKey` are provided, the request will be rejected with a 400 error.
   *
   * @deprecated
   */
  batchOperationId?: StringFilterProperty;
  /** The batch operation key. */
  batchOperationKey?: StringFilterProperty;
  /** The error message related to the process. */
  errorMessage?: StringFilterProperty;
  /** Whether the process has failed jobs with retries left. */
  hasRetriesLeft?: boolean;
  /** The state of the element instances associated with the process instance. */
  elementInstanceState?: ElementInstanceStateFilterProperty;
  /** The element id associated with the process instance. */
  elementId?: StringFilterProperty;
  /** Whether the element instance has an incident or not. */
  hasElementInstanceIncident?: boolean;
  /** The incident error hash code, associated with this process. */
  incidentErrorHashCode?: IntegerFilterProperty;
  tags?: TagSet;
  /** The business id associated with the process instance. */
  businessId?: StringFilterProperty;
  /** The process definition id. */
  processDefinitionId?: StringFilterProperty;
  /** The process definition name. */
  processDefinitionName?: StringFilterProperty;
  /** The process definition version. */
  processDefinitionVersion?: IntegerFilterProperty;
  /** The process definition version tag. */
  processDefinitionVersionTag?: StringFilterProperty;
  /** The process definition key. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
}

/** The process instance filter that defines which process instances should have their incidents resolved. */
export interface ProcessInstanceIncidentResolutionBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  operationReference?: OperationReference;
}

/** Matches the value exactly. */
export type ProcessInstanceKeyExactMatch = ProcessInstanceKey;

/** ProcessInstanceKey property with full advanced search capabilities. */
export type ProcessInstanceKeyFilterProperty =
  | ProcessInstanceKeyExactMatch
  | AdvancedProcessInstanceKeyFilter;

/**
 * The migration instructions describe how to migrate a process instance from one process definition to another.
 */
export interface ProcessInstanceMigrationBatchOperationPlan {
  /** The target process definition key. */
  targetProcessDefinitionKey: ProcessDefinitionKey;
  /** The mapping instructions. */
  mappingInstructions: MigrateProcessInstanceMappingInstruction[];
}

/** Request body of `migrateProcessInstancesBatchOperation`. */
export interface ProcessInstanceMigrationBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  /** The migration plan. */
  migrationPlan: ProcessInstanceMigrationBatchOperationPlan;
  operationReference?: OperationReference;
}

/**
 * The migration instructions describe how to migrate a process instance from one process definition to another.
 */
export interface ProcessInstanceMigrationInstruction {
  /** The key of process definition to migrate the process instance to. */
  targetProcessDefinitionKey: ProcessDefinitionKey;
  /** Element mappings from the source process instance to the target process instance. */
  mappingInstructions: MigrateProcessInstanceMappingInstruction[];
  operationReference?: OperationReference;
}

/** Instruction describing an element to activate. */
export interface ProcessInstanceModificationActivateInstruction {
  /** The id of the element to activate. */
  elementId: ElementId;
  /** Instructions describing which variables to create or update. */
  variableInstructions?: ModifyProcessInstanceVariableInstruction[];
  /**
   * The key of the ancestor scope the element instance should be created in.
   * Set to -1 to create the new element instance within an existing element instance of the
   * flow scope. If multiple instances of the target element's flow scope exist, choose one
   * specifically with this property by providing its key.
   */
  ancestorElementInstanceKey?: ElementInstanceKey;
}

/**
 * The process instance filter to define on which process instances tokens should be moved,
 * and new element instances should be activated or terminated.
 */
export interface ProcessInstanceModificationBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  /** Instructions for moving tokens between elements. */
  moveInstructions: ProcessInstanceModificationMoveBatchOperationInstruction[];
  operationReference?: OperationReference;
}

/** Request body of `modifyProcessInstance`. */
export interface ProcessInstanceModificationInstruction {
  operationReference?: OperationReference;
  /**
   * Instructions describing which elements to activate in which scopes and which variables to create or update.
   */
  activateInstructions?: ProcessInstanceModificationActivateInstruction[];
  /** Instructions describing which elements to move from one scope to another. */
  moveInstructions?: ProcessInstanceModificationMoveInstruction[];
  /** Instructions describing which elements to terminate. */
  terminateInstructions?: ProcessInstanceModificationTerminateInstruction[];
}

/**
 * Instructions describing a move operation. This instruction will terminate all active
 * element instances at `sourceElementId` and activate a new element instance for each
 * terminated one at `targetElementId`. The new element instances are created in the parent
 * scope of the source element instances.
 */
export interface ProcessInstanceModificationMoveBatchOperationInstruction {
  /** The source element ID. */
  sourceElementId: ElementId;
  /** The target element ID. */
  targetElementId: ElementId;
}

/**
 * Instruction describing a move operation. This instruction will terminate active element
 * instances based on the sourceElementInstruction and activate a new element instance for each terminated
 * one at targetElementId. Note that, for multi-instance activities, only the multi-instance
 * body instances will activate new element instances at the target id.
 */
export interface ProcessInstanceModificationMoveInstruction {
  sourceElementInstruction: SourceElementInstruction;
  /** The target element id. */
  targetElementId: ElementId;
  ancestorScopeInstruction?: AncestorScopeInstruction;
  /** Instructions describing which variables to create or update. */
  variableInstructions?: ModifyProcessInstanceVariableInstruction[];
}

/**
 * Instruction describing which elements to terminate. The element instances are determined
 * at runtime by the given id.
 */
export interface ProcessInstanceModificationTerminateByIdInstruction {
  /** The id of the elements to terminate. The element instances are determined at runtime. */
  elementId: ElementId;
}

/** Instruction providing the key of the element instance to terminate. */
export interface ProcessInstanceModificationTerminateByKeyInstruction {
  /** The key of the element instance to terminate. */
  elementInstanceKey: ElementInstanceKey;
}

/** Instruction describing which elements to terminate. */
export type ProcessInstanceModificationTerminateInstruction =
  | ProcessInstanceModificationTerminateByIdInstruction
  | ProcessInstanceModificationTerminateByKeyInstruction;

/** The `ProcessInstanceReference` schema. */
export interface ProcessInstanceReference {
  /** The key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The key of the created process instance. */
  processInstanceKey: ProcessInstanceKey;
}

/** Process instance search response item. */
export interface ProcessInstanceResult {
  processDefinitionId: ProcessDefinitionId;
  /** The process definition name. */
  processDefinitionName: string | null;
  /** The process definition version. */
  processDefinitionVersion: number;
  /** The process definition version tag. */
  processDefinitionVersionTag: string | null;
  /** The start time of the process instance. */
  startDate: string;
  /** The completion or termination time of the process instance. */
  endDate: string | null;
  state: ProcessInstanceStateEnum;
  /**
   * The time this process instance most recently entered the `SUSPENDED` state.
   * This is `null` if the process instance is not currently suspended.
   */
  suspendedDate: string | null;
  /** Whether this process instance has a related incident or not. */
  hasIncident: boolean;
  tenantId: TenantId;
  /** The key of this process instance. */
  processInstanceKey: ProcessInstanceKey;
  /** The process definition key. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The parent process instance key. */
  parentProcessInstanceKey: ProcessInstanceKey | null;
  /** The parent element instance key. */
  parentElementInstanceKey: ElementInstanceKey | null;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  tags: TagSet;
  /** The business id associated with this process instance. */
  businessId: BusinessId | null;
}

/** The process instance filter that defines which process instances should be resumed. */
export interface ProcessInstanceResumptionBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  operationReference?: OperationReference;
}

/** Process instance search request. */
export interface ProcessInstanceSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: ProcessInstanceSearchQuerySortRequest[];
  /** The process instance search filters. */
  filter?: ProcessInstanceFilter;
}

/** Process instance search response. */
export interface ProcessInstanceSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching process instances. */
  items: ProcessInstanceResult[];
}

/** The `ProcessInstanceSearchQuerySortRequest` schema. */
export interface ProcessInstanceSearchQuerySortRequest {
  /** The field to sort by. */
  field: ProcessInstanceSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Process instance sequence flow result. */
export interface ProcessInstanceSequenceFlowResult {
  /** The sequence flow id. */
  sequenceFlowId: string;
  /** The key of this process instance. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** The process definition key. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The process definition id. */
  processDefinitionId: ProcessDefinitionId;
  /** The element id for this sequence flow, as provided in the BPMN process. */
  elementId: ElementId;
  tenantId: TenantId;
}

/** Process instance sequence flows query response. */
export interface ProcessInstanceSequenceFlowsQueryResult {
  /** The sequence flows. */
  items: ProcessInstanceSequenceFlowResult[];
}

/** Matches the value exactly. */
export type ProcessInstanceStateExactMatch = ProcessInstanceStateEnum;

/** ProcessInstanceStateEnum property with full advanced search capabilities. */
export type ProcessInstanceStateFilterProperty =
  | ProcessInstanceStateExactMatch
  | AdvancedProcessInstanceStateFilter;

/** The process instance filter that defines which process instances should be suspended. */
export interface ProcessInstanceSuspensionBatchOperationRequest {
  /** The process instance filter. */
  filter: ProcessInstanceFilter;
  operationReference?: OperationReference;
}

/** Process instance wait state statistics query response. */
export interface ProcessInstanceWaitStateStatisticsQueryResult {
  /** The wait state statistics. */
  items: ProcessInstanceWaitStateStatisticsResult[];
}

/** Process instance wait state statistics response item. */
export interface ProcessInstanceWaitStateStatisticsResult {
  /** The element id for which the wait states are aggregated. */
  elementId: ElementId;
  /** The total number of waiting instances of the element. */
  waitingCount: number;
}

/** The `ResolvedSecret` schema. */
export interface ResolvedSecret {
  /** The resolved secret reference of the form `camunda.secrets.<name>`. */
  reference: string;
  /** The resolved secret value. */
  value: string;
}

/** Resource search filter. */
export interface ResourceFilter {
  /** The key for this resource. */
  resourceKey?: ResourceKeyFilterProperty;
  /** Resource name of this resource. */
  resourceName?: StringFilterProperty;
  /** Resource ID of this resource. */
  resourceId?: StringFilterProperty;
  /** Version of this resource. */
  version?: IntegerFilterProperty;
  /** Version tag of this resource. */
  versionTag?: StringFilterProperty;
  /** Deployment key of this resource. */
  deploymentKey?: DeploymentKeyFilterProperty;
  /** Tenant ID of this resource. */
  tenantId?: TenantId;
}

/** The system-assigned key for this resource. */
export type ResourceKey = ProcessDefinitionKey | DecisionRequirementsKey | FormKey | DecisionDefinitionKey;

/** Matches the value exactly. */
export type ResourceKeyExactMatch = ResourceKey;

/** ResourceKey property with full advanced search capabilities. */
export type ResourceKeyFilterProperty = ResourceKeyExactMatch | AdvancedResourceKeyFilter;

/** Success payload of `getResource`. */
export interface ResourceResult {
  /** The resource name from which this resource was parsed. */
  resourceName: string;
  /** The assigned resource version. */
  version: number;
  /** The version tag of this resource. */
  versionTag: string | null;
  /** The resource ID of this resource. */
  resourceId: string;
  /** The tenant ID of this resource. */
  tenantId: TenantId;
  /** The unique key of this resource. */
  resourceKey: ResourceKey;
}

/** Request body of `searchResources`. */
export interface ResourceSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: ResourceSearchQuerySortRequest[];
  /** The resource search filters. */
  filter?: ResourceFilter;
}

/** Success payload of `searchResources`. */
export interface ResourceSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching resources. */
  items: ResourceResult[];
}

/** The `ResourceSearchQuerySortRequest` schema. */
export interface ResourceSearchQuerySortRequest {
  /** The field to sort by. */
  field: ResourceSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** The restore status of a single broker. */
export interface RestoreBrokerStatus {
  /** The ID of the broker, including its zone if it belongs to one. */
  brokerId: string;
  /** The number of the broker's partitions that have been restored so far. */
  partitionsRestored: number;
  /** The total number of the broker's partitions to restore. */
  partitionsToRestore: number;
  /** The per-partition restore status for this broker. */
  partitions: RestorePartitionStatus[];
}

/** The restore status of a single partition on a broker. */
export interface RestorePartitionStatus {
  /** The ID of the partition. */
  partitionId: number;
  /** The restore state of the partition. */
  state: RestorePartitionStatusState;
  /** The IDs of the backups this partition is restored from. */
  backupIds: number[];
  /**
   * The time the partition was restored, as an ISO 8601 timestamp; null unless the partition state is `RESTORED`.
   */
  completedAt: string | null;
}

/**
 * Describes a restore request. Provide either a list of backup IDs or a time range (`from`/`to`) that selects the backups to restore; the two are mutually exclusive.
 */
export interface RestoreRequest {
  /** The start of the time range to restore from, as an ISO 8601 timestamp. */
  from?: string | null;
  /** The end of the time range to restore from, as an ISO 8601 timestamp. */
  to?: string | null;
  /** The IDs of the backups to restore from, one per partition. */
  backupIds?: number[] | null;
}

/** The status of the restore that is currently in progress. */
export interface RestoreStatusResponse {
  /** The overall status of the restore. */
  status: RestoreStatusResponseStatus;
  /** The ID of the cluster change that performs the restore. */
  changeId: string;
  /** The time the restore started, as an ISO 8601 timestamp. */
  startedAt: string | null;
  /** The per-broker restore status. */
  brokers: RestoreBrokerStatus[];
}

/**
 * Request body of `resumeProcessInstance`.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface ResumeProcessInstanceRequest {
  operationReference?: OperationReference;
}

/** The `RoleClientResult` schema. */
export interface RoleClientResult {
  /** The ID of the client. */
  clientId: ClientId;
}

/** Request body of `searchClientsForRole`. */
export interface RoleClientSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: RoleClientSearchQuerySortRequest[];
}

/** The `RoleClientSearchQuerySortRequest` schema. */
export interface RoleClientSearchQuerySortRequest {
  /** The field to sort by. */
  field: RoleClientSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchClientsForRole`. */
export interface RoleClientSearchResult {
  page: SearchQueryPageResponse;
  /** The matching clients. */
  items: RoleClientResult[];
}

/** Request body of `createRole`. */
export interface RoleCreateRequest {
  /** The ID of the new role. */
  roleId: RoleId;
  /** The display name of the new role. */
  name: string;
  /** The description of the new role. */
  description?: string;
}

/** Success payload of `createRole`. */
export interface RoleCreateResult {
  /** The ID of the created role. */
  roleId: RoleId;
  /** The display name of the created role. */
  name: string;
  /** The description of the created role. */
  description: string | null;
}

/** Role filter request */
export interface RoleFilter {
  /** The role ID search filters. */
  roleId?: RoleId;
  /** The role name search filters. */
  name?: string;
}

/** The `RoleGroupResult` schema. */
export interface RoleGroupResult {
  /** The id of the group. */
  groupId: GroupId;
}

/** Request body of `searchGroupsForRole`. */
export interface RoleGroupSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: RoleGroupSearchQuerySortRequest[];
}

/** The `RoleGroupSearchQuerySortRequest` schema. */
export interface RoleGroupSearchQuerySortRequest {
  /** The field to sort by. */
  field: RoleGroupSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchGroupsForRole`. */
export interface RoleGroupSearchResult {
  page: SearchQueryPageResponse;
  /** The matching groups. */
  items: RoleGroupResult[];
}

/** Success payload of `searchMappingRulesForRole`. */
export interface RoleMappingRuleSearchResult {
  page: SearchQueryPageResponse;
  /** The matching mapping rules. */
  items: MappingRuleResult[];
}

/** Role search response item. */
export interface RoleResult {
  /** The role name. */
  name: string;
  /** The role id. */
  roleId: RoleId;
  /** The description of the role. */
  description: string | null;
}

/** Role search request. */
export interface RoleSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: RoleSearchQuerySortRequest[];
  /** The role search filters. */
  filter?: RoleFilter;
}

/** Role search response. */
export interface RoleSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching roles. */
  items: RoleResult[];
}

/** The `RoleSearchQuerySortRequest` schema. */
export interface RoleSearchQuerySortRequest {
  /** The field to sort by. */
  field: RoleSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Request body of `updateRole`. */
export interface RoleUpdateRequest {
  /** The display name of the new role. */
  name: string;
  /** The description of the new role. */
  description?: string;
}

/** Success payload of `updateRole`. */
export interface RoleUpdateResult {
  /** The display name of the updated role. */
  name: string;
  /** The description of the updated role. */
  description: string | null;
  /** The ID of the updated role. */
  roleId: RoleId;
}

/** The `RoleUserResult` schema. */
export interface RoleUserResult {
  username: Username;
}

/** Request body of `searchUsersForRole`. */
export interface RoleUserSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: RoleUserSearchQuerySortRequest[];
}

/** The `RoleUserSearchQuerySortRequest` schema. */
export interface RoleUserSearchQuerySortRequest {
  /** The field to sort by. */
  field: RoleUserSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchUsersForRole`. */
export interface RoleUserSearchResult {
  page: SearchQueryPageResponse;
  /** The matching users. */
  items: RoleUserResult[];
}

/** Information about the checkpoint and backup state of the physical tenant. */
export interface RuntimeBackupState {
  /** List of partition checkpoint states. */
  checkpointStates: PartitionCheckpointState[];
  /** List of partition backup states. */
  backupStates: PartitionBackupState[];
  /** List of partition backup ranges. */
  ranges: PartitionBackupRange[];
}

/**
 * System-generated key for a scope. A scope can hold variables and represents either an
 * element instance in a BPMN process or the process instance itself.
 */
export type ScopeKey = ProcessInstanceKey | ElementInstanceKey;

/** Matches the value exactly. */
export type ScopeKeyExactMatch = ScopeKey;

/**
 * ScopeKey property with full advanced search capabilities. Filter by the key of the
 * element instance or process instance that defines the scope of a variable.
 */
export type ScopeKeyFilterProperty = ScopeKeyExactMatch | AdvancedScopeKeyFilter;

/**
 * Pagination criteria. Can use offset-based pagination (from/limit) OR cursor-based pagination (after/before + limit), but not both.
 */
export type SearchQueryPageRequest =
  | LimitPagination
  | OffsetPagination
  | CursorForwardPagination
  | CursorBackwardPagination;

/** Pagination information about the search results. */
export interface SearchQueryPageResponse {
  /** Total items matching the criteria. */
  totalItems: number;
  /**
   * Indicates whether the `totalItems` value has been capped due to system limits. When true, `totalItems` is a lower bound and the actual number of matching items is greater than the reported value.
   */
  hasMoreTotalItems: boolean;
  /**
   * The cursor value for getting the previous page of results. Use this in the `before` field of an ensuing request.
   */
  startCursor: StartCursor | null;
  /**
   * The cursor value for getting the next page of results. Use this in the `after` field of an ensuing request.
   */
  endCursor: EndCursor | null;
}

/** The `SearchQueryRequest` schema. */
export interface SearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
}

/** The `SearchQueryResponse` schema. */
export interface SearchQueryResponse {
  page: SearchQueryPageResponse;
}

/**
 * Reserved for future filtering options. Currently takes no properties. The request body is
 * optional: omitting it (or sending an empty object) applies no filters.
 */
export type SecretListRequest = Record<string, never>;

/**
 * The secret references the caller is authorized to see.
 *
 * Unbounded for now: the response carries the configured stores' full enumeration for the
 * physical tenant. Pagination is expected to land here before GA. This is an alpha endpoint,
 * so that is not yet a breaking-contract concern.
 */
export interface SecretListResult {
  /** The secret references, each of the form `camunda.secrets.<name>`. */
  references: string[];
}

/** The `SecretResolutionError` schema. */
export interface SecretResolutionError {
  /** The secret reference that could not be resolved. */
  reference: string;
  code: SecretErrorCode;
  /**
   * A human-readable description of the failure. Never contains the secret value;
   * only error metadata (codes, names) is included.
   */
  message: string;
}

/** Request body of `resolveSecrets`. */
export interface SecretResolveRequest {
  /**
   * The secret references to resolve, each of the form `camunda.secrets.<name>`.
   * Duplicate references are deduplicated by the server and resolved once.
   * At most 20 references may be requested in a single batch.
   */
  references: string[];
}

/** The per-reference outcome of a resolve request. */
export interface SecretResolveResult {
  /** The references that were successfully resolved. */
  resolved: ResolvedSecret[];
  /** The references that could not be resolved, each with a typed error code. */
  errors: SecretResolutionError[];
}

/** Request body of `createElementInstanceVariables`. */
export interface SetVariableRequest {
  /** JSON object representing the variables to set in the element’s scope. */
  variables: Record<string, unknown>;
  /**
   * If set to `true`, the variables are merged strictly into the local scope (as specified
   * by the `elementInstanceKey`). Otherwise, the variables are propagated to upper scopes
   * and set at the outermost one.
   *
   * Let's consider the following example:
   * There are two scopes '1' and '2'. Scope '1' is the parent scope of '2'. The effective
   * variables of the scopes are:
   * 1 => { "foo" : 2 }
   * 2 => { "bar" : 1 }
   *
   * An update request with elementInstanceKey as '2', variables { "foo": 5 }, and local set
   * to `true` leaves scope '1' unchanged and adjusts scope '2' to { "bar": 1, "foo": 5 }. By
   * default, with local set to `false`, scope '1' will be { "foo": 5 } and scope '2' will be
   * { "bar": 1 }.
   *
   * @defaultValue `false`
   */
  local?: boolean;
  operationReference?: OperationReference;
}

/** Request body of `broadcastSignal`. */
export interface SignalBroadcastRequest {
  /** The name of the signal to broadcast. */
  signalName: string;
  /** The signal variables as a JSON object. */
  variables?: Record<string, unknown>;
  /** The ID of the tenant that owns the signal. */
  tenantId?: TenantId;
}

/** Success payload of `broadcastSignal`. */
export interface SignalBroadcastResult {
  /** The tenant ID of the signal that was broadcast. */
  tenantId: TenantId;
  /** The key of the broadcasted signal. */
  signalKey: SignalKey;
}

/** The `SignalWaitStateDetails` schema. */
export interface SignalWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: 'SIGNAL';
  /** The name of the signal being awaited. */
  signalName: string;
}

/**
 * Defines an instruction with a sourceElementId. The move instruction with this sourceType will terminate all active element
 * instances with the sourceElementId and activate a new element instance for each terminated
 * one at targetElementId.
 */
export interface SourceElementIdInstruction {
  /** The type of source element instruction. */
  sourceType: 'byId';
  /** The id of the source element for the move instruction. */
  sourceElementId: ElementId;
}

/**
 * Defines an instruction with a sourceElementInstanceKey. The move instruction with this sourceType will terminate one active element
 * instance with the sourceElementInstanceKey and activate a new element instance at targetElementId.
 */
export interface SourceElementInstanceKeyInstruction {
  /** The type of source element instruction. */
  sourceType: 'byKey';
  /** The source element instance key for the move instruction. */
  sourceElementInstanceKey: ElementInstanceKey;
}

/**
 * Defines the source element identifier for the move instruction. It can either be a sourceElementId, or sourceElementInstanceKey.
 */
export type SourceElementInstruction = SourceElementIdInstruction | SourceElementInstanceKeyInstruction;

/** Metric for a single job status. */
export interface StatusMetric {
  /** Number of jobs in this status. */
  count: number;
  /** ISO 8601 timestamp of the last update for this status. */
  lastUpdatedAt: string | null;
}

/** String property with full advanced search capabilities. */
export type StringFilterProperty = string | AdvancedStringFilter;

/**
 * Request body of `suspendProcessInstance`.
 *
 * The schema is nullable: every reference to this type adds `| null`.
 */
export interface SuspendProcessInstanceRequest {
  operationReference?: OperationReference;
}

/**
 * Envelope for all system configuration sections. Each property
 * represents a feature area.
 */
export interface SystemConfigurationResponse {
  jobMetrics: JobMetricsConfigurationResponse;
  components: ComponentsConfigurationResponse;
  deployment: DeploymentConfigurationResponse;
  authentication: AuthenticationConfigurationResponse;
  cloud: CloudConfigurationResponse;
}

/**
 * List of tags. Tags need to start with a letter; then alphanumerics, `_`, `-`, `:`, or `.`; length ≤ 100.
 */
export type TagSet = Tag[];

/** Request body for taking a history backup. */
export interface TakeHistoryBackupRequest {
  /** The id of the backup to take. */
  backupId: BackupId;
}

/** Response body for taking a history backup. */
export interface TakeHistoryBackupResponse {
  /** The id of the backup that has been scheduled. */
  backupId: BackupId;
  /** The names of the snapshots that have been scheduled for this backup. */
  scheduledSnapshots: string[];
}

/** Request body for taking a runtime backup. */
export interface TakeRuntimeBackupRequest {
  /**
   * The id of the backup to take. Must be omitted if continuous backups and/or a
   * backup or checkpoint schedule is enabled for the physical tenant.
   */
  backupId?: BackupId | null;
}

/** Response body for taking a runtime backup. */
export interface TakeRuntimeBackupResponse {
  /** The id of the backup that has been scheduled. */
  backupId: BackupId;
}

/** The `TenantClientResult` schema. */
export interface TenantClientResult {
  /** The ID of the client. */
  clientId: ClientId;
}

/** Request body of `searchClientsForTenant`. */
export interface TenantClientSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: TenantClientSearchQuerySortRequest[];
}

/** The `TenantClientSearchQuerySortRequest` schema. */
export interface TenantClientSearchQuerySortRequest {
  /** The field to sort by. */
  field: TenantClientSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchClientsForTenant`. */
export interface TenantClientSearchResult {
  page: SearchQueryPageResponse;
  /** The matching clients. */
  items: TenantClientResult[];
}

/** Request body of `createTenant`. */
export interface TenantCreateRequest {
  /**
   * The unique ID for the tenant. Must be 31 characters or less and match
   * `^[\w.-]{1,31}$` (word characters, `.`, `-`). The literal
   * `<default>` is also accepted as the default-tenant alias.
   */
  tenantId: TenantId;
  /** The name of the tenant. */
  name: string;
  /** The description of the tenant. */
  description?: string;
}

/** Success payload of `createTenant`. */
export interface TenantCreateResult {
  /** The unique identifier of the created tenant. */
  tenantId: TenantId;
  /** The name of the tenant. */
  name: string;
  /** The description of the tenant. */
  description: string | null;
}

/** Tenant filter request */
export interface TenantFilter {
  /** The unique identifier of the tenant. */
  tenantId?: TenantId;
  /** The name of the tenant. */
  name?: string;
}

/** The `TenantGroupResult` schema. */
export interface TenantGroupResult {
  /** The group ID. */
  groupId: GroupId;
}

/** Request body of `searchGroupIdsForTenant`. */
export interface TenantGroupSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: TenantGroupSearchQuerySortRequest[];
}

/** The `TenantGroupSearchQuerySortRequest` schema. */
export interface TenantGroupSearchQuerySortRequest {
  /** The field to sort by. */
  field: TenantGroupSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchGroupIdsForTenant`. */
export interface TenantGroupSearchResult {
  page: SearchQueryPageResponse;
  /** The matching groups. */
  items: TenantGroupResult[];
}

/** Success payload of `searchMappingRulesForTenant`. */
export interface TenantMappingRuleSearchResult {
  page: SearchQueryPageResponse;
  /** The matching mapping rules. */
  items: MappingRuleResult[];
}

/** Tenant search response item. */
export interface TenantResult {
  /** The tenant name. */
  name: string;
  /** The unique identifier of the tenant. */
  tenantId: TenantId;
  /** The tenant description. */
  description: string | null;
}

/** Success payload of `searchRolesForTenant`. */
export interface TenantRoleSearchResult {
  page: SearchQueryPageResponse;
  /** The matching roles. */
  items: RoleResult[];
}

/** Tenant search request */
export interface TenantSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: TenantSearchQuerySortRequest[];
  /** The tenant search filters. */
  filter?: TenantFilter;
}

/** Tenant search response. */
export interface TenantSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching tenants. */
  items: TenantResult[];
}

/** The `TenantSearchQuerySortRequest` schema. */
export interface TenantSearchQuerySortRequest {
  /** The field to sort by. */
  field: TenantSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Request body of `updateTenant`. */
export interface TenantUpdateRequest {
  /** The new name of the tenant. */
  name: string;
  /** The new description of the tenant. */
  description?: string;
}

/** Success payload of `updateTenant`. */
export interface TenantUpdateResult {
  /** The unique identifier of the updated tenant. */
  tenantId: TenantId;
  /** The name of the tenant. */
  name: string;
  /** The description of the tenant. */
  description: string | null;
}

/** The `TenantUserResult` schema. */
export interface TenantUserResult {
  username: Username;
}

/** Request body of `searchUsersForTenant`. */
export interface TenantUserSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: TenantUserSearchQuerySortRequest[];
}

/** The `TenantUserSearchQuerySortRequest` schema. */
export interface TenantUserSearchQuerySortRequest {
  /** The field to sort by. */
  field: TenantUserSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchUsersForTenant`. */
export interface TenantUserSearchResult {
  page: SearchQueryPageResponse;
  /** The matching users. */
  items: TenantUserResult[];
}

/** The `TimerWaitStateDetails` schema. */
export interface TimerWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: 'TIMER';
  /** When the timer is due, as a UNIX epoch timestamp in milliseconds. */
  dueDate: number | null;
  /** The number of remaining timer repetitions (-1 for infinite, 0 for non-repeating). */
  repetitions: number | null;
}

/** The response of a topology request. */
export interface TopologyResponse {
  /** A list of brokers that are part of this cluster. */
  brokers: BrokerInfo[];
  /** The cluster Id. */
  clusterId: string | null;
  /** The number of brokers in the cluster. */
  clusterSize: number;
  /** The number of partitions are spread across the cluster. */
  partitionsCount: number;
  /** The configured replication factor for this cluster. */
  replicationFactor: number;
  /** The version of the Zeebe Gateway. */
  gatewayVersion: string;
  /** ID of the last completed change */
  lastCompletedChangeId: string;
}

/** Request body of `updateGlobalClusterVariable`. Request body of `updateTenantClusterVariable`. */
export interface UpdateClusterVariableRequest {
  /**
   * The new value of the cluster variable. Can be any JSON object or primitive value. Will be serialized as a JSON string in responses.
   */
  value: Record<string, unknown>;
  /**
   * A generic key-value metadata bag attached to the cluster variable. Values must be strings or numbers. Limited to 100 entries and a configurable maximum serialized size (default: 100 entries at max key length of a cluster variable name (256 chars) plus the maximum value length, 8192 characters).
   */
  metadata?: Record<string, string | number>;
}

/** Request body of `updateGlobalTaskListener`. */
export interface UpdateGlobalTaskListenerRequest {
  /**
   * The name of the job type, used as a reference to specify which job workers request the respective listener job.
   */
  type: string;
  /** Number of retries for the listener job. */
  retries?: number;
  /** Whether the listener should run after model-level listeners. */
  afterNonGlobal?: boolean;
  /** The priority of the listener. Higher priority listeners are executed before lower priority ones. */
  priority?: number;
  eventTypes: GlobalTaskListenerEventTypes;
}

/** Success payload of `getUsageMetrics`. */
export interface UsageMetricsResponse {
  /** The amount of created root process instances. */
  processInstances: number;
  /** The amount of executed decision instances. */
  decisionInstances: number;
  /** The amount of unique active task users. */
  assignees: number;
  /** The amount of active tenants. */
  activeTenants: number;
  /** The usage metrics by tenants. Only available if request `withTenants` query parameter was `true`. */
  tenants: Record<string, UsageMetricsResponseItem>;
}

/** The `UsageMetricsResponseItem` schema. */
export interface UsageMetricsResponseItem {
  /** The amount of created root process instances. */
  processInstances: number;
  /** The amount of executed decision instances. */
  decisionInstances: number;
  /** The amount of unique active task users. */
  assignees: number;
}

/**
 * Instructs the engine to use the source's direct parent key as the ancestor scope key for the target element. This is a simpler alternative to `inferred` that skips hierarchy traversal and directly uses the source's parent key. This is useful when the source and target elements are siblings within the same flow scope.
 */
export interface UseSourceParentKeyInstruction {
  /** The type of ancestor scope instruction. */
  ancestorScopeType: 'sourceParent';
}

/** Success payload of `createAdminUser`. Success payload of `createUser`. */
export interface UserCreateResult {
  /** The username of the created user. */
  username: Username;
  /** The name of the user. */
  name: string | null;
  /** The email of the user. */
  email: string | null;
}

/** User search filter. */
export interface UserFilter {
  /** The username of the user. */
  username?: StringFilterProperty;
  /** The name of the user. */
  name?: StringFilterProperty;
  /** The email of the user. */
  email?: StringFilterProperty;
}

/** Request body of `createAdminUser`. Request body of `createUser`. */
export interface UserRequest {
  /** The password of the user. */
  password: string;
  /** The username of the new user. */
  username: Username;
  /** The name of the user. */
  name?: string;
  /** The email of the user. */
  email?: string;
}

/** Success payload of `getUser`. */
export interface UserResult {
  /** The username of the user. */
  username: Username;
  /** The name of the user. */
  name: string | null;
  /** The email of the user. */
  email: string | null;
}

/** Request body of `searchUsers`. */
export interface UserSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: UserSearchQuerySortRequest[];
  /** The user search filters. */
  filter?: UserFilter;
}

/** The `UserSearchQuerySortRequest` schema. */
export interface UserSearchQuerySortRequest {
  /** The field to sort by. */
  field: UserSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Success payload of `searchUsers`. */
export interface UserSearchResult {
  page: SearchQueryPageResponse;
  /** The matching users. */
  items: UserResult[];
}

/** Request body of `assignUserTask`. */
export interface UserTaskAssignmentRequest {
  /** The assignee for the user task. The assignee must not be empty or `null`. */
  assignee?: string;
  /**
   * By default, the task is reassigned if it was already assigned. Set this to `false` to return an error in such cases. The task must then first be unassigned to be assigned again. Use this when you have users picking from group task queues to prevent race conditions.
   */
  allowOverride?: boolean | null;
  /**
   * A custom action value that will be accessible from user task events resulting from this endpoint invocation. If not provided, it will default to "assign".
   */
  action?: string | null;
}

/** The user task audit log search filters. */
export interface UserTaskAuditLogFilter {
  /** The audit log operation type search filter. */
  operationType?: OperationTypeFilterProperty;
  /** The audit log result search filter. */
  result?: AuditLogResultFilterProperty;
  /** The audit log timestamp filter. */
  timestamp?: DateTimeFilterProperty;
  /** The actor type search filter. */
  actorType?: AuditLogActorTypeFilterProperty;
  /** The actor ID search filter. */
  actorId?: StringFilterProperty;
}

/** User task search query request. */
export interface UserTaskAuditLogSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: AuditLogSearchQuerySortRequest[];
  filter?: UserTaskAuditLogFilter;
}

/** Request body of `completeUserTask`. */
export interface UserTaskCompletionRequest {
  /** The variables to complete the user task with. */
  variables?: Record<string, unknown> | null;
  /**
   * A custom action value that will be accessible from user task events resulting from this endpoint invocation. If not provided, it will default to "complete".
   */
  action?: string | null;
}

/** User task effective variable search query request. Uses offset-based pagination only. */
export interface UserTaskEffectiveVariableSearchQueryRequest {
  /** Pagination parameters. */
  page?: OffsetPagination;
  /** Sort field criteria. */
  sort?: UserTaskVariableSearchQuerySortRequest[];
  /** The user task variable search filters. */
  filter?: UserTaskVariableFilter;
}

/** User task filter request. */
export interface UserTaskFilter {
  /** The user task state. */
  state?: UserTaskStateFilterProperty;
  /** The assignee of the user task. */
  assignee?: StringFilterProperty;
  /**
   * The business ID of the owning process instance the user task belongs to. This only works for user tasks created with 8.10 and onwards. Tasks from prior versions don't contain this data and cannot be found.
   */
  businessId?: StringFilterProperty;
  /** The priority of the user task. */
  priority?: IntegerFilterProperty;
  /** The element ID of the user task. */
  elementId?: ElementId;
  /**
   * The task name. This only works for data created with 8.8 and onwards. Instances from prior versions don't contain this data and cannot be found.
   */
  name?: StringFilterProperty;
  /** The candidate group for this user task. */
  candidateGroup?: StringFilterProperty;
  /** The candidate user for this user task. */
  candidateUser?: StringFilterProperty;
  /** Tenant ID of this user task. */
  tenantId?: StringFilterProperty;
  /** The ID of the process definition. */
  processDefinitionId?: ProcessDefinitionIdFilterProperty;
  /** The user task creation date. */
  creationDate?: DateTimeFilterProperty;
  /** The user task completion date. */
  completionDate?: DateTimeFilterProperty;
  /** The user task follow-up date. */
  followUpDate?: DateTimeFilterProperty;
  /** The user task due date. */
  dueDate?: DateTimeFilterProperty;
  /** The variables of the process instance. */
  processInstanceVariables?: VariableValueFilterProperty[];
  /** The local variables of the user task. */
  localVariables?: VariableValueFilterProperty[];
  /** The key for this user task. */
  userTaskKey?: UserTaskKey;
  /** The key of the process definition. */
  processDefinitionKey?: ProcessDefinitionKeyFilterProperty;
  /** The key of the process instance. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
  /** The key of the element instance. */
  elementInstanceKey?: ElementInstanceKey;
  tags?: TagSet;
}

/** Contains properties of a user task. */
export interface UserTaskProperties {
  /** The action performed on the user task. */
  action: string;
  /** The user assigned to the task. */
  assignee: string | null;
  /** The groups eligible to claim the task. */
  candidateGroups: string[];
  /** The users eligible to claim the task. */
  candidateUsers: string[];
  /** The attributes that were changed in the task. */
  changedAttributes: string[];
  /** The due date of the user task in ISO 8601 format. */
  dueDate: string | null;
  /** The follow-up date of the user task in ISO 8601 format. */
  followUpDate: string | null;
  /** The key of the form associated with the user task. */
  formKey: FormKey | null;
  /** The priority of the user task. */
  priority: number | null;
  /** The unique key identifying the user task. */
  userTaskKey: UserTaskKey | null;
}

/** Success payload of `getUserTask`. */
export interface UserTaskResult {
  /** The name for this user task. */
  name: string | null;
  state: UserTaskStateEnum;
  /** The assignee of the user task. */
  assignee: string | null;
  /** The element ID of the user task. */
  elementId: ElementId;
  /** The candidate groups for this user task. */
  candidateGroups: string[];
  /** The candidate users for this user task. */
  candidateUsers: string[];
  /** The ID of the process definition. */
  processDefinitionId: ProcessDefinitionId;
  /** The creation date of a user task. */
  creationDate: string;
  /** The completion date of a user task. */
  completionDate: string | null;
  /** The follow date of a user task. */
  followUpDate: string | null;
  /** The due date of a user task. */
  dueDate: string | null;
  tenantId: TenantId;
  /** The external form reference. */
  externalFormReference: string | null;
  /** The version of the process definition. */
  processDefinitionVersion: number;
  /** Custom headers for the user task. */
  customHeaders: Record<string, string>;
  /**
   * The priority of a user task. The higher the value the higher the priority.
   *
   * @defaultValue `50`
   */
  priority: number;
  /** The key of the user task. */
  userTaskKey: UserTaskKey;
  /** The key of the element instance. */
  elementInstanceKey: ElementInstanceKey;
  /**
   * The name of the process definition.
   * This is `null` if the process has no name defined.
   */
  processName: string | null;
  /** The key of the process definition. */
  processDefinitionKey: ProcessDefinitionKey;
  /** The key of the process instance. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /**
   * The business ID of the owning process instance, inherited when the user task was
   * created. This is `null` for user tasks created before version 8.10, and for user tasks
   * whose owning process instance has no business ID.
   */
  businessId: BusinessId | null;
  /** The key of the form. */
  formKey: FormKey | null;
  tags: TagSet;
}

/** User task search query request. */
export interface UserTaskSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: UserTaskSearchQuerySortRequest[];
  /** The user task search filters. */
  filter?: UserTaskFilter;
}

/** User task search query response. */
export interface UserTaskSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching user tasks. */
  items: UserTaskResult[];
}

/** The `UserTaskSearchQuerySortRequest` schema. */
export interface UserTaskSearchQuerySortRequest {
  /** The field to sort by. */
  field: UserTaskSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Matches the value exactly. */
export type UserTaskStateExactMatch = UserTaskStateEnum;

/** UserTaskStateEnum property with full advanced search capabilities. */
export type UserTaskStateFilterProperty = UserTaskStateExactMatch | AdvancedUserTaskStateFilter;

/** Request body of `updateUserTask`. */
export interface UserTaskUpdateRequest {
  changeset?: Changeset | null;
  /**
   * A custom action value that will be accessible from user task events resulting from this endpoint invocation. If not provided, it will default to "update".
   */
  action?: string | null;
}

/** The user task variable search filters. */
export interface UserTaskVariableFilter {
  /** Name of the variable. */
  name?: StringFilterProperty;
}

/** User task search query request. */
export interface UserTaskVariableSearchQueryRequest {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: UserTaskVariableSearchQuerySortRequest[];
  /** The user task variable search filters. */
  filter?: UserTaskVariableFilter;
}

/** The `UserTaskVariableSearchQuerySortRequest` schema. */
export interface UserTaskVariableSearchQuerySortRequest {
  /** The field to sort by. */
  field: UserTaskVariableSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** The `UserTaskWaitStateDetails` schema. */
export interface UserTaskWaitStateDetails {
  /** The wait state type discriminator. */
  waitStateType: 'USER_TASK';
  /** The key of the user task. */
  taskKey: UserTaskKey;
  /** The due date of the user task, if set. */
  dueDate: string | null;
}

/** Request body of `updateUser`. */
export interface UserUpdateRequest {
  /** The password of the user. If blank, the password is unchanged. */
  password?: string;
  /** The name of the user. */
  name?: string;
  /** The email of the user. */
  email?: string;
}

/** Success payload of `updateUser`. */
export interface UserUpdateResult {
  /** The username of the updated user. */
  username: Username;
  /** The name of the user. */
  name: string | null;
  /** The email of the user. */
  email: string | null;
}

/** Variable filter request. */
export interface VariableFilter {
  /** Name of the variable. */
  name?: StringFilterProperty;
  /**
   * The value of the variable.
   * Variable values in filters need to be in serialized JSON format. For example, a variable
   * with string value `myValue` can be found with the filter value `"myValue"`. Consider
   * appropriate escaping for special characters in JSON strings when constructing filter values.
   */
  value?: StringFilterProperty;
  /** Tenant ID of this variable. */
  tenantId?: TenantId;
  /** Whether the value is truncated or not. */
  isTruncated?: boolean;
  /** The key for this variable. */
  variableKey?: VariableKeyFilterProperty;
  /**
   * The key of the scope that defines where this variable is directly defined. This can be a
   * process instance key (for process-level variables) or an element instance key (for local
   * variables scoped to tasks, subprocesses, gateways, events, etc.). Use this filter to
   * find variables directly defined in specific scopes. Note that this does not include
   * variables from parent scopes that would be visible through the scope hierarchy.
   */
  scopeKey?: ScopeKeyFilterProperty;
  /** The key of the process instance of this variable. */
  processInstanceKey?: ProcessInstanceKeyFilterProperty;
}

/** Matches the value exactly. */
export type VariableKeyExactMatch = VariableKey;

/** VariableKey property with full advanced search capabilities. */
export type VariableKeyFilterProperty = VariableKeyExactMatch | AdvancedVariableKeyFilter;

/** Variable search response item. */
export interface VariableResult {
  /** Name of this variable. */
  name: string;
  /** Tenant ID of this variable. */
  tenantId: TenantId;
  /** The key for this variable. */
  variableKey: VariableKey;
  /**
   * The key of the scope where this variable is directly defined. For process-level
   * variables, this is the process instance key. For local variables, this is the key of the
   * specific element instance (task, subprocess, gateway, event, etc.) where the variable is
   * directly defined.
   */
  scopeKey: ScopeKey;
  /** The key of the process instance of this variable. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** Full value of this variable. */
  value: string;
}

/** Variable response item. */
export interface VariableResultBase {
  /** Name of this variable. */
  name: string;
  /** Tenant ID of this variable. */
  tenantId: TenantId;
  /** The key for this variable. */
  variableKey: VariableKey;
  /**
   * The key of the scope where this variable is directly defined. For process-level
   * variables, this is the process instance key. For local variables, this is the key of the
   * specific element instance (task, subprocess, gateway, event, etc.) where the variable is
   * directly defined.
   */
  scopeKey: ScopeKey;
  /** The key of the process instance of this variable. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
}

/** Variable search query request. */
export interface VariableSearchQuery {
  /** Pagination criteria. */
  page?: SearchQueryPageRequest;
  /** Sort field criteria. */
  sort?: VariableSearchQuerySortRequest[];
  /** The variable search filters. */
  filter?: VariableFilter;
}

/** Variable search query response. */
export interface VariableSearchQueryResult {
  page: SearchQueryPageResponse;
  /** The matching variables. */
  items: VariableSearchResult[];
}

/** The `VariableSearchQuerySortRequest` schema. */
export interface VariableSearchQuerySortRequest {
  /** The field to sort by. */
  field: VariableSearchQuerySortRequestField;
  order?: SortOrderEnum;
}

/** Variable search response item. */
export interface VariableSearchResult {
  /** Name of this variable. */
  name: string;
  /** Tenant ID of this variable. */
  tenantId: TenantId;
  /** The key for this variable. */
  variableKey: VariableKey;
  /**
   * The key of the scope where this variable is directly defined. For process-level
   * variables, this is the process instance key. For local variables, this is the key of the
   * specific element instance (task, subprocess, gateway, event, etc.) where the variable is
   * directly defined.
   */
  scopeKey: ScopeKey;
  /** The key of the process instance of this variable. */
  processInstanceKey: ProcessInstanceKey;
  /**
   * The key of the root process instance. The root process instance is the top-level
   * ancestor in the process instance hierarchy. This field is only present for data
   * belonging to process instance hierarchies created in version 8.9 or later.
   */
  rootProcessInstanceKey: ProcessInstanceKey | null;
  /** Value of this variable. Can be truncated. */
  value: string;
  /** Whether the value is truncated or not. */
  isTruncated: boolean;
}

/** The `VariableValueFilterProperty` schema. */
export interface VariableValueFilterProperty {
  /** Name of the variable. */
  name: string;
  /**
   * The value of the variable.
   * Variable values in filters need to be in serialized JSON format. For example, a variable
   * with string value `myValue` can be found with the filter value `"myValue"`. Consider
   * appropriate escaping for special characters in JSON strings when constructing filter values.
   */
  value: StringFilterProperty;
}

/** Wait-state-specific details of an element instance. */
export type WaitStateDetails =
  | JobWaitStateDetails
  | MessageWaitStateDetails
  | UserTaskWaitStateDetails
  | TimerWaitStateDetails
  | SignalWaitStateDetails
  | ConditionWaitStateDetails;

/** Matches the value exactly. */
export type WaitStateElementTypeExactMatch = WaitStateElementTypeEnum;

/** Element type property with full advanced search capabilities. */
export type WaitStateElementTypeFilterProperty =
  | WaitStateElementTypeExactMatch
  | AdvancedWaitStateElementTypeFilter;

/** Matches the value exactly. */
export type WaitStateTypeExactMatch = WaitStateTypeEnum;

/** Wait state type property with full advanced search capabilities. */
export type WaitStateTypeFilterProperty = WaitStateTypeExactMatch | AdvancedWaitStateTypeFilter;
