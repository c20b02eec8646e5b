import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/index.js';

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt up to the maximum', () => {
    const top = () => 0.999_999;
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, 100, 2_000, top))).toEqual([
      99, 199, 399, 799, 1599, 1999, 1999,
    ]);
  });

  it('is full jitter: anywhere from 0 up to the ceiling', () => {
    expect(backoffDelay(3, 100, 10_000, () => 0)).toBe(0);
    expect(backoffDelay(3, 100, 10_000, () => 0.5)).toBe(400);
  });

  it('stays a whole number in [0, min(max, base·2^attempt)) for long outages, a zero base and any draw', () => {
    for (const attempt of [0, 1, 7, 29, 30, 31, 1_000, 10_000]) {
      for (const base of [0, 1, 100, 10_000]) {
        for (const max of [0, 1, 5_000, 1_000_000]) {
          for (const draw of [0, 0.25, 0.5, 0.999_999]) {
            const delay = backoffDelay(attempt, base, max, () => draw);
            const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 30));
            expect(Number.isInteger(delay)).toBe(true);
            expect(delay).toBeGreaterThanOrEqual(0);
            expect(ceiling === 0 ? delay === 0 : delay < ceiling).toBe(true);
          }
        }
      }
    }
  });
});
