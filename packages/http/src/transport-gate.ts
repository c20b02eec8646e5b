/** A permit handed out by a gate; released once the attempt is over. */
export interface GatePermit {
  release(): void;
}

/** What the transport reports about each attempt that reached the server (or failed to). */
export type GateOutcome =
  | { readonly type: 'success'; readonly operation: string; readonly latencyMs: number }
  | {
      readonly type: 'overload';
      readonly operation: string;
      readonly status: number;
      readonly latencyMs: number;
    }
  | { readonly type: 'error'; readonly operation: string };

/**
 * Admission control around each attempt (acquire → request → record → release), implemented by
 * `@camunda-ts/backpressure` and injected; this package only calls it. Every operation is passed through with its
 * id: the gate decides which are exempt and which run in a long-poll lane.
 */
export interface TransportGate {
  /** Waits for a permit; should reject when `signal` (the caller's) aborts. The transport enforces the budget. */
  acquire(request: { readonly operation: string; readonly signal?: AbortSignal }): Promise<GatePermit>;
  /** Reports one attempt's outcome. */
  record(outcome: GateOutcome): void;
}
