import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/backoff-delay.js';

describe('backoffDelay', () => {
  it('stays within [0, min(maxDelayMs, baseDelayMs · 2^(retry−1)))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, baseDelayMs, maxDelayMs, r) => {
          const delay = backoffDelay(retry, { maxAttempts: 5, baseDelayMs, maxDelayMs }, () => r);
          const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(cap);
          expect(cap === 0 || delay < cap).toBe(true);
        },
      ),
    );
  });

  it('grows with the retry number until the cap', () => {
    const policy = { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 300 };
    const half = () => 0.5;
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, half))).toEqual([
      25, 50, 100, 150, 150,
    ]);
  });
});
