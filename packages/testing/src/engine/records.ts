import type { FlowNodeModel, ProcessModel } from '../bpmn/process-model.js';
import type { ScheduledTimer } from '../engine-clock.js';
import type { JsonObject, JsonValue } from '../feel/json-value.js';

/** A deployed BPMN process version. */
export interface ProcessDefinitionRecord {
  readonly key: string;
  readonly processDefinitionId: string;
  readonly version: number;
  readonly versionTag: string | null;
  readonly name: string | null;
  readonly resourceName: string;
  readonly tenantId: string;
  readonly xml: string;
  readonly model: ProcessModel;
  readonly deploymentKey: string;
}

/** A deployed form (kept so user tasks and deployments can refer to it). */
export interface FormRecord {
  readonly key: string;
  readonly formId: string;
  readonly version: number;
  readonly resourceName: string;
  readonly tenantId: string;
  readonly content: string;
}

/**
 * Element-instance states: the spec's, plus `TERMINATING` while a behaviour holds a termination open (canceling
 * task listeners run); the API shows a terminating instance as `ACTIVE`, as Camunda does.
 */
export type ElementState = 'ACTIVE' | 'TERMINATING' | 'COMPLETED' | 'TERMINATED';

/** The state the API shows for an element instance: a terminating one is still `ACTIVE`. */
export const apiElementState = (state: ElementState): 'ACTIVE' | 'COMPLETED' | 'TERMINATED' =>
  state === 'TERMINATING' ? 'ACTIVE' : state;

/** Something an element instance waits on that must be cancelled when it ends. */
export interface Disposable {
  dispose(): void;
}

/** One execution of a flow node (or of the process itself). */
export interface ElementInstanceRecord {
  readonly key: string;
  /** Undefined for the process-level instance. */
  readonly node: FlowNodeModel | undefined;
  readonly elementId: string;
  readonly elementName: string;
  readonly type: string;
  state: ElementState;
  readonly processInstance: ProcessInstanceRecord;
  /** The flow-scope instance (sub-process or process) this one runs in. */
  readonly parent: ElementInstanceRecord | undefined;
  readonly startDate: number;
  endDate: number | undefined;
  /** The active incident on this element, if any. */
  incident: IncidentRecord | undefined;
  /** Active child instances (for scopes). */
  readonly children: Set<ElementInstanceRecord>;
  /** Parallel-join tokens waiting in this scope: gateway id → flow id → count. */
  joinTokens: Map<string, Map<string, number>> | undefined;
  pendingJoinTokens: number;
  /** Subscriptions and timers of this element and of its boundary events. */
  waits: Disposable[];
  job: JobRecord | undefined;
  userTask: UserTaskRecord | undefined;
  /** The running execution or task listener job of this element, if any. */
  listenerJob?: JobRecord;
  /** On a multi-instance body: how many inner instances were created, completed and terminated. */
  loop?: { created: number; completed: number; terminated: number; readonly size: number };
  /** On an inner instance of a multi-instance body: its 1-based position in the input collection. */
  loopCounter?: number;
  /** On a call activity: the process instance it created. */
  calledInstance?: ProcessInstanceRecord;
  /** On a scope: completed activities with a compensation handler, not yet compensated, oldest first. */
  compensable?: ElementInstanceRecord[];
  /** Called once when this element completes (a compensation throw waits for its handlers this way). */
  onLeave?: () => void;
  /** On an ad-hoc sub-process: its completion condition (or job result) said it is done. */
  adHocDone?: boolean;
  /** On a scope: an interrupting event sub-process has started, so no other event sub-process may. */
  interrupted?: boolean;
}

/** Process-instance states, as the spec names them. */
export type ProcessInstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

/** A running or finished process instance. */
export interface ProcessInstanceRecord {
  readonly key: string;
  readonly definition: ProcessDefinitionRecord;
  state: ProcessInstanceState;
  readonly startDate: number;
  endDate: number | undefined;
  readonly tenantId: string;
  readonly tags: readonly string[];
  businessId: string | null;
  /** The process-level element instance; its key equals the process instance key. */
  root: ElementInstanceRecord;
  activeIncidents: number;
  /** The call activity instance that created this instance (undefined for a root instance). */
  parentElementInstance?: ElementInstanceRecord;
  /** When the instance was suspended; undefined while it runs. */
  suspendedDate?: number | undefined;
  /** While suspended: takes a timer that fell due, to fire it on resumption. */
  holdTimer?: ((fire: () => void) => void) | undefined;
  /** Called once when the instance completes or is terminated. */
  readonly endListeners: Array<(pi: ProcessInstanceRecord) => void>;
}

/** Job lifecycle as the engine tracks it. */
export type JobStatus =
  | 'ACTIVATABLE'
  | 'ACTIVATED'
  | 'BACKOFF'
  | 'FAILED'
  | 'ERROR_THROWN'
  | 'COMPLETED'
  | 'CANCELED';

/** The spec's job states (the last thing that happened to the job). */
export type JobIntent =
  | 'CANCELED'
  | 'COMPLETED'
  | 'CREATED'
  | 'ERROR_THROWN'
  | 'FAILED'
  | 'MIGRATED'
  | 'PRIORITY_UPDATED'
  | 'RETRIES_UPDATED'
  | 'TIMEOUT_UPDATED'
  | 'TIMED_OUT';

/** What a job is for, as the spec names it. */
export type JobKind = 'BPMN_ELEMENT' | 'EXECUTION_LISTENER' | 'TASK_LISTENER' | 'AD_HOC_SUB_PROCESS';

/** The listener event of a listener job (`UNSPECIFIED` for other jobs). */
export type JobListenerEventType =
  | 'UNSPECIFIED'
  | 'START'
  | 'END'
  | 'CREATING'
  | 'ASSIGNING'
  | 'UPDATING'
  | 'COMPLETING'
  | 'CANCELING';

/** The `result` of a job completion, checked by the handler. */
export type JobResultInput = Readonly<Record<string, unknown>>;

/**
 * A job. `activation` identifies the current activation: a timeout compares against it, and a command's lease
 * token against `leaseToken`, so neither a stale timer nor a superseded worker can act on a newer activation.
 */
export interface JobRecord {
  readonly key: string;
  readonly type: string;
  retries: number;
  priority: number;
  readonly customHeaders: Readonly<Record<string, string>>;
  readonly tenantId: string;
  readonly elementInstance: ElementInstanceRecord;
  status: JobStatus;
  intent: JobIntent;
  worker: string;
  deadline: number | undefined;
  /** Increments on every activation. */
  activation: number;
  /**
   * Lease token of the latest leasing activation; undefined until the job is first activated with a lease. Kept
   * across timeouts and failures, replaced only by the next leasing activation.
   */
  leaseToken: string | undefined;
  timer: ScheduledTimer | undefined;
  errorCode: string | null;
  errorMessage: string | null;
  hasFailedWithRetriesLeft: boolean;
  readonly creationTime: number;
  lastUpdateTime: number;
  endTime: number | undefined;
  readonly kind: JobKind;
  readonly listenerEventType: JobListenerEventType;
  /** For listener and ad-hoc jobs: what completing the job does (otherwise its element completes). */
  onComplete?: (variables: JsonObject, result: JobResultInput | undefined) => void;
  /** The incident type raised when the job runs out of retries (default JOB_NO_RETRIES). */
  incidentType?: IncidentErrorType;
  /** The user task a task listener job is about. */
  userTask?: UserTaskRecord;
  /** Set when a task listener's result denied the work. */
  deniedReason?: string | null;
}

/** User-task states used by the engine (the transitional ones while task listeners run). */
export type UserTaskState =
  | 'CREATING'
  | 'CREATED'
  | 'ASSIGNING'
  | 'UPDATING'
  | 'COMPLETING'
  | 'COMPLETED'
  | 'CANCELING'
  | 'CANCELED';

/** A Camunda user task. */
export interface UserTaskRecord {
  readonly key: string;
  readonly elementInstance: ElementInstanceRecord;
  state: UserTaskState;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  dueDate: string | null;
  followUpDate: string | null;
  priority: number;
  readonly externalFormReference: string | null;
  readonly formKey: string | null;
  readonly customHeaders: Readonly<Record<string, string>>;
  readonly creationDate: number;
  completionDate: number | undefined;
  /** The attributes the current update or assignment changes (shown to task listeners). */
  changedAttributes?: string[];
  /**
   * The action of the transition under way (`assign`, `update`, `complete`, `unassign` or the caller's own), shown
   * to its task listeners; empty for transitions the engine starts itself (an assignee given at creation).
   */
  action?: string;
  /** Undoes an assignment or update whose listeners still run, should the task be canceled meanwhile. */
  revertTransition?: () => void;
  /**
   * Ends the wait of the API request that started the transition under way (held, as Zeebe holds it, until the
   * last listener approves, one denies, or the task is canceled).
   */
  settleTransition?: (outcome: UserTaskTransitionOutcome) => void;
  /** Variables set on the task's element instance, held until its updating listeners approve them. */
  pendingVariables?: JsonObject;
}

/** How a user task transition started through the API ended. */
export type UserTaskTransitionOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'denied'; readonly reason: string }
  | { readonly kind: 'canceled' };

/** Incident error types the engine raises. */
export type IncidentErrorType =
  | 'JOB_NO_RETRIES'
  | 'UNHANDLED_ERROR_EVENT'
  | 'CONDITION_ERROR'
  | 'EXTRACT_VALUE_ERROR'
  | 'IO_MAPPING_ERROR'
  | 'CALLED_ELEMENT_ERROR'
  | 'CALLED_DECISION_ERROR'
  | 'DECISION_EVALUATION_ERROR'
  | 'EXECUTION_LISTENER_NO_RETRIES'
  | 'TASK_LISTENER_NO_RETRIES'
  | 'AD_HOC_SUB_PROCESS_NO_RETRIES'
  | 'MESSAGE_SIZE_EXCEEDED';

/** An incident; `retry` re-runs whatever failed when the incident is resolved. */
export interface IncidentRecord {
  readonly key: string;
  readonly errorType: IncidentErrorType;
  readonly errorMessage: string;
  readonly elementInstance: ElementInstanceRecord;
  readonly job: JobRecord | undefined;
  state: 'ACTIVE' | 'RESOLVED';
  readonly creationTime: number;
  readonly retry: () => void;
}

/** A variable in one scope. The key stays the same when the value changes. */
export interface VariableRecord {
  readonly key: string;
  readonly name: string;
  value: JsonValue;
  readonly scopeKey: string;
  readonly processInstanceKey: string;
  readonly tenantId: string;
}

/** A message subscription of a waiting element or boundary event. */
export interface MessageSubscriptionRecord {
  readonly key: string;
  readonly messageName: string;
  readonly correlationKey: string;
  readonly tenantId: string;
  /** The element instance that waits (for a boundary event: the activity it is attached to). */
  readonly elementInstance: ElementInstanceRecord;
  /** The catching node: the event, receive task, or boundary event. */
  readonly catchNode: FlowNodeModel;
  state: 'CREATED' | 'CORRELATED' | 'DELETED';
  lastUpdatedDate: number;
}

/** A published message kept for its time to live. */
export interface BufferedMessage {
  readonly key: string;
  readonly name: string;
  readonly correlationKey: string;
  readonly tenantId: string;
  readonly variables: JsonObject;
  /** Process instances it has correlated to (a message correlates at most once per instance). */
  readonly correlatedTo: Set<string>;
  timer: ScheduledTimer | undefined;
}

/** The root of a call hierarchy: the instance itself unless a call activity created it. */
export function rootInstanceOf(pi: ProcessInstanceRecord): ProcessInstanceRecord {
  let current = pi;
  while (current.parentElementInstance !== undefined) current = current.parentElementInstance.processInstance;
  return current;
}
