import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of a {@link TimeoutError}. */
export interface TimeoutErrorOptions {
  readonly operationId: string;
  readonly timeoutMs: number;
  readonly cause?: unknown;
}

/** The call's time budget ran out (retries and backoff included). */
export class TimeoutError extends CamundaError {
  override readonly name = 'TimeoutError' as const;
  readonly operationId: string;
  readonly timeoutMs: number;

  constructor(options: TimeoutErrorOptions) {
    super(`${options.operationId} timed out after ${options.timeoutMs} ms`, {
      code: 'TIMEOUT',
      cause: options.cause,
    });
    this.operationId = options.operationId;
    this.timeoutMs = options.timeoutMs;
  }
}

/** True for a {@link TimeoutError} from any installed copy of this package. */
export const isTimeoutError = errorGuard<TimeoutError>('TimeoutError');
