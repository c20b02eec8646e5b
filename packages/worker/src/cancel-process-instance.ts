import type { CamundaClient } from '@camunda-ts/client';
import type { JobActionReceipt } from './job-context.js';
import type { ActivatedJob } from './job-types.js';

/** What {@link cancelProcessInstance} needs of a job: a `ConnectedJobContext` whose client is a `CamundaClient`. */
export interface ProcessInstanceJob {
  /** The instance to cancel. */
  readonly processInstanceKey: ActivatedJob['processInstanceKey'];
  /** The client the worker was created with (or its forwarding stand-in in a thread). */
  readonly client: Pick<CamundaClient, 'cancelProcessInstance'>;
  /** Settles the job without a job command. */
  ignore(): Promise<JobActionReceipt>;
}

/**
 * Cancels the job's process instance (the official worker's `job.cancelWorkflow()`), which removes the job with
 * it, and settles the job without a further command. Rejects with the client's error when the engine refuses (the
 * job is then still unsettled and the handler may act otherwise).
 *
 * ```ts
 * handler: async (job) => (job.variables.fraud ? cancelProcessInstance(job) : job.complete())
 * ```
 */
export async function cancelProcessInstance(job: ProcessInstanceJob): Promise<JobActionReceipt> {
  await job.client.cancelProcessInstance({ processInstanceKey: job.processInstanceKey });
  return job.ignore();
}
