import { CamundaError, isCamundaError } from '@camunda-ts/client';

/** A lifecycle call that the worker's current state does not allow (e.g. starting a stopped worker). */
export class WorkerStateError extends CamundaError {
  /** Stable error name, checked by {@link isWorkerStateError}. */
  override readonly name = 'WorkerStateError' as const;

  constructor(message: string) {
    super(message, { code: 'INVALID_WORKER_STATE' });
  }
}

/** True for a {@link WorkerStateError} from any installed copy of the worker package. */
export function isWorkerStateError(value: unknown): value is WorkerStateError {
  return isCamundaError(value) && value.name === 'WorkerStateError';
}
