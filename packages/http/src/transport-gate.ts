/** A permit handed out by a gate; released once the attempt is over. */
export interface GatePermit {
  /** Gives the permit back. */
  release(): void;
}

/** What the transport reports about each attempt that reached the server (or failed to). */
export type GateOutcome =
  | {
      /** The request was answered (any status but an overload signal). */
      readonly type: 'success';
      /** The operation id. */
      readonly operation: string;
      /** From sending the request to its answer. */
      readonly latencyMs: number;
    }
  | {
      /** The cluster signalled overload: 429, or 503/500 naming `RESOURCE_EXHAUSTED`. */
      readonly type: 'overload';
      /** The operation id. */
      readonly operation: string;
      /** The HTTP status of the overload answer. */
      readonly status: number;
      /** From sending the request to its answer. */
      readonly latencyMs: number;
    }
  | {
      /** No answer (network error, timeout, abort): says nothing about load. */
      readonly type: 'error';
      /** The operation id. */
      readonly operation: string;
    };

/**
 * Admission control around each attempt (acquire → request → record → release), implemented by
 * `@camunda-ts/backpressure` and injected; this package only calls it. Every operation is passed through with its
 * id: the gate decides which are exempt and which run in a long-poll lane.
 */
export interface TransportGate {
  /**
   * Waits for a permit; should reject when `signal` (the caller's) aborts and leave its queue once `timeoutMs`
   * (what is left of the call's budget; absent without one) has passed. The transport enforces the budget too.
   */
  acquire(request: {
    readonly operation: string;
    readonly signal?: AbortSignal;
    readonly timeoutMs?: number;
  }): Promise<GatePermit>;
  /**
   * Optional: the permit `acquire` would grant at once, returned without a promise; `undefined` when `acquire`
   * must be awaited (the caller would queue, or be refused). With it, a call the gate admits at once goes out in
   * the turn it was made.
   */
  tryAcquire?(request: { readonly operation: string; readonly signal?: AbortSignal }): GatePermit | undefined;
  /** Reports one attempt's outcome. */
  record(outcome: GateOutcome): void;
}
