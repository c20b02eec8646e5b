import { describe, expect, it } from 'vitest';
import { median, percentile, sortSamples, summarize } from '../src/report/stats.js';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('keeps the runs in measured order with median, min and max', () => {
    const s = summarize([30, 10, 20]);
    expect(s).toEqual({ median: 20, min: 10, max: 30, runs: [30, 10, 20] });
  });
  it('rejects a non-finite run rather than reporting NaN', () => {
    expect(() => summarize([1, Number.NaN])).toThrow(/not a finite number/);
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('percentile', () => {
  const sorted = sortSamples(Array.from({ length: 100 }, (_, i) => 100 - i));
  it('uses the nearest rank on sorted samples', () => {
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(1);
  });
  it('rejects percentiles outside 0–100 and empty samples', () => {
    expect(() => percentile(sorted, 101)).toThrow(RangeError);
    expect(() => percentile(new Float64Array(0), 50)).toThrow(RangeError);
  });
  it('sorts numerically, not as strings', () => {
    expect([...sortSamples([10, 9, 100])]).toEqual([9, 10, 100]);
  });
});
