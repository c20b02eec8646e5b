import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Which side of a call failed validation. `options` means the call options themselves were unusable. */
export type ValidationSide = 'request' | 'response' | 'options';

/** One problem found by validation: where (a path into the payload) and what. */
export interface ValidationIssue {
  /** Path into the payload, e.g. `['variables', 'amount']`; empty for the payload itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, without the offending value (values may be secrets). */
  readonly message: string;
}

/**
 * A request or response that does not match the API schema (`CAMUNDA_SDK_VALIDATION=strict`). A request that
 * fails is never sent; a response that fails was already acted on by the engine.
 */
export class ValidationError extends CamundaError {
  /** Stable error name, checked by {@link isValidationError}. */
  override readonly name = 'ValidationError' as const;
  /** The operation whose payload failed. */
  readonly operationId: string;
  /** The side that failed. */
  readonly side: ValidationSide;
  /** Every problem found. */
  readonly issues: readonly ValidationIssue[];

  constructor(operationId: string, side: ValidationSide, issues: readonly ValidationIssue[]) {
    super(`${operationId}: invalid ${side}: ${issues.map(formatIssue).join('; ')}`, {
      code:
        side === 'options' ? 'INVALID_OPTIONS' : side === 'request' ? 'INVALID_REQUEST' : 'INVALID_RESPONSE',
    });
    this.operationId = operationId;
    this.side = side;
    this.issues = Object.freeze(issues.slice());
  }
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

/** True for a {@link ValidationError} from any installed copy of camunda-ts. */
export const isValidationError = errorGuard<ValidationError>('ValidationError');
