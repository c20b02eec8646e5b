import { describe, expect, it } from 'vitest';
import { isConsistencyTimeoutError } from '../src/consistency-timeout-error.js';
import { pollUntilConsistent } from '../src/poll-until-consistent.js';
import { fakeClock } from './fake-clock.js';

class NotFound extends Error {
  readonly status = 404;
}
class Deadline extends Error {}

const notYet = (error: unknown) =>
  error instanceof NotFound ? 404 : error instanceof Deadline ? ('deadline' as const) : undefined;
const onAbort = () => new Error('aborted');

describe('pollUntilConsistent', () => {
  it('repeats the read at the interval until the predicate holds, treating 404 as not yet', async () => {
    const clock = fakeClock();
    const answers: (() => { status: number; body: { items: number[] } })[] = [
      () => {
        throw new NotFound();
      },
      () => ({ status: 200, body: { items: [] } }),
      () => ({ status: 200, body: { items: [7] } }),
    ];
    let calls = 0;
    const body = await pollUntilConsistent({
      operationId: 'searchProcessInstances',
      waitUpToMs: 10_000,
      pollIntervalMs: 250,
      predicate: (b) => b.items.length > 0,
      attempt: async () => (answers[calls++] as () => { status: number; body: { items: number[] } })(),
      notYet,
      signal: undefined,
      onAbort,
      clock,
    });
    expect(body.items).toEqual([7]);
    expect(calls).toBe(3);
    expect(clock.sleeps).toEqual([250, 250]);
  });

  it('ends with ConsistencyTimeoutError carrying attempts, elapsed time and last status', async () => {
    const clock = fakeClock();
    const remaining: number[] = [];
    const error = await pollUntilConsistent({
      operationId: 'getProcessInstance',
      waitUpToMs: 1_000,
      pollIntervalMs: 300,
      predicate: () => true,
      attempt: async (remainingMs) => {
        remaining.push(remainingMs);
        throw new NotFound();
      },
      notYet,
      signal: undefined,
      onAbort,
      clock,
    }).catch((e: unknown) => e);
    expect(isConsistencyTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      attempts: 4,
      elapsedMs: 900,
      lastStatus: 404,
      operationId: 'getProcessInstance',
    });
    expect(remaining).toEqual([1000, 700, 400, 100]);
  });

  it('turns a request cut short by the remaining time into ConsistencyTimeoutError', async () => {
    const clock = fakeClock();
    const error = await pollUntilConsistent({
      operationId: 'getJob',
      waitUpToMs: 100,
      pollIntervalMs: 10,
      predicate: () => false,
      attempt: async () => {
        clock.advance(100);
        throw new Deadline();
      },
      notYet,
      signal: undefined,
      onAbort,
      clock,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConsistencyTimeoutError', attempts: 1, lastStatus: undefined });
    expect((error as Error).cause).toBeInstanceOf(Deadline);
  });

  it('propagates any other error unchanged', async () => {
    const boom = new Error('500');
    await expect(
      pollUntilConsistent({
        operationId: 'getJob',
        waitUpToMs: 100,
        pollIntervalMs: 10,
        predicate: () => false,
        attempt: async () => {
          throw boom;
        },
        notYet,
        signal: undefined,
        onAbort,
        clock: fakeClock(),
      }),
    ).rejects.toBe(boom);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    const abortError = new Error('stopped');
    let calls = 0;
    const result = pollUntilConsistent({
      operationId: 'searchJobs',
      waitUpToMs: 10_000,
      pollIntervalMs: 10,
      predicate: () => false,
      attempt: async () => {
        calls += 1;
        controller.abort();
        return { status: 200, body: {} };
      },
      notYet,
      signal: controller.signal,
      onAbort: () => abortError,
      clock: fakeClock(),
    });
    await expect(result).rejects.toBe(abortError);
    expect(calls).toBe(1);
  });
});
