import type { CamundaClient } from '@camunda-ts/client';
import type { ActivatedJob } from './job-types.js';

/** What {@link updateJobRetries} needs of a job: a `ConnectedJobContext` whose client is a `CamundaClient`. */
export interface RetriesJob {
  /** The job to change. */
  readonly jobKey: ActivatedJob['jobKey'];
  /** The job's lease token, sent so that a superseded activation cannot change it. */
  readonly leaseToken?: ActivatedJob['leaseToken'];
  /** The client the worker was created with (or its forwarding stand-in in a thread). */
  readonly client: Pick<CamundaClient, 'updateJob'>;
}

/**
 * Sets the retries of a running job (`updateJob` with a retries changeset; the official worker's
 * `job.modifyRetries({ retries })`). The job stays with the handler, which still completes or fails it.
 */
export async function updateJobRetries(job: RetriesJob, retries: number): Promise<void> {
  if (!Number.isSafeInteger(retries) || retries < 0) {
    throw new RangeError(`retries must be an integer ≥ 0, got ${String(retries)}`);
  }
  await job.client.updateJob({
    jobKey: job.jobKey,
    changeset: { retries },
    ...(typeof job.leaseToken === 'string' && { leaseToken: job.leaseToken }),
  });
}
