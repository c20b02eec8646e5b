/**
 * The brand every camunda-ts error carries. `Symbol.for` makes it the same symbol in every copy of every
 * package, so guards keep working when two versions are installed side by side.
 */
export const CAMUNDA_ERROR_BRAND: unique symbol = Symbol.for('camunda-ts.error') as never;

/** Options shared by every camunda-ts error. */
export interface CamundaErrorOptions {
  /** Stable, machine-readable reason, e.g. `INVALID_CREDENTIALS`. */
  readonly code: string;
  /** The underlying error, kept so nothing is lost. */
  readonly cause?: unknown;
}

/**
 * Base class of the camunda-ts error family. Subclasses set a stable `name`; guards check the brand and the
 * name instead of `instanceof`, so they work across duplicate installs.
 */
export abstract class CamundaError extends Error {
  /** Stable, machine-readable reason. */
  readonly code: string;
  /** Brand shared by every camunda-ts error, so guards work across installed copies. */
  declare readonly [CAMUNDA_ERROR_BRAND]: true;

  constructor(message: string, options: CamundaErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
  }
}
Object.defineProperty(CamundaError.prototype, CAMUNDA_ERROR_BRAND, { value: true });

/** True for any camunda-ts error, from any installed copy of any camunda-ts package. */
export function isCamundaError(value: unknown): value is CamundaError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [CAMUNDA_ERROR_BRAND]?: unknown })[CAMUNDA_ERROR_BRAND] === true
  );
}

/**
 * Builds a guard for one error class by its stable `name`: `isHttpError = errorGuard<HttpError>('HttpError')`.
 */
export function errorGuard<E extends CamundaError>(name: E['name']): (value: unknown) => value is E {
  return (value: unknown): value is E => isCamundaError(value) && value.name === name;
}
