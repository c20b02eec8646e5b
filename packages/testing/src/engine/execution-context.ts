import type { FlowNodeModel, SequenceFlowModel } from '../bpmn/process-model.js';
import type { DecisionInstanceStore } from '../dmn/decision-instance-store.js';
import type { DecisionRegistry } from '../dmn/decision-registry.js';
import type { SchedulingClock } from '../engine-clock.js';
import type { JsonObject } from '../feel/json-value.js';
import type { KeyGenerator } from '../key-generator.js';
import type { DefinitionRegistry } from './definition-registry.js';
import type { ExecutionAgenda } from './execution-agenda.js';
import type { ExecutionState } from './execution-state.js';
import type { ExpressionEvaluator } from './expression-evaluator.js';
import type { JobStore } from './job-store.js';
import type { MessageStore } from './message-store.js';
import type {
  ElementInstanceRecord,
  IncidentErrorType,
  IncidentRecord,
  JobRecord,
  MessageSubscriptionRecord,
  ProcessDefinitionRecord,
  ProcessInstanceRecord,
} from './records.js';
import type { VariableStore } from './variable-store.js';

/** How a new process instance starts. */
export interface CreateInstanceInput {
  readonly variables: JsonObject;
  readonly tags: readonly string[];
  readonly businessId: string | null;
  /** Element ids to start at instead of the none start event (elements of the process level only). */
  readonly startElementIds?: readonly string[];
}

/** The stores and services the executor works with. */
export interface ExecutorDeps {
  readonly clock: SchedulingClock;
  readonly keys: KeyGenerator;
  readonly definitions: DefinitionRegistry;
  readonly variables: VariableStore;
  readonly jobs: JobStore;
  readonly messages: MessageStore;
  /** Deployed decisions, for business rule tasks with a called decision. */
  readonly decisions?: DecisionRegistry;
  /** Where business rule tasks record their decision evaluations. */
  readonly decisionInstances?: DecisionInstanceStore;
  /** Global user task listeners (from the API), applied to every Camunda user task. */
  readonly globalTaskListeners?: () => Iterable<GlobalTaskListener>;
}

/** A global user task listener as the executor needs it. */
export interface GlobalTaskListener {
  readonly type: string;
  readonly retries: number;
  readonly afterNonGlobal: boolean;
  readonly priority: number;
  /** Event types (`creating`, …) or `all`. */
  readonly eventTypes: readonly string[];
}

/** The element-instance lifecycle: the core every element behaviour builds on. */
export interface ElementLifecycle {
  /** Creates an element instance of `node` in the flow scope `parent` (not yet entered). */
  newElementInstance(node: FlowNodeModel, parent: ElementInstanceRecord): ElementInstanceRecord;
  /** Creates an element instance and queues its activation. */
  activate(
    node: FlowNodeModel,
    parent: ElementInstanceRecord,
    eventVariables?: JsonObject,
  ): ElementInstanceRecord;
  /** Queues the activation of an instance made by {@link ElementLifecycle.newElementInstance}. */
  enterLater(ei: ElementInstanceRecord, eventVariables?: JsonObject): void;
  /**
   * Completes an element: event variables (job or message variables) and output mappings are applied, its
   * waits are dropped, and the token moves on along `flows` (all outgoing flows by default).
   */
  complete(
    ei: ElementInstanceRecord,
    eventVariables?: JsonObject,
    flows?: readonly SequenceFlowModel[],
  ): void;
  /**
   * Terminates an element and everything inside it, children first; never completes its scope. `then` runs once
   * it is TERMINATED: at once, unless a behaviour holds the termination open (see `ElementBehavior.onTerminate`),
   * and also when it has already ended. Terminating an element that is already TERMINATING only adds `then`.
   */
  terminate(ei: ElementInstanceRecord, then?: () => void): void;
  /** Terminates each of `elements` (see `terminate`); `then` runs once all of them are TERMINATED. */
  terminateAll(elements: Iterable<ElementInstanceRecord>, then?: () => void): void;
  /** Goes on with a termination a behaviour held open: the element becomes TERMINATED and its waiters run. */
  resumeTermination(ei: ElementInstanceRecord): void;
  /** Completes `ei` after terminating every other element in its flow scope (terminate end event). */
  terminateScope(ei: ElementInstanceRecord): void;
  /** A scope with no active children and no waiting tokens completes. */
  checkScope(scope: ElementInstanceRecord): void;
  /** Cancels the timers and subscriptions an element holds. */
  disposeWaits(ei: ElementInstanceRecord): void;
  finishInstance(pi: ProcessInstanceRecord, state: 'COMPLETED' | 'TERMINATED'): void;
  /** Creates a process instance and queues the activation of its start elements. */
  startInstance(
    definition: ProcessDefinitionRecord,
    input: CreateInstanceInput,
    start: FlowNodeModel | undefined,
    eventVariables?: JsonObject,
    parentElementInstance?: ElementInstanceRecord,
  ): ProcessInstanceRecord;
  /** Raises an incident on `ei`; resolving it runs `retry`. */
  raiseIncident(
    ei: ElementInstanceRecord,
    errorType: IncidentErrorType,
    errorMessage: string,
    retry: () => void,
    job: JobRecord | undefined,
  ): void;
  closeIncident(incident: IncidentRecord): void;
  /** Runs a step; a StepFailure becomes an incident whose resolution runs `retry`. Returns false on failure. */
  guarded(ei: ElementInstanceRecord, step: () => void, retry: () => void): boolean;
}

/** Message, signal and timer waits, boundary events and BPMN error propagation. */
export interface EventTriggers {
  /** Opens a message subscription for `catchNode`, held by `holder` (the activity, for a boundary event). */
  subscribeMessage(
    holder: ElementInstanceRecord,
    catchNode: FlowNodeModel,
    scope: ElementInstanceRecord,
  ): void;
  /** Delivers a message to a subscription. */
  correlate(subscription: MessageSubscriptionRecord, variables: JsonObject): void;
  subscribeSignal(
    holder: ElementInstanceRecord,
    catchNode: FlowNodeModel,
    scope: ElementInstanceRecord,
  ): void;
  /** Triggers every waiting signal catch of this name and starts instances at matching signal start events. */
  triggerSignal(name: string, variables: JsonObject, tenantId: string): void;
  /** Schedules `timerNode`'s timer on the engine clock; `fire` runs inside a command when it is due. */
  scheduleTimer(holder: ElementInstanceRecord, timerNode: FlowNodeModel, fire: () => void): void;
  /** Opens the message, signal and timer boundary events of an activity. */
  openBoundaries(activity: ElementInstanceRecord, node: FlowNodeModel): void;
  /**
   * Delivers a trigger (message, signal, timer) to what waits for it: a boundary event, an event sub-process
   * start event, a target of an event-based gateway, or the waiting element itself.
   */
  fire(holder: ElementInstanceRecord, catchNode: FlowNodeModel, variables: JsonObject | undefined): void;
  /**
   * Watches the condition of a conditional event held by `holder`, evaluated at `scope`: fires it when the
   * condition holds now, or when a variable change makes it hold later.
   */
  subscribeCondition(
    holder: ElementInstanceRecord,
    catchNode: FlowNodeModel,
    scope: ElementInstanceRecord,
  ): void;
  /** Opens the message, timer and signal start events of the event sub-processes of a scope. */
  openEventSubProcesses(scope: ElementInstanceRecord, eventSubProcesses: readonly FlowNodeModel[]): void;
  /** Starts an event sub-process in `scope`; an interrupting one terminates everything else in it first. */
  triggerEventSubProcess(
    scope: ElementInstanceRecord,
    start: FlowNodeModel,
    variables: JsonObject | undefined,
  ): void;
  /**
   * Throws an escalation from `source`: the nearest escalation boundary event or event sub-process catches it
   * (through call activities too). An uncaught escalation is no incident. Returns whether it interrupted the
   * thrower's scope (the thrower must then not continue).
   */
  throwEscalation(source: ElementInstanceRecord, code: string): boolean;
  /** Fires a boundary event: an interrupting one terminates the activity first. */
  triggerBoundary(
    activity: ElementInstanceRecord,
    boundary: FlowNodeModel,
    variables: JsonObject | undefined,
  ): void;
  /**
   * Throws a BPMN error from `source`: the nearest error boundary event (exact code before catch-all) on the
   * element or an enclosing sub-process catches it; otherwise an incident is raised. Returns whether it was caught.
   */
  throwError(
    source: ElementInstanceRecord,
    code: string,
    message: string,
    variables: JsonObject,
    job: JobRecord | undefined,
  ): boolean;
  clear(): void;
}

/** What element behaviours work with: the stores, the agenda, evaluation, the lifecycle and event triggers. */
export interface ExecutionContext extends ExecutorDeps, ExpressionEvaluator, ElementLifecycle, EventTriggers {
  readonly state: ExecutionState;
  readonly agenda: ExecutionAgenda;
}
