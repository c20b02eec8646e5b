import { describe, expect, it } from 'vitest';
import { heapSlope } from '../src/suites/soak-suite.js';

describe('heapSlope', () => {
  it('fits a line through noisy samples instead of taking the last minus the first', () => {
    const samples = [0, 1, 2, 3, 4].map((i) => ({
      jobs: i * 100_000,
      rss: 0,
      heapUsed: 10e6 + i * 50_000 + (i % 2 === 0 ? 20_000 : -20_000),
    }));
    expect(heapSlope(samples) * 100_000).toBeCloseTo(50_000, 0);
  });
  it('is zero for a flat heap or a single sample', () => {
    expect(heapSlope([{ jobs: 0, rss: 0, heapUsed: 5 }])).toBe(0);
    expect(heapSlope([0, 1, 2].map((i) => ({ jobs: i, rss: 0, heapUsed: 7 })))).toBe(0);
  });
});
