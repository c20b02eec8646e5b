import type { OperationId } from '@camunda-ts/types/operations';

/** Emitted when a client method is called, before anything is validated or sent. */
export interface OperationStartEvent {
  /** Identifies this call in its end event and in the attempt hooks (`callId`); unique per client. */
  readonly callId: number;
  /** The operation called. */
  readonly operationId: OperationId;
}

/** Emitted once per client method call, when it settles. */
export interface OperationEndEvent extends OperationStartEvent {
  /** True when the call resolved. */
  readonly ok: boolean;
  /** From the call to its settling, validation, gate waits, retries and consistency polls included. */
  readonly durationMs: number;
  /** HTTP attempts sent: retries, the credentials refresh after a 401, and consistency polls included. */
  readonly attempts: number;
  /** Attempts that repeated a request (after 429/503, a network error or a 401). */
  readonly retries: number;
  /** Requests the call made before retries: 1, or the number of polls of a consistency wait. */
  readonly requests: number;
  /** Total time the attempts waited for a backpressure permit. */
  readonly gateWaitMs: number;
  /** HTTP status of the last answer; `undefined` when none arrived. */
  readonly status: number | undefined;
  /** Why the call failed; `undefined` when it succeeded. */
  readonly error: unknown;
}
