import { CamundaError, errorGuard } from '@camunda-ts/types';

/** Facts about a consistency wait that ran out of time. */
export interface ConsistencyTimeoutDetails {
  readonly operationId: string;
  /** How many requests were sent. */
  readonly attempts: number;
  /** Time spent waiting, from the first request to giving up. */
  readonly elapsedMs: number;
  /** HTTP status of the last answer (`undefined` when no answer arrived). */
  readonly lastStatus: number | undefined;
  readonly cause?: unknown;
}

/**
 * An eventually consistent read did not satisfy its predicate within `consistency.waitUpToMs`.
 */
export class ConsistencyTimeoutError extends CamundaError {
  /** Stable error name, checked by {@link isConsistencyTimeoutError}. */
  override readonly name = 'ConsistencyTimeoutError' as const;
  /** The operation that was polled. */
  readonly operationId: string;
  /** How many requests were sent. */
  readonly attempts: number;
  /** Time spent waiting. */
  readonly elapsedMs: number;
  /** HTTP status of the last answer (`undefined` when none arrived). */
  readonly lastStatus: number | undefined;

  constructor(details: ConsistencyTimeoutDetails) {
    super(
      `${details.operationId}: result not consistent after ${details.attempts} attempt(s) in ${details.elapsedMs} ms` +
        (details.lastStatus === undefined ? '' : ` (last status ${details.lastStatus})`),
      { code: 'CONSISTENCY_TIMEOUT', cause: details.cause },
    );
    this.operationId = details.operationId;
    this.attempts = details.attempts;
    this.elapsedMs = details.elapsedMs;
    this.lastStatus = details.lastStatus;
  }
}

/** True for a {@link ConsistencyTimeoutError} from any installed copy of camunda-ts. */
export const isConsistencyTimeoutError = errorGuard<ConsistencyTimeoutError>('ConsistencyTimeoutError');
