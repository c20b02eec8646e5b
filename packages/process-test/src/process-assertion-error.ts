import { CamundaError, isCamundaError } from '@camunda-ts/client';

/**
 * A process assertion that did not hold within its wait. The message states what was expected and shows the
 * subject as it was at the end of the wait (for an instance: state, active and last completed elements,
 * incidents, variables).
 */
export class ProcessAssertionError extends CamundaError {
  /** Stable error name, checked by {@link isProcessAssertionError}. */
  override readonly name = 'ProcessAssertionError' as const;
  /** Always `ASSERTION_FAILED`. */
  declare readonly code: 'ASSERTION_FAILED';

  constructor(message: string, options: { readonly cause?: unknown } = {}) {
    super(message, { code: 'ASSERTION_FAILED', ...options });
  }
}

/** True for a {@link ProcessAssertionError} from any installed copy of this package. */
export function isProcessAssertionError(value: unknown): value is ProcessAssertionError {
  return isCamundaError(value) && value.name === 'ProcessAssertionError';
}
