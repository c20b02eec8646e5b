// Generated from the OpenAPI spec — do not edit
import type { Mode } from './enums.js';
import type {
  AdHocSubProcessActivateActivitiesInstruction,
  AgentDefinitionResult,
  AgentDefinitionSearchQuery,
  AgentDefinitionSearchQueryResult,
  AgentInstanceCreationRequest,
  AgentInstanceCreationResult,
  AgentInstanceHistoryItemCreationResult,
  AgentInstanceHistoryItemRequest,
  AgentInstanceHistorySearchQuery,
  AgentInstanceHistorySearchQueryResult,
  AgentInstanceResult,
  AgentInstanceSearchQuery,
  AgentInstanceSearchQueryResult,
  AgentInstanceUpdateRequest,
  AgentInstanceUpdateResult,
  AuditLogResult,
  AuditLogSearchQueryRequest,
  AuditLogSearchQueryResult,
  AuthorizationCreateResult,
  AuthorizationRequest,
  AuthorizationResult,
  AuthorizationSearchQuery,
  AuthorizationSearchResult,
  BackupId,
  BackupIdPrefix,
  BackupInfo,
  BatchOperationCreatedResult,
  BatchOperationItemSearchQuery,
  BatchOperationItemSearchQueryResult,
  BatchOperationResponse,
  BatchOperationSearchQuery,
  BatchOperationSearchQueryResult,
  CamundaUserResult,
  CancelProcessInstanceRequest,
  ClockPinRequest,
  ClusterHistoryBackupInfo,
  ClusterModeChangeResponse,
  ClusterRestoreRequest,
  ClusterRestoreResponse,
  ClusterRuntimeBackupInfo,
  ClusterRuntimeBackupState,
  ClusterStatusResponse,
  ClusterTakeHistoryBackupResponse,
  ClusterTakeRuntimeBackupResponse,
  ClusterTopologyResponse,
  ClusterVariableResult,
  ClusterVariableSearchQueryRequest,
  ClusterVariableSearchQueryResult,
  ConditionalEvaluationInstruction,
  CorrelatedMessageSubscriptionSearchQuery,
  CorrelatedMessageSubscriptionSearchQueryResult,
  CreateClusterVariableRequest,
  CreateGlobalTaskListenerRequest,
  CreateProcessInstanceResult,
  DecisionDefinitionResult,
  DecisionDefinitionSearchQuery,
  DecisionDefinitionSearchQueryResult,
  DecisionEvaluationInstruction,
  DecisionInstanceDeletionBatchOperationRequest,
  DecisionInstanceGetQueryResult,
  DecisionInstanceSearchQuery,
  DecisionInstanceSearchQueryResult,
  DecisionRequirementsResult,
  DecisionRequirementsSearchQuery,
  DecisionRequirementsSearchQueryResult,
  DeleteDecisionInstanceRequest,
  DeleteProcessInstanceRequest,
  DeleteResourceRequest,
  DeleteResourceResponse,
  DeploymentResult,
  DocumentCreationBatchResponse,
  DocumentLink,
  DocumentLinkRequest,
  DocumentMetadata,
  DocumentReference,
  ElementInstanceResult,
  ElementInstanceSearchQuery,
  ElementInstanceSearchQueryResult,
  ElementInstanceWaitStateQuery,
  ElementInstanceWaitStateQueryResult,
  EvaluateConditionalResult,
  EvaluateDecisionResult,
  ExportingStatusResponse,
  ExpressionEvaluationRequest,
  ExpressionEvaluationResult,
  FormResult,
  GlobalJobStatisticsQueryResult,
  GlobalTaskListenerResult,
  GlobalTaskListenerSearchQueryRequest,
  GlobalTaskListenerSearchQueryResult,
  GroupClientSearchQueryRequest,
  GroupClientSearchResult,
  GroupCreateRequest,
  GroupCreateResult,
  GroupMappingRuleSearchResult,
  GroupResult,
  GroupRoleSearchResult,
  GroupSearchQueryRequest,
  GroupSearchQueryResult,
  GroupUpdateRequest,
  GroupUpdateResult,
  GroupUserSearchQueryRequest,
  GroupUserSearchResult,
  HistoryBackupInfo,
  IncidentProcessInstanceStatisticsByDefinitionQuery,
  IncidentProcessInstanceStatisticsByDefinitionQueryResult,
  IncidentProcessInstanceStatisticsByErrorQuery,
  IncidentProcessInstanceStatisticsByErrorQueryResult,
  IncidentResolutionRequest,
  IncidentResult,
  IncidentSearchQuery,
  IncidentSearchQueryResult,
  JobActivationRequest,
  JobActivationResult,
  JobBatchUpdateRequest,
  JobCompletionRequest,
  JobErrorRequest,
  JobErrorStatisticsQuery,
  JobErrorStatisticsQueryResult,
  JobFailRequest,
  JobSearchQuery,
  JobSearchQueryResult,
  JobTimeSeriesStatisticsQuery,
  JobTimeSeriesStatisticsQueryResult,
  JobTypeStatisticsQuery,
  JobTypeStatisticsQueryResult,
  JobUpdateRequest,
  JobWorkerStatisticsQuery,
  JobWorkerStatisticsQueryResult,
  LicenseResponse,
  MappingRuleCreateRequest,
  MappingRuleCreateResult,
  MappingRuleResult,
  MappingRuleSearchQueryRequest,
  MappingRuleSearchQueryResult,
  MappingRuleUpdateRequest,
  MappingRuleUpdateResult,
  MessageCorrelationRequest,
  MessageCorrelationResult,
  MessagePublicationRequest,
  MessagePublicationResult,
  MessageSubscriptionSearchQuery,
  MessageSubscriptionSearchQueryResult,
  OwnAuthorizationSearchResult,
  ProcessDefinitionElementStatisticsQuery,
  ProcessDefinitionElementStatisticsQueryResult,
  ProcessDefinitionInstanceStatisticsQuery,
  ProcessDefinitionInstanceStatisticsQueryResult,
  ProcessDefinitionInstanceVersionStatisticsQuery,
  ProcessDefinitionInstanceVersionStatisticsQueryResult,
  ProcessDefinitionMessageSubscriptionStatisticsQuery,
  ProcessDefinitionMessageSubscriptionStatisticsQueryResult,
  ProcessDefinitionResult,
  ProcessDefinitionSearchQuery,
  ProcessDefinitionSearchQueryResult,
  ProcessDefinitionVariableNameSearchQuery,
  ProcessDefinitionVariableNameSearchQueryResult,
  ProcessInstanceBusinessIdAssignmentInstruction,
  ProcessInstanceCallHierarchyEntry,
  ProcessInstanceCancellationBatchOperationRequest,
  ProcessInstanceCreationInstruction,
  ProcessInstanceDeletionBatchOperationRequest,
  ProcessInstanceElementStatisticsQueryResult,
  ProcessInstanceIncidentResolutionBatchOperationRequest,
  ProcessInstanceMigrationBatchOperationRequest,
  ProcessInstanceMigrationInstruction,
  ProcessInstanceModificationBatchOperationRequest,
  ProcessInstanceModificationInstruction,
  ProcessInstanceResult,
  ProcessInstanceResumptionBatchOperationRequest,
  ProcessInstanceSearchQuery,
  ProcessInstanceSearchQueryResult,
  ProcessInstanceSequenceFlowsQueryResult,
  ProcessInstanceSuspensionBatchOperationRequest,
  ProcessInstanceWaitStateStatisticsQueryResult,
  ResourceKey,
  ResourceResult,
  ResourceSearchQuery,
  ResourceSearchQueryResult,
  RestoreRequest,
  RestoreStatusResponse,
  ResumeProcessInstanceRequest,
  RoleClientSearchQueryRequest,
  RoleClientSearchResult,
  RoleCreateRequest,
  RoleCreateResult,
  RoleGroupSearchQueryRequest,
  RoleGroupSearchResult,
  RoleMappingRuleSearchResult,
  RoleResult,
  RoleSearchQueryRequest,
  RoleSearchQueryResult,
  RoleUpdateRequest,
  RoleUpdateResult,
  RoleUserSearchQueryRequest,
  RoleUserSearchResult,
  RuntimeBackupState,
  SecretListRequest,
  SecretListResult,
  SecretResolveRequest,
  SecretResolveResult,
  SetVariableRequest,
  SignalBroadcastRequest,
  SignalBroadcastResult,
  SuspendProcessInstanceRequest,
  SystemConfigurationResponse,
  TakeHistoryBackupRequest,
  TakeHistoryBackupResponse,
  TakeRuntimeBackupRequest,
  TakeRuntimeBackupResponse,
  TenantClientSearchQueryRequest,
  TenantClientSearchResult,
  TenantCreateRequest,
  TenantCreateResult,
  TenantGroupSearchQueryRequest,
  TenantGroupSearchResult,
  TenantMappingRuleSearchResult,
  TenantResult,
  TenantRoleSearchResult,
  TenantSearchQueryRequest,
  TenantSearchQueryResult,
  TenantUpdateRequest,
  TenantUpdateResult,
  TenantUserSearchQueryRequest,
  TenantUserSearchResult,
  TopologyResponse,
  UpdateClusterVariableRequest,
  UpdateGlobalTaskListenerRequest,
  UsageMetricsResponse,
  UserCreateResult,
  UserRequest,
  UserResult,
  UserSearchQueryRequest,
  UserSearchResult,
  UserTaskAssignmentRequest,
  UserTaskAuditLogSearchQueryRequest,
  UserTaskCompletionRequest,
  UserTaskEffectiveVariableSearchQueryRequest,
  UserTaskResult,
  UserTaskSearchQuery,
  UserTaskSearchQueryResult,
  UserTaskUpdateRequest,
  UserTaskVariableSearchQueryRequest,
  UserUpdateRequest,
  UserUpdateResult,
  VariableResult,
  VariableSearchQuery,
  VariableSearchQueryResult,
} from './models.js';
import type { OperationId } from './operations.js';
import type {
  AgentDefinitionKey,
  AgentInstanceKey,
  AuditLogKey,
  AuthorizationKey,
  BatchOperationKey,
  ClientId,
  ClusterVariableName,
  DecisionDefinitionKey,
  DecisionEvaluationInstanceKey,
  DecisionEvaluationKey,
  DecisionRequirementsKey,
  DocumentId,
  ElementInstanceKey,
  FormKey,
  GlobalListenerId,
  GroupId,
  IncidentKey,
  JobKey,
  MappingRuleId,
  ProcessDefinitionKey,
  ProcessInstanceKey,
  RoleId,
  TenantId,
  UserTaskKey,
  Username,
  VariableKey,
} from './semantic-keys.js';

/**
 * The input of each operation: its path and query parameters and the fields of its request body, as one
 * object (or, where the table says `body: whole`, the body under `body`).
 */
export interface OperationInputs {
  /** Activate activities within an ad-hoc sub-process */
  activateAdHocSubProcessActivities: {
    /** The key of the ad-hoc sub-process instance that contains the activities. */
    adHocSubProcessInstanceKey: ElementInstanceKey;
  } & AdHocSubProcessActivateActivitiesInstruction;
  /** Activate jobs */
  activateJobs: JobActivationRequest;
  /** Assign a client to a group */
  assignClientToGroup: {
    /** The group ID. */
    groupId: GroupId;
    /** The client ID. */
    clientId: ClientId;
  };
  /** Assign a client to a tenant */
  assignClientToTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the application. */
    clientId: ClientId;
  };
  /** Assign a group to a tenant */
  assignGroupToTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the group. */
    groupId: GroupId;
  };
  /** Assign a mapping rule to a group */
  assignMappingRuleToGroup: {
    /** The group ID. */
    groupId: GroupId;
    /** The mapping rule ID. */
    mappingRuleId: MappingRuleId;
  };
  /** Assign a mapping rule to a tenant */
  assignMappingRuleToTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the mapping rule. */
    mappingRuleId: MappingRuleId;
  };
  /** Assign business id to process instance */
  assignProcessInstanceBusinessId: {
    /** The key of the process instance to assign the business id to. */
    processInstanceKey: ProcessInstanceKey;
  } & ProcessInstanceBusinessIdAssignmentInstruction;
  /** Assign a role to a client */
  assignRoleToClient: {
    /** The role ID. */
    roleId: RoleId;
    /** The client ID. */
    clientId: ClientId;
  };
  /** Assign a role to a group */
  assignRoleToGroup: {
    /** The role ID. */
    roleId: RoleId;
    /** The group ID. */
    groupId: GroupId;
  };
  /** Assign a role to a mapping rule */
  assignRoleToMappingRule: {
    /** The role ID. */
    roleId: RoleId;
    /** The mapping rule ID. */
    mappingRuleId: MappingRuleId;
  };
  /** Assign a role to a tenant */
  assignRoleToTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the role. */
    roleId: RoleId;
  };
  /** Assign a role to a user */
  assignRoleToUser: {
    /** The role ID. */
    roleId: RoleId;
    /** The user username. */
    username: Username;
  };
  /** Assign user task */
  assignUserTask: {
    /** The key of the user task to assign. */
    userTaskKey: UserTaskKey;
  } & UserTaskAssignmentRequest;
  /** Assign a user to a group */
  assignUserToGroup: {
    /** The group ID. */
    groupId: GroupId;
    /** The user username. */
    username: Username;
  };
  /** Assign a user to a tenant */
  assignUserToTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the user. */
    username: Username;
  };
  /** Broadcast signal */
  broadcastSignal: SignalBroadcastRequest;
  /** Cancel Batch operation */
  cancelBatchOperation: {
    /** The key (or operate legacy ID) of the batch operation. */
    batchOperationKey: BatchOperationKey;
  };
  /** Cancel process instance */
  cancelProcessInstance: {
    /** The key of the process instance to cancel. */
    processInstanceKey: ProcessInstanceKey;
  } & CancelProcessInstanceRequest;
  /** Cancel process instances (batch) */
  cancelProcessInstancesBatchOperation: ProcessInstanceCancellationBatchOperationRequest;
  /** Change cluster mode */
  changeClusterMode: {
    /** The target cluster mode. */
    mode: Mode;
    /**
     * If true, the requested change is only validated and the resulting plan is returned, without applying it to the cluster.
     *
     * @defaultValue `false`
     */
    dryRun?: boolean;
  };
  /** Change the cluster mode of one or every physical tenant */
  changeClusterModeAsClusterAdmin: {
    /** The target cluster mode. */
    mode: Mode;
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
    /**
     * If true, the requested change is only validated and the resulting plan is returned, without applying it to the cluster.
     *
     * @defaultValue `false`
     */
    dryRun?: boolean;
  };
  /** Complete job */
  completeJob: {
    /** The key of the job to complete. */
    jobKey: JobKey;
  } & JobCompletionRequest;
  /** Complete user task */
  completeUserTask: {
    /** The key of the user task to complete. */
    userTaskKey: UserTaskKey;
  } & UserTaskCompletionRequest;
  /** Correlate message */
  correlateMessage: MessageCorrelationRequest;
  /** Create admin user */
  createAdminUser: UserRequest;
  /** Create agent instance */
  createAgentInstance: AgentInstanceCreationRequest;
  /** Create agent instance history item */
  createAgentInstanceHistoryItem: {
    /** The key of the agent instance to append the history item to. */
    agentInstanceKey: AgentInstanceKey;
  } & AgentInstanceHistoryItemRequest;
  /** Create authorization */
  createAuthorization: AuthorizationRequest;
  /** Deploy resources */
  createDeployment: {
    /**
     * The binary data to create the deployment resources. It is possible to have more than one form part with different form part names for the binary data to create a deployment.
     */
    resources: Blob[];
    tenantId?: TenantId;
  };
  /** Upload document */
  createDocument: {
    /**
     * The ID of the document store to upload the documents to. Currently, only a single document store is supported per cluster. However, this attribute is included to allow for potential future support of multiple document stores.
     */
    storeId?: string;
    /**
     * The ID of the document to upload. If not provided, a new ID will be generated. Specifying an existing ID will result in an error if the document already exists.
     */
    documentId?: DocumentId;
    file: Blob;
    metadata?: DocumentMetadata;
  };
  /** Create document link */
  createDocumentLink: {
    /** The ID of the document to link. */
    documentId: DocumentId;
    /** The ID of the document store where the document is located. */
    storeId?: string;
    /**
     * The hash of the document content that was computed by the document store during upload. The hash is part of the document reference that is returned when uploading a document. If the client fails to provide the correct hash, the request will be rejected.
     */
    contentHash?: string;
  } & DocumentLinkRequest;
  /** Upload multiple documents */
  createDocuments: {
    /**
     * The ID of the document store to upload the documents to. Currently, only a single document store is supported per cluster. However, this attribute is included to allow for potential future support of multiple document stores.
     */
    storeId?: string;
    /** The documents to upload. */
    files: Blob[];
    /**
     * Optional JSON array of metadata object whose index aligns with each file entry. The metadata array must have the same length as the files array.
     */
    metadataList?: DocumentMetadata[];
  };
  /** Update element instance variables */
  createElementInstanceVariables: {
    /**
     * The key of the element instance to update the variables for.
     * This can be the process instance key (as obtained during instance creation), or a given
     * element, such as a service task (see the `elementInstanceKey` on the job message).
     */
    elementInstanceKey: ElementInstanceKey;
  } & SetVariableRequest;
  /** Create a global-scoped cluster variable */
  createGlobalClusterVariable: CreateClusterVariableRequest;
  /** Create global user task listener */
  createGlobalTaskListener: CreateGlobalTaskListenerRequest;
  /** Create group */
  createGroup: GroupCreateRequest;
  /** Create mapping rule */
  createMappingRule: MappingRuleCreateRequest;
  /** Create process instance */
  createProcessInstance: ProcessInstanceCreationInstruction;
  /** Create role */
  createRole: RoleCreateRequest;
  /** Create tenant */
  createTenant: TenantCreateRequest;
  /** Create a tenant-scoped cluster variable */
  createTenantClusterVariable: {
    /** The tenant ID */
    tenantId: TenantId;
  } & CreateClusterVariableRequest;
  /** Create user */
  createUser: UserRequest;
  /** Delete authorization */
  deleteAuthorization: {
    /** The key of the authorization to delete. */
    authorizationKey: AuthorizationKey;
  };
  /** Delete decision instance */
  deleteDecisionInstance: {
    /** The key of the decision evaluation to delete. */
    decisionEvaluationKey: DecisionEvaluationKey;
  } & DeleteDecisionInstanceRequest;
  /** Delete decision instances (batch) */
  deleteDecisionInstancesBatchOperation: DecisionInstanceDeletionBatchOperationRequest;
  /** Delete document */
  deleteDocument: {
    /** The ID of the document to delete. */
    documentId: DocumentId;
    /** The ID of the document store to delete the document from. */
    storeId?: string;
  };
  /** Delete a global-scoped cluster variable */
  deleteGlobalClusterVariable: {
    /** The name of the cluster variable */
    name: ClusterVariableName;
  };
  /** Delete global user task listener */
  deleteGlobalTaskListener: {
    /** The id of the global user task listener to delete. */
    id: GlobalListenerId;
  };
  /** Delete group */
  deleteGroup: {
    /** The group ID. */
    groupId: GroupId;
  };
  /** Delete history backup */
  deleteHistoryBackup: {
    /** The id of the backup. */
    backupId: BackupId;
  };
  /** Delete a history backup across physical tenants */
  deleteHistoryBackupAsClusterAdmin: {
    /** The id of the backup. */
    backupId: BackupId;
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Delete a mapping rule */
  deleteMappingRule: {
    /** The ID of the mapping rule to delete. */
    mappingRuleId: MappingRuleId;
  };
  /** Delete process instance */
  deleteProcessInstance: {
    /** The key of the process instance to delete. */
    processInstanceKey: ProcessInstanceKey;
  } & DeleteProcessInstanceRequest;
  /** Delete process instances (batch) */
  deleteProcessInstancesBatchOperation: ProcessInstanceDeletionBatchOperationRequest;
  /** Delete resource */
  deleteResource: {
    /**
     * The key of the resource to delete.
     * This can be the key of a process definition, the key of a decision requirements
     * definition or the key of a form definition
     */
    resourceKey: ResourceKey;
  } & DeleteResourceRequest;
  /** Delete role */
  deleteRole: {
    /** The role ID. */
    roleId: RoleId;
  };
  /** Delete runtime backup */
  deleteRuntimeBackup: {
    /** The id of the backup. */
    backupId: BackupId;
  };
  /** Delete a runtime backup across physical tenants */
  deleteRuntimeBackupAsClusterAdmin: {
    /** The id of the backup. */
    backupId: BackupId;
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Delete runtime backup state */
  deleteRuntimeBackupState: Record<string, never>;
  /** Delete runtime backup state across physical tenants */
  deleteRuntimeBackupStateAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Delete tenant */
  deleteTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  };
  /** Delete a tenant-scoped cluster variable */
  deleteTenantClusterVariable: {
    /** The tenant ID */
    tenantId: TenantId;
    /** The name of the cluster variable */
    name: ClusterVariableName;
  };
  /** Delete user */
  deleteUser: {
    /** The username of the user to delete. */
    username: Username;
  };
  /** Evaluate root level conditional start events */
  evaluateConditionals: ConditionalEvaluationInstruction;
  /** Evaluate decision */
  evaluateDecision: DecisionEvaluationInstruction;
  /** Evaluate an expression */
  evaluateExpression: ExpressionEvaluationRequest;
  /** Fail job */
  failJob: {
    /** The key of the job to fail. */
    jobKey: JobKey;
  } & JobFailRequest;
  /** Get agent definition */
  getAgentDefinition: {
    /**
     * The assigned key of the agent definition, which acts as a unique identifier for this agent definition.
     */
    agentDefinitionKey: AgentDefinitionKey;
  };
  /** Get agent instance */
  getAgentInstance: {
    /** The key of the agent instance to retrieve. */
    agentInstanceKey: AgentInstanceKey;
  };
  /** Get audit log */
  getAuditLog: {
    /** The audit log key. */
    auditLogKey: AuditLogKey;
  };
  /** Get current user */
  getAuthentication: Record<string, never>;
  /** Get authorization */
  getAuthorization: {
    /** The key of the authorization to get. */
    authorizationKey: AuthorizationKey;
  };
  /** Get batch operation */
  getBatchOperation: {
    /** The key (or operate legacy ID) of the batch operation. */
    batchOperationKey: BatchOperationKey;
  };
  /** Get exporting status of the whole cluster */
  getClusterExportingStatus: Record<string, never>;
  /** Get the status of the whole cluster */
  getClusterStatus: Record<string, never>;
  /** Get the topology of the whole cluster */
  getClusterTopology: Record<string, never>;
  /** Get decision definition */
  getDecisionDefinition: {
    /** The assigned key of the decision definition, which acts as a unique identifier for this decision. */
    decisionDefinitionKey: DecisionDefinitionKey;
  };
  /** Get decision definition XML */
  getDecisionDefinitionXML: {
    /** The assigned key of the decision definition, which acts as a unique identifier for this decision. */
    decisionDefinitionKey: DecisionDefinitionKey;
  };
  /** Get decision instance */
  getDecisionInstance: {
    /**
     * The assigned key of the decision instance, which acts as a unique identifier for this decision instance.
     */
    decisionEvaluationInstanceKey: DecisionEvaluationInstanceKey;
  };
  /** Get decision requirements */
  getDecisionRequirements: {
    /**
     * The assigned key of the decision requirements, which acts as a unique identifier for this decision requirements.
     */
    decisionRequirementsKey: DecisionRequirementsKey;
  };
  /** Get decision requirements XML */
  getDecisionRequirementsXML: {
    /** The assigned key of the decision requirements, which acts as a unique identifier for this decision. */
    decisionRequirementsKey: DecisionRequirementsKey;
  };
  /** Download document */
  getDocument: {
    /** The ID of the document to download. */
    documentId: DocumentId;
    /** The ID of the document store to download the document from. */
    storeId?: string;
    /**
     * The hash of the document content that was computed by the document store during upload. The hash is part of the document reference that is returned when uploading a document. If the client fails to provide the correct hash, the request will be rejected.
     */
    contentHash?: string;
  };
  /** Get element instance */
  getElementInstance: {
    /**
     * The assigned key of the element instance, which acts as a unique identifier for this element instance.
     */
    elementInstanceKey: ElementInstanceKey;
  };
  /** Get exporting status */
  getExportingStatus: Record<string, never>;
  /** Get form by key */
  getFormByKey: {
    /** The form key. */
    formKey: FormKey;
  };
  /** Get a global-scoped cluster variable */
  getGlobalClusterVariable: {
    /** The name of the cluster variable */
    name: ClusterVariableName;
  };
  /** Global job statistics */
  getGlobalJobStatistics: {
    /** Start of the time window to filter metrics. ISO 8601 date-time format. */
    from: string;
    /** End of the time window to filter metrics. ISO 8601 date-time format. */
    to: string;
    /** Optional job type to limit the aggregation to a single job type. */
    jobType?: string;
  };
  /** Get global user task listener */
  getGlobalTaskListener: {
    /** The id of the global user task listener. */
    id: GlobalListenerId;
  };
  /** Get group */
  getGroup: {
    /** The group ID. */
    groupId: GroupId;
  };
  /** Get history backup */
  getHistoryBackup: {
    /** The id of the backup. */
    backupId: BackupId;
  };
  /** Get a history backup across physical tenants */
  getHistoryBackupAsClusterAdmin: {
    /** The id of the backup. */
    backupId: BackupId;
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Get incident */
  getIncident: {
    /** The assigned key of the incident, which acts as a unique identifier for this incident. */
    incidentKey: IncidentKey;
  };
  /** Get error metrics for a job type */
  getJobErrorStatistics: JobErrorStatisticsQuery;
  /** Get time-series metrics for a job type */
  getJobTimeSeriesStatistics: JobTimeSeriesStatisticsQuery;
  /** Get job statistics by type */
  getJobTypeStatistics: JobTypeStatisticsQuery;
  /** Get job statistics by worker */
  getJobWorkerStatistics: JobWorkerStatisticsQuery;
  /** Get license status */
  getLicense: Record<string, never>;
  /** Get a mapping rule */
  getMappingRule: {
    /** The ID of the mapping rule to get. */
    mappingRuleId: MappingRuleId;
  };
  /** Get process definition */
  getProcessDefinition: {
    /**
     * The assigned key of the process definition, which acts as a unique identifier for this process definition.
     */
    processDefinitionKey: ProcessDefinitionKey;
  };
  /** Get process instance statistics */
  getProcessDefinitionInstanceStatistics: ProcessDefinitionInstanceStatisticsQuery;
  /** Get process instance statistics by version */
  getProcessDefinitionInstanceVersionStatistics: ProcessDefinitionInstanceVersionStatisticsQuery;
  /** Get message subscription statistics */
  getProcessDefinitionMessageSubscriptionStatistics: ProcessDefinitionMessageSubscriptionStatisticsQuery;
  /** Get process definition statistics */
  getProcessDefinitionStatistics: {
    /**
     * The assigned key of the process definition, which acts as a unique identifier for this process definition.
     */
    processDefinitionKey: ProcessDefinitionKey;
  } & ProcessDefinitionElementStatisticsQuery;
  /** Get process definition XML */
  getProcessDefinitionXML: {
    /**
     * The assigned key of the process definition, which acts as a unique identifier for this process definition.
     */
    processDefinitionKey: ProcessDefinitionKey;
  };
  /** Get process instance */
  getProcessInstance: {
    /** The process instance key. */
    processInstanceKey: ProcessInstanceKey;
  };
  /** Get call hierarchy */
  getProcessInstanceCallHierarchy: {
    /** The key of the process instance to fetch the hierarchy for. */
    processInstanceKey: ProcessInstanceKey;
  };
  /** Get sequence flows */
  getProcessInstanceSequenceFlows: {
    /**
     * The assigned key of the process instance, which acts as a unique identifier for this process instance.
     */
    processInstanceKey: ProcessInstanceKey;
  };
  /** Get element instance statistics */
  getProcessInstanceStatistics: {
    /**
     * The assigned key of the process instance, which acts as a unique identifier for this process instance.
     */
    processInstanceKey: ProcessInstanceKey;
  };
  /** Get process instance statistics by definition */
  getProcessInstanceStatisticsByDefinition: IncidentProcessInstanceStatisticsByDefinitionQuery;
  /** Get process instance statistics by error */
  getProcessInstanceStatisticsByError: IncidentProcessInstanceStatisticsByErrorQuery;
  /** Get wait state statistics */
  getProcessInstanceWaitStateStatistics: {
    /**
     * The assigned key of the process instance, which acts as a unique identifier for this process instance.
     */
    processInstanceKey: ProcessInstanceKey;
  };
  /** Get resource */
  getResource: {
    /** The unique key identifying the resource. */
    resourceKey: ResourceKey;
  };
  /** Get RPA resource content (deprecated) */
  getResourceContent: {
    /** The unique key identifying the RPA resource. */
    resourceKey: ResourceKey;
  };
  /** Get resource content as binary */
  getResourceContentBinary: {
    /** The unique key identifying the resource. */
    resourceKey: ResourceKey;
  };
  /** Get the status of the restore that is currently in progress */
  getRestoreStatus: Record<string, never>;
  /** Get role */
  getRole: {
    /** The role ID. */
    roleId: RoleId;
  };
  /** Get runtime backup */
  getRuntimeBackup: {
    /** The id of the backup. */
    backupId: BackupId;
  };
  /** Get a runtime backup across physical tenants */
  getRuntimeBackupAsClusterAdmin: {
    /** The id of the backup. */
    backupId: BackupId;
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Get runtime backup state */
  getRuntimeBackupState: Record<string, never>;
  /** Get runtime backup state across physical tenants */
  getRuntimeBackupStateAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Get process start form */
  getStartProcessForm: {
    /** The process key. */
    processDefinitionKey: ProcessDefinitionKey;
  };
  /** Get physical tenant status */
  getStatus: Record<string, never>;
  /** System configuration (alpha) */
  getSystemConfiguration: Record<string, never>;
  /** Get tenant */
  getTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  };
  /** Get a tenant-scoped cluster variable */
  getTenantClusterVariable: {
    /** The tenant ID */
    tenantId: TenantId;
    /** The name of the cluster variable */
    name: ClusterVariableName;
  };
  /** Get cluster topology */
  getTopology: Record<string, never>;
  /** Get usage metrics */
  getUsageMetrics: {
    /** The start date for usage metrics, including this date. Value in ISO 8601 format. */
    startTime: string;
    /** The end date for usage metrics, including this date. Value in ISO 8601 format. */
    endTime: string;
    /** Restrict results to a specific tenant ID. If not provided, results for all tenants are returned. */
    tenantId?: TenantId;
    /**
     * Whether to return tenant metrics in addition to the total metrics or not. Default false.
     *
     * @defaultValue `false`
     */
    withTenants?: boolean;
  };
  /** Get user */
  getUser: {
    /** The username of the user. */
    username: Username;
  };
  /** Get user task */
  getUserTask: {
    /** The user task key. */
    userTaskKey: UserTaskKey;
  };
  /** Get user task form */
  getUserTaskForm: {
    /** The user task key. */
    userTaskKey: UserTaskKey;
  };
  /** Get variable */
  getVariable: {
    /** The variable key. */
    variableKey: VariableKey;
  };
  /** List history backups */
  listHistoryBackups: {
    /**
     * A prefix that backup ids must match, ending in a single '*'. If omitted, all
     * backups are returned.
     */
    prefix?: BackupIdPrefix;
    /**
     * Whether to ask the secondary storage for snapshot-level detail. Setting this to
     * `false` makes the query cheaper, but the store then reports neither snapshot state
     * nor start time, so both the per-snapshot `details` and the aggregated `state` are
     * incomplete and the listing order is unspecified.
     *
     * @defaultValue `true`
     */
    verbose?: boolean;
  };
  /** List history backups across physical tenants */
  listHistoryBackupsAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
    /**
     * A prefix that backup ids must match, ending in a single '*'. If omitted, all
     * backups are returned.
     */
    prefix?: BackupIdPrefix;
    /**
     * Whether to ask the secondary storage for snapshot-level detail. Setting this to
     * `false` makes the query cheaper, but the store then reports neither snapshot state
     * nor start time, so both the per-snapshot `details` and the per-tenant `state` are
     * incomplete and the listing order is unspecified.
     *
     * @defaultValue `true`
     */
    verbose?: boolean;
  };
  /** List runtime backups */
  listRuntimeBackups: {
    /**
     * A prefix that backup ids must match, ending in a single '*'. If omitted, all
     * backups are returned.
     */
    prefix?: BackupIdPrefix;
  };
  /** List runtime backups across physical tenants */
  listRuntimeBackupsAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
    /**
     * A prefix that backup ids must match, ending in a single '*'. If omitted, all
     * backups are returned.
     */
    prefix?: BackupIdPrefix;
  };
  /** List secrets (alpha) */
  listSecrets: SecretListRequest;
  /** Migrate process instance */
  migrateProcessInstance: {
    /** The key of the process instance that should be migrated. */
    processInstanceKey: ProcessInstanceKey;
  } & ProcessInstanceMigrationInstruction;
  /** Migrate process instances (batch) */
  migrateProcessInstancesBatchOperation: ProcessInstanceMigrationBatchOperationRequest;
  /** Modify process instance */
  modifyProcessInstance: {
    /** The key of the process instance that should be modified. */
    processInstanceKey: ProcessInstanceKey;
  } & ProcessInstanceModificationInstruction;
  /** Modify process instances (batch) */
  modifyProcessInstancesBatchOperation: ProcessInstanceModificationBatchOperationRequest;
  /** Pause exporting across the whole cluster */
  pauseClusterExporting: {
    /**
     * If true, soft-pauses exporting instead of a hard pause.
     *
     * @defaultValue `false`
     */
    soft?: boolean;
  };
  /** Pause exporting */
  pauseExporting: {
    /**
     * If true, soft-pauses exporting instead of a hard pause.
     *
     * @defaultValue `false`
     */
    soft?: boolean;
  };
  /** Pin internal clock (alpha) */
  pinClock: ClockPinRequest;
  /** Publish message */
  publishMessage: MessagePublicationRequest;
  /** Reset internal clock (alpha) */
  resetClock: Record<string, never>;
  /** Resolve incident */
  resolveIncident: {
    /** Key of the incident to resolve. */
    incidentKey: IncidentKey;
  } & IncidentResolutionRequest;
  /** Resolve related incidents (batch) */
  resolveIncidentsBatchOperation: ProcessInstanceIncidentResolutionBatchOperationRequest;
  /** Resolve related incidents */
  resolveProcessInstanceIncidents: {
    /** The key of the process instance to resolve incidents for. */
    processInstanceKey: ProcessInstanceKey;
  };
  /** Resolve secrets (alpha) */
  resolveSecrets: SecretResolveRequest;
  /** Restore from a backup */
  restore: {
    /**
     * If true, the requested change is only validated and the resulting plan is returned, without applying it to the cluster.
     *
     * @defaultValue `false`
     */
    dryRun?: boolean;
  } & RestoreRequest;
  /** Restore one or every physical tenant from a backup */
  restoreAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
    /**
     * If true, the requested change is only validated and the resulting plan is returned, without applying it to the cluster.
     *
     * @defaultValue `false`
     */
    dryRun?: boolean;
  } & ClusterRestoreRequest;
  /** Resume Batch operation */
  resumeBatchOperation: {
    /** The key (or operate legacy ID) of the batch operation. */
    batchOperationKey: BatchOperationKey;
  };
  /** Resume exporting across the whole cluster */
  resumeClusterExporting: Record<string, never>;
  /** Resume exporting */
  resumeExporting: Record<string, never>;
  /** Resume process instance */
  resumeProcessInstance: {
    /** The key of the process instance to resume. */
    processInstanceKey: ProcessInstanceKey;
  } & ResumeProcessInstanceRequest;
  /** Resume process instances (batch) */
  resumeProcessInstancesBatchOperation: ProcessInstanceResumptionBatchOperationRequest;
  /** Search agent definitions */
  searchAgentDefinitions: AgentDefinitionSearchQuery;
  /** Search agent instance history */
  searchAgentInstanceHistory: {
    /** The key of the agent instance whose history to search. */
    agentInstanceKey: AgentInstanceKey;
  } & AgentInstanceHistorySearchQuery;
  /** Search agent instances */
  searchAgentInstances: AgentInstanceSearchQuery;
  /** Search audit logs */
  searchAuditLogs: AuditLogSearchQueryRequest;
  /** Search authorizations */
  searchAuthorizations: AuthorizationSearchQuery;
  /** Search batch operation items */
  searchBatchOperationItems: BatchOperationItemSearchQuery;
  /** Search batch operations */
  searchBatchOperations: BatchOperationSearchQuery;
  /** Search group clients */
  searchClientsForGroup: {
    /** The group ID. */
    groupId: GroupId;
  } & GroupClientSearchQueryRequest;
  /** Search role clients */
  searchClientsForRole: {
    /** The role ID. */
    roleId: RoleId;
  } & RoleClientSearchQueryRequest;
  /** Search clients for tenant */
  searchClientsForTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  } & TenantClientSearchQueryRequest;
  /** searchClusterVariables */
  searchClusterVariables: {
    /**
     * When true (default), long variable values in the response are truncated. When false, full variable values are returned.
     */
    truncateValues?: boolean;
  } & ClusterVariableSearchQueryRequest;
  /** Search correlated message subscriptions */
  searchCorrelatedMessageSubscriptions: CorrelatedMessageSubscriptionSearchQuery;
  /** Search decision definitions */
  searchDecisionDefinitions: DecisionDefinitionSearchQuery;
  /** Search decision instances */
  searchDecisionInstances: DecisionInstanceSearchQuery;
  /** Search decision requirements */
  searchDecisionRequirements: DecisionRequirementsSearchQuery;
  /** Search for incidents of a specific element instance */
  searchElementInstanceIncidents: {
    /** The unique key of the element instance to search incidents for. */
    elementInstanceKey: ElementInstanceKey;
  } & IncidentSearchQuery;
  /** Search element instance wait states */
  searchElementInstanceWaitStates: ElementInstanceWaitStateQuery;
  /** Search element instances */
  searchElementInstances: ElementInstanceSearchQuery;
  /** Search global user task listeners */
  searchGlobalTaskListeners: GlobalTaskListenerSearchQueryRequest;
  /** Search groups for tenant */
  searchGroupIdsForTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  } & TenantGroupSearchQueryRequest;
  /** Search groups */
  searchGroups: GroupSearchQueryRequest;
  /** Search role groups */
  searchGroupsForRole: {
    /** The role ID. */
    roleId: RoleId;
  } & RoleGroupSearchQueryRequest;
  /** Search incidents */
  searchIncidents: IncidentSearchQuery;
  /** Search jobs */
  searchJobs: JobSearchQuery;
  /** Search mapping rules */
  searchMappingRule: MappingRuleSearchQueryRequest;
  /** Search group mapping rules */
  searchMappingRulesForGroup: {
    /** The group ID. */
    groupId: GroupId;
  } & MappingRuleSearchQueryRequest;
  /** Search role mapping rules */
  searchMappingRulesForRole: {
    /** The role ID. */
    roleId: RoleId;
  } & MappingRuleSearchQueryRequest;
  /** Search mapping rules for tenant */
  searchMappingRulesForTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  } & MappingRuleSearchQueryRequest;
  /** Search message subscriptions */
  searchMessageSubscriptions: MessageSubscriptionSearchQuery;
  /** Search own authorizations */
  searchOwnAuthorizations: AuthorizationSearchQuery;
  /** Search process definition variable names */
  searchProcessDefinitionVariableNames: {
    /**
     * The assigned key of the process definition, which acts as a unique identifier for this process definition.
     */
    processDefinitionKey: ProcessDefinitionKey;
  } & ProcessDefinitionVariableNameSearchQuery;
  /** Search process definitions */
  searchProcessDefinitions: ProcessDefinitionSearchQuery;
  /** Search related incidents */
  searchProcessInstanceIncidents: {
    /**
     * The assigned key of the process instance, which acts as a unique identifier for this process instance.
     */
    processInstanceKey: ProcessInstanceKey;
  } & IncidentSearchQuery;
  /** Search process instances */
  searchProcessInstances: ProcessInstanceSearchQuery;
  /** Search resources */
  searchResources: ResourceSearchQuery;
  /** Search roles */
  searchRoles: RoleSearchQueryRequest;
  /** Search group roles */
  searchRolesForGroup: {
    /** The group ID. */
    groupId: GroupId;
  } & RoleSearchQueryRequest;
  /** Search roles for tenant */
  searchRolesForTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  } & RoleSearchQueryRequest;
  /** Search tenants */
  searchTenants: TenantSearchQueryRequest;
  /** Search user task audit logs */
  searchUserTaskAuditLogs: {
    /** The key of the user task. */
    userTaskKey: UserTaskKey;
  } & UserTaskAuditLogSearchQueryRequest;
  /** Search user task effective variables */
  searchUserTaskEffectiveVariables: {
    /** The key of the user task. */
    userTaskKey: UserTaskKey;
    /**
     * When true (default), long variable values in the response are truncated. When false, full variable values are returned.
     */
    truncateValues?: boolean;
  } & UserTaskEffectiveVariableSearchQueryRequest;
  /** Search user task variables */
  searchUserTaskVariables: {
    /** The key of the user task. */
    userTaskKey: UserTaskKey;
    /**
     * When true (default), long variable values in the response are truncated. When false, full variable values are returned.
     */
    truncateValues?: boolean;
  } & UserTaskVariableSearchQueryRequest;
  /** Search user tasks */
  searchUserTasks: UserTaskSearchQuery;
  /** Search users */
  searchUsers: UserSearchQueryRequest;
  /** Search group users */
  searchUsersForGroup: {
    /** The group ID. */
    groupId: GroupId;
  } & GroupUserSearchQueryRequest;
  /** Search role users */
  searchUsersForRole: {
    /** The role ID. */
    roleId: RoleId;
  } & RoleUserSearchQueryRequest;
  /** Search users for tenant */
  searchUsersForTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  } & TenantUserSearchQueryRequest;
  /** Search variables */
  searchVariables: {
    /**
     * When true (default), long variable values in the response are truncated. When false, full variable values are returned.
     */
    truncateValues?: boolean;
  } & VariableSearchQuery;
  /** Suspend Batch operation */
  suspendBatchOperation: {
    /** The key (or operate legacy ID) of the batch operation. */
    batchOperationKey: BatchOperationKey;
  };
  /** Suspend process instance */
  suspendProcessInstance: {
    /** The key of the process instance to suspend. */
    processInstanceKey: ProcessInstanceKey;
  } & SuspendProcessInstanceRequest;
  /** Suspend process instances (batch) */
  suspendProcessInstancesBatchOperation: ProcessInstanceSuspensionBatchOperationRequest;
  /** Force-write runtime backup state */
  syncRuntimeBackupState: Record<string, never>;
  /** Force-write runtime backup state across physical tenants */
  syncRuntimeBackupStateAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  };
  /** Take a history backup */
  takeHistoryBackup: TakeHistoryBackupRequest;
  /** Take a history backup on one or every physical tenant */
  takeHistoryBackupAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  } & TakeHistoryBackupRequest;
  /** Take a runtime backup */
  takeRuntimeBackup: TakeRuntimeBackupRequest;
  /** Take a runtime backup on one or every physical tenant */
  takeRuntimeBackupAsClusterAdmin: {
    /**
     * The physical tenant to apply the change to. When omitted, or when passed with an empty value, the change is applied to every physical tenant of the cluster.
     */
    physicalTenantId?: string;
  } & TakeRuntimeBackupRequest;
  /** Throw error for job */
  throwJobError: {
    /** The key of the job. */
    jobKey: JobKey;
  } & JobErrorRequest;
  /** Unassign a client from a group */
  unassignClientFromGroup: {
    /** The group ID. */
    groupId: GroupId;
    /** The client ID. */
    clientId: ClientId;
  };
  /** Unassign a client from a tenant */
  unassignClientFromTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the application. */
    clientId: ClientId;
  };
  /** Unassign a group from a tenant */
  unassignGroupFromTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the group. */
    groupId: GroupId;
  };
  /** Unassign a mapping rule from a group */
  unassignMappingRuleFromGroup: {
    /** The group ID. */
    groupId: GroupId;
    /** The mapping rule ID. */
    mappingRuleId: MappingRuleId;
  };
  /** Unassign a mapping rule from a tenant */
  unassignMappingRuleFromTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the mapping rule. */
    mappingRuleId: MappingRuleId;
  };
  /** Unassign a role from a client */
  unassignRoleFromClient: {
    /** The role ID. */
    roleId: RoleId;
    /** The client ID. */
    clientId: ClientId;
  };
  /** Unassign a role from a group */
  unassignRoleFromGroup: {
    /** The role ID. */
    roleId: RoleId;
    /** The group ID. */
    groupId: GroupId;
  };
  /** Unassign a role from a mapping rule */
  unassignRoleFromMappingRule: {
    /** The role ID. */
    roleId: RoleId;
    /** The mapping rule ID. */
    mappingRuleId: MappingRuleId;
  };
  /** Unassign a role from a tenant */
  unassignRoleFromTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the role. */
    roleId: RoleId;
  };
  /** Unassign a role from a user */
  unassignRoleFromUser: {
    /** The role ID. */
    roleId: RoleId;
    /** The user username. */
    username: Username;
  };
  /** Unassign a user from a group */
  unassignUserFromGroup: {
    /** The group ID. */
    groupId: GroupId;
    /** The user username. */
    username: Username;
  };
  /** Unassign a user from a tenant */
  unassignUserFromTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
    /** The unique identifier of the user. */
    username: Username;
  };
  /** Unassign user task */
  unassignUserTask: {
    /** The key of the user task. */
    userTaskKey: UserTaskKey;
  };
  /** Update agent instance */
  updateAgentInstance: {
    /** The key of the agent instance to update. */
    agentInstanceKey: AgentInstanceKey;
  } & AgentInstanceUpdateRequest;
  /** Update authorization */
  updateAuthorization: {
    /** The key of the authorization to delete. */
    authorizationKey: AuthorizationKey;
  } & AuthorizationRequest;
  /** Update a global-scoped cluster variable */
  updateGlobalClusterVariable: {
    /** The name of the cluster variable */
    name: ClusterVariableName;
  } & UpdateClusterVariableRequest;
  /** Update global user task listener */
  updateGlobalTaskListener: {
    /** The id of the global user task listener to update. */
    id: GlobalListenerId;
  } & UpdateGlobalTaskListenerRequest;
  /** Update group */
  updateGroup: {
    /** The group ID. */
    groupId: GroupId;
  } & GroupUpdateRequest;
  /** Update job */
  updateJob: {
    /** The key of the job to update. */
    jobKey: JobKey;
  } & JobUpdateRequest;
  /** Update jobs (batch) */
  updateJobsBatchOperation: JobBatchUpdateRequest;
  /** Update mapping rule */
  updateMappingRule: {
    /** The ID of the mapping rule to update. */
    mappingRuleId: MappingRuleId;
  } & MappingRuleUpdateRequest;
  /** Update role */
  updateRole: {
    /** The role ID. */
    roleId: RoleId;
  } & RoleUpdateRequest;
  /** Update tenant */
  updateTenant: {
    /** The unique identifier of the tenant. */
    tenantId: TenantId;
  } & TenantUpdateRequest;
  /** Update a tenant-scoped cluster variable */
  updateTenantClusterVariable: {
    /** The tenant ID */
    tenantId: TenantId;
    /** The name of the cluster variable */
    name: ClusterVariableName;
  } & UpdateClusterVariableRequest;
  /** Update user */
  updateUser: {
    /** The username of the user to update. */
    username: Username;
  } & UserUpdateRequest;
  /** Update user task */
  updateUserTask: {
    /** The key of the user task to update. */
    userTaskKey: UserTaskKey;
  } & UserTaskUpdateRequest;
}

/** The success payload of each operation (`void` when the response has no content). */
export interface OperationOutputs {
  /** Activate activities within an ad-hoc sub-process */
  activateAdHocSubProcessActivities: void;
  /** Activate jobs */
  activateJobs: JobActivationResult;
  /** Assign a client to a group */
  assignClientToGroup: void;
  /** Assign a client to a tenant */
  assignClientToTenant: void;
  /** Assign a group to a tenant */
  assignGroupToTenant: void;
  /** Assign a mapping rule to a group */
  assignMappingRuleToGroup: void;
  /** Assign a mapping rule to a tenant */
  assignMappingRuleToTenant: void;
  /** Assign business id to process instance */
  assignProcessInstanceBusinessId: void;
  /** Assign a role to a client */
  assignRoleToClient: void;
  /** Assign a role to a group */
  assignRoleToGroup: void;
  /** Assign a role to a mapping rule */
  assignRoleToMappingRule: void;
  /** Assign a role to a tenant */
  assignRoleToTenant: void;
  /** Assign a role to a user */
  assignRoleToUser: void;
  /** Assign user task */
  assignUserTask: void;
  /** Assign a user to a group */
  assignUserToGroup: void;
  /** Assign a user to a tenant */
  assignUserToTenant: void;
  /** Broadcast signal */
  broadcastSignal: SignalBroadcastResult;
  /** Cancel Batch operation */
  cancelBatchOperation: void;
  /** Cancel process instance */
  cancelProcessInstance: void;
  /** Cancel process instances (batch) */
  cancelProcessInstancesBatchOperation: BatchOperationCreatedResult;
  /** Change cluster mode */
  changeClusterMode: ClusterModeChangeResponse;
  /** Change the cluster mode of one or every physical tenant */
  changeClusterModeAsClusterAdmin: ClusterModeChangeResponse;
  /** Complete job */
  completeJob: void;
  /** Complete user task */
  completeUserTask: void;
  /** Correlate message */
  correlateMessage: MessageCorrelationResult;
  /** Create admin user */
  createAdminUser: UserCreateResult;
  /** Create agent instance */
  createAgentInstance: AgentInstanceCreationResult;
  /** Create agent instance history item */
  createAgentInstanceHistoryItem: AgentInstanceHistoryItemCreationResult;
  /** Create authorization */
  createAuthorization: AuthorizationCreateResult;
  /** Deploy resources */
  createDeployment: DeploymentResult;
  /** Upload document */
  createDocument: DocumentReference;
  /** Create document link */
  createDocumentLink: DocumentLink;
  /** Upload multiple documents */
  createDocuments: DocumentCreationBatchResponse;
  /** Update element instance variables */
  createElementInstanceVariables: void;
  /** Create a global-scoped cluster variable */
  createGlobalClusterVariable: ClusterVariableResult;
  /** Create global user task listener */
  createGlobalTaskListener: GlobalTaskListenerResult;
  /** Create group */
  createGroup: GroupCreateResult;
  /** Create mapping rule */
  createMappingRule: MappingRuleCreateResult;
  /** Create process instance */
  createProcessInstance: CreateProcessInstanceResult;
  /** Create role */
  createRole: RoleCreateResult;
  /** Create tenant */
  createTenant: TenantCreateResult;
  /** Create a tenant-scoped cluster variable */
  createTenantClusterVariable: ClusterVariableResult;
  /** Create user */
  createUser: UserCreateResult;
  /** Delete authorization */
  deleteAuthorization: void;
  /** Delete decision instance */
  deleteDecisionInstance: void;
  /** Delete decision instances (batch) */
  deleteDecisionInstancesBatchOperation: BatchOperationCreatedResult;
  /** Delete document */
  deleteDocument: void;
  /** Delete a global-scoped cluster variable */
  deleteGlobalClusterVariable: void;
  /** Delete global user task listener */
  deleteGlobalTaskListener: void;
  /** Delete group */
  deleteGroup: void;
  /** Delete history backup */
  deleteHistoryBackup: void;
  /** Delete a history backup across physical tenants */
  deleteHistoryBackupAsClusterAdmin: void;
  /** Delete a mapping rule */
  deleteMappingRule: void;
  /** Delete process instance */
  deleteProcessInstance: void;
  /** Delete process instances (batch) */
  deleteProcessInstancesBatchOperation: BatchOperationCreatedResult;
  /** Delete resource */
  deleteResource: DeleteResourceResponse;
  /** Delete role */
  deleteRole: void;
  /** Delete runtime backup */
  deleteRuntimeBackup: void;
  /** Delete a runtime backup across physical tenants */
  deleteRuntimeBackupAsClusterAdmin: void;
  /** Delete runtime backup state */
  deleteRuntimeBackupState: void;
  /** Delete runtime backup state across physical tenants */
  deleteRuntimeBackupStateAsClusterAdmin: void;
  /** Delete tenant */
  deleteTenant: void;
  /** Delete a tenant-scoped cluster variable */
  deleteTenantClusterVariable: void;
  /** Delete user */
  deleteUser: void;
  /** Evaluate root level conditional start events */
  evaluateConditionals: EvaluateConditionalResult;
  /** Evaluate decision */
  evaluateDecision: EvaluateDecisionResult;
  /** Evaluate an expression */
  evaluateExpression: ExpressionEvaluationResult;
  /** Fail job */
  failJob: void;
  /** Get agent definition */
  getAgentDefinition: AgentDefinitionResult;
  /** Get agent instance */
  getAgentInstance: AgentInstanceResult;
  /** Get audit log */
  getAuditLog: AuditLogResult;
  /** Get current user */
  getAuthentication: CamundaUserResult;
  /** Get authorization */
  getAuthorization: AuthorizationResult;
  /** Get batch operation */
  getBatchOperation: BatchOperationResponse;
  /** Get exporting status of the whole cluster */
  getClusterExportingStatus: ExportingStatusResponse;
  /** Get the status of the whole cluster */
  getClusterStatus: ClusterStatusResponse;
  /** Get the topology of the whole cluster */
  getClusterTopology: ClusterTopologyResponse;
  /** Get decision definition */
  getDecisionDefinition: DecisionDefinitionResult;
  /** Get decision definition XML */
  getDecisionDefinitionXML: string;
  /** Get decision instance */
  getDecisionInstance: DecisionInstanceGetQueryResult;
  /** Get decision requirements */
  getDecisionRequirements: DecisionRequirementsResult;
  /** Get decision requirements XML */
  getDecisionRequirementsXML: string;
  /** Download document */
  getDocument: Uint8Array;
  /** Get element instance */
  getElementInstance: ElementInstanceResult;
  /** Get exporting status */
  getExportingStatus: ExportingStatusResponse;
  /** Get form by key */
  getFormByKey: FormResult;
  /** Get a global-scoped cluster variable */
  getGlobalClusterVariable: ClusterVariableResult;
  /** Global job statistics */
  getGlobalJobStatistics: GlobalJobStatisticsQueryResult;
  /** Get global user task listener */
  getGlobalTaskListener: GlobalTaskListenerResult;
  /** Get group */
  getGroup: GroupResult;
  /** Get history backup */
  getHistoryBackup: HistoryBackupInfo;
  /** Get a history backup across physical tenants */
  getHistoryBackupAsClusterAdmin: ClusterHistoryBackupInfo;
  /** Get incident */
  getIncident: IncidentResult;
  /** Get error metrics for a job type */
  getJobErrorStatistics: JobErrorStatisticsQueryResult;
  /** Get time-series metrics for a job type */
  getJobTimeSeriesStatistics: JobTimeSeriesStatisticsQueryResult;
  /** Get job statistics by type */
  getJobTypeStatistics: JobTypeStatisticsQueryResult;
  /** Get job statistics by worker */
  getJobWorkerStatistics: JobWorkerStatisticsQueryResult;
  /** Get license status */
  getLicense: LicenseResponse;
  /** Get a mapping rule */
  getMappingRule: MappingRuleResult;
  /** Get process definition */
  getProcessDefinition: ProcessDefinitionResult;
  /** Get process instance statistics */
  getProcessDefinitionInstanceStatistics: ProcessDefinitionInstanceStatisticsQueryResult;
  /** Get process instance statistics by version */
  getProcessDefinitionInstanceVersionStatistics: ProcessDefinitionInstanceVersionStatisticsQueryResult;
  /** Get message subscription statistics */
  getProcessDefinitionMessageSubscriptionStatistics: ProcessDefinitionMessageSubscriptionStatisticsQueryResult;
  /** Get process definition statistics */
  getProcessDefinitionStatistics: ProcessDefinitionElementStatisticsQueryResult;
  /** Get process definition XML */
  getProcessDefinitionXML: string;
  /** Get process instance */
  getProcessInstance: ProcessInstanceResult;
  /** Get call hierarchy */
  getProcessInstanceCallHierarchy: ProcessInstanceCallHierarchyEntry[];
  /** Get sequence flows */
  getProcessInstanceSequenceFlows: ProcessInstanceSequenceFlowsQueryResult;
  /** Get element instance statistics */
  getProcessInstanceStatistics: ProcessInstanceElementStatisticsQueryResult;
  /** Get process instance statistics by definition */
  getProcessInstanceStatisticsByDefinition: IncidentProcessInstanceStatisticsByDefinitionQueryResult;
  /** Get process instance statistics by error */
  getProcessInstanceStatisticsByError: IncidentProcessInstanceStatisticsByErrorQueryResult;
  /** Get wait state statistics */
  getProcessInstanceWaitStateStatistics: ProcessInstanceWaitStateStatisticsQueryResult;
  /** Get resource */
  getResource: ResourceResult;
  /** Get RPA resource content (deprecated) */
  getResourceContent: Record<string, unknown>;
  /** Get resource content as binary */
  getResourceContentBinary: Uint8Array;
  /** Get the status of the restore that is currently in progress */
  getRestoreStatus: RestoreStatusResponse;
  /** Get role */
  getRole: RoleResult;
  /** Get runtime backup */
  getRuntimeBackup: BackupInfo;
  /** Get a runtime backup across physical tenants */
  getRuntimeBackupAsClusterAdmin: ClusterRuntimeBackupInfo;
  /** Get runtime backup state */
  getRuntimeBackupState: RuntimeBackupState;
  /** Get runtime backup state across physical tenants */
  getRuntimeBackupStateAsClusterAdmin: ClusterRuntimeBackupState;
  /** Get process start form */
  getStartProcessForm: FormResult;
  /** Get physical tenant status */
  getStatus: void;
  /** System configuration (alpha) */
  getSystemConfiguration: SystemConfigurationResponse;
  /** Get tenant */
  getTenant: TenantResult;
  /** Get a tenant-scoped cluster variable */
  getTenantClusterVariable: ClusterVariableResult;
  /** Get cluster topology */
  getTopology: TopologyResponse;
  /** Get usage metrics */
  getUsageMetrics: UsageMetricsResponse;
  /** Get user */
  getUser: UserResult;
  /** Get user task */
  getUserTask: UserTaskResult;
  /** Get user task form */
  getUserTaskForm: FormResult;
  /** Get variable */
  getVariable: VariableResult;
  /** List history backups */
  listHistoryBackups: HistoryBackupInfo[];
  /** List history backups across physical tenants */
  listHistoryBackupsAsClusterAdmin: ClusterHistoryBackupInfo[];
  /** List runtime backups */
  listRuntimeBackups: BackupInfo[];
  /** List runtime backups across physical tenants */
  listRuntimeBackupsAsClusterAdmin: ClusterRuntimeBackupInfo[];
  /** List secrets (alpha) */
  listSecrets: SecretListResult;
  /** Migrate process instance */
  migrateProcessInstance: void;
  /** Migrate process instances (batch) */
  migrateProcessInstancesBatchOperation: BatchOperationCreatedResult;
  /** Modify process instance */
  modifyProcessInstance: void;
  /** Modify process instances (batch) */
  modifyProcessInstancesBatchOperation: BatchOperationCreatedResult;
  /** Pause exporting across the whole cluster */
  pauseClusterExporting: void;
  /** Pause exporting */
  pauseExporting: void;
  /** Pin internal clock (alpha) */
  pinClock: void;
  /** Publish message */
  publishMessage: MessagePublicationResult;
  /** Reset internal clock (alpha) */
  resetClock: void;
  /** Resolve incident */
  resolveIncident: void;
  /** Resolve related incidents (batch) */
  resolveIncidentsBatchOperation: BatchOperationCreatedResult;
  /** Resolve related incidents */
  resolveProcessInstanceIncidents: BatchOperationCreatedResult;
  /** Resolve secrets (alpha) */
  resolveSecrets: SecretResolveResult;
  /** Restore from a backup */
  restore: ClusterRestoreResponse;
  /** Restore one or every physical tenant from a backup */
  restoreAsClusterAdmin: ClusterRestoreResponse;
  /** Resume Batch operation */
  resumeBatchOperation: void;
  /** Resume exporting across the whole cluster */
  resumeClusterExporting: void;
  /** Resume exporting */
  resumeExporting: void;
  /** Resume process instance */
  resumeProcessInstance: void;
  /** Resume process instances (batch) */
  resumeProcessInstancesBatchOperation: BatchOperationCreatedResult;
  /** Search agent definitions */
  searchAgentDefinitions: AgentDefinitionSearchQueryResult;
  /** Search agent instance history */
  searchAgentInstanceHistory: AgentInstanceHistorySearchQueryResult;
  /** Search agent instances */
  searchAgentInstances: AgentInstanceSearchQueryResult;
  /** Search audit logs */
  searchAuditLogs: AuditLogSearchQueryResult;
  /** Search authorizations */
  searchAuthorizations: AuthorizationSearchResult;
  /** Search batch operation items */
  searchBatchOperationItems: BatchOperationItemSearchQueryResult;
  /** Search batch operations */
  searchBatchOperations: BatchOperationSearchQueryResult;
  /** Search group clients */
  searchClientsForGroup: GroupClientSearchResult;
  /** Search role clients */
  searchClientsForRole: RoleClientSearchResult;
  /** Search clients for tenant */
  searchClientsForTenant: TenantClientSearchResult;
  /** searchClusterVariables */
  searchClusterVariables: ClusterVariableSearchQueryResult;
  /** Search correlated message subscriptions */
  searchCorrelatedMessageSubscriptions: CorrelatedMessageSubscriptionSearchQueryResult;
  /** Search decision definitions */
  searchDecisionDefinitions: DecisionDefinitionSearchQueryResult;
  /** Search decision instances */
  searchDecisionInstances: DecisionInstanceSearchQueryResult;
  /** Search decision requirements */
  searchDecisionRequirements: DecisionRequirementsSearchQueryResult;
  /** Search for incidents of a specific element instance */
  searchElementInstanceIncidents: IncidentSearchQueryResult;
  /** Search element instance wait states */
  searchElementInstanceWaitStates: ElementInstanceWaitStateQueryResult;
  /** Search element instances */
  searchElementInstances: ElementInstanceSearchQueryResult;
  /** Search global user task listeners */
  searchGlobalTaskListeners: GlobalTaskListenerSearchQueryResult;
  /** Search groups for tenant */
  searchGroupIdsForTenant: TenantGroupSearchResult;
  /** Search groups */
  searchGroups: GroupSearchQueryResult;
  /** Search role groups */
  searchGroupsForRole: RoleGroupSearchResult;
  /** Search incidents */
  searchIncidents: IncidentSearchQueryResult;
  /** Search jobs */
  searchJobs: JobSearchQueryResult;
  /** Search mapping rules */
  searchMappingRule: MappingRuleSearchQueryResult;
  /** Search group mapping rules */
  searchMappingRulesForGroup: GroupMappingRuleSearchResult;
  /** Search role mapping rules */
  searchMappingRulesForRole: RoleMappingRuleSearchResult;
  /** Search mapping rules for tenant */
  searchMappingRulesForTenant: TenantMappingRuleSearchResult;
  /** Search message subscriptions */
  searchMessageSubscriptions: MessageSubscriptionSearchQueryResult;
  /** Search own authorizations */
  searchOwnAuthorizations: OwnAuthorizationSearchResult;
  /** Search process definition variable names */
  searchProcessDefinitionVariableNames: ProcessDefinitionVariableNameSearchQueryResult;
  /** Search process definitions */
  searchProcessDefinitions: ProcessDefinitionSearchQueryResult;
  /** Search related incidents */
  searchProcessInstanceIncidents: IncidentSearchQueryResult;
  /** Search process instances */
  searchProcessInstances: ProcessInstanceSearchQueryResult;
  /** Search resources */
  searchResources: ResourceSearchQueryResult;
  /** Search roles */
  searchRoles: RoleSearchQueryResult;
  /** Search group roles */
  searchRolesForGroup: GroupRoleSearchResult;
  /** Search roles for tenant */
  searchRolesForTenant: TenantRoleSearchResult;
  /** Search tenants */
  searchTenants: TenantSearchQueryResult;
  /** Search user task audit logs */
  searchUserTaskAuditLogs: AuditLogSearchQueryResult;
  /** Search user task effective variables */
  searchUserTaskEffectiveVariables: VariableSearchQueryResult;
  /** Search user task variables */
  searchUserTaskVariables: VariableSearchQueryResult;
  /** Search user tasks */
  searchUserTasks: UserTaskSearchQueryResult;
  /** Search users */
  searchUsers: UserSearchResult;
  /** Search group users */
  searchUsersForGroup: GroupUserSearchResult;
  /** Search role users */
  searchUsersForRole: RoleUserSearchResult;
  /** Search users for tenant */
  searchUsersForTenant: TenantUserSearchResult;
  /** Search variables */
  searchVariables: VariableSearchQueryResult;
  /** Suspend Batch operation */
  suspendBatchOperation: void;
  /** Suspend process instance */
  suspendProcessInstance: void;
  /** Suspend process instances (batch) */
  suspendProcessInstancesBatchOperation: BatchOperationCreatedResult;
  /** Force-write runtime backup state */
  syncRuntimeBackupState: RuntimeBackupState;
  /** Force-write runtime backup state across physical tenants */
  syncRuntimeBackupStateAsClusterAdmin: ClusterRuntimeBackupState;
  /** Take a history backup */
  takeHistoryBackup: TakeHistoryBackupResponse;
  /** Take a history backup on one or every physical tenant */
  takeHistoryBackupAsClusterAdmin: ClusterTakeHistoryBackupResponse;
  /** Take a runtime backup */
  takeRuntimeBackup: TakeRuntimeBackupResponse;
  /** Take a runtime backup on one or every physical tenant */
  takeRuntimeBackupAsClusterAdmin: ClusterTakeRuntimeBackupResponse;
  /** Throw error for job */
  throwJobError: void;
  /** Unassign a client from a group */
  unassignClientFromGroup: void;
  /** Unassign a client from a tenant */
  unassignClientFromTenant: void;
  /** Unassign a group from a tenant */
  unassignGroupFromTenant: void;
  /** Unassign a mapping rule from a group */
  unassignMappingRuleFromGroup: void;
  /** Unassign a mapping rule from a tenant */
  unassignMappingRuleFromTenant: void;
  /** Unassign a role from a client */
  unassignRoleFromClient: void;
  /** Unassign a role from a group */
  unassignRoleFromGroup: void;
  /** Unassign a role from a mapping rule */
  unassignRoleFromMappingRule: void;
  /** Unassign a role from a tenant */
  unassignRoleFromTenant: void;
  /** Unassign a role from a user */
  unassignRoleFromUser: void;
  /** Unassign a user from a group */
  unassignUserFromGroup: void;
  /** Unassign a user from a tenant */
  unassignUserFromTenant: void;
  /** Unassign user task */
  unassignUserTask: void;
  /** Update agent instance */
  updateAgentInstance: AgentInstanceUpdateResult;
  /** Update authorization */
  updateAuthorization: void;
  /** Update a global-scoped cluster variable */
  updateGlobalClusterVariable: ClusterVariableResult;
  /** Update global user task listener */
  updateGlobalTaskListener: GlobalTaskListenerResult;
  /** Update group */
  updateGroup: GroupUpdateResult;
  /** Update job */
  updateJob: void;
  /** Update jobs (batch) */
  updateJobsBatchOperation: BatchOperationCreatedResult;
  /** Update mapping rule */
  updateMappingRule: MappingRuleUpdateResult;
  /** Update role */
  updateRole: RoleUpdateResult;
  /** Update tenant */
  updateTenant: TenantUpdateResult;
  /** Update a tenant-scoped cluster variable */
  updateTenantClusterVariable: ClusterVariableResult;
  /** Update user */
  updateUser: UserUpdateResult;
  /** Update user task */
  updateUserTask: void;
}

/** The error statuses each operation documents. */
export interface OperationErrorStatuses {
  /** Activate activities within an ad-hoc sub-process */
  activateAdHocSubProcessActivities: 400 | 401 | 403 | 404 | 500 | 503;
  /** Activate jobs */
  activateJobs: 400 | 401 | 500 | 503;
  /** Assign a client to a group */
  assignClientToGroup: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign a client to a tenant */
  assignClientToTenant: 400 | 403 | 404 | 500 | 503;
  /** Assign a group to a tenant */
  assignGroupToTenant: 400 | 403 | 404 | 500 | 503;
  /** Assign a mapping rule to a group */
  assignMappingRuleToGroup: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign a mapping rule to a tenant */
  assignMappingRuleToTenant: 400 | 403 | 404 | 500 | 503;
  /** Assign business id to process instance */
  assignProcessInstanceBusinessId: 400 | 404 | 409 | 500 | 503;
  /** Assign a role to a client */
  assignRoleToClient: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign a role to a group */
  assignRoleToGroup: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign a role to a mapping rule */
  assignRoleToMappingRule: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign a role to a tenant */
  assignRoleToTenant: 400 | 403 | 404 | 500 | 503;
  /** Assign a role to a user */
  assignRoleToUser: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign user task */
  assignUserTask: 400 | 404 | 409 | 500 | 503 | 504;
  /** Assign a user to a group */
  assignUserToGroup: 400 | 403 | 404 | 409 | 500 | 503;
  /** Assign a user to a tenant */
  assignUserToTenant: 400 | 403 | 404 | 500 | 503;
  /** Broadcast signal */
  broadcastSignal: 400 | 404 | 500 | 503;
  /** Cancel Batch operation */
  cancelBatchOperation: 400 | 403 | 404 | 500;
  /** Cancel process instance */
  cancelProcessInstance: 400 | 404 | 500 | 503 | 504;
  /** Cancel process instances (batch) */
  cancelProcessInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Change cluster mode */
  changeClusterMode: 400 | 401 | 403 | 500;
  /** Change the cluster mode of one or every physical tenant */
  changeClusterModeAsClusterAdmin: 400 | 401 | 404 | 409 | 500;
  /** Complete job */
  completeJob: 400 | 404 | 409 | 500 | 503;
  /** Complete user task */
  completeUserTask: 400 | 404 | 409 | 500 | 503 | 504;
  /** Correlate message */
  correlateMessage: 400 | 403 | 404 | 500 | 503;
  /** Create admin user */
  createAdminUser: 400 | 403 | 409 | 500 | 503;
  /** Create agent instance */
  createAgentInstance: 400 | 401 | 403 | 404 | 409 | 500 | 503;
  /** Create agent instance history item */
  createAgentInstanceHistoryItem: 400 | 401 | 403 | 404 | 500 | 503;
  /** Create authorization */
  createAuthorization: 400 | 401 | 403 | 404 | 500 | 503;
  /** Deploy resources */
  createDeployment: 400 | 503;
  /** Upload document */
  createDocument: 400 | 415;
  /** Create document link */
  createDocumentLink: 400;
  /** Upload multiple documents */
  createDocuments: 400 | 415;
  /** Update element instance variables */
  createElementInstanceVariables: 400 | 500 | 503 | 504;
  /** Create a global-scoped cluster variable */
  createGlobalClusterVariable: 400 | 401 | 403 | 409 | 500;
  /** Create global user task listener */
  createGlobalTaskListener: 400 | 401 | 403 | 409 | 500 | 503;
  /** Create group */
  createGroup: 400 | 401 | 403 | 409 | 500 | 503;
  /** Create mapping rule */
  createMappingRule: 400 | 403 | 404 | 409 | 500;
  /** Create process instance */
  createProcessInstance: 400 | 409 | 500 | 503 | 504;
  /** Create role */
  createRole: 400 | 401 | 403 | 409 | 500 | 503;
  /** Create tenant */
  createTenant: 400 | 403 | 404 | 409 | 500 | 503;
  /** Create a tenant-scoped cluster variable */
  createTenantClusterVariable: 400 | 401 | 403 | 404 | 409 | 500;
  /** Create user */
  createUser: 400 | 401 | 403 | 409 | 500 | 503;
  /** Delete authorization */
  deleteAuthorization: 401 | 404 | 500 | 503;
  /** Delete decision instance */
  deleteDecisionInstance: 401 | 403 | 404 | 500 | 503;
  /** Delete decision instances (batch) */
  deleteDecisionInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Delete document */
  deleteDocument: 404 | 500;
  /** Delete a global-scoped cluster variable */
  deleteGlobalClusterVariable: 400 | 401 | 403 | 404 | 500;
  /** Delete global user task listener */
  deleteGlobalTaskListener: 400 | 401 | 403 | 404 | 500 | 503;
  /** Delete group */
  deleteGroup: 401 | 404 | 500 | 503;
  /** Delete history backup */
  deleteHistoryBackup: 401 | 403 | 404 | 500 | 503;
  /** Delete a history backup across physical tenants */
  deleteHistoryBackupAsClusterAdmin: 400 | 401 | 403 | 404 | 500 | 503;
  /** Delete a mapping rule */
  deleteMappingRule: 401 | 404 | 500 | 503;
  /** Delete process instance */
  deleteProcessInstance: 401 | 403 | 404 | 409 | 500 | 503;
  /** Delete process instances (batch) */
  deleteProcessInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Delete resource */
  deleteResource: 400 | 404 | 500 | 503;
  /** Delete role */
  deleteRole: 401 | 404 | 500 | 503;
  /** Delete runtime backup */
  deleteRuntimeBackup: 401 | 403 | 500 | 503;
  /** Delete a runtime backup across physical tenants */
  deleteRuntimeBackupAsClusterAdmin: 400 | 401 | 404 | 500 | 503;
  /** Delete runtime backup state */
  deleteRuntimeBackupState: 401 | 403 | 500 | 503;
  /** Delete runtime backup state across physical tenants */
  deleteRuntimeBackupStateAsClusterAdmin: 401 | 404 | 500 | 503;
  /** Delete tenant */
  deleteTenant: 400 | 403 | 404 | 500 | 503;
  /** Delete a tenant-scoped cluster variable */
  deleteTenantClusterVariable: 400 | 401 | 403 | 404 | 500;
  /** Delete user */
  deleteUser: 400 | 404 | 500 | 503;
  /** Evaluate root level conditional start events */
  evaluateConditionals: 400 | 403 | 404 | 500 | 503;
  /** Evaluate decision */
  evaluateDecision: 400 | 404 | 500 | 503;
  /** Evaluate an expression */
  evaluateExpression: 400 | 401 | 403 | 500;
  /** Fail job */
  failJob: 400 | 404 | 409 | 500 | 503;
  /** Get agent definition */
  getAgentDefinition: 400 | 401 | 403 | 404 | 500;
  /** Get agent instance */
  getAgentInstance: 400 | 401 | 403 | 404 | 500 | 503;
  /** Get audit log */
  getAuditLog: 401 | 403 | 404 | 500;
  /** Get current user */
  getAuthentication: 401 | 403 | 500;
  /** Get authorization */
  getAuthorization: 401 | 403 | 404 | 500;
  /** Get batch operation */
  getBatchOperation: 400 | 404 | 500;
  /** Get exporting status of the whole cluster */
  getClusterExportingStatus: 401 | 403 | 500 | 503;
  /** Get the status of the whole cluster */
  getClusterStatus: 503;
  /** Get the topology of the whole cluster */
  getClusterTopology: 401 | 403 | 500;
  /** Get decision definition */
  getDecisionDefinition: 400 | 401 | 403 | 404 | 500;
  /** Get decision definition XML */
  getDecisionDefinitionXML: 400 | 401 | 403 | 404 | 500;
  /** Get decision instance */
  getDecisionInstance: 400 | 401 | 403 | 404 | 500;
  /** Get decision requirements */
  getDecisionRequirements: 400 | 401 | 403 | 404 | 500;
  /** Get decision requirements XML */
  getDecisionRequirementsXML: 400 | 401 | 403 | 404 | 500;
  /** Download document */
  getDocument: 404 | 500;
  /** Get element instance */
  getElementInstance: 400 | 401 | 403 | 404 | 500;
  /** Get exporting status */
  getExportingStatus: 401 | 403 | 500 | 503;
  /** Get form by key */
  getFormByKey: 400 | 401 | 403 | 404 | 500;
  /** Get a global-scoped cluster variable */
  getGlobalClusterVariable: 400 | 401 | 403 | 404 | 500;
  /** Global job statistics */
  getGlobalJobStatistics: 400 | 401 | 403 | 500;
  /** Get global user task listener */
  getGlobalTaskListener: 401 | 403 | 404 | 500;
  /** Get group */
  getGroup: 401 | 403 | 404 | 500;
  /** Get history backup */
  getHistoryBackup: 401 | 403 | 404 | 500 | 503;
  /** Get a history backup across physical tenants */
  getHistoryBackupAsClusterAdmin: 400 | 401 | 403 | 404 | 500 | 503;
  /** Get incident */
  getIncident: 400 | 401 | 403 | 404 | 500;
  /** Get error metrics for a job type */
  getJobErrorStatistics: 400 | 401 | 403 | 500;
  /** Get time-series metrics for a job type */
  getJobTimeSeriesStatistics: 400 | 401 | 403 | 500;
  /** Get job statistics by type */
  getJobTypeStatistics: 400 | 401 | 403 | 500;
  /** Get job statistics by worker */
  getJobWorkerStatistics: 400 | 401 | 403 | 500;
  /** Get license status */
  getLicense: 500;
  /** Get a mapping rule */
  getMappingRule: 401 | 404 | 500;
  /** Get process definition */
  getProcessDefinition: 400 | 401 | 403 | 404 | 500;
  /** Get process instance statistics */
  getProcessDefinitionInstanceStatistics: 400 | 401 | 403 | 500;
  /** Get process instance statistics by version */
  getProcessDefinitionInstanceVersionStatistics: 400 | 401 | 403 | 500;
  /** Get message subscription statistics */
  getProcessDefinitionMessageSubscriptionStatistics: 400 | 401 | 403 | 500;
  /** Get process definition statistics */
  getProcessDefinitionStatistics: 400 | 401 | 403 | 500;
  /** Get process definition XML */
  getProcessDefinitionXML: 400 | 401 | 403 | 404 | 500;
  /** Get process instance */
  getProcessInstance: 400 | 401 | 403 | 404 | 500;
  /** Get call hierarchy */
  getProcessInstanceCallHierarchy: 400 | 401 | 403 | 404 | 500;
  /** Get sequence flows */
  getProcessInstanceSequenceFlows: 400 | 401 | 403 | 500;
  /** Get element instance statistics */
  getProcessInstanceStatistics: 400 | 401 | 403 | 500;
  /** Get process instance statistics by definition */
  getProcessInstanceStatisticsByDefinition: 400 | 401 | 403 | 500;
  /** Get process instance statistics by error */
  getProcessInstanceStatisticsByError: 400 | 401 | 403 | 500;
  /** Get wait state statistics */
  getProcessInstanceWaitStateStatistics: 400 | 401 | 403 | 500;
  /** Get resource */
  getResource: 404 | 500;
  /** Get RPA resource content (deprecated) */
  getResourceContent: 404 | 406 | 500;
  /** Get resource content as binary */
  getResourceContentBinary: 404 | 500;
  /** Get the status of the restore that is currently in progress */
  getRestoreStatus: 401 | 403 | 404 | 500;
  /** Get role */
  getRole: 401 | 403 | 404 | 500;
  /** Get runtime backup */
  getRuntimeBackup: 401 | 403 | 404 | 500 | 503;
  /** Get a runtime backup across physical tenants */
  getRuntimeBackupAsClusterAdmin: 400 | 401 | 404 | 500 | 503;
  /** Get runtime backup state */
  getRuntimeBackupState: 401 | 403 | 500 | 503;
  /** Get runtime backup state across physical tenants */
  getRuntimeBackupStateAsClusterAdmin: 401 | 404 | 500 | 503;
  /** Get process start form */
  getStartProcessForm: 400 | 401 | 403 | 404 | 500;
  /** Get physical tenant status */
  getStatus: 503;
  /** System configuration (alpha) */
  getSystemConfiguration: 401 | 500;
  /** Get tenant */
  getTenant: 400 | 401 | 403 | 404 | 500;
  /** Get a tenant-scoped cluster variable */
  getTenantClusterVariable: 400 | 401 | 403 | 404 | 500;
  /** Get cluster topology */
  getTopology: 401 | 500;
  /** Get usage metrics */
  getUsageMetrics: 400 | 401 | 403 | 500;
  /** Get user */
  getUser: 401 | 403 | 404 | 500;
  /** Get user task */
  getUserTask: 400 | 401 | 403 | 404 | 500;
  /** Get user task form */
  getUserTaskForm: 400 | 401 | 403 | 404 | 500;
  /** Get variable */
  getVariable: 400 | 401 | 403 | 404 | 500;
  /** List history backups */
  listHistoryBackups: 400 | 401 | 403 | 500 | 503;
  /** List history backups across physical tenants */
  listHistoryBackupsAsClusterAdmin: 400 | 401 | 403 | 404 | 500 | 503;
  /** List runtime backups */
  listRuntimeBackups: 400 | 401 | 403 | 500 | 503;
  /** List runtime backups across physical tenants */
  listRuntimeBackupsAsClusterAdmin: 400 | 401 | 404 | 500 | 503;
  /** List secrets (alpha) */
  listSecrets: 400 | 401 | 500 | 503;
  /** Migrate process instance */
  migrateProcessInstance: 400 | 404 | 409 | 500 | 503;
  /** Migrate process instances (batch) */
  migrateProcessInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Modify process instance */
  modifyProcessInstance: 400 | 404 | 500 | 503;
  /** Modify process instances (batch) */
  modifyProcessInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Pause exporting across the whole cluster */
  pauseClusterExporting: 401 | 403 | 500 | 503;
  /** Pause exporting */
  pauseExporting: 401 | 403 | 500 | 503;
  /** Pin internal clock (alpha) */
  pinClock: 400 | 500 | 503;
  /** Publish message */
  publishMessage: 400 | 500 | 503;
  /** Reset internal clock (alpha) */
  resetClock: 500 | 503;
  /** Resolve incident */
  resolveIncident: 400 | 404 | 409 | 500 | 503;
  /** Resolve related incidents (batch) */
  resolveIncidentsBatchOperation: 400 | 401 | 403 | 500;
  /** Resolve related incidents */
  resolveProcessInstanceIncidents: 400 | 401 | 404 | 500 | 503;
  /** Resolve secrets (alpha) */
  resolveSecrets: 400 | 401 | 500 | 503;
  /** Restore from a backup */
  restore: 400 | 401 | 403 | 409 | 500;
  /** Restore one or every physical tenant from a backup */
  restoreAsClusterAdmin: 400 | 401 | 404 | 409 | 500;
  /** Resume Batch operation */
  resumeBatchOperation: 400 | 403 | 404 | 500 | 503;
  /** Resume exporting across the whole cluster */
  resumeClusterExporting: 401 | 403 | 500 | 503;
  /** Resume exporting */
  resumeExporting: 401 | 403 | 500 | 503;
  /** Resume process instance */
  resumeProcessInstance: 400 | 404 | 409 | 500 | 503;
  /** Resume process instances (batch) */
  resumeProcessInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Search agent definitions */
  searchAgentDefinitions: 400 | 401 | 403 | 500;
  /** Search agent instance history */
  searchAgentInstanceHistory: 400 | 401 | 403 | 404 | 500;
  /** Search agent instances */
  searchAgentInstances: 400 | 401 | 403 | 500;
  /** Search audit logs */
  searchAuditLogs: 400 | 401 | 403 | 500;
  /** Search authorizations */
  searchAuthorizations: 400 | 401 | 403 | 500;
  /** Search batch operation items */
  searchBatchOperationItems: 400 | 500;
  /** Search batch operations */
  searchBatchOperations: 400 | 500;
  /** Search group clients */
  searchClientsForGroup: 400 | 401 | 403 | 404 | 500;
  /** Search role clients */
  searchClientsForRole: 400 | 401 | 403 | 404 | 500;
  /** Search clients for tenant */
  searchClientsForTenant: never;
  /** searchClusterVariables */
  searchClusterVariables: 400 | 401 | 403 | 500;
  /** Search correlated message subscriptions */
  searchCorrelatedMessageSubscriptions: 400 | 401 | 403 | 500;
  /** Search decision definitions */
  searchDecisionDefinitions: 400 | 401 | 403 | 500;
  /** Search decision instances */
  searchDecisionInstances: 400 | 401 | 403 | 500;
  /** Search decision requirements */
  searchDecisionRequirements: 400 | 401 | 403 | 500;
  /** Search for incidents of a specific element instance */
  searchElementInstanceIncidents: 400 | 401 | 403 | 404 | 500;
  /** Search element instance wait states */
  searchElementInstanceWaitStates: 400 | 401 | 403 | 500;
  /** Search element instances */
  searchElementInstances: 400 | 401 | 403 | 500;
  /** Search global user task listeners */
  searchGlobalTaskListeners: 400 | 401 | 403 | 500;
  /** Search groups for tenant */
  searchGroupIdsForTenant: never;
  /** Search groups */
  searchGroups: 400 | 401 | 403 | 500;
  /** Search role groups */
  searchGroupsForRole: 400 | 401 | 403 | 404 | 500;
  /** Search incidents */
  searchIncidents: 400 | 401 | 403 | 500;
  /** Search jobs */
  searchJobs: 400 | 401 | 403 | 500;
  /** Search mapping rules */
  searchMappingRule: 400 | 401 | 403 | 500;
  /** Search group mapping rules */
  searchMappingRulesForGroup: 400 | 401 | 403 | 404 | 500;
  /** Search role mapping rules */
  searchMappingRulesForRole: 400 | 401 | 403 | 404 | 500;
  /** Search mapping rules for tenant */
  searchMappingRulesForTenant: never;
  /** Search message subscriptions */
  searchMessageSubscriptions: 400 | 401 | 403 | 500;
  /** Search own authorizations */
  searchOwnAuthorizations: 400 | 401 | 500;
  /** Search process definition variable names */
  searchProcessDefinitionVariableNames: 400 | 401 | 403 | 500;
  /** Search process definitions */
  searchProcessDefinitions: 400 | 401 | 403 | 500;
  /** Search related incidents */
  searchProcessInstanceIncidents: 400 | 401 | 403 | 404 | 500;
  /** Search process instances */
  searchProcessInstances: 400 | 401 | 403 | 500;
  /** Search resources */
  searchResources: 400 | 401 | 403 | 500;
  /** Search roles */
  searchRoles: 400 | 401 | 403 | 500;
  /** Search group roles */
  searchRolesForGroup: 400 | 401 | 403 | 404 | 500;
  /** Search roles for tenant */
  searchRolesForTenant: never;
  /** Search tenants */
  searchTenants: 400 | 401 | 403 | 404 | 500;
  /** Search user task audit logs */
  searchUserTaskAuditLogs: 400 | 500;
  /** Search user task effective variables */
  searchUserTaskEffectiveVariables: 400 | 500;
  /** Search user task variables */
  searchUserTaskVariables: 400 | 500;
  /** Search user tasks */
  searchUserTasks: 400 | 401 | 403 | 500;
  /** Search users */
  searchUsers: 400 | 401 | 403 | 500;
  /** Search group users */
  searchUsersForGroup: 400 | 401 | 403 | 404 | 500;
  /** Search role users */
  searchUsersForRole: 400 | 401 | 403 | 404 | 500;
  /** Search users for tenant */
  searchUsersForTenant: never;
  /** Search variables */
  searchVariables: 400 | 401 | 403 | 500;
  /** Suspend Batch operation */
  suspendBatchOperation: 400 | 403 | 404 | 500 | 503;
  /** Suspend process instance */
  suspendProcessInstance: 400 | 404 | 409 | 500 | 503;
  /** Suspend process instances (batch) */
  suspendProcessInstancesBatchOperation: 400 | 401 | 403 | 500;
  /** Force-write runtime backup state */
  syncRuntimeBackupState: 401 | 403 | 500 | 503 | 504;
  /** Force-write runtime backup state across physical tenants */
  syncRuntimeBackupStateAsClusterAdmin: 401 | 404 | 500 | 503 | 504;
  /** Take a history backup */
  takeHistoryBackup: 400 | 401 | 403 | 409 | 500 | 503;
  /** Take a history backup on one or every physical tenant */
  takeHistoryBackupAsClusterAdmin: 400 | 401 | 403 | 404 | 409 | 500 | 503;
  /** Take a runtime backup */
  takeRuntimeBackup: 400 | 401 | 403 | 409 | 500 | 503 | 504;
  /** Take a runtime backup on one or every physical tenant */
  takeRuntimeBackupAsClusterAdmin: 400 | 401 | 404 | 409 | 500 | 502 | 503 | 504;
  /** Throw error for job */
  throwJobError: 400 | 404 | 409 | 500 | 503;
  /** Unassign a client from a group */
  unassignClientFromGroup: 400 | 403 | 404 | 500 | 503;
  /** Unassign a client from a tenant */
  unassignClientFromTenant: 400 | 403 | 404 | 500 | 503;
  /** Unassign a group from a tenant */
  unassignGroupFromTenant: 400 | 403 | 404 | 500 | 503;
  /** Unassign a mapping rule from a group */
  unassignMappingRuleFromGroup: 400 | 403 | 404 | 500 | 503;
  /** Unassign a mapping rule from a tenant */
  unassignMappingRuleFromTenant: 400 | 403 | 404 | 500 | 503;
  /** Unassign a role from a client */
  unassignRoleFromClient: 400 | 403 | 404 | 500 | 503;
  /** Unassign a role from a group */
  unassignRoleFromGroup: 400 | 403 | 404 | 500 | 503;
  /** Unassign a role from a mapping rule */
  unassignRoleFromMappingRule: 400 | 403 | 404 | 500 | 503;
  /** Unassign a role from a tenant */
  unassignRoleFromTenant: 400 | 403 | 404 | 500 | 503;
  /** Unassign a role from a user */
  unassignRoleFromUser: 400 | 403 | 404 | 500 | 503;
  /** Unassign a user from a group */
  unassignUserFromGroup: 400 | 403 | 404 | 500 | 503;
  /** Unassign a user from a tenant */
  unassignUserFromTenant: 400 | 403 | 404 | 500 | 503;
  /** Unassign user task */
  unassignUserTask: 400 | 404 | 409 | 500 | 503 | 504;
  /** Update agent instance */
  updateAgentInstance: 400 | 401 | 403 | 404 | 500;
  /** Update authorization */
  updateAuthorization: 401 | 404 | 500 | 503;
  /** Update a global-scoped cluster variable */
  updateGlobalClusterVariable: 400 | 401 | 403 | 404 | 500;
  /** Update global user task listener */
  updateGlobalTaskListener: 400 | 401 | 403 | 404 | 500 | 503;
  /** Update group */
  updateGroup: 400 | 401 | 404 | 500 | 503;
  /** Update job */
  updateJob: 400 | 404 | 409 | 500 | 503;
  /** Update jobs (batch) */
  updateJobsBatchOperation: 400 | 401 | 403 | 500;
  /** Update mapping rule */
  updateMappingRule: 400 | 403 | 404 | 500 | 503;
  /** Update role */
  updateRole: 400 | 401 | 404 | 500 | 503;
  /** Update tenant */
  updateTenant: 400 | 403 | 404 | 500 | 503;
  /** Update a tenant-scoped cluster variable */
  updateTenantClusterVariable: 400 | 401 | 403 | 404 | 500;
  /** Update user */
  updateUser: 400 | 403 | 404 | 500 | 503;
  /** Update user task */
  updateUserTask: 400 | 404 | 409 | 500 | 503 | 504;
}

/** The input object of operation `K`. */
export type OperationInput<K extends OperationId> = OperationInputs[K];

/** The success payload of operation `K`. */
export type OperationOutput<K extends OperationId> = OperationOutputs[K];

/** The error statuses operation `K` documents, e.g. `400 | 404 | 500`. */
export type OperationErrorStatus<K extends OperationId> = OperationErrorStatuses[K];
