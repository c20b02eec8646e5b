import { CamundaError, isCamundaError } from '@camunda-ts/client';

/**
 * The reason of an aborted `job.signal`: the job's deadline passed (`JOB_DEADLINE`), or the worker stopped
 * without waiting for the handler any longer (`WORKER_STOPPED`).
 */
export class JobAbortedError extends CamundaError {
  override readonly name = 'JobAbortedError' as const;

  constructor(code: 'JOB_DEADLINE' | 'WORKER_STOPPED', message: string) {
    super(message, { code });
  }
}

/** True for a {@link JobAbortedError} from any installed copy of the worker package. */
export function isJobAbortedError(value: unknown): value is JobAbortedError {
  return isCamundaError(value) && value.name === 'JobAbortedError';
}
