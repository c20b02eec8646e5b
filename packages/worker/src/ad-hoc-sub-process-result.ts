import type { JobResultAdHocSubProcess } from './job-types.js';

/** One element an ad-hoc sub-process job asks the engine to activate, with variables for it. */
export interface ActivateAdHocElement {
  /** The id of an element inside the ad-hoc sub-process. */
  readonly elementId: string;
  /** Variables set in the activated element's scope. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** What the job of an ad-hoc sub-process decides: elements to activate, and whether the sub-process is done. */
export interface AdHocSubProcessResultInput {
  /** The elements to activate. */
  readonly activateElements?: readonly ActivateAdHocElement[];
  /** The completion condition is fulfilled: the sub-process completes once its active elements are done. */
  readonly isCompletionConditionFulfilled?: boolean;
  /** With a fulfilled completion condition: cancel the elements still active instead of waiting for them. */
  readonly isCancelRemainingInstances?: boolean;
}

/** An ad-hoc sub-process job result, tagged with its `type` (what `adHocSubProcessResult` returns). */
export type AdHocSubProcessJobResult = JobResultAdHocSubProcess & {
  /** Marks an ad-hoc sub-process result. */
  readonly type: 'adHocSubProcess';
};

type ElementId = NonNullable<NonNullable<JobResultAdHocSubProcess['activateElements']>[number]['elementId']>;

/**
 * Builds the result of an ad-hoc sub-process job, for `job.complete(variables, { result })` or a handler's
 * `return { variables, result }`.
 */
export function adHocSubProcessResult(input: AdHocSubProcessResultInput = {}): AdHocSubProcessJobResult {
  return {
    type: 'adHocSubProcess',
    activateElements: (input.activateElements ?? []).map((element) => ({
      // Element ids are plain strings to the caller; the engine checks them.
      elementId: element.elementId as ElementId,
      ...(element.variables !== undefined && { variables: { ...element.variables } }),
    })),
    isCompletionConditionFulfilled: input.isCompletionConditionFulfilled ?? false,
    isCancelRemainingInstances: input.isCancelRemainingInstances ?? false,
  };
}
