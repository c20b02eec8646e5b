import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Options of an {@link InvalidRequestError}. */
export interface InvalidRequestErrorOptions {
  /** The operation whose request could not be built. */
  readonly operationId: string;
  /** The path parameter at fault. */
  readonly parameter: string;
  /** What is wrong with it (never the value: it may be a secret). */
  readonly reason: string;
}

/**
 * A request the transport refuses to send because it cannot be built safely: a path parameter that is missing,
 * empty, `.` or `..`, which would address another resource. Nothing was sent. The client checks the same before
 * it reaches the transport and reports a `ValidationError`; this is the transport's own line of defence.
 */
export class InvalidRequestError extends CamundaError {
  /** Stable error name, checked by {@link isInvalidRequestError}. */
  override readonly name = 'InvalidRequestError' as const;
  /** The operation whose request could not be built. */
  readonly operationId: string;
  /** The path parameter at fault. */
  readonly parameter: string;

  constructor(options: InvalidRequestErrorOptions) {
    super(`${options.operationId}: path parameter "${options.parameter}" ${options.reason}`, {
      code: 'INVALID_PATH_PARAMETER',
    });
    this.operationId = options.operationId;
    this.parameter = options.parameter;
  }
}

/** True for an {@link InvalidRequestError} from any installed copy of this package. */
export const isInvalidRequestError = errorGuard<InvalidRequestError>('InvalidRequestError');
