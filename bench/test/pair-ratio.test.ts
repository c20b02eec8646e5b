import { describe, expect, it } from 'vitest';
import type { ContenderRow } from '../src/report/bench-results.js';
import { bestOfRows } from '../src/report/best-of-rows.js';
import { computeRatios } from '../src/report/compute-ratios.js';
import { pairRatio } from '../src/report/pair-ratio.js';
import { summarize } from '../src/report/stats.js';

describe('pairRatio', () => {
  it('divides run i by run i, not median by median', () => {
    // Round 2 was slow for both: paired ratios stay at 0.5 although the medians would give 40/60.
    const r = pairRatio([50, 10, 40], [100, 20, 80]);
    expect(r.runs).toEqual([0.5, 0.5, 0.5]);
    expect(r.median).toBe(0.5);
    expect(40 / 60).not.toBe(0.5);
  });
  it('refuses runs that cannot be paired', () => {
    expect(() => pairRatio([1, 2], [1])).toThrow(RangeError);
    expect(() => pairRatio([1], [0])).toThrow(/zero/);
  });
});

const measured = (id: string, runs: number[]): ContenderRow => ({
  id,
  label: `label ${id}`,
  status: 'measured',
  metrics: { throughput: summarize(runs) },
});

describe('computeRatios', () => {
  it('computes the ratio and judges it against the goal', () => {
    const rows = [measured('ours', [90, 80, 85]), measured('floor', [100, 100, 100])];
    const [met, missed] = computeRatios(rows, [
      {
        numerator: 'ours',
        denominator: 'floor',
        metric: 'throughput',
        goal: { text: '≥ 0.8×', atLeast: 0.8 },
      },
      {
        numerator: 'ours',
        denominator: 'floor',
        metric: 'throughput',
        goal: { text: '≥ 0.9×', atLeast: 0.9 },
      },
    ]);
    expect(met?.ratio?.median).toBeCloseTo(0.85);
    expect(met?.goalMet).toBe(true);
    expect(missed?.goalMet).toBe(false);
  });
  it('honours an upper bound', () => {
    const rows = [measured('ours', [30]), measured('theirs', [100])];
    const [r] = computeRatios(rows, [
      {
        numerator: 'ours',
        denominator: 'theirs',
        metric: 'throughput',
        goal: { text: '≤ ⅓', atMost: 1 / 3 },
      },
    ]);
    expect(r?.goalMet).toBe(true);
  });
  it('gives no number when a side was not measured, and names it', () => {
    const rows: ContenderRow[] = [
      { id: 'ours', label: '@camunda-ts/client', status: 'missing', reason: 'not built', metrics: {} },
      measured('floor', [100]),
    ];
    const [r] = computeRatios(rows, [
      { numerator: 'ours', denominator: 'floor', metric: 'throughput', goal: { text: 'x', atLeast: 1 } },
    ]);
    expect(r?.ratio).toBeNull();
    expect(r?.goalMet).toBeNull();
    expect(r?.reason).toBe('@camunda-ts/client not measured');
  });
  it('gives no number when the metric is absent', () => {
    const [r] = computeRatios(
      [measured('a', [1]), measured('b', [2])],
      [{ numerator: 'a', denominator: 'b', metric: 'p99' }],
    );
    expect(r?.ratio).toBeNull();
    expect(r?.reason).toContain('p99');
  });
});

describe('bestOfRows', () => {
  const spec = { id: 'throughput', label: 'throughput', unit: 'jobs/s', better: 'higher' } as const;
  it('takes the better run of each round, so that ratios against it stay paired', () => {
    const rows = [measured('slot', [100, 80, 120]), measured('batch', [90, 110, 100])];
    const best = bestOfRows(rows, ['slot', 'batch'], spec, { id: 'best', label: 'the faster loop' });
    expect(best?.metrics.throughput?.runs).toEqual([100, 110, 120]);
    const [ratio] = computeRatios(
      [measured('ours', [50, 55, 60]), best!],
      [{ numerator: 'ours', denominator: 'best', metric: 'throughput' }],
    );
    expect(ratio?.ratio?.runs).toEqual([0.5, 0.5, 0.5]);
  });
  it('takes the smaller run when lower is better', () => {
    const rows = [measured('a', [3, 9]), measured('b', [5, 4])];
    const best = bestOfRows(rows, ['a', 'b'], { ...spec, better: 'lower' }, { id: 'best', label: 'best' });
    expect(best?.metrics.throughput?.runs).toEqual([3, 4]);
  });
  it('gives nothing when a contender was not measured', () => {
    const rows = [
      measured('a', [3]),
      { id: 'b', label: 'b', status: 'failed', reason: 'x', metrics: {} } as ContenderRow,
    ];
    expect(bestOfRows(rows, ['a', 'b'], spec, { id: 'best', label: 'best' })).toBeNull();
  });
});
