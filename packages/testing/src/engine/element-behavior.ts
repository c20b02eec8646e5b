import type { FlowNodeModel, SequenceFlowModel } from '../bpmn/process-model.js';
import type { JsonObject } from '../feel/json-value.js';
import type { ExecutionContext } from './execution-context.js';
import type { ElementInstanceRecord } from './records.js';

/**
 * What one family of elements does once the core has entered an element instance (input mappings applied,
 * boundary events open). Like Zeebe's element processors: the core owns tokens, scopes and the lifecycle; a
 * behaviour decides when its element completes. Throwing a `StepFailure` raises an incident; resolving it
 * re-enters the element.
 */
export interface ElementBehavior {
  /** Starts the element's work: complete now, or wait (a job, a subscription, a timer, child elements). */
  onActivate(ctx: ExecutionContext, ei: ElementInstanceRecord, eventVariables: JsonObject | undefined): void;
  /**
   * A token arrives at this element along `flow` in `scope`. Return true to let the core activate the element
   * now, false when the behaviour holds the token (a join waiting for more); the default activates.
   */
  onTokenArrived?(ctx: ExecutionContext, flow: SequenceFlowModel, scope: ElementInstanceRecord): boolean;
  /** Runs inside the completion step, before output mappings; a `StepFailure` here is an incident. */
  onCompleting?(ctx: ExecutionContext, ei: ElementInstanceRecord): void;
  /**
   * A child of this scope is completing (its outputs applied, still active). A `StepFailure` here is an incident
   * on the child. Returns whether the scope is done early (a completion condition holds).
   */
  onChildCompleting?(
    ctx: ExecutionContext,
    scope: ElementInstanceRecord,
    child: ElementInstanceRecord,
  ): boolean;
  /** A child of this scope has completed and its token moved on; the core then checks whether the scope ends. */
  onChildCompleted?(
    ctx: ExecutionContext,
    scope: ElementInstanceRecord,
    child: ElementInstanceRecord,
    doneEarly: boolean,
  ): void;
  /**
   * A child of this scope has been terminated (its termination is over, however long its behaviour held it),
   * whatever terminated it: the scope's own termination, a completion condition, a modification.
   */
  onChildTerminated?(ctx: ExecutionContext, scope: ElementInstanceRecord, child: ElementInstanceRecord): void;
  /**
   * Something completed in `scope` while tokens wait at this element (a join): the behaviour may now decide to
   * let them pass.
   */
  onScopeSettled?(ctx: ExecutionContext, node: FlowNodeModel, scope: ElementInstanceRecord): void;
  /** Whether this scope may complete now that nothing is active in it (default: yes). */
  canComplete?(ctx: ExecutionContext, scope: ElementInstanceRecord): boolean;
  /**
   * Releases what the element holds beyond its waits (a job, a user task) when it is terminated, after its
   * children have been. Return `'pending'` to hold the termination open (the instance stays TERMINATING, and
   * whatever waits for it waits too) until the behaviour calls `ctx.resumeTermination(ei)`.
   */
  onTerminate?(ctx: ExecutionContext, ei: ElementInstanceRecord): 'pending' | undefined;
}
