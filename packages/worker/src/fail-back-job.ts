import { type DeliveryFailure, type DeliveryRuntime, deliverJobAction } from './deliver-job-action.js';
import type { ActivatedJob, FailJobInput } from './job-types.js';

/**
 * The worker's own deadline for a job: the engine's, but never later than the time it was received plus the job
 * timeout (the engine's clock may run ahead of or behind ours).
 */
export function localDeadline(job: ActivatedJob, receivedAt: number, jobTimeoutMs: number): number {
  const local = receivedAt + jobTimeoutMs;
  return typeof job.deadline === 'number' && job.deadline < local ? job.deadline : local;
}

/**
 * Hands a job the worker will not run back to the engine: `failJob` with its retries unchanged, so it is
 * activated again at once. Transient failures are retried for up to `windowMs` (the stop grace), never past the
 * job's deadline; a hard stop does not end these retries, since a stranded job would otherwise wait for its
 * timeout. Resolves `undefined` when the engine accepted it; never rejects.
 */
export function failBackJob(
  rt: DeliveryRuntime,
  job: Pick<ActivatedJob, 'jobKey' | 'retries' | 'leaseToken'>,
  message: string,
  deadlineAt: number,
  windowMs: number,
): Promise<DeliveryFailure | undefined> {
  const fenced = typeof job.leaseToken === 'string';
  const input: FailJobInput = {
    jobKey: job.jobKey,
    retries: job.retries,
    errorMessage: message,
    ...(fenced && { leaseToken: job.leaseToken as string }),
  };
  return deliverJobAction(
    rt,
    'failJob',
    input,
    deadlineAt,
    true,
    { fenced, retryUntil: Math.min(deadlineAt, rt.clock.now() + windowMs), stop: undefined },
    outcome,
  );
}

function outcome(failure: DeliveryFailure | undefined): DeliveryFailure | undefined {
  return failure;
}
