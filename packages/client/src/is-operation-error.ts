import { type HttpError, isHttpError, type ProblemDetail } from '@camunda-ts/http';
import { type OperationErrorStatus, type OperationId, operations } from '@camunda-ts/types/operations';

/** An {@link HttpError} of one operation with one of the statuses the spec documents for it. */
export type OperationError<K extends OperationId> = HttpError & {
  /** The operation that failed. */
  readonly operationId: K;
  /** One of the error statuses the spec documents for the operation. */
  readonly status: OperationErrorStatus<K>;
  /** The RFC 9457 problem detail the spec documents for these statuses. */
  readonly problem: ProblemDetail & {
    /** The HTTP status. */
    readonly status: number;
  };
};

/**
 * True when `error` is an `HttpError` of operation `operationId` whose status is one the spec documents for it;
 * narrows `error.status` to exactly those statuses:
 * `if (isOperationError(e, 'createProcessInstance') && e.status === 409) …`.
 */
export function isOperationError<K extends OperationId>(
  error: unknown,
  operationId: K,
): error is OperationError<K> {
  return (
    isHttpError(error) &&
    error.operationId === operationId &&
    Object.hasOwn(operations, operationId) &&
    operations[operationId].errorStatuses.includes(error.status)
  );
}
