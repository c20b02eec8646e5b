/** Counters of one job run, as the stub saw it. */
export interface JobRunStats {
  readonly jobType: string;
  readonly total: number;
  readonly handedOut: number;
  readonly completed: number;
  /** Activation requests for this run's job type (including empty and held ones). */
  readonly activations: number;
  readonly duplicateCompletions: number;
  readonly unknownCompletions: number;
  /** Completion requests for this run (including duplicate and unknown ones). */
  readonly completionRequests: number;
  /** ms from the first activation request of the run to its last completion; null until done. */
  readonly elapsedMs: number | null;
  /** Activation answer sent → completion received, per job, over the run; null until done. */
  readonly latencyMs: { readonly p50: number; readonly p99: number } | null;
  /**
   * ms from the first activation request to the moment each tenth of the jobs was completed (`[0]` at 10 %,
   * `[9]` at 100 %); shorter while the run is going.
   */
  readonly deciles: readonly number[];
}

/** What an activation gets: jobs to hand out now, or a long-poll hold (no job for it at the moment). */
export type ActivationDecision =
  | { readonly kind: 'jobs'; readonly keys: readonly number[] }
  | { readonly kind: 'hold' };

import { percentile, sortSamples } from '../report/stats.js';

/** The first job key; within the API's safe-integer range, like the engine's keys. */
const KEY_BASE = 2_251_799_813_700_000;
/** Keys of successive runs never overlap, so a late completion from an earlier run is recognised as unknown. */
const RUN_STRIDE = 10_000_000;

/**
 * A fixed number of jobs of one type, handed out once each. Timing is taken on the stub's clock: from the first
 * activation request of a run to its last completion.
 */
export function createJobPool(now: () => number) {
  let runIndex = 0;
  let jobType = '';
  let total = 0;
  let handedOut = 0;
  let completed = 0;
  let done = new Uint8Array(0);
  /** When each job was handed out (its activation answered), on the stub's clock; then its latency. */
  let handedAt = new Float64Array(0);
  let latencies = new Float64Array(0);
  let deciles: number[] = [];
  let nextDecile = 0;
  let completionRequests = 0;
  let activations = 0;
  let duplicates = 0;
  let unknown = 0;
  let startedAt: number | null = null;
  let finishedAt: number | null = null;

  const base = () => KEY_BASE + runIndex * RUN_STRIDE;
  const latencySummary = () => {
    const sorted = sortSamples(latencies.subarray(0, completed));
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };

  return {
    /** Starts a new run of `count` jobs of `type`. */
    reset(type: string, count: number): void {
      runIndex += 1;
      jobType = type;
      total = count;
      handedOut = 0;
      completed = 0;
      done = new Uint8Array(count);
      handedAt = new Float64Array(count);
      latencies = new Float64Array(count);
      deciles = [];
      nextDecile = Math.ceil(count / 10);
      completionRequests = 0;
      activations = 0;
      duplicates = 0;
      unknown = 0;
      startedAt = null;
      finishedAt = null;
    },
    /**
     * Decides the answer to an activation asking for up to `max` jobs of `type`. Workers of other contenders (or
     * of this one between runs) are held, as a real gateway long-polls when it has no job for them.
     */
    activate(type: string, max: number): ActivationDecision {
      if (type !== jobType || total === 0) return { kind: 'hold' };
      activations += 1;
      startedAt ??= now();
      const n = Math.min(Math.max(0, Math.floor(max)), total - handedOut);
      if (n > 0) {
        const first = base() + handedOut;
        handedAt.fill(now(), handedOut, handedOut + n);
        handedOut += n;
        return { kind: 'jobs', keys: Array.from({ length: n }, (_, i) => first + i) };
      }
      return { kind: 'hold' };
    },
    /** Records a completion; `finished` is true for the one that completes the run. */
    complete(key: number): 'ok' | 'finished' | 'duplicate' | 'unknown' {
      if (total > 0) completionRequests += 1;
      const index = key - base();
      if (!Number.isInteger(index) || index < 0 || index >= handedOut) {
        unknown += 1;
        return 'unknown';
      }
      if (done[index] === 1) {
        duplicates += 1;
        return 'duplicate';
      }
      done[index] = 1;
      const at = now();
      latencies[completed] = at - handedAt[index]!;
      completed += 1;
      while (deciles.length < 10 && completed >= nextDecile) {
        deciles.push(at - (startedAt ?? at));
        nextDecile = Math.ceil(((deciles.length + 1) * total) / 10);
      }
      if (completed === total) {
        finishedAt = at;
        return 'finished';
      }
      return 'ok';
    },
    /** How many tenths of the run's jobs are completed. */
    decilesReached(): number {
      return deciles.length;
    },
    /** True while the run has jobs not yet completed. */
    active(): boolean {
      return total > 0 && completed < total;
    },
    stats(): JobRunStats {
      return {
        jobType,
        total,
        handedOut,
        completed,
        activations,
        duplicateCompletions: duplicates,
        unknownCompletions: unknown,
        completionRequests,
        elapsedMs: startedAt !== null && finishedAt !== null ? finishedAt - startedAt : null,
        latencyMs: finishedAt === null ? null : latencySummary(),
        deciles: [...deciles],
      };
    },
  };
}

/** A job pool. */
export type JobPool = ReturnType<typeof createJobPool>;
