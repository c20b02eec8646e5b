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
 * `@camunda-ts/backpressure` and injected; this package only calls it.
 */
export interface TransportGate {
  /** Waits for a permit; must reject when `signal` aborts. */
  acquire(request: { readonly operation: string; readonly signal?: AbortSignal }): Promise<GatePermit>;
  /** Reports one attempt's outcome. */
  record(outcome: GateOutcome): void;
}
