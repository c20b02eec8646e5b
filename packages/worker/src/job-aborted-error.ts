import { WorkerError, workerErrorGuard } from './worker-error.js';

/**
 * The reason of an aborted `job.signal`: the job's deadline passed (`JOB_DEADLINE`), or the worker stopped
 * without waiting for the handler any longer (`WORKER_STOPPED`).
 */
export class JobAbortedError extends WorkerError {
  override readonly name = 'JobAbortedError' as const;

  constructor(code: 'JOB_DEADLINE' | 'WORKER_STOPPED', message: string) {
    super(message, { code });
  }
}

/** True for a {@link JobAbortedError} from any installed copy of the worker package. */
export const isJobAbortedError = workerErrorGuard<JobAbortedError>('JobAbortedError');
