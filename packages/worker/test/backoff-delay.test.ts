import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/backoff-delay.js';

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

  it('stays within [0, min(max, initial·2^attempt)) for any attempt and random value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, initial, extra, r) => {
          const max = initial + extra;
          const delay = backoffDelay(attempt, initial, max, () => r);
          const ceiling = Math.min(max, initial * 2 ** Math.min(attempt, 30));
          return Number.isInteger(delay) && delay >= 0 && delay < ceiling + 1 && delay <= max;
        },
      ),
    );
  });
});
