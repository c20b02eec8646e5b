/**
 * The job operations' payload and request types, taken from the client's generated operation types (the spec's
 * `ActivatedJobResult`, `JobActivationRequest`, `JobCompletionRequest`, …) under the names the worker uses.
 */
import type { OperationInput, OperationOutput } from '@camunda-ts/client';

/** Response of `activateJobs` (`JobActivationResult`). */
export type JobActivationResult = OperationOutput<'activateJobs'>;

/** One activated job as the engine sends it (`ActivatedJobResult`). */
export type ActivatedJob = JobActivationResult['jobs'][number];

/** The key of a job (a branded string). */
export type JobKey = ActivatedJob['jobKey'];

/** The job kind (`JobKindEnum`). */
export type JobKind = ActivatedJob['kind'];

/** The listener event type of a job (`JobListenerEventTypeEnum`). */
export type JobListenerEventType = ActivatedJob['listenerEventType'];

/** User task properties of a task-listener job (`UserTaskProperties`). */
export type UserTaskProperties = NonNullable<ActivatedJob['userTask']>;

/** Input of `activateJobs` (`JobActivationRequest`). */
export type ActivateJobsInput = OperationInput<'activateJobs'>;

/** Input of `completeJob`: the path's `jobKey` plus `JobCompletionRequest`. */
export type CompleteJobInput = OperationInput<'completeJob'>;

/** Input of `failJob`: the path's `jobKey` plus `JobFailRequest`. */
export type FailJobInput = OperationInput<'failJob'>;

/** Input of `throwJobError`: the path's `jobKey` plus `JobErrorRequest`. */
export type ThrowJobErrorInput = OperationInput<'throwJobError'>;

/** Input of `updateJob`: the path's `jobKey` plus `JobUpdateRequest`. */
export type UpdateJobInput = OperationInput<'updateJob'>;

/** The result a worker completes a job with (`JobResult`): user-task listener or ad-hoc sub-process. */
export type JobResult = NonNullable<CompleteJobInput['result']>;

/** Result of a user-task listener job (`JobResultUserTask`). */
export type JobResultUserTask = Extract<
  JobResult,
  {
    /** The user-task variant. */
    type?: 'userTask';
  }
>;

/** Result of an ad-hoc sub-process job (`JobResultAdHocSubProcess`). */
export type JobResultAdHocSubProcess = Extract<
  JobResult,
  {
    /** The ad-hoc sub-process variant. */
    type?: 'adHocSubProcess';
  }
>;
