import { CamundaError, isCamundaError } from '@camunda-ts/client';

/**
 * The thread or process running a handler died (or its module could not be loaded) before the handler settled.
 * The worker fails only that job with this error's message and replaces the thread or process.
 */
export class HandlerCrashError extends CamundaError {
  /** Stable error name, checked by {@link isHandlerCrashError}. */
  override readonly name = 'HandlerCrashError' as const;

  constructor(message: string, cause?: unknown) {
    super(message, { code: 'HANDLER_CRASHED', cause });
  }
}

/** True for a {@link HandlerCrashError} from any installed copy of the worker package. */
export function isHandlerCrashError(value: unknown): value is HandlerCrashError {
  return isCamundaError(value) && value.name === 'HandlerCrashError';
}
