import type { FlowNodeModel } from '../../bpmn/process-model.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord } from '../records.js';

/** The handlers to run for the completed activities of `scope` (and, recursively, of completed sub-processes). */
function collect(
  scope: ElementInstanceRecord,
  activityId: string | undefined,
  out: Array<{ handler: FlowNodeModel; activity: ElementInstanceRecord }>,
): void {
  const done = scope.compensable ?? [];
  // Most recent first, as compensation undoes work in reverse.
  for (const activity of [...done].reverse()) {
    if (activityId !== undefined && activity.elementId !== activityId) continue;
    const handler = activity.node?.boundaries.find(
      (b) => b.eventKind === 'compensation',
    )?.compensationHandler;
    if (handler !== undefined) out.push({ handler, activity });
    if (activity.compensable !== undefined) collect(activity, undefined, out);
    scope.compensable = (scope.compensable ?? []).filter((a) => a !== activity);
  }
}

const runHandlers = (ctx: ExecutionContext, thrower: ElementInstanceRecord): number => {
  const scope = thrower.parent as ElementInstanceRecord;
  const targets: Array<{ handler: FlowNodeModel; activity: ElementInstanceRecord }> = [];
  collect(scope, thrower.node?.compensateActivityId, targets);
  let pending = targets.length;
  for (const { handler } of targets) {
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
 * and completes when they have; with none to run it completes at once.
 */
export const compensationThrowBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    if (runHandlers(ctx, ei) === 0) ctx.complete(ei);
  },
};
