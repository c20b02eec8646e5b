import { CamundaError, errorGuard } from '@camunda-ts/types';

/**
 * The server returned a cursor it had already returned during one pagination walk. Continuing would loop
 * forever, so the walk stops with this error.
 */
export class PaginationError extends CamundaError {
  /** Stable error name, checked by {@link isPaginationError}. */
  override readonly name = 'PaginationError' as const;
  /** The search operation being walked. */
  readonly operationId: string;
  /** Number of pages fetched before the repeat was seen. */
  readonly pages: number;

  constructor(operationId: string, pages: number) {
    super(`${operationId}: the server repeated a page cursor after ${pages} page(s); pagination stopped`, {
      code: 'REPEATED_CURSOR',
    });
    this.operationId = operationId;
    this.pages = pages;
  }
}

/** True for a {@link PaginationError} from any installed copy of camunda-ts. */
export const isPaginationError = errorGuard<PaginationError>('PaginationError');
