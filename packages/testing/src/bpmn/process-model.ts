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
  | 'SEND_TASK';

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
}
