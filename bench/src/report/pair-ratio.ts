import { type Summary, summarize } from './stats.js';

/**
 * Ratios of two contenders computed pair by pair: run i of `numerator` over run i of `denominator`, both measured
 * in the same round, so that a slow moment of the machine weighs on both sides of one ratio rather than on one
 * contender. Returns the summary of those per-round ratios.
 */
export function pairRatio(numerator: readonly number[], denominator: readonly number[]): Summary {
  if (numerator.length !== denominator.length) {
    throw new RangeError(`cannot pair ${numerator.length} runs with ${denominator.length}`);
  }
  const ratios = numerator.map((value, i) => {
    const base = denominator[i]!;
    if (base === 0) throw new RangeError(`run ${i} of the denominator is zero`);
    return value / base;
  });
  return summarize(ratios);
}
