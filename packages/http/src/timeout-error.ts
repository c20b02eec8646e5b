import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of a {@link TimeoutError}. */
export interface TimeoutErrorOptions {
  /** The operation that timed out. */
  readonly operationId: string;
  /** The budget that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/** The call's time budget ran out (retries and backoff included). */
export class TimeoutError extends CamundaError {
  /** Stable error name, checked by {@link isTimeoutError}. */
  override readonly name = 'TimeoutError' as const;
  /** The operation that timed out. */
  readonly operationId: string;
  /** The budget that ran out: the whole call, retries included. */
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
