import { describe, expect, it } from 'vitest';
import { runLoad } from '../src/runners/run-load.js';
import { variablesPayload } from '../src/runners/variables-payload.js';

describe('runLoad', () => {
  it('keeps exactly `concurrency` calls in flight and counts every completed call', async () => {
    let inFlight = 0;
    let peak = 0;
    let calls = 0;
    const result = await runLoad(
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        calls += 1;
        await Promise.resolve();
        inFlight -= 1;
      },
      4,
      3,
    );
    expect(peak).toBe(4);
    expect(result.completed).toBe(calls);
    expect(result.errors).toBe(0);
    expect(result.throughput).toBeCloseTo((result.completed / result.elapsedMs) * 1000);
    expect(result.p50Ms).toBeLessThanOrEqual(result.p99Ms);
  });
  it('counts failures apart from completions and keeps the first message', async () => {
    let n = 0;
    const result = await runLoad(
      async () => {
        n += 1;
        if (n % 2 === 0) throw new Error(`boom ${n}`);
      },
      1,
      2,
    );
    expect(result.errors).toBeGreaterThan(0);
    expect(result.completed + result.errors).toBe(n);
    expect(result.firstError).toBe('Error: boom 2');
  });
});

describe('variablesPayload', () => {
  it('serialises to at least the asked size, and not much more', () => {
    const size = JSON.stringify(variablesPayload(10_240)).length;
    expect(size).toBeGreaterThanOrEqual(10_240);
    expect(size).toBeLessThan(10_240 + 200);
  });
  it('is the same document every time', () => {
    expect(JSON.stringify(variablesPayload(2_000))).toBe(JSON.stringify(variablesPayload(2_000)));
  });
});
