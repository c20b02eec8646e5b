import { createSeededRandom } from '../seeded-random.js';

/**
 * Faults for resilience tests. All randomness comes from one seeded generator, so the same seed and the same
 * request sequence give the same faults.
 */
export interface FaultOptions {
  /** Seed of the fault generator (default 1). */
  readonly seed?: number;
  /** Capacity mode: a request arriving while this many are in flight is refused (held long polls do not count). */
  readonly maxInFlight?: number;
  /** Status of a refused request: 503 (default, as the spec documents backpressure) or 429. */
  readonly capacityStatus?: 429 | 503;
  /** Added latency before each request is handled: a fixed ms, or a uniform range. */
  readonly latencyMs?:
    | number
    | {
        /** Shortest delay, in ms. */
        readonly min: number;
        /** Longest delay, in ms. */
        readonly max: number;
      };
  /** Probability (0…1) that a request's connection is reset before it is handled. */
  readonly resetProbability?: number;
  /** Only these operationIds get faults (default: every operation). */
  readonly operations?: readonly string[];
}

/** The decision for one request. */
export interface FaultDecision {
  readonly reset: boolean;
  readonly refuse: 429 | 503 | undefined;
  readonly delayMs: number;
}

/** Decides faults request by request. */
export interface FaultInjector {
  decide(operationId: string, inFlight: number): FaultDecision;
  /** Replaces the fault settings (and reseeds). */
  configure(options: FaultOptions | undefined): void;
}

const NONE: FaultDecision = { reset: false, refuse: undefined, delayMs: 0 };

/** Creates the fault injector. */
export function createFaultInjector(initial: FaultOptions | undefined): FaultInjector {
  let options: FaultOptions | undefined;
  let random = createSeededRandom(1);
  let only: Set<string> | undefined;

  const configure = (next: FaultOptions | undefined) => {
    if (next !== undefined) {
      if (next.resetProbability !== undefined && (next.resetProbability < 0 || next.resetProbability > 1)) {
        throw new RangeError(`faults.resetProbability must be between 0 and 1, got ${next.resetProbability}`);
      }
      if (next.maxInFlight !== undefined && (!Number.isInteger(next.maxInFlight) || next.maxInFlight < 0)) {
        throw new RangeError(`faults.maxInFlight must be a non-negative integer, got ${next.maxInFlight}`);
      }
    }
    options = next;
    random = createSeededRandom(next?.seed ?? 1);
    only = next?.operations === undefined ? undefined : new Set(next.operations);
  };
  configure(initial);

  return {
    configure,
    decide(operationId, inFlight) {
      if (options === undefined || (only !== undefined && !only.has(operationId))) return NONE;
      const p = options.resetProbability ?? 0;
      if (p > 0 && random() < p) return { reset: true, refuse: undefined, delayMs: 0 };
      if (options.maxInFlight !== undefined && inFlight >= options.maxInFlight) {
        return { reset: false, refuse: options.capacityStatus ?? 503, delayMs: 0 };
      }
      const latency = options.latencyMs;
      let delayMs = 0;
      if (typeof latency === 'number') delayMs = latency;
      else if (latency !== undefined)
        delayMs = latency.min + Math.floor(random() * (latency.max - latency.min + 1));
      return delayMs > 0 ? { reset: false, refuse: undefined, delayMs } : NONE;
    },
  };
}
