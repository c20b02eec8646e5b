// The client, its errors, and what users need from the other layers (errors and guards, key types and their
// companions, Logger, config types, auth providers), so that installing @camunda-ts/client alone is enough.
export {
  AuthError,
  type AuthErrorCode,
  type AuthHeadersContext,
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
  type BackpressureChangeEvent,
  type BackpressureProfile,
  BackpressureQueueFullError,
  type BackpressureSeverity,
  type BackpressureState,
  isBackpressureQueueFullError,
} from '@camunda-ts/backpressure';
export {
  type CamundaConfig,
  ConfigError,
  type ConfigIssue,
  type ConfigOverrides,
  type ConfigSource,
  type ConfigValueDescription,
  type ConfigWarning,
  type ConfigWarningCode,
  describeConfig,
  isConfigError,
  type LogLevel,
  resolveConfig,
  Secret,
  type ValidationMode,
} from '@camunda-ts/config';
/** pino `redact` paths of the default logger (credential headers, tokens, secrets), for your own pino instance. */
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
  REDACT_PATHS as defaultRedactPaths,
  type ResponseInfo,
  type RetryPolicy,
  TimeoutError,
} from '@camunda-ts/http';
export {
  AgentDefinitionKey,
  AgentHistoryItemKey,
  AgentInstanceKey,
  AuditLogEntityKey,
  AuditLogKey,
  AuthorizationKey,
  abortableSleep,
  BatchOperationKey,
  BusinessId,
  backoffDelay,
  CamundaError,
  ClientId,
  ClusterVariableName,
  ConditionalEvaluationKey,
  childLogger,
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
  InvalidKeyError,
  isCamundaError,
  isInvalidKeyError,
  JobKey,
  type Logger,
  type LogMethod,
  MappingRuleId,
  MessageKey,
  MessageSubscriptionKey,
  nullLogger,
  ProcessDefinitionId,
  ProcessDefinitionKey,
  ProcessInstanceKey,
  RoleId,
  type SemanticKey,
  type SemanticKeyCompanion,
  SignalKey,
  type SleepTimers,
  SPEC_HASH,
  StartCursor,
  Tag,
  TenantId,
  Username,
  UserTaskKey,
  VariableKey,
} from '@camunda-ts/types';
export type {
  OperationErrorStatus,
  OperationId,
  OperationInput,
  OperationOutput,
} from '@camunda-ts/types/operations';
export type { CallOptions, ConsistencyOptions } from './call-options.js';
export { CamundaClient, type DeployResourcesOptions } from './camunda-client.js';
export type { CamundaClientError } from './camunda-client-error.js';
export type { CamundaClientHooks, ClientAttemptInfo } from './camunda-client-hooks.js';
export type { CamundaClientOptions } from './camunda-client-options.js';
export { CLIENT_VERSION } from './client-version.js';
export { ConsistencyTimeoutError, isConsistencyTimeoutError } from './consistency-timeout-error.js';
export { createCamundaClient } from './create-camunda-client.js';
export {
  type CamundaResultClient,
  createCamundaResultClient,
  type Result,
} from './create-camunda-result-client.js';
export {
  createDefaultLogger,
  type DefaultLogger,
  type DefaultLoggerOptions,
  type PinoLevel,
} from './create-default-logger.js';
export {
  type DoctorCheck,
  type DoctorOptions,
  type DoctorReport,
  type DoctorStatus,
  runDoctor,
} from './doctor.js';
export type { ExtendedDeploymentResult } from './extend-deployment-result.js';
export { isOperationError, type OperationError } from './is-operation-error.js';
export type { OperationEndEvent, OperationStartEvent } from './operation-events.js';
export type { PaginatedIterable, PaginateOptions } from './paginate.js';
export { isPaginationError, PaginationError } from './pagination-error.js';
export type {
  PaginateCallOptions,
  PaginatedItem,
  PaginatedOperationId,
  PaginatedQuery,
  Paginators,
} from './paginators.js';
export { resourceMimeType } from './read-resource-files.js';
export { isResourceFileError, ResourceFileError } from './resource-file-error.js';
export { type LoggerLike, toLogger } from './to-logger.js';
export {
  isValidationError,
  ValidationError,
  type ValidationIssue,
  type ValidationSide,
} from './validation-error.js';
