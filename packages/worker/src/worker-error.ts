/**
 * Temporary base of the worker's errors. It follows the `CamundaError` protocol of `@camunda-ts/types` (stable
 * `name`, `code`, the shared `Symbol.for('camunda-ts.error')` brand) so that `isCamundaError` recognises these
 * errors; once the client re-exports `CamundaError`, the worker's errors extend it and this file goes away.
 */
const BRAND: unique symbol = Symbol.for('camunda-ts.error') as never;

/** Options of every worker error. */
export interface WorkerErrorOptions {
  /** Stable, machine-readable reason. */
  readonly code: string;
  /** The underlying error, kept so nothing is lost. */
  readonly cause?: unknown;
}

/** Base class of the worker's errors; guards check the brand and `name`, never `instanceof`. */
export abstract class WorkerError extends Error {
  /** Stable, machine-readable reason. */
  readonly code: string;
  declare readonly [BRAND]: true;

  constructor(message: string, options: WorkerErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
  }
}
Object.defineProperty(WorkerError.prototype, BRAND, { value: true });

/** Builds a guard for one error class by its stable `name`, working across duplicate installs. */
export function workerErrorGuard<E extends WorkerError>(name: E['name']): (value: unknown) => value is E {
  return (value: unknown): value is E =>
    typeof value === 'object' &&
    value !== null &&
    (value as { [BRAND]?: unknown })[BRAND] === true &&
    (value as { name?: unknown }).name === name;
}
