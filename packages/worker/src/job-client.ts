import type { CamundaConfig, Logger } from '@camunda-ts/client';
import type {
  ActivateJobsInput,
  CompleteJobInput,
  FailJobInput,
  JobActivationResult,
  ThrowJobErrorInput,
  UpdateJobInput,
} from './job-types.js';

/** Per-call options the worker passes to the client (a subset of the client's call options). */
export interface JobCallOptions {
  /** Aborts the call. */
  readonly signal?: AbortSignal;
  /** Budget of this call; the worker sets it on activations so the long poll is not cut short. */
  readonly timeoutMs?: number;
}

/**
 * Worker defaults from the client's resolved configuration (`CamundaConfig['worker']`, filled from
 * `CAMUNDA_WORKER_*`). A worker's explicit options win over these; built-in defaults apply last.
 */
export type WorkerConfigDefaults = Partial<CamundaConfig['worker']>;

/**
 * The narrow job source the worker depends on. `@camunda-ts/client` satisfies it; so does any object with these
 * methods (tests hand in fakes). Methods take the client's single input object (path and body fields together).
 */
export interface JobClient {
  /** Activates up to `maxJobsToActivate` jobs (a long poll). */
  activateJobs(input: ActivateJobsInput, options?: JobCallOptions): Promise<JobActivationResult>;
  /** Completes a job. */
  completeJob(input: CompleteJobInput, options?: JobCallOptions): Promise<unknown>;
  /** Fails a job. */
  failJob(input: FailJobInput, options?: JobCallOptions): Promise<unknown>;
  /** Throws a BPMN error for a job. */
  throwJobError(input: ThrowJobErrorInput, options?: JobCallOptions): Promise<unknown>;
  /** Changes a job's retries or timeout. */
  updateJob(input: UpdateJobInput, options?: JobCallOptions): Promise<unknown>;
  /** Used when the worker's options name no logger. */
  readonly logger?: Logger;
  /** The client's resolved configuration; only its `worker` section is read. */
  readonly config?: {
    /** Defaults for job workers (`CAMUNDA_WORKER_*`). */
    readonly worker?: WorkerConfigDefaults;
  };
}
