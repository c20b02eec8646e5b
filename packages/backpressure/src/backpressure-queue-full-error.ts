/**
 * The brand every camunda-ts error carries. This package may not depend on `@camunda-ts/types`, so it repeats
 * the protocol: `Symbol.for` yields the same symbol in every copy of every camunda-ts package.
 */
const CAMUNDA_ERROR_BRAND: unique symbol = Symbol.for('camunda-ts.error') as never;

/**
 * Thrown by `acquire` when `maxWaiters` callers are already queued: the caller fails fast instead of the queue
 * growing without bound while the engine is overloaded.
 */
export class BackpressureQueueFullError extends Error {
  /** Stable name, checked by {@link isBackpressureQueueFullError}. */
  override readonly name = 'BackpressureQueueFullError' as const;
  /** Stable, machine-readable reason. */
  readonly code = 'BACKPRESSURE_QUEUE_FULL' as const;
  /** The operation that could not be queued. */
  readonly operation: string;
  /** The queue bound that was reached. */
  readonly maxWaiters: number;
  /** Brand shared by every camunda-ts error, so guards work across installed copies. */
  declare readonly [CAMUNDA_ERROR_BRAND]: true;

  constructor(operation: string, maxWaiters: number) {
    super(
      `Backpressure queue is full: ${maxWaiters} callers are already waiting for a permit, so ${operation} was not queued`,
    );
    this.operation = operation;
    this.maxWaiters = maxWaiters;
  }
}
Object.defineProperty(BackpressureQueueFullError.prototype, CAMUNDA_ERROR_BRAND, { value: true });

/** True for a {@link BackpressureQueueFullError} from any installed copy of this package (brand + name, no `instanceof`). */
export function isBackpressureQueueFullError(value: unknown): value is BackpressureQueueFullError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [CAMUNDA_ERROR_BRAND]?: unknown })[CAMUNDA_ERROR_BRAND] === true &&
    (value as { name?: unknown }).name === 'BackpressureQueueFullError'
  );
}
