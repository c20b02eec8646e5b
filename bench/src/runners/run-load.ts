import { percentile, sortSamples } from '../report/stats.js';

/** What one timed load run produced. */
export interface LoadResult {
  readonly completed: number;
  readonly errors: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
  readonly throughput: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Runs `concurrency` closed loops, each issuing `call` back to back until `durationMs` has passed; every
 * successful call's latency is recorded. Throughput counts completed calls over the wall time until the last
 * loop finished.
 */
export async function runLoad(
  call: () => Promise<unknown>,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  let latencies = new Float64Array(16_384);
  let completed = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await call();
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        continue;
      }
      if (completed === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[completed++] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedMs = performance.now() - started;
  const sorted = sortSamples(latencies.subarray(0, completed));
  return {
    completed,
    errors,
    firstError,
    elapsedMs,
    throughput: (completed / elapsedMs) * 1000,
    p50Ms: completed > 0 ? percentile(sorted, 50) : Number.NaN,
    p99Ms: completed > 0 ? percentile(sorted, 99) : Number.NaN,
  };
}
