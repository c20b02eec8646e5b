import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/backoff-delay.js';

describe('backoffDelay', () => {
  it('doubles the ceiling per retry up to the maximum', () => {
    const almostOne = () => 0.999_999;
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, 100, 1_000, almostOne))).toEqual([
      99, 199, 399, 799, 999,
    ]);
  });

  it('stays within [0, ceiling) for any random draw (full jitter)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, base, max, draw) => {
          const delay = backoffDelay(retry, base, max, () => draw);
          const ceiling = Math.min(max, base * 2 ** retry);
          return delay >= 0 && (delay < ceiling || delay === 0);
        },
      ),
    );
  });
});
