import { CamundaError, isCamundaError } from '@camunda-ts/client';

/** A handler took a second action on a job that already has one (exactly one action reaches the engine). */
export class JobSettledError extends CamundaError {
  /** Stable error name, checked by {@link isJobSettledError}. */
  override readonly name = 'JobSettledError' as const;

  constructor(jobKey: string, taken: string, attempted: string) {
    super(`Job ${jobKey} was already settled by '${taken}'; '${attempted}' was not sent`, {
      code: 'JOB_ALREADY_SETTLED',
    });
  }
}

/** True for a {@link JobSettledError} from any installed copy of the worker package. */
export function isJobSettledError(value: unknown): value is JobSettledError {
  return isCamundaError(value) && value.name === 'JobSettledError';
}
