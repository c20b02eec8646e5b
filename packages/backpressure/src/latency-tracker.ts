/** Watches success latency per operation and tells whether any operation is currently slower than usual. */
export interface LatencyTracker {
  /** Adds one successful call's latency. */
  add(operation: string, latencyMs: number, now: number): void;
  /** True when an operation sampled at or after `since` runs above `tolerance` × its long-run average. */
  inflated(since: number): boolean;
}

interface OperationLatency {
  fast: number;
  slow: number;
  samples: number;
  lastAt: number;
}

/** Weight of a new sample in the short-term average (reacts within a handful of calls). */
const FAST_WEIGHT = 0.25;
/** Weight of a new sample in the long-run baseline (drifts along with a lasting change within ~100 calls). */
const SLOW_WEIGHT = 0.02;
/** Samples an operation needs before its ratio counts: the first calls (cold connections) say little. */
const MIN_SAMPLES = 10;
/** Bound on tracked operations, so arbitrary operation names cannot grow memory. */
const MAX_OPERATIONS = 512;

/**
 * Per-operation short- and long-term latency averages. Operations differ too much in cost to share one
 * baseline, so each is compared only with itself. `tolerance` of `Infinity` turns the signal off.
 */
export function createLatencyTracker(tolerance: number): LatencyTracker {
  const byOperation = new Map<string, OperationLatency>();
  return {
    add(operation, latencyMs, now) {
      if (tolerance === Number.POSITIVE_INFINITY || !Number.isFinite(latencyMs) || latencyMs < 0) return;
      const entry = byOperation.get(operation);
      if (entry === undefined) {
        if (byOperation.size >= MAX_OPERATIONS) return;
        byOperation.set(operation, { fast: latencyMs, slow: latencyMs, samples: 1, lastAt: now });
        return;
      }
      entry.fast += FAST_WEIGHT * (latencyMs - entry.fast);
      entry.slow += SLOW_WEIGHT * (latencyMs - entry.slow);
      entry.samples += 1;
      entry.lastAt = now;
    },
    inflated(since) {
      for (const entry of byOperation.values()) {
        if (entry.lastAt >= since && entry.samples >= MIN_SAMPLES && entry.fast > entry.slow * tolerance) {
          return true;
        }
      }
      return false;
    },
  };
}
