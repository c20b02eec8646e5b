/** The spread of one figure over several runs: the median with the smallest and largest run. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every run's value, in the order measured (ratios pair runs by this index). */
  readonly runs: readonly number[];
}

/** Median of a non-empty list (the mean of the two middle values when the count is even). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Summarises the runs of one figure; every value must be a finite number. */
export function summarize(runs: readonly number[]): Summary {
  if (runs.length === 0) throw new RangeError('cannot summarise zero runs');
  for (const value of runs) {
    if (!Number.isFinite(value)) throw new RangeError(`run value ${value} is not a finite number`);
  }
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs: [...runs] };
}

/**
 * The value below which `p` percent of the samples fall (nearest-rank on a sorted copy). `sorted` must be sorted
 * ascending; pass the result of {@link sortSamples} to avoid sorting once per percentile.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of an empty list');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** An ascending copy of the samples, as a typed array (cheap to sort and index). */
export function sortSamples(samples: ArrayLike<number>): Float64Array {
  return Float64Array.from(samples).sort();
}
