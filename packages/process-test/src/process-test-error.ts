import { CamundaError, isCamundaError } from '@camunda-ts/client';

/** Why a {@link ProcessTestError} was thrown. */
export type ProcessTestErrorCode = 'INVALID_OPTIONS' | 'NOT_FOUND' | 'UNSUPPORTED' | 'TIMEOUT';

/** A misuse of the process-test API or a helper that could not do its work (not a failed assertion). */
export class ProcessTestError extends CamundaError {
  /** Stable error name, checked by {@link isProcessTestError}. */
  override readonly name = 'ProcessTestError' as const;
  /** Stable, machine-readable reason. */
  declare readonly code: ProcessTestErrorCode;

  constructor(message: string, options: { readonly code: ProcessTestErrorCode; readonly cause?: unknown }) {
    super(message, options);
  }
}

/** True for a {@link ProcessTestError} from any installed copy of this package. */
export function isProcessTestError(value: unknown): value is ProcessTestError {
  return isCamundaError(value) && value.name === 'ProcessTestError';
}
