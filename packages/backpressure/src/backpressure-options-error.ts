/** The brand every camunda-ts error carries (repeated here: this package does not depend on `@camunda-ts/types`). */
const CAMUNDA_ERROR_BRAND: unique symbol = Symbol.for('camunda-ts.error') as never;

/**
 * A gate option the algorithm cannot work with, thrown by `createBackpressureGate`. Still a `RangeError`, so
 * `instanceof RangeError` checks keep working.
 */
export class BackpressureOptionsError extends RangeError {
  /** Stable name, checked by {@link isBackpressureOptionsError}. */
  override readonly name = 'BackpressureOptionsError' as const;
  /** Stable, machine-readable reason. */
  readonly code = 'INVALID_BACKPRESSURE_OPTION' as const;
  /** The option at fault. */
  readonly option: string;
  /** Brand shared by every camunda-ts error, so guards work across installed copies. */
  declare readonly [CAMUNDA_ERROR_BRAND]: true;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
Object.defineProperty(BackpressureOptionsError.prototype, CAMUNDA_ERROR_BRAND, { value: true });

/** True for a {@link BackpressureOptionsError} from any installed copy of this package (brand + name). */
export function isBackpressureOptionsError(value: unknown): value is BackpressureOptionsError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [CAMUNDA_ERROR_BRAND]?: unknown })[CAMUNDA_ERROR_BRAND] === true &&
    (value as { name?: unknown }).name === 'BackpressureOptionsError'
  );
}
