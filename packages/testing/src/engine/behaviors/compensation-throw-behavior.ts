import type { FlowNodeModel } from '../../bpmn/process-model.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord } from '../records.js';

/** A compensation to run: the boundary event that names the handler, and the handler. */
interface Compensation {
  readonly boundary: FlowNodeModel;
  readonly handler: FlowNodeModel;
}

/** The handlers to run for the completed activities of `scope` (and, recursively, of completed sub-processes). */
function collect(scope: ElementInstanceRecord, activityId: string | undefined, out: Compensation[]): void {
  // In the order the activities completed, each followed by what it holds: the order Zeebe activates the
  // handlers in (all at once, as its compensation subscriptions are triggered).
  for (const activity of [...(scope.compensable ?? [])]) {
    if (activityId !== undefined && activity.elementId !== activityId) continue;
    const boundary = activity.node?.boundaries.find((b) => b.eventKind === 'compensation');
    if (boundary?.compensationHandler !== undefined)
      out.push({ boundary, handler: boundary.compensationHandler });
    if (activity.compensable !== undefined) collect(activity, undefined, out);
    scope.compensable = (scope.compensable ?? []).filter((a) => a !== activity);
  }
}

/**
 * The scopes whose completed activities a throw event compensates: its own, and from inside an event
 * sub-process also the scope the event sub-process runs in (as Zeebe does), whose activities mostly completed
 * before the event sub-process started.
 */
function compensationScopes(thrower: ElementInstanceRecord): ElementInstanceRecord[] {
  const scope = thrower.parent as ElementInstanceRecord;
  if (scope.type === 'EVENT_SUB_PROCESS' && scope.parent !== undefined) return [scope.parent, scope];
  return [scope];
}

/** As in Zeebe, the compensation boundary event shows as an element instance that completed when it triggered. */
function recordTriggeredBoundary(
  ctx: ExecutionContext,
  boundary: FlowNodeModel,
  scope: ElementInstanceRecord,
) {
  const instance = ctx.newElementInstance(boundary, scope);
  scope.children.delete(instance);
  instance.state = 'COMPLETED';
  instance.endDate = instance.startDate;
}

const runHandlers = (ctx: ExecutionContext, thrower: ElementInstanceRecord): number => {
  const scope = thrower.parent as ElementInstanceRecord;
  const targets: Compensation[] = [];
  for (const compensated of compensationScopes(thrower))
    collect(compensated, thrower.node?.compensateActivityId, targets);
  let pending = targets.length;
  // Handlers run in the scope of the throw event, as in Zeebe, even for activities of a completed sub-process.
  for (const { boundary, handler } of targets) {
    recordTriggeredBoundary(ctx, boundary, scope);
    const instance = ctx.activate(handler, scope);
    instance.onLeave = () => {
      pending -= 1;
      if (pending === 0) ctx.complete(thrower);
    };
  }
  return targets.length;
};

/**
 * A compensation throw (intermediate or end) event runs the compensation handlers of the activities of its scope
 * that completed (only `activityRef`'s when given), including those inside completed sub-processes, each once,
 * and completes when they have; with none to run it completes at once. Inside an event sub-process it
 * compensates the activities of the enclosing scope too.
 */
export const compensationThrowBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    if (runHandlers(ctx, ei) === 0) ctx.complete(ei);
  },
};
