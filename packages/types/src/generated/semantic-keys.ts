// Generated from the OpenAPI spec — do not edit
import { defineSemanticKey, type SemanticKey } from '../semantic-key.js';

/** System-generated key for an agent definition. */
export type AgentDefinitionKey = SemanticKey<'AgentDefinitionKey'>;
/**
 * System-generated key for an agent definition.
 *
 * `AgentDefinitionKey.of(raw)` validates and brands a string; `AgentDefinitionKey.is(raw)` checks one.
 */
export const AgentDefinitionKey = defineSemanticKey<AgentDefinitionKey>('AgentDefinitionKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for an agent history item. */
export type AgentHistoryItemKey = SemanticKey<'AgentHistoryItemKey'>;
/**
 * System-generated key for an agent history item.
 *
 * `AgentHistoryItemKey.of(raw)` validates and brands a string; `AgentHistoryItemKey.is(raw)` checks one.
 */
export const AgentHistoryItemKey = defineSemanticKey<AgentHistoryItemKey>('AgentHistoryItemKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for an agent instance. */
export type AgentInstanceKey = SemanticKey<'AgentInstanceKey'>;
/**
 * System-generated key for an agent instance.
 *
 * `AgentInstanceKey.of(raw)` validates and brands a string; `AgentInstanceKey.is(raw)` checks one.
 */
export const AgentInstanceKey = defineSemanticKey<AgentInstanceKey>('AgentInstanceKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated entity key for an audit log entry. */
export type AuditLogEntityKey = SemanticKey<'AuditLogEntityKey'>;
/**
 * System-generated entity key for an audit log entry.
 *
 * `AuditLogEntityKey.of(raw)` validates and brands a string; `AuditLogEntityKey.is(raw)` checks one.
 */
export const AuditLogEntityKey = defineSemanticKey<AuditLogEntityKey>('AuditLogEntityKey', {});

/** System-generated key for an audit log entry. */
export type AuditLogKey = SemanticKey<'AuditLogKey'>;
/**
 * System-generated key for an audit log entry.
 *
 * `AuditLogKey.of(raw)` validates and brands a string; `AuditLogKey.is(raw)` checks one.
 */
export const AuditLogKey = defineSemanticKey<AuditLogKey>('AuditLogKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for an authorization. */
export type AuthorizationKey = SemanticKey<'AuthorizationKey'>;
/**
 * System-generated key for an authorization.
 *
 * `AuthorizationKey.of(raw)` validates and brands a string; `AuthorizationKey.is(raw)` checks one.
 */
export const AuthorizationKey = defineSemanticKey<AuthorizationKey>('AuthorizationKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for an batch operation. */
export type BatchOperationKey = SemanticKey<'BatchOperationKey'>;
/**
 * System-generated key for an batch operation.
 *
 * `BatchOperationKey.of(raw)` validates and brands a string; `BatchOperationKey.is(raw)` checks one.
 */
export const BatchOperationKey = defineSemanticKey<BatchOperationKey>('BatchOperationKey', {});

/**
 * An optional, user-defined string identifier that identifies the process instance
 * within the scope of a process definition (scoped by tenant). If provided and uniqueness
 * enforcement is enabled, the engine will reject creation if another root process instance
 * with the same business id is already active for the same process definition.
 * Note that any active child process instances with the same business id are not taken into account.
 */
export type BusinessId = SemanticKey<'BusinessId'>;
/**
 * An optional, user-defined string identifier that identifies the process instance
 * within the scope of a process definition (scoped by tenant). If provided and uniqueness
 * enforcement is enabled, the engine will reject creation if another root process instance
 * with the same business id is already active for the same process definition.
 * Note that any active child process instances with the same business id are not taken into account.
 *
 * `BusinessId.of(raw)` validates and brands a string; `BusinessId.is(raw)` checks one.
 */
export const BusinessId = defineSemanticKey<BusinessId>('BusinessId', { minLength: 1, maxLength: 256 });

/**
 * The unique identifier of an OAuth client.
 * Minted outside the Camunda REST API: in SaaS by Console, in Self-Managed
 * with OIDC by the external identity provider (e.g. EntraID, Keycloak,
 * Okta). In Self-Managed with Basic authentication, machine-to-machine
 * applications are modelled as users instead — see the user identifier.
 */
export type ClientId = SemanticKey<'ClientId'>;
/**
 * The unique identifier of an OAuth client.
 * Minted outside the Camunda REST API: in SaaS by Console, in Self-Managed
 * with OIDC by the external identity provider (e.g. EntraID, Keycloak,
 * Okta). In Self-Managed with Basic authentication, machine-to-machine
 * applications are modelled as users instead — see the user identifier.
 *
 * `ClientId.of(raw)` validates and brands a string; `ClientId.is(raw)` checks one.
 */
export const ClientId = defineSemanticKey<ClientId>('ClientId', {
  pattern: /^[a-zA-Z0-9_~@.+-]+$/u,
  minLength: 1,
  maxLength: 256,
});

/** The name of a cluster variable. Unique within its scope (global or tenant-specific). */
export type ClusterVariableName = SemanticKey<'ClusterVariableName'>;
/**
 * The name of a cluster variable. Unique within its scope (global or tenant-specific).
 *
 * `ClusterVariableName.of(raw)` validates and brands a string; `ClusterVariableName.is(raw)` checks one.
 */
export const ClusterVariableName = defineSemanticKey<ClusterVariableName>('ClusterVariableName', {
  pattern: /^[a-zA-Z0-9_~@.+-]+$/u,
  minLength: 1,
  maxLength: 256,
});

/** System-generated key for a conditional evaluation. */
export type ConditionalEvaluationKey = SemanticKey<'ConditionalEvaluationKey'>;
/**
 * System-generated key for a conditional evaluation.
 *
 * `ConditionalEvaluationKey.of(raw)` validates and brands a string; `ConditionalEvaluationKey.is(raw)` checks one.
 */
export const ConditionalEvaluationKey = defineSemanticKey<ConditionalEvaluationKey>(
  'ConditionalEvaluationKey',
  { pattern: /^-?[0-9]+$/u, minLength: 1, maxLength: 25 },
);

/**
 * Id of a decision definition, from the model. Only ids of decision definitions that are deployed are useful.
 */
export type DecisionDefinitionId = SemanticKey<'DecisionDefinitionId'>;
/**
 * Id of a decision definition, from the model. Only ids of decision definitions that are deployed are useful.
 *
 * `DecisionDefinitionId.of(raw)` validates and brands a string; `DecisionDefinitionId.is(raw)` checks one.
 */
export const DecisionDefinitionId = defineSemanticKey<DecisionDefinitionId>('DecisionDefinitionId', {
  pattern: /^[\p{L}_][\p{L}\p{N}_\-\.]*$/u,
  minLength: 1,
});

/** System-generated key for a decision definition. */
export type DecisionDefinitionKey = SemanticKey<'DecisionDefinitionKey'>;
/**
 * System-generated key for a decision definition.
 *
 * `DecisionDefinitionKey.of(raw)` validates and brands a string; `DecisionDefinitionKey.is(raw)` checks one.
 */
export const DecisionDefinitionKey = defineSemanticKey<DecisionDefinitionKey>('DecisionDefinitionKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/**
 * System-generated identifier for a decision evaluation instance. It is composed of the
 * parent decision evaluation key and the 1-based index of the evaluated decision within
 * that evaluation, joined by a hyphen (format: `<decisionEvaluationKey>-<index>`).
 */
export type DecisionEvaluationInstanceKey = SemanticKey<'DecisionEvaluationInstanceKey'>;
/**
 * System-generated identifier for a decision evaluation instance. It is composed of the
 * parent decision evaluation key and the 1-based index of the evaluated decision within
 * that evaluation, joined by a hyphen (format: `<decisionEvaluationKey>-<index>`).
 *
 * `DecisionEvaluationInstanceKey.of(raw)` validates and brands a string; `DecisionEvaluationInstanceKey.is(raw)` checks one.
 */
export const DecisionEvaluationInstanceKey = defineSemanticKey<DecisionEvaluationInstanceKey>(
  'DecisionEvaluationInstanceKey',
  { pattern: /^[0-9]+-[0-9]+$/u, minLength: 3, maxLength: 30 },
);

/** System-generated key for a decision evaluation. */
export type DecisionEvaluationKey = SemanticKey<'DecisionEvaluationKey'>;
/**
 * System-generated key for a decision evaluation.
 *
 * `DecisionEvaluationKey.of(raw)` validates and brands a string; `DecisionEvaluationKey.is(raw)` checks one.
 */
export const DecisionEvaluationKey = defineSemanticKey<DecisionEvaluationKey>('DecisionEvaluationKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for a deployed decision instance. */
export type DecisionInstanceKey = SemanticKey<'DecisionInstanceKey'>;
/**
 * System-generated key for a deployed decision instance.
 *
 * `DecisionInstanceKey.of(raw)` validates and brands a string; `DecisionInstanceKey.is(raw)` checks one.
 */
export const DecisionInstanceKey = defineSemanticKey<DecisionInstanceKey>('DecisionInstanceKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for a deployed decision requirements definition. */
export type DecisionRequirementsKey = SemanticKey<'DecisionRequirementsKey'>;
/**
 * System-generated key for a deployed decision requirements definition.
 *
 * `DecisionRequirementsKey.of(raw)` validates and brands a string; `DecisionRequirementsKey.is(raw)` checks one.
 */
export const DecisionRequirementsKey = defineSemanticKey<DecisionRequirementsKey>('DecisionRequirementsKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** Key for a deployment. */
export type DeploymentKey = SemanticKey<'DeploymentKey'>;
/**
 * Key for a deployment.
 *
 * `DeploymentKey.of(raw)` validates and brands a string; `DeploymentKey.is(raw)` checks one.
 */
export const DeploymentKey = defineSemanticKey<DeploymentKey>('DeploymentKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** Document Id that uniquely identifies a document. */
export type DocumentId = SemanticKey<'DocumentId'>;
/**
 * Document Id that uniquely identifies a document.
 *
 * `DocumentId.of(raw)` validates and brands a string; `DocumentId.is(raw)` checks one.
 */
export const DocumentId = defineSemanticKey<DocumentId>('DocumentId', {});

/** The model-defined id of an element. */
export type ElementId = SemanticKey<'ElementId'>;
/**
 * The model-defined id of an element.
 *
 * `ElementId.of(raw)` validates and brands a string; `ElementId.is(raw)` checks one.
 */
export const ElementId = defineSemanticKey<ElementId>('ElementId', {});

/** System-generated key for a element instance. */
export type ElementInstanceKey = SemanticKey<'ElementInstanceKey'>;
/**
 * System-generated key for a element instance.
 *
 * `ElementInstanceKey.of(raw)` validates and brands a string; `ElementInstanceKey.is(raw)` checks one.
 */
export const ElementInstanceKey = defineSemanticKey<ElementInstanceKey>('ElementInstanceKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The end cursor in a search query result set. */
export type EndCursor = SemanticKey<'EndCursor'>;
/**
 * The end cursor in a search query result set.
 *
 * `EndCursor.of(raw)` validates and brands a string; `EndCursor.is(raw)` checks one.
 */
export const EndCursor = defineSemanticKey<EndCursor>('EndCursor', {
  pattern: /^(?:[A-Za-z0-9+\/]{4})*(?:[A-Za-z0-9+\/]{2}(?:==)?|[A-Za-z0-9+\/]{3}=)?$/u,
});

/** The user-defined id for the form */
export type FormId = SemanticKey<'FormId'>;
/**
 * The user-defined id for the form
 *
 * `FormId.of(raw)` validates and brands a string; `FormId.is(raw)` checks one.
 */
export const FormId = defineSemanticKey<FormId>('FormId', {});

/** System-generated key for a deployed form. */
export type FormKey = SemanticKey<'FormKey'>;
/**
 * System-generated key for a deployed form.
 *
 * `FormKey.of(raw)` validates and brands a string; `FormKey.is(raw)` checks one.
 */
export const FormKey = defineSemanticKey<FormKey>('FormKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The user-defined id for the global listener */
export type GlobalListenerId = SemanticKey<'GlobalListenerId'>;
/**
 * The user-defined id for the global listener
 *
 * `GlobalListenerId.of(raw)` validates and brands a string; `GlobalListenerId.is(raw)` checks one.
 */
export const GlobalListenerId = defineSemanticKey<GlobalListenerId>('GlobalListenerId', {
  pattern: /^[a-zA-Z0-9_~@.+\-]+$/u,
  minLength: 1,
  maxLength: 256,
});

/** The unique identifier of a group. */
export type GroupId = SemanticKey<'GroupId'>;
/**
 * The unique identifier of a group.
 *
 * `GroupId.of(raw)` validates and brands a string; `GroupId.is(raw)` checks one.
 */
export const GroupId = defineSemanticKey<GroupId>('GroupId', { minLength: 1, maxLength: 256 });

/** System-generated key for a incident. */
export type IncidentKey = SemanticKey<'IncidentKey'>;
/**
 * System-generated key for a incident.
 *
 * `IncidentKey.of(raw)` validates and brands a string; `IncidentKey.is(raw)` checks one.
 */
export const IncidentKey = defineSemanticKey<IncidentKey>('IncidentKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for a job. */
export type JobKey = SemanticKey<'JobKey'>;
/**
 * System-generated key for a job.
 *
 * `JobKey.of(raw)` validates and brands a string; `JobKey.is(raw)` checks one.
 */
export const JobKey = defineSemanticKey<JobKey>('JobKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The unique identifier of a mapping rule. */
export type MappingRuleId = SemanticKey<'MappingRuleId'>;
/**
 * The unique identifier of a mapping rule.
 *
 * `MappingRuleId.of(raw)` validates and brands a string; `MappingRuleId.is(raw)` checks one.
 */
export const MappingRuleId = defineSemanticKey<MappingRuleId>('MappingRuleId', {
  pattern: /^[a-zA-Z0-9_~@.+-]+$/u,
  minLength: 1,
  maxLength: 256,
});

/** System-generated key for an message. */
export type MessageKey = SemanticKey<'MessageKey'>;
/**
 * System-generated key for an message.
 *
 * `MessageKey.of(raw)` validates and brands a string; `MessageKey.is(raw)` checks one.
 */
export const MessageKey = defineSemanticKey<MessageKey>('MessageKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for a message subscription. */
export type MessageSubscriptionKey = SemanticKey<'MessageSubscriptionKey'>;
/**
 * System-generated key for a message subscription.
 *
 * `MessageSubscriptionKey.of(raw)` validates and brands a string; `MessageSubscriptionKey.is(raw)` checks one.
 */
export const MessageSubscriptionKey = defineSemanticKey<MessageSubscriptionKey>('MessageSubscriptionKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/**
 * Id of a process definition, from the model. Only ids of process definitions that are deployed are useful.
 */
export type ProcessDefinitionId = SemanticKey<'ProcessDefinitionId'>;
/**
 * Id of a process definition, from the model. Only ids of process definitions that are deployed are useful.
 *
 * `ProcessDefinitionId.of(raw)` validates and brands a string; `ProcessDefinitionId.is(raw)` checks one.
 */
export const ProcessDefinitionId = defineSemanticKey<ProcessDefinitionId>('ProcessDefinitionId', {
  pattern: /^[\p{L}_][\p{L}\p{N}_\-\.]*$/u,
  minLength: 1,
});

/** System-generated key for a deployed process definition. */
export type ProcessDefinitionKey = SemanticKey<'ProcessDefinitionKey'>;
/**
 * System-generated key for a deployed process definition.
 *
 * `ProcessDefinitionKey.of(raw)` validates and brands a string; `ProcessDefinitionKey.is(raw)` checks one.
 */
export const ProcessDefinitionKey = defineSemanticKey<ProcessDefinitionKey>('ProcessDefinitionKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** System-generated key for a process instance. */
export type ProcessInstanceKey = SemanticKey<'ProcessInstanceKey'>;
/**
 * System-generated key for a process instance.
 *
 * `ProcessInstanceKey.of(raw)` validates and brands a string; `ProcessInstanceKey.is(raw)` checks one.
 */
export const ProcessInstanceKey = defineSemanticKey<ProcessInstanceKey>('ProcessInstanceKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The unique identifier of a role. */
export type RoleId = SemanticKey<'RoleId'>;
/**
 * The unique identifier of a role.
 *
 * `RoleId.of(raw)` validates and brands a string; `RoleId.is(raw)` checks one.
 */
export const RoleId = defineSemanticKey<RoleId>('RoleId', {
  pattern: /^[a-zA-Z0-9_~@.+-]+$/u,
  minLength: 1,
  maxLength: 256,
});

/** System-generated key for an signal. */
export type SignalKey = SemanticKey<'SignalKey'>;
/**
 * System-generated key for an signal.
 *
 * `SignalKey.of(raw)` validates and brands a string; `SignalKey.is(raw)` checks one.
 */
export const SignalKey = defineSemanticKey<SignalKey>('SignalKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The start cursor in a search query result set. */
export type StartCursor = SemanticKey<'StartCursor'>;
/**
 * The start cursor in a search query result set.
 *
 * `StartCursor.of(raw)` validates and brands a string; `StartCursor.is(raw)` checks one.
 */
export const StartCursor = defineSemanticKey<StartCursor>('StartCursor', {
  pattern: /^(?:[A-Za-z0-9+\/]{4})*(?:[A-Za-z0-9+\/]{2}(?:==)?|[A-Za-z0-9+\/]{3}=)?$/u,
});

/** A tag. Needs to start with a letter; then alphanumerics, `_`, `-`, `:`, or `.`; length ≤ 100. */
export type Tag = SemanticKey<'Tag'>;
/**
 * A tag. Needs to start with a letter; then alphanumerics, `_`, `-`, `:`, or `.`; length ≤ 100.
 *
 * `Tag.of(raw)` validates and brands a string; `Tag.is(raw)` checks one.
 */
export const Tag = defineSemanticKey<Tag>('Tag', {
  pattern: /^[A-Za-z][A-Za-z0-9_\-:.]{0,99}$/u,
  minLength: 1,
  maxLength: 100,
});

/** The unique identifier of the tenant. */
export type TenantId = SemanticKey<'TenantId'>;
/**
 * The unique identifier of the tenant.
 *
 * `TenantId.of(raw)` validates and brands a string; `TenantId.is(raw)` checks one.
 */
export const TenantId = defineSemanticKey<TenantId>('TenantId', {
  pattern: /^(<default>|[\w\.\-]{1,31})$/u,
  minLength: 1,
  maxLength: 31,
});

/** System-generated key for a user task. */
export type UserTaskKey = SemanticKey<'UserTaskKey'>;
/**
 * System-generated key for a user task.
 *
 * `UserTaskKey.of(raw)` validates and brands a string; `UserTaskKey.is(raw)` checks one.
 */
export const UserTaskKey = defineSemanticKey<UserTaskKey>('UserTaskKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The unique name of a user. */
export type Username = SemanticKey<'Username'>;
/**
 * The unique name of a user.
 *
 * `Username.of(raw)` validates and brands a string; `Username.is(raw)` checks one.
 */
export const Username = defineSemanticKey<Username>('Username', {
  pattern: /^[a-zA-Z0-9_~@.+-]+$/u,
  minLength: 1,
  maxLength: 256,
});

/** System-generated key for a variable. */
export type VariableKey = SemanticKey<'VariableKey'>;
/**
 * System-generated key for a variable.
 *
 * `VariableKey.of(raw)` validates and brands a string; `VariableKey.is(raw)` checks one.
 */
export const VariableKey = defineSemanticKey<VariableKey>('VariableKey', {
  pattern: /^-?[0-9]+$/u,
  minLength: 1,
  maxLength: 25,
});

/** The names of all semantic key types, in alphabetical order. */
export const SEMANTIC_KEY_NAMES = [
  'AgentDefinitionKey',
  'AgentHistoryItemKey',
  'AgentInstanceKey',
  'AuditLogEntityKey',
  'AuditLogKey',
  'AuthorizationKey',
  'BatchOperationKey',
  'BusinessId',
  'ClientId',
  'ClusterVariableName',
  'ConditionalEvaluationKey',
  'DecisionDefinitionId',
  'DecisionDefinitionKey',
  'DecisionEvaluationInstanceKey',
  'DecisionEvaluationKey',
  'DecisionInstanceKey',
  'DecisionRequirementsKey',
  'DeploymentKey',
  'DocumentId',
  'ElementId',
  'ElementInstanceKey',
  'EndCursor',
  'FormId',
  'FormKey',
  'GlobalListenerId',
  'GroupId',
  'IncidentKey',
  'JobKey',
  'MappingRuleId',
  'MessageKey',
  'MessageSubscriptionKey',
  'ProcessDefinitionId',
  'ProcessDefinitionKey',
  'ProcessInstanceKey',
  'RoleId',
  'SignalKey',
  'StartCursor',
  'Tag',
  'TenantId',
  'UserTaskKey',
  'Username',
  'VariableKey',
] as const;
