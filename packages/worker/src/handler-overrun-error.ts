import { CamundaError, isCamundaError } from '@camunda-ts/client';

/**
 * A handler kept running for the whole abort grace period after its job's deadline passed. The worker stopped
 * waiting for it: a thread or process handler was terminated; an async handler's promise was abandoned (it may
 * still run, but nothing it does reaches the job any more). The job is failed only when a lease fences the
 * action; otherwise it is dropped and the engine hands it out again.
 */
export class HandlerOverrunError extends CamundaError {
  /** Stable error name, checked by {@link isHandlerOverrunError}. */
  override readonly name = 'HandlerOverrunError' as const;

  constructor(message: string) {
    super(message, { code: 'HANDLER_OVERRUN' });
  }
}

/** True for a {@link HandlerOverrunError} from any installed copy of the worker package. */
export function isHandlerOverrunError(value: unknown): value is HandlerOverrunError {
  return isCamundaError(value) && value.name === 'HandlerOverrunError';
}
