import { CamundaError, isCamundaError } from '@camunda-ts/client';

/**
 * The reason of an aborted `job.signal`: the job's deadline passed (`JOB_DEADLINE`), the worker stopped without
 * waiting for the handler any longer (`WORKER_STOPPED`), or a timeout extension showed that the job is no longer
 * this worker's (`JOB_LOST`: gone from the engine, or its lease superseded by a newer activation).
 */
export class JobAbortedError extends CamundaError {
  /** Stable error name, checked by {@link isJobAbortedError}. */
  override readonly name = 'JobAbortedError' as const;

  constructor(code: 'JOB_DEADLINE' | 'WORKER_STOPPED' | 'JOB_LOST', message: string) {
    super(message, { code });
  }
}

/** True for a {@link JobAbortedError} from any installed copy of the worker package. */
export function isJobAbortedError(value: unknown): value is JobAbortedError {
  return isCamundaError(value) && value.name === 'JobAbortedError';
}
