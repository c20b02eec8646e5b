import type { AdHocSubProcessJobResult } from './ad-hoc-sub-process-result.js';
import type { UserTaskJobResult } from './user-task-result.js';

/** A job result that names its `type`, as the typed helpers build them. */
export type TypedJobResult = UserTaskJobResult | AdHocSubProcessJobResult;

/**
 * What a handler returns to complete with a job result: `return { variables, result: userTaskResult(…) }`. The
 * worker reads a returned object this way only when its keys are `result` (with a `type`) and, optionally,
 * `variables`; any other object is the variables themselves.
 */
export interface JobCompletion<O> {
  /** The variables to complete with. */
  readonly variables?: O;
  /** The job result (built with `userTaskResult` or `adHocSubProcessResult`). */
  readonly result: TypedJobResult;
}

const resultTypes = new Set(['userTask', 'adHocSubProcess']);

/** True for a handler return value of the form {@link JobCompletion}. */
export function isJobCompletion(value: object): value is JobCompletion<unknown> {
  const keys = Object.keys(value);
  if (keys.length > 2 || !keys.every((key) => key === 'variables' || key === 'result')) return false;
  const result = (value as { result?: unknown }).result;
  return (
    typeof result === 'object' &&
    result !== null &&
    resultTypes.has((result as { type?: unknown }).type as string)
  );
}
