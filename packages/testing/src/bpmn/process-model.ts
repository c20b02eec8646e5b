import type { NodeBehavior } from '../engine/element-behaviors.js';
import type { Expression } from '../feel/expression.js';
import type { TimerDefinition } from './timer-definition.js';

/** The element-instance `type` values of the spec this engine produces. */
export type ElementInstanceType =
  | 'PROCESS'
  | 'SUB_PROCESS'
  | 'START_EVENT'
  | 'INTERMEDIATE_CATCH_EVENT'
  | 'INTERMEDIATE_THROW_EVENT'
  | 'BOUNDARY_EVENT'
  | 'END_EVENT'
  | 'SERVICE_TASK'
  | 'RECEIVE_TASK'
  | 'USER_TASK'
  | 'MANUAL_TASK'
  | 'TASK'
  | 'EXCLUSIVE_GATEWAY'
  | 'PARALLEL_GATEWAY'
  | 'BUSINESS_RULE_TASK'
  | 'SCRIPT_TASK'
  | 'SEND_TASK'
  | 'MULTI_INSTANCE_BODY'
  | 'CALL_ACTIVITY'
  | 'INCLUSIVE_GATEWAY'
  | 'EVENT_BASED_GATEWAY'
  | 'EVENT_SUB_PROCESS'
  | 'AD_HOC_SUB_PROCESS'
  | 'AD_HOC_SUB_PROCESS_INNER_INSTANCE';

/** What the executor does with an element: the name of its behaviour in the element-behaviour registry. */
export type { NodeBehavior } from '../engine/element-behaviors.js';

/** One `zeebe:input` / `zeebe:output`. */
export interface VariableMapping {
  readonly source: Expression;
  /** Target variable path, split on `.` (`order.total` → `['order', 'total']`). */
  readonly target: readonly string[];
}

/** A sequence flow between two nodes of the same scope. */
export interface SequenceFlowModel {
  readonly id: string;
  readonly source: FlowNodeModel;
  readonly target: FlowNodeModel;
  readonly condition: Expression | undefined;
}

/** A message a node waits for. */
export interface MessageTrigger {
  readonly name: Expression;
  readonly correlationKey: Expression | undefined;
}

/** Job settings of a job-based task (`zeebe:taskDefinition`). */
export interface JobDefinition {
  readonly type: Expression;
  readonly retries: Expression;
  readonly headers: Readonly<Record<string, string>>;
  readonly priority: Expression | undefined;
}

/** Settings of a Camunda user task (`zeebe:userTask`). */
export interface UserTaskDefinition {
  readonly assignee: Expression | undefined;
  readonly candidateGroups: Expression | undefined;
  readonly candidateUsers: Expression | undefined;
  readonly dueDate: Expression | undefined;
  readonly followUpDate: Expression | undefined;
  readonly priority: Expression | undefined;
  readonly externalFormReference: string | undefined;
  readonly formId: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
}

/** Multi-instance characteristics (`bpmn:multiInstanceLoopCharacteristics` with `zeebe:loopCharacteristics`). */
export interface MultiInstanceModel {
  readonly isSequential: boolean;
  readonly inputCollection: Expression;
  readonly inputElement: string | undefined;
  readonly outputCollection: string | undefined;
  readonly outputElement: Expression | undefined;
  readonly completionCondition: Expression | undefined;
  /** The activity each inner instance runs (same id as the body). */
  readonly inner: FlowNodeModel;
}

/** A called process (`zeebe:calledElement`). */
export interface CalledElementModel {
  readonly processId: Expression;
  readonly bindingType: 'latest' | 'deployment' | 'versionTag';
  readonly versionTag: string | undefined;
  readonly propagateAllChildVariables: boolean;
  readonly propagateAllParentVariables: boolean;
}

/** A called decision (`zeebe:calledDecision`). */
export interface CalledDecisionModel {
  readonly decisionId: Expression;
  readonly resultVariable: string;
  readonly bindingType: 'latest' | 'deployment' | 'versionTag';
  readonly versionTag: string | undefined;
}

/** An execution or task listener: a job of `type` created at `eventType`. */
export interface ListenerModel {
  readonly eventType: string;
  readonly type: Expression;
  readonly retries: Expression;
  readonly headers: Readonly<Record<string, string>>;
}

/** Settings of an ad-hoc sub-process. */
export interface AdHocModel {
  readonly activeElementsCollection: Expression | undefined;
  readonly completionCondition: Expression | undefined;
  readonly cancelRemainingInstances: boolean;
  readonly outputCollection: string | undefined;
  readonly outputElement: Expression | undefined;
  /** The elements that may be activated: those of the sub-process without incoming flows. */
  readonly activatable: readonly FlowNodeModel[];
  /**
   * The `<id>#innerInstance` node: every activation runs in an element instance of it (type
   * `AD_HOC_SUB_PROCESS_INNER_INSTANCE`), as in Zeebe.
   */
  readonly innerInstance: FlowNodeModel;
}

/** The trigger of an event (start, catch, throw, end or boundary). */
export type EventKind =
  | 'none'
  | 'message'
  | 'timer'
  | 'signal'
  | 'error'
  | 'escalation'
  | 'conditional'
  | 'link'
  | 'compensation'
  | 'terminate';

/** A flow node compiled for execution. */
export interface FlowNodeModel {
  readonly id: string;
  readonly name: string | undefined;
  readonly type: ElementInstanceType;
  readonly behavior: NodeBehavior;
  /** The scope node (a sub-process), or undefined for a node directly in the process. */
  readonly scope: FlowNodeModel | undefined;
  readonly incoming: SequenceFlowModel[];
  readonly outgoing: SequenceFlowModel[];
  defaultFlow: SequenceFlowModel | undefined;
  readonly inputs: readonly VariableMapping[];
  readonly outputs: readonly VariableMapping[];
  readonly job: JobDefinition | undefined;
  readonly userTask: UserTaskDefinition | undefined;
  readonly script: { readonly expression: Expression; readonly resultVariable: string } | undefined;
  readonly message: MessageTrigger | undefined;
  readonly timer: TimerDefinition | undefined;
  readonly signalName: Expression | undefined;
  /** Error code of an error end event, or of an error boundary (undefined there means: catch every error). */
  readonly errorCode: Expression | undefined;
  /** For boundary events: the activity it is attached to, and whether it interrupts it. */
  readonly attachedTo: FlowNodeModel | undefined;
  readonly cancelActivity: boolean;
  /** Boundary events attached to this activity. */
  readonly boundaries: FlowNodeModel[];
  /** The none start event of a sub-process. */
  startEvent: FlowNodeModel | undefined;
  /** On a multi-instance body: its loop characteristics and inner activity. */
  readonly multiInstance: MultiInstanceModel | undefined;
  /** The trigger of an event; `'none'` for every other element. */
  readonly eventKind: EventKind;
  readonly calledElement: CalledElementModel | undefined;
  readonly calledDecision: CalledDecisionModel | undefined;
  /** Escalation code thrown, or caught (undefined on a catch: every escalation). */
  readonly escalationCode: Expression | undefined;
  /** Link name of a link throw or catch event. */
  readonly linkName: string | undefined;
  /** For a link throw event: the catch event of the same name in its scope. */
  linkTarget: FlowNodeModel | undefined;
  /** Condition of a conditional event. */
  readonly conditionExpression: Expression | undefined;
  /** `zeebe:conditionalFilter`: only changes of these variables (all when undefined) re-evaluate the condition. */
  readonly conditionVariables: readonly string[] | undefined;
  /** `zeebe:conditionalFilter`: only these kinds of change (`create`, `update`; all when undefined). */
  readonly conditionEvents: readonly string[] | undefined;
  /** Event sub-processes directly inside this (sub-)process. */
  readonly eventSubProcesses: FlowNodeModel[];
  /** True for an event sub-process (`triggeredByEvent`). */
  readonly triggeredByEvent: boolean;
  readonly executionListeners: readonly ListenerModel[];
  readonly taskListeners: readonly ListenerModel[];
  readonly adHoc: AdHocModel | undefined;
  /** On a compensation boundary event: the handler activity it is associated with. */
  compensationHandler: FlowNodeModel | undefined;
  /** On a compensation throw event: the activity to compensate (every completed one when undefined). */
  compensateActivityId: string | undefined;
  /** True for a compensation handler (`isForCompensation`): it runs only when compensation triggers it. */
  readonly isForCompensation: boolean;
}

/** A process compiled for execution. */
export interface ProcessModel {
  readonly processDefinitionId: string;
  readonly name: string | undefined;
  readonly versionTag: string | undefined;
  readonly nodes: ReadonlyMap<string, FlowNodeModel>;
  readonly noneStart: FlowNodeModel | undefined;
  /** Message start events by static message name. */
  readonly messageStarts: ReadonlyMap<string, FlowNodeModel>;
  /** Signal start events by static signal name. */
  readonly signalStarts: ReadonlyMap<string, FlowNodeModel>;
  /** Conditional start events (started by `evaluateConditionals`). */
  readonly conditionalStarts: readonly FlowNodeModel[];
  /** Timer start events (scheduled when the process is deployed as the latest version). */
  readonly timerStarts: readonly FlowNodeModel[];
  /** Event sub-processes at the process level. */
  readonly eventSubProcesses: readonly FlowNodeModel[];
  /** Execution listeners of the process itself. */
  readonly executionListeners: readonly ListenerModel[];
}
