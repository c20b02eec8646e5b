import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of an {@link AbortError}. */
export interface AbortErrorOptions {
  /** The operation that was aborted. */
  readonly operationId: string;
  /** The signal's `reason`. */
  readonly cause?: unknown;
}

/**
 * The caller's `AbortSignal` cancelled the call. Named `AbortError` like the DOM's, so code that checks
 * `error.name === 'AbortError'` keeps working. Never retried.
 */
export class AbortError extends CamundaError {
  /** Stable error name, checked by {@link isAbortError}. */
  override readonly name = 'AbortError' as const;
  /** The operation that was aborted. */
  readonly operationId: string;

  constructor(options: AbortErrorOptions) {
    super(`${options.operationId} was aborted`, { code: 'ABORTED', cause: options.cause });
    this.operationId = options.operationId;
  }
}

/** True for an {@link AbortError} from any installed copy of this package. */
export const isAbortError = errorGuard<AbortError>('AbortError');
