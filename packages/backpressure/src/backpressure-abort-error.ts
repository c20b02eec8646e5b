/** The brand every camunda-ts error carries (repeated here: this package does not depend on `@camunda-ts/types`). */
const CAMUNDA_ERROR_BRAND: unique symbol = Symbol.for('camunda-ts.error') as never;

/** Why a caller left the gate's queue without a permit. */
export type BackpressureAbortCode =
  | 'BACKPRESSURE_ABORTED'
  | 'BACKPRESSURE_CLOSED'
  | 'BACKPRESSURE_WAIT_TIMEOUT';

const MESSAGES: Readonly<Record<BackpressureAbortCode, string>> = {
  BACKPRESSURE_ABORTED: 'the caller aborted while waiting for a permit',
  BACKPRESSURE_CLOSED: 'the backpressure gate is closed',
  BACKPRESSURE_WAIT_TIMEOUT: 'the wait for a permit outlasted its time limit',
};

/**
 * Rejection of `acquire` when the caller's signal aborts (`BACKPRESSURE_ABORTED`, the signal's reason as
 * `cause`), its `timeoutMs` passes while queued (`BACKPRESSURE_WAIT_TIMEOUT`) or the gate is closed
 * (`BACKPRESSURE_CLOSED`). Named `AbortError` like the DOM's, so `error.name === 'AbortError'` checks keep working.
 */
export class BackpressureAbortError extends Error {
  /** Stable name shared with the DOM's abort error. */
  override readonly name = 'AbortError' as const;
  /** Stable, machine-readable reason. */
  readonly code: BackpressureAbortCode;
  /** The operation that was waiting. */
  readonly operation: string;
  /** Brand shared by every camunda-ts error, so guards work across installed copies. */
  declare readonly [CAMUNDA_ERROR_BRAND]: true;

  constructor(code: BackpressureAbortCode, operation: string, cause?: unknown) {
    super(`${operation}: ${MESSAGES[code]}`, cause === undefined ? undefined : { cause });
    this.code = code;
    this.operation = operation;
  }
}
Object.defineProperty(BackpressureAbortError.prototype, CAMUNDA_ERROR_BRAND, { value: true });

/** True for a {@link BackpressureAbortError} from any installed copy of this package (brand + name + code). */
export function isBackpressureAbortError(value: unknown): value is BackpressureAbortError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { [CAMUNDA_ERROR_BRAND]?: unknown; name?: unknown; code?: unknown };
  return (
    candidate[CAMUNDA_ERROR_BRAND] === true &&
    candidate.name === 'AbortError' &&
    typeof candidate.code === 'string' &&
    Object.hasOwn(MESSAGES, candidate.code)
  );
}
