export {
  type ActivateAdHocElement,
  type AdHocSubProcessJobResult,
  type AdHocSubProcessResultInput,
  adHocSubProcessResult,
} from './ad-hoc-sub-process-result.js';
export { backoffDelay } from './backoff-delay.js';
export { cancelProcessInstance, type ProcessInstanceJob } from './cancel-process-instance.js';
export { systemClock, type WorkerClock } from './clock.js';
export {
  compileWorkerOptions,
  type ResolvedHandlerModule,
  type ResolvedWorkerOptions,
  WORKER_DEFAULTS,
} from './compile-worker-options.js';
export { HandlerCrashError, isHandlerCrashError } from './handler-crash-error.js';
export type { HandlerModule } from './handler-module.js';
export { HandlerOverrunError, isHandlerOverrunError } from './handler-overrun-error.js';
export { isJobAbortedError, JobAbortedError } from './job-aborted-error.js';
export type { JobCallOptions, JobClient, WorkerConfigDefaults } from './job-client.js';
export type { JobCompletion, TypedJobResult } from './job-completion.js';
export type {
  CompleteJobOptions,
  ConnectedJobContext,
  FailJobOptions,
  JobActionKind,
  JobActionReceipt,
  JobContext,
  JobCustomHeaders,
  JobVariables,
  ThrowJobErrorOptions,
} from './job-context.js';
export { BpmnError, isJobError, JobError, type JobErrorOptions } from './job-error.js';
export { isJobFailure, JobFailure, type JobFailureOptions } from './job-failure.js';
export {
  type JobHandler,
  type JobHandlerResult,
  type ProcessJobHandler,
  processJobHandler,
  type RemoteCallOptions,
  type RemoteClient,
  type ThreadJobHandler,
  threadJobHandler,
} from './job-handler.js';
export { isJobSettledError, JobSettledError } from './job-settled-error.js';
export type {
  ActivatedJob,
  ActivateJobsInput,
  CompleteJobInput,
  FailJobInput,
  JobActivationResult,
  JobResult,
  JobResultAdHocSubProcess,
  JobResultUserTask,
  ThrowJobErrorInput,
  UpdateJobInput,
} from './job-types.js';
export {
  createJobWorker,
  type JobWorker,
  type JobWorkerStats,
  type StopWorkerOptions,
} from './job-worker.js';
export type {
  ActivationInfo,
  InterceptedJob,
  JobRunSummary,
  JobWorkerInterceptor,
} from './job-worker-interceptor.js';
export type {
  AsyncJobWorkerOptions,
  ExecutionStrategyName,
  JobWorkerBaseOptions,
  JobWorkerInput,
  JobWorkerOptions,
  ModuleJobWorkerOptions,
  TenantFilter,
} from './job-worker-options.js';
export { type RunWorkersOptions, runWorkers } from './run-workers.js';
export type { InferSchemaOutput, StandardSchemaV1 } from './standard-schema.js';
export { type RetriesJob, updateJobRetries } from './update-job-retries.js';
export {
  type UserTaskCorrections,
  type UserTaskJobResult,
  type UserTaskResultInput,
  userTaskResult,
} from './user-task-result.js';
export type {
  JobOutcome,
  WorkerEventListener,
  WorkerEventMap,
  WorkerEventName,
} from './worker-events.js';
export { isWorkerOptionsError, WorkerOptionsError, type WorkerOptionsIssue } from './worker-options-error.js';
export type { WorkerState, WorkerStateChange } from './worker-state.js';
export { isWorkerStateError, WorkerStateError } from './worker-state-error.js';
