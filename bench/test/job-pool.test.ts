import { describe, expect, it } from 'vitest';
import { createJobPool } from '../src/stub/job-pool.js';
import { activatedJobJson } from '../src/stub/stub-bodies.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createJobPool', () => {
  it('hands out at most the jobs asked for, each once, then holds', () => {
    const pool = createJobPool(() => 0);
    pool.reset('t', 5);
    const first = pool.activate('t', 3);
    const second = pool.activate('t', 3);
    expect(first.kind === 'jobs' && first.keys.length).toBe(3);
    expect(second.kind === 'jobs' && second.keys.length).toBe(2);
    expect(pool.activate('t', 3)).toEqual({ kind: 'hold' });
    const keys = [
      ...(first.kind === 'jobs' ? first.keys : []),
      ...(second.kind === 'jobs' ? second.keys : []),
    ];
    expect(new Set(keys).size).toBe(5);
  });
  it('holds activations for another job type and does not count them', () => {
    const pool = createJobPool(() => 0);
    pool.reset('mine', 2);
    expect(pool.activate('theirs', 10)).toEqual({ kind: 'hold' });
    expect(pool.stats().activations).toBe(0);
  });
  it('times from the first activation to the last completion', () => {
    const clock = fakeClock();
    const pool = createJobPool(clock.now);
    pool.reset('t', 2);
    clock.advance(100);
    const got = pool.activate('t', 2);
    const keys = got.kind === 'jobs' ? got.keys : [];
    clock.advance(40);
    expect(pool.complete(keys[0]!)).toBe('ok');
    expect(pool.stats().elapsedMs).toBeNull();
    clock.advance(10);
    expect(pool.complete(keys[1]!)).toBe('finished');
    expect(pool.stats()).toMatchObject({ completed: 2, elapsedMs: 50, activations: 1 });
  });
  it('recognises duplicate and unknown completions, including keys of an earlier run', () => {
    const pool = createJobPool(() => 0);
    pool.reset('t', 2);
    const old = pool.activate('t', 1);
    const oldKey = old.kind === 'jobs' ? old.keys[0]! : -1;
    pool.reset('t', 2);
    expect(pool.complete(oldKey)).toBe('unknown');
    const fresh = pool.activate('t', 1);
    const key = fresh.kind === 'jobs' ? fresh.keys[0]! : -1;
    expect(pool.complete(key)).toBe('ok');
    expect(pool.complete(key)).toBe('duplicate');
    expect(pool.complete(key + 1)).toBe('unknown');
    expect(pool.stats()).toMatchObject({ duplicateCompletions: 1, unknownCompletions: 2 });
  });
  it('keeps job keys within the safe-integer range', () => {
    const pool = createJobPool(() => 0);
    for (let i = 0; i < 50; i += 1) pool.reset('t', 1);
    const got = pool.activate('t', 1);
    expect(got.kind === 'jobs' && Number.isSafeInteger(got.keys[0])).toBe(true);
  });
});

describe('activatedJobJson', () => {
  it('is valid JSON with every field the API declares for an activated job', () => {
    const job = JSON.parse(activatedJobJson('pay "x"', 'w', 2_251_799_813_700_001, 123)) as Record<
      string,
      unknown
    >;
    for (const field of [
      'businessId',
      'customHeaders',
      'deadline',
      'elementId',
      'elementInstanceKey',
      'jobKey',
      'kind',
      'leaseToken',
      'listenerEventType',
      'physicalTenantId',
      'priority',
      'processDefinitionId',
      'processDefinitionKey',
      'processDefinitionVersion',
      'processInstanceKey',
      'retries',
      'rootProcessInstanceKey',
      'tags',
      'tenantId',
      'type',
      'userTask',
      'variables',
      'worker',
    ]) {
      expect(job).toHaveProperty(field);
    }
    expect(job.type).toBe('pay "x"');
    expect(job.jobKey).toBe('2251799813700001');
  });
});

describe('createJobPool figures per job', () => {
  it('measures each job from its activation answer to its completion, and counts completion requests', () => {
    const clock = fakeClock();
    const pool = createJobPool(clock.now);
    pool.reset('t', 4);
    const a = pool.activate('t', 2);
    const keysA = a.kind === 'jobs' ? a.keys : [];
    clock.advance(10);
    const b = pool.activate('t', 2);
    const keysB = b.kind === 'jobs' ? b.keys : [];
    clock.advance(5);
    pool.complete(keysA[0]!); // 15 ms
    pool.complete(keysA[0]!); // duplicate: a request, not a latency
    pool.complete(keysB[0]!); // 5 ms
    clock.advance(100);
    pool.complete(keysA[1]!); // 115 ms
    expect(pool.stats().latencyMs).toBeNull();
    pool.complete(keysB[1]!); // 105 ms
    const stats = pool.stats();
    expect(stats.completionRequests).toBe(5);
    expect(stats.latencyMs).toEqual({ p50: 15, p99: 115 });
  });
  it('records when each tenth of the jobs was completed', () => {
    const clock = fakeClock();
    const pool = createJobPool(clock.now);
    pool.reset('t', 20);
    const got = pool.activate('t', 20);
    const keys = got.kind === 'jobs' ? got.keys : [];
    for (const key of keys) {
      clock.advance(1);
      pool.complete(key);
    }
    expect(pool.decilesReached()).toBe(10);
    expect(pool.stats().deciles).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  });
});
