// The client
export { type DeployResourcesOptions, CamundaClient } from './camunda-client.js';
export type { CamundaClientOptions } from './camunda-client-options.js';
export type { CamundaClientError } from './camunda-client-error.js';
export type { CamundaClientHooks, ClientAttemptInfo } from './camunda-client-hooks.js';
export type { CallOptions, ConsistencyOptions } from './call-options.js';
export { createCamundaClient } from './create-camunda-client.js';
export {
  type CamundaResultClient,
  createCamundaResultClient,
  type Result,
} from './create-camunda-result-client.js';
export type { ExtendedDeploymentResult } from './deployment-summary.js';
export type { OperationEndEvent, OperationStartEvent } from './operation-events.js';
export type { PaginatedIterable, PaginateOptions } from './paginate.js';
export type {
  PaginateCallOptions,
  PaginatedItem,
  PaginatedOperationId,
  PaginatedQuery,
  Paginators,
} from './paginators.js';
export { resourceMimeType } from './read-resource-files.js';

// Errors of this package
export { ConsistencyTimeoutError, isConsistencyTimeoutError } from './consistency-timeout-error.js';
export { type OperationError, isOperationError } from './is-operation-error.js';
export { isPaginationError, PaginationError } from './pagination-error.js';
export { isResourceFileError, ResourceFileError } from './resource-file-error.js';
export {
  isValidationError,
  ValidationError,
  type ValidationIssue,
  type ValidationSide,
} from './validation-error.js';

// Logging
export { createDefaultLogger, type DefaultLoggerOptions } from './create-default-logger.js';
export { defaultRedactPaths } from './default-redact-paths.js';
export { type LoggerLike, toLogger } from './to-logger.js';

// Re-exported so that installing @camunda-ts/client alone is enough.
export {
  type AuthHeadersContext,
  AuthError,
  type AuthErrorCode,
  type AuthProvider,
  type BasicAuthOptions,
  type BearerAuthOptions,
  createAuthProvider,
  createBasicAuth,
  createBearerAuth,
  createNoAuth,
  createOAuthProvider,
  isAuthError,
  type OAuthProviderOptions,
} from '@camunda-ts/auth';
export {
  BackpressureQueueFullError,
  type BackpressureChangeEvent,
  type BackpressureProfile,
  type BackpressureSeverity,
  type BackpressureState,
  isBackpressureQueueFullError,
} from '@camunda-ts/backpressure';
export {
  type CamundaConfig,
  ConfigError,
  type ConfigIssue,
  type ConfigOverrides,
  describeConfig,
  isConfigError,
  type LogLevel,
  resolveConfig,
  Secret,
  type ValidationMode,
} from '@camunda-ts/config';
export {
  AbortError,
  type AttemptInfo,
  type ErrorInfo,
  HttpError,
  isAbortError,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  NetworkError,
  type ProblemDetail,
  type ResponseInfo,
  type RetryPolicy,
  TimeoutError,
} from '@camunda-ts/http';
export {
  CamundaError,
  childLogger,
  InvalidKeyError,
  isCamundaError,
  isInvalidKeyError,
  type Logger,
  type LogMethod,
  nullLogger,
  SPEC_HASH,
  type SemanticKey,
  type SemanticKeyCompanion,
} from '@camunda-ts/types';
// The spec's semantic key types, each a branded string type and its `of`/`is` companion.
export {
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
} from '@camunda-ts/types';
export type {
  OperationErrorStatus,
  OperationId,
  OperationInput,
  OperationOutput,
} from '@camunda-ts/types/operations';
