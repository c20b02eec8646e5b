/**
 * Job payload and request shapes of the job operations, written by hand from the spec
 * (`ActivatedJobResult`, `JobActivationRequest`, `JobCompletionRequest`, `JobFailRequest`, `JobErrorRequest`,
 * `JobUpdateRequest`, `JobResult`).
 *
 * Temporary: these stand in for the generated types that `@camunda-ts/client` re-exports. When the client builds,
 * this file becomes re-exports of those types (keys then become branded strings) and nothing else changes.
 */

/** The key of a job (int64 as a string). */
export type JobKey = string;

/** The job kind (`JobKindEnum`). */
export type JobKind = 'BPMN_ELEMENT' | 'EXECUTION_LISTENER' | 'TASK_LISTENER' | 'AD_HOC_SUB_PROCESS';

/** The listener event type of a job (`JobListenerEventTypeEnum`). */
export type JobListenerEventType =
  | 'ASSIGNING'
  | 'BEFORE_ALL'
  | 'CANCEL'
  | 'CANCELING'
  | 'COMPLETING'
  | 'CREATING'
  | 'END'
  | 'START'
  | 'UNSPECIFIED'
  | 'UPDATING';

/** User task properties of a task-listener job (`UserTaskProperties`). */
export interface UserTaskProperties {
  readonly action: string;
  readonly assignee: string | null;
  readonly candidateGroups: readonly string[];
  readonly candidateUsers: readonly string[];
  readonly changedAttributes: readonly string[];
  readonly dueDate: string | null;
  readonly followUpDate: string | null;
  readonly formKey: string | null;
  readonly priority: number | null;
  readonly userTaskKey: string | null;
}

/** One activated job as the engine sends it (`ActivatedJobResult`). */
export interface ActivatedJob {
  readonly type: string;
  readonly processDefinitionId: string;
  readonly processDefinitionVersion: number;
  readonly elementId: string;
  readonly customHeaders: Record<string, unknown>;
  readonly worker: string;
  readonly retries: number;
  /** Epoch milliseconds after which the engine may hand the job to another worker. */
  readonly deadline: number;
  readonly variables: Record<string, unknown>;
  readonly tenantId: string;
  readonly physicalTenantId: string;
  readonly jobKey: JobKey;
  readonly processInstanceKey: string;
  readonly processDefinitionKey: string;
  readonly elementInstanceKey: string;
  readonly kind: JobKind;
  readonly listenerEventType: JobListenerEventType;
  readonly userTask: UserTaskProperties | null;
  readonly tags: readonly string[];
  readonly rootProcessInstanceKey: string | null;
  readonly businessId: string | null;
  readonly priority: number;
  /** The activation's lease token; `null` when activated without a lease. */
  readonly leaseToken: string | null;
}

/** Response of `activateJobs` (`JobActivationResult`). */
export interface JobActivationResult {
  readonly jobs: readonly ActivatedJob[];
}

/** Tenant filtering strategy of an activation (`TenantFilterEnum`). */
export type TenantFilter = 'PROVIDED' | 'ASSIGNED';

/** Input of `activateJobs` (`JobActivationRequest`). */
export interface ActivateJobsInput {
  readonly type: string;
  readonly worker?: string;
  readonly timeout: number;
  readonly maxJobsToActivate: number;
  readonly fetchVariable?: readonly string[];
  readonly requestTimeout?: number;
  readonly tenantIds?: readonly string[];
  readonly tenantFilter?: TenantFilter;
  readonly withLease?: boolean | null;
}

/** Corrections a user-task listener applies (`JobResultCorrections`). */
export interface JobResultCorrections {
  readonly assignee?: string | null;
  readonly dueDate?: string | null;
  readonly followUpDate?: string | null;
  readonly candidateUsers?: readonly string[] | null;
  readonly candidateGroups?: readonly string[] | null;
  readonly priority?: number | null;
}

/** Result of a user-task listener job (`JobResultUserTask`). */
export interface JobResultUserTask {
  readonly type: 'userTask';
  readonly denied?: boolean | null;
  readonly deniedReason?: string | null;
  readonly corrections?: JobResultCorrections | null;
}

/** One element to activate in an ad-hoc sub-process (`JobResultActivateElement`). */
export interface JobResultActivateElement {
  readonly elementId?: string;
  readonly variables?: Record<string, unknown> | null;
}

/** Result of an ad-hoc sub-process job (`JobResultAdHocSubProcess`). */
export interface JobResultAdHocSubProcess {
  readonly type: 'adHocSubProcess';
  readonly activateElements?: readonly JobResultActivateElement[];
  readonly isCompletionConditionFulfilled?: boolean;
  readonly isCancelRemainingInstances?: boolean;
}

/** The result a worker completes a job with (`JobResult`). */
export type JobResult = JobResultUserTask | JobResultAdHocSubProcess;

/** Input of `completeJob`: the path's `jobKey` plus `JobCompletionRequest`. */
export interface CompleteJobInput {
  readonly jobKey: JobKey;
  readonly variables?: Record<string, unknown> | null;
  readonly result?: JobResult;
  readonly leaseToken?: string | null;
}

/** Input of `failJob`: the path's `jobKey` plus `JobFailRequest`. */
export interface FailJobInput {
  readonly jobKey: JobKey;
  readonly retries?: number;
  readonly errorMessage?: string;
  readonly retryBackOff?: number;
  readonly variables?: Record<string, unknown>;
  readonly leaseToken?: string | null;
}

/** Input of `throwJobError`: the path's `jobKey` plus `JobErrorRequest`. */
export interface ThrowJobErrorInput {
  readonly jobKey: JobKey;
  readonly errorCode: string;
  readonly errorMessage?: string | null;
  readonly variables?: Record<string, unknown> | null;
  readonly leaseToken?: string | null;
}

/** Input of `updateJob`: the path's `jobKey` plus `JobUpdateRequest`. */
export interface UpdateJobInput {
  readonly jobKey: JobKey;
  readonly changeset: {
    readonly retries?: number | null;
    readonly timeout?: number | null;
    readonly priority?: number | null;
  };
  readonly operationReference?: number;
  readonly leaseToken?: string | null;
}
