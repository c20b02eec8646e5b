import type { AdHocModel, FlowNodeModel } from '../../bpmn/process-model.js';
import type { JsonObject } from '../../feel/json-value.js';
import type { ElementBehavior } from '../element-behavior.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ElementInstanceRecord, JobResultInput } from '../records.js';
import { StepFailure } from '../step-failure.js';

const settings = (ei: ElementInstanceRecord) => ei.node?.adHoc as AdHocModel;

/** The activatable element of an ad-hoc sub-process with this id, or undefined. */
export const adHocElement = (ei: ElementInstanceRecord, elementId: string): FlowNodeModel | undefined =>
  settings(ei).activatable.find((n) => n.id === elementId);

/**
 * Activates elements of an ad-hoc sub-process (each with optional local variables). Unknown ids fail as a
 * whole, with Zeebe's message. With `cancelRemaining`, what was running before is terminated, as Zeebe does: the
 * terminations start first, but the new elements do not wait for them (a user task's canceling listeners may
 * hold one open); should nothing be left once they are over, the sub-process completes.
 */
export function activateAdHocElements(
  ctx: ExecutionContext,
  ei: ElementInstanceRecord,
  elements: ReadonlyArray<{ readonly elementId: string; readonly variables?: JsonObject }>,
  cancelRemaining = false,
): void {
  const missing = elements
    .filter((e) => adHocElement(ei, e.elementId) === undefined)
    .map((e) => `'${e.elementId}'`);
  if (missing.length > 0) {
    throw new StepFailure(
      'EXTRACT_VALUE_ERROR',
      `Failed to activate ad-hoc elements. No BPMN elements found with ids: ${missing.join(', ')}.`,
    );
  }
  const remaining = cancelRemaining ? [...ei.children] : [];
  for (const { elementId, variables } of elements) {
    // Like Zeebe: each activation gets its own inner instance, which holds the activation's variables and
    // completes once the path started in it has ended.
    const inner = ctx.newElementInstance(settings(ei).innerInstance, ei);
    for (const [name, value] of Object.entries(variables ?? {})) ctx.variables.setLocal(inner, name, value);
    activationOf.set(inner, adHocElement(ei, elementId) as FlowNodeModel);
    ctx.enterLater(inner);
  }
  // The new inner instances exist already, so a termination over at once does not find the sub-process empty.
  if (remaining.length > 0) ctx.terminateAll(remaining, () => completeIfEmpty(ctx, ei));
}

/**
 * After terminating what was left running: the sub-process completes if nothing is active in it any more (Zeebe's
 * ad-hoc sub-process completes on a child's termination once it has no active children).
 */
function completeIfEmpty(ctx: ExecutionContext, ei: ElementInstanceRecord): void {
  if (ei.state === 'ACTIVE' && ei.children.size === 0 && ei.pendingJoinTokens === 0) ctx.complete(ei);
}

/** The element each inner instance activates once entered. */
const activationOf = new WeakMap<ElementInstanceRecord, FlowNodeModel>();

/**
 * An inner instance of an ad-hoc sub-process (`AD_HOC_SUB_PROCESS_INNER_INSTANCE`): it activates one element
 * and completes when nothing is left active in it.
 */
export const adHocInnerInstanceBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const element = activationOf.get(ei);
    activationOf.delete(ei);
    if (element !== undefined) ctx.activate(element, ei);
  },
};

/**
 * The completion condition holds (or a job result says so): the sub-process completes once what is left has
 * finished, or, with `cancelRemaining`, once what is left is terminated; a termination its behaviour holds open
 * (canceling task listeners) keeps the sub-process active until it is over.
 */
function finish(ctx: ExecutionContext, ei: ElementInstanceRecord, cancelRemaining: boolean): void {
  ei.adHocDone = true;
  if (!cancelRemaining || ei.children.size === 0) {
    completeIfEmpty(ctx, ei);
    return;
  }
  ctx.terminateAll(ei.children, () => completeIfEmpty(ctx, ei));
}

/** With a job worker implementation: a job of kind AD_HOC_SUB_PROCESS decides what to activate, and when to stop. */
function createAdHocJob(ctx: ExecutionContext, ei: ElementInstanceRecord): void {
  const def = ei.node?.job;
  if (def === undefined || ei.adHocDone === true) return;
  const job = ctx.jobs.create({
    type: ctx.evaluateString(def.type, ei, 'job type'),
    retries: ctx.evaluateNumber(def.retries, ei, 'job retries'),
    priority: def.priority === undefined ? 0 : ctx.evaluateNumber(def.priority, ei, 'job priority'),
    customHeaders: def.headers,
    tenantId: ei.processInstance.tenantId,
    elementInstance: ei,
    kind: 'AD_HOC_SUB_PROCESS',
  });
  job.incidentType = 'AD_HOC_SUB_PROCESS_NO_RETRIES';
  job.onComplete = (variables: JsonObject, result: JobResultInput | undefined) => {
    if (ei.job === job) ei.job = undefined;
    if (ei.state !== 'ACTIVE') return;
    for (const [name, value] of Object.entries(variables)) ctx.variables.propagate(ei, { [name]: value });
    ctx.guarded(
      ei,
      () => {
        const elements = Array.isArray(result?.activateElements)
          ? (result.activateElements as Array<{ elementId: string; variables?: JsonObject }>)
          : [];
        const cancelRemaining = result?.isCancelRemainingInstances === true;
        // As Zeebe: elements to activate (the completion of the job refuses them together with a fulfilled
        // completion condition), each instruction with the result's cancel-remaining flag.
        if (elements.length > 0) activateAdHocElements(ctx, ei, elements, cancelRemaining);
        if (result?.isCompletionConditionFulfilled === true) finish(ctx, ei, cancelRemaining);
        else if (elements.length === 0 && ei.children.size === 0) createAdHocJob(ctx, ei);
      },
      () => createAdHocJob(ctx, ei),
    );
  };
  ei.job = job;
}

/**
 * An ad-hoc sub-process: its elements without incoming flows run only when activated — by the active elements
 * collection on entry, through `activateAdHocSubProcessActivities`, or by the result of its job (with a job
 * worker implementation). Each activation runs in its own inner instance; when one completes (the path it
 * started has ended) its output element, evaluated in the inner instance, is appended to the output collection
 * and the completion condition is evaluated; once it holds the sub-process completes, terminating what is still
 * running unless `cancelRemainingInstances` is false. Without a condition it completes when nothing is left
 * running.
 */
export const adHocSubProcessBehavior: ElementBehavior = {
  onActivate(ctx, ei) {
    const adHoc = settings(ei);
    if (adHoc.outputCollection !== undefined) ctx.variables.setLocal(ei, adHoc.outputCollection, []);
    const ids =
      adHoc.activeElementsCollection === undefined
        ? []
        : (() => {
            try {
              return ctx.evaluateList(adHoc.activeElementsCollection, ei, 'active elements collection');
            } catch (error) {
              if (error instanceof StepFailure)
                throw new StepFailure(
                  'EXTRACT_VALUE_ERROR',
                  `Failed to activate ad-hoc elements. ${error.message}`,
                );
              throw error;
            }
          })();
    activateAdHocElements(
      ctx,
      ei,
      ids.map((elementId) => ({ elementId })),
    );
    createAdHocJob(ctx, ei);
  },

  onCompleting(ctx, ei) {
    const name = settings(ei).outputCollection;
    if (name === undefined) return;
    const value = ctx.variables.local(ei.key)?.get(name)?.value ?? [];
    ctx.variables.propagate(ei.parent as ElementInstanceRecord, { [name]: value });
  },

  onChildCompleting(ctx, ei, child) {
    const adHoc = settings(ei);
    // The children are inner instances: one completes when the path of its activation has ended.
    if (adHoc.outputCollection !== undefined && adHoc.outputElement !== undefined) {
      const value = ctx.evaluate(adHoc.outputElement, child, 'output element');
      const current = ctx.variables.local(ei.key)?.get(adHoc.outputCollection)?.value;
      ctx.variables.setLocal(ei, adHoc.outputCollection, [...(Array.isArray(current) ? current : []), value]);
    }
    if (adHoc.completionCondition === undefined) return false;
    return ctx.evaluateCondition(adHoc.completionCondition, ei);
  },

  onChildCompleted(ctx, ei, _child, conditionHolds) {
    if (conditionHolds) {
      finish(ctx, ei, settings(ei).cancelRemainingInstances);
      return;
    }
    if (ei.node?.job === undefined) return;
    // As Zeebe: after each element the job comes back to decide again (one still open is canceled), unless a job
    // result already fulfilled the completion condition; then the sub-process completes, terminating what is left
    // (cancelRemainingInstances is always true with a job).
    if (ei.job !== undefined) {
      ctx.jobs.cancel(ei.job);
      ei.job = undefined;
    }
    if (ei.adHocDone === true) {
      finish(ctx, ei, settings(ei).cancelRemainingInstances);
      return;
    }
    const again = () => {
      ctx.guarded(ei, () => createAdHocJob(ctx, ei), again);
    };
    again();
  },

  canComplete(_ctx, ei) {
    // With a condition or a job, only they end it; otherwise it ends when nothing is left running.
    const adHoc = settings(ei);
    return ei.adHocDone === true || (adHoc.completionCondition === undefined && ei.node?.job === undefined);
  },

  onTerminate(ctx, ei) {
    if (ei.job !== undefined) ctx.jobs.cancel(ei.job);
    return undefined;
  },
};
