import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BackpressureChangeEvent,
  type BackpressureGate,
  type BackpressureGateOptions,
  createBackpressureGate,
  DEFAULT_EXEMPT_OPERATIONS,
  isBackpressureAbortError,
  isBackpressureQueueFullError,
  type Permit,
} from '../src/index.js';
import { createFakeClock, type FakeClock, isSettled, settle } from './fake-clock.js';

const OP = 'createProcessInstance';
const open: BackpressureGate[] = [];

afterEach(() => {
  for (const gate of open.splice(0)) gate.close();
});

function setup(options: BackpressureGateOptions = {}) {
  const clock = createFakeClock();
  const events: BackpressureChangeEvent[] = [];
  // random() = 0 makes every jittered pause exactly half its backoff step.
  const gate = createBackpressureGate({
    clock,
    random: () => 0,
    onChange: (e) => events.push(e),
    ...options,
  });
  open.push(gate);
  return { clock, gate, events };
}

const hold = (gate: BackpressureGate, count: number, operation = OP): Promise<Permit[]> =>
  Promise.all(Array.from({ length: count }, () => gate.acquire({ operation })));

/** Records an overload; `latencyMs` 0 means the request was sent now (a fresh signal). */
const overload = (gate: BackpressureGate, latencyMs = 0, operation = OP) =>
  gate.record({ type: 'overload', operation, status: 429, latencyMs });

/** Moves time a little and records a fresh overload, i.e. one sent after every earlier decrease. */
async function freshOverload(gate: BackpressureGate, clock: FakeClock, operation = OP) {
  await clock.advance(1);
  overload(gate, 0, operation);
}

describe('createBackpressureGate: start', () => {
  it('starts unlimited and grants every permit at once', async () => {
    const { gate } = setup();
    expect(gate.state()).toEqual({ severity: 'healthy', limit: null, inFlight: 0, waiting: 0, backoffMs: 0 });
    const permits = hold(gate, 500);
    expect(await isSettled(permits)).toBe(true);
    expect(gate.state()).toMatchObject({ limit: null, inFlight: 500, waiting: 0 });
  });

  it('counts a permit once however often it is released', async () => {
    const { gate } = setup();
    const [a, b] = await hold(gate, 2);
    a?.release();
    a?.release();
    expect(gate.state().inFlight).toBe(1);
    b?.release();
    expect(gate.state().inFlight).toBe(0);
  });
});

describe('createBackpressureGate: decrease', () => {
  it('reacts to the first signal by limiting to a fraction of what was in flight', async () => {
    const decreaseFactor = 0.5;
    const { gate, events } = setup({ decreaseFactor });
    await hold(gate, 10);
    overload(gate, 5);
    expect(gate.state()).toMatchObject({ severity: 'soft', limit: Math.floor(10 * decreaseFactor) });
    expect(events.at(-1)).toMatchObject({ reason: 'decrease', operation: OP, previous: { limit: null } });
  });

  it('decreases once per round trip: rejections of requests sent before the decrease do not multiply again', async () => {
    const decreaseFactor = 0.5;
    const { gate, clock } = setup({ decreaseFactor });
    await hold(gate, 10);
    await clock.advance(5);
    overload(gate, 5);
    const afterFirst = gate.state().limit;
    overload(gate, 5);
    overload(gate, 5);
    expect(gate.state().limit).toBe(afterFirst);
    await freshOverload(gate, clock);
    expect(gate.state().limit).toBe(Math.floor((afterFirst ?? 0) * decreaseFactor));
  });

  it('lowers the limit to the attempts that got through when a burst is rejected', async () => {
    const { gate, clock } = setup({ decreaseFactor: 0.9 });
    await hold(gate, 64);
    await clock.advance(3);
    const rejected = 56;
    for (let i = 0; i < rejected; i += 1) overload(gate, 3);
    expect(gate.state().limit).toBe(64 - rejected);
  });

  it('queues callers beyond the limit and serves them first in, first out', async () => {
    const { gate } = setup({ decreaseFactor: 0.5 });
    const held = await hold(gate, 4);
    overload(gate);
    for (const permit of held.slice(0, 2)) permit.release();
    expect(gate.state()).toMatchObject({ limit: 2, inFlight: 2 });
    const order: string[] = [];
    const first = gate.acquire({ operation: OP }).then((p) => order.push('first') && p);
    const second = gate.acquire({ operation: OP }).then((p) => order.push('second') && p);
    await settle();
    expect(gate.state().waiting).toBe(2);
    held[2]?.release();
    await settle();
    expect(order).toEqual(['first']);
    held[3]?.release();
    await settle();
    expect(order).toEqual(['first', 'second']);
    expect(await isSettled(Promise.all([first, second]))).toBe(true);
  });
});

describe('createBackpressureGate: floor and backoff', () => {
  const knobs = { floor: 2, decreaseFactor: 0.5, backoffBaseMs: 10, backoffMaxMs: 40 } as const;

  it('escalates a doubling backoff while the floor itself is overloaded, up to backoffMaxMs', async () => {
    const { gate, clock, events } = setup(knobs);
    await hold(gate, 4);
    overload(gate);
    expect(gate.state()).toMatchObject({ limit: knobs.floor, backoffMs: 0, severity: 'soft' });
    const steps: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await freshOverload(gate, clock);
      steps.push(gate.state().backoffMs);
    }
    const { backoffBaseMs: base, backoffMaxMs: max } = knobs;
    expect(steps).toEqual([base, base * 2, Math.min(max, base * 4), max]);
    expect(gate.state()).toMatchObject({ severity: 'severe', limit: knobs.floor });
    expect(events.some((e) => e.reason === 'backoff' && e.previous.severity === 'soft')).toBe(true);
  });

  it('pauses new permits for the jittered backoff, then lets them through', async () => {
    const { gate, clock } = setup(knobs);
    const held = await hold(gate, 4);
    overload(gate);
    await freshOverload(gate, clock);
    const pauseMs = gate.state().backoffMs * 0.5; // random() = 0 → half the step
    for (const permit of held) permit.release();
    const next = gate.acquire({ operation: OP });
    expect(await isSettled(next)).toBe(false);
    await clock.advance(pauseMs - 1);
    expect(await isSettled(next)).toBe(false);
    await clock.advance(1);
    expect(await isSettled(next)).toBe(true);
  });

  it('clears the backoff on a success', async () => {
    const { gate, clock, events } = setup(knobs);
    await hold(gate, 4);
    overload(gate);
    await freshOverload(gate, clock);
    expect(gate.state().severity).toBe('severe');
    gate.record({ type: 'success', operation: OP, latencyMs: 3 });
    expect(gate.state()).toMatchObject({ severity: 'soft', backoffMs: 0 });
    expect(events.at(-1)).toMatchObject({ reason: 'backoff-cleared', operation: OP });
  });
});

describe('createBackpressureGate: recovery', () => {
  it('grows the limit on its timer and releases waiters although no call succeeds', async () => {
    const recoveryIntervalMs = 100;
    const { gate, clock } = setup({ floor: 1, decreaseFactor: 0.5, recoveryIntervalMs });
    const [stuck] = await hold(gate, 1);
    overload(gate);
    expect(gate.state().limit).toBe(1);
    const a = gate.acquire({ operation: OP });
    const b = gate.acquire({ operation: OP });
    expect(await isSettled(a)).toBe(false);
    await clock.advance(recoveryIntervalMs);
    expect(await isSettled(a)).toBe(true);
    expect(await isSettled(b)).toBe(false);
    await clock.advance(recoveryIntervalMs);
    expect(await isSettled(b)).toBe(true);
    expect(gate.state().inFlight).toBe(3);
    stuck?.release();
  });

  it('first restores the level known to work, then probes beyond it by +1, +2, +4', async () => {
    const recoveryIntervalMs = 100;
    const { gate, clock } = setup({ decreaseFactor: 0.5, recoveryIntervalMs, recoveryFactor: 2 });
    await hold(gate, 20);
    overload(gate);
    const knownGood = 20 - 1;
    expect(gate.state().limit).toBe(10);
    const limits: Array<number | null> = [];
    for (let i = 0; i < 4; i += 1) {
      await clock.advance(recoveryIntervalMs);
      limits.push(gate.state().limit);
    }
    expect(limits).toEqual([knownGood, knownGood + 1, knownGood + 3, knownGood + 7]);
  });

  it('never grows by more than the recovery factor per interval', async () => {
    const recoveryIntervalMs = 100;
    const recoveryFactor = 1.1;
    const { gate, clock } = setup({ decreaseFactor: 0.5, recoveryIntervalMs, recoveryFactor });
    await hold(gate, 200);
    overload(gate);
    let previous = gate.state().limit ?? 0;
    for (let i = 0; i < 10; i += 1) {
      await clock.advance(recoveryIntervalMs);
      const current = gate.state().limit ?? 0;
      expect(current).toBeGreaterThan(previous);
      expect(current).toBeLessThanOrEqual(Math.ceil(previous * recoveryFactor) + 1);
      previous = current;
    }
  });

  it('waits twice as long before probing again a level that failed again', async () => {
    const recoveryIntervalMs = 100;
    const { gate, clock } = setup({ decreaseFactor: 0.5, recoveryIntervalMs, recoveryFactor: 2 });
    await hold(gate, 20);
    overload(gate);
    const knownGood = 20 - 1; // 20 in flight, 1 rejected
    const intervalsAtKnownGood: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      await clock.advance(recoveryIntervalMs); // restores knownGood
      expect(gate.state().limit).toBe(knownGood);
      let waited = 0;
      while (gate.state().limit === knownGood) {
        await clock.advance(recoveryIntervalMs);
        waited += 1;
      }
      intervalsAtKnownGood.push(waited);
      // The probe at knownGood + 1 fails again; the tick right after a signal is not a quiet one.
      await clock.advance(1);
      overload(gate);
      expect(gate.state().limit).toBe(Math.floor((knownGood + 1) * 0.5));
      await clock.advance(recoveryIntervalMs - 1);
    }
    expect(intervalsAtKnownGood).toEqual([1, 2, 4]);
  });

  it('holds the limit while latency runs well above its usual level (early signal)', async () => {
    const recoveryIntervalMs = 100;
    const { gate, clock } = setup({ decreaseFactor: 0.5, recoveryIntervalMs, latencyTolerance: 2 });
    for (let i = 0; i < 20; i += 1) gate.record({ type: 'success', operation: OP, latencyMs: 10 });
    const held = await hold(gate, 4);
    overload(gate);
    const limited = gate.state().limit;
    for (let i = 0; i < 10; i += 1) gate.record({ type: 'success', operation: OP, latencyMs: 100 });
    await clock.advance(recoveryIntervalMs);
    expect(gate.state().limit).toBe(limited);
    // No slow samples in the last interval: the hold ends.
    await clock.advance(recoveryIntervalMs);
    expect(gate.state().limit).toBeGreaterThan(limited ?? 0);
    for (const permit of held) permit.release();
  });

  it('ignores latency when latencyTolerance is Infinity', async () => {
    const recoveryIntervalMs = 100;
    const { gate, clock } = setup({
      decreaseFactor: 0.5,
      recoveryIntervalMs,
      latencyTolerance: Number.POSITIVE_INFINITY,
    });
    for (let i = 0; i < 20; i += 1) gate.record({ type: 'success', operation: OP, latencyMs: 10 });
    await hold(gate, 4);
    overload(gate);
    const limited = gate.state().limit ?? 0;
    for (let i = 0; i < 10; i += 1) gate.record({ type: 'success', operation: OP, latencyMs: 100 });
    await clock.advance(recoveryIntervalMs);
    expect(gate.state().limit).toBeGreaterThan(limited);
  });

  it('lifts the limit after unlimitedAfterMs without a signal, releases everyone and stops its timers', async () => {
    const recoveryIntervalMs = 100;
    const unlimitedAfterMs = 3 * recoveryIntervalMs;
    const { gate, clock, events } = setup({
      floor: 1,
      decreaseFactor: 0.5,
      recoveryIntervalMs,
      unlimitedAfterMs,
    });
    const [stuck] = await hold(gate, 2);
    overload(gate);
    const waiters = Promise.all(Array.from({ length: 50 }, () => gate.acquire({ operation: OP })));
    await clock.advance(unlimitedAfterMs - 1);
    expect(gate.state().waiting).toBeGreaterThan(0);
    await clock.advance(1);
    expect(await isSettled(waiters)).toBe(true);
    expect(gate.state()).toMatchObject({ severity: 'healthy', limit: null, waiting: 0 });
    expect(events.at(-1)?.reason).toBe('unlimited');
    expect(clock.pending()).toBe(0);
    stuck?.release();
  });
});

describe('createBackpressureGate: waiting callers', () => {
  async function saturated(options: BackpressureGateOptions = {}) {
    const ctx = setup({ floor: 1, decreaseFactor: 0.5, ...options });
    const [stuck] = await hold(ctx.gate, 1);
    overload(ctx.gate);
    expect(ctx.gate.state()).toMatchObject({ limit: 1, inFlight: 1 });
    return { ...ctx, stuck: stuck! };
  }

  it('rejects an aborted waiter with the signal reason and serves the next one', async () => {
    const { gate, stuck } = await saturated();
    const controller = new AbortController();
    const first = gate.acquire({ operation: OP, signal: controller.signal });
    const second = gate.acquire({ operation: OP });
    await settle();
    expect(gate.state().waiting).toBe(2);
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(gate.state().waiting).toBe(1);
    stuck.release();
    expect(await isSettled(second)).toBe(true);
    expect(gate.state().inFlight).toBe(1);
  });

  it('rejects an abort with its own typed error, the signal reason as cause', async () => {
    const { gate } = await saturated();
    const controller = new AbortController();
    const waiting = gate.acquire({ operation: OP, signal: controller.signal });
    controller.abort();
    const error = await waiting.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DOMException);
    expect(isBackpressureAbortError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'AbortError', code: 'BACKPRESSURE_ABORTED', operation: OP });
    expect((error as Error).cause).toBe(controller.signal.reason);
  });

  it('keeps a custom abort reason as the cause', async () => {
    const { gate } = await saturated();
    const controller = new AbortController();
    const waiting = gate.acquire({ operation: OP, signal: controller.signal });
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(waiting).rejects.toMatchObject({ code: 'BACKPRESSURE_ABORTED', cause: reason });
  });

  it('rejects at once when the signal is already aborted, even with permits free', async () => {
    const { gate } = setup();
    const reason = new Error('too late');
    await expect(gate.acquire({ operation: OP, signal: AbortSignal.abort(reason) })).rejects.toMatchObject({
      code: 'BACKPRESSURE_ABORTED',
      cause: reason,
    });
    expect(gate.state()).toMatchObject({ inFlight: 0, waiting: 0 });
  });

  it('takes a caller out of the queue as soon as its timeoutMs passes', async () => {
    const { gate, clock, stuck } = await saturated();
    const expiring = gate.acquire({ operation: OP, timeoutMs: 50 });
    const patient = gate.acquire({ operation: OP });
    await settle();
    expect(gate.state().waiting).toBe(2);
    await clock.advance(49);
    expect(await isSettled(expiring)).toBe(false);
    await clock.advance(1);
    await expect(expiring).rejects.toMatchObject({ name: 'AbortError', code: 'BACKPRESSURE_WAIT_TIMEOUT' });
    expect(gate.state().waiting).toBe(1);
    stuck.release();
    expect(await isSettled(patient)).toBe(true);
    expect(gate.state()).toMatchObject({ inFlight: 1, waiting: 0 });
  });

  it('grants a free permit even with no time left, but never queues a caller whose time is up', async () => {
    const free = setup();
    (await free.gate.acquire({ operation: OP, timeoutMs: 0 })).release();
    const { gate } = await saturated();
    await expect(gate.acquire({ operation: OP, timeoutMs: 0 })).rejects.toMatchObject({
      code: 'BACKPRESSURE_WAIT_TIMEOUT',
    });
    expect(gate.state().waiting).toBe(0);
  });

  it('counts only live waiters against maxWaiters', async () => {
    const { gate, clock } = await saturated({ maxWaiters: 2 });
    const controller = new AbortController();
    const aborted = gate.acquire({ operation: OP, signal: controller.signal });
    const expired = gate.acquire({ operation: OP, timeoutMs: 100 });
    const gone = Promise.allSettled([aborted, expired]);
    controller.abort();
    await clock.advance(100);
    expect((await gone).map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(gate.state().waiting).toBe(0);
    const live = [gate.acquire({ operation: OP }), gate.acquire({ operation: OP })];
    await settle();
    expect(gate.state().waiting).toBe(2);
    gate.close();
    await Promise.allSettled(live);
  });

  it('fails fast with BackpressureQueueFullError once maxWaiters are queued', async () => {
    const maxWaiters = 2;
    const { gate } = await saturated({ maxWaiters });
    const queued = [gate.acquire({ operation: OP }), gate.acquire({ operation: OP })];
    const error = await gate.acquire({ operation: 'deployResources' }).catch((e: unknown) => e);
    expect(isBackpressureQueueFullError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'BackpressureQueueFullError',
      code: 'BACKPRESSURE_QUEUE_FULL',
      operation: 'deployResources',
      maxWaiters,
    });
    expect((error as Error).message).toContain('deployResources');
    expect(gate.state().waiting).toBe(queued.length);
    gate.close();
    const outcomes = await Promise.allSettled(queued);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });

  it('rejects every waiter with an AbortError on close, clears its timers and refuses new callers', async () => {
    const { gate, clock } = await saturated();
    overload(gate, 0, 'activateJobs');
    const gated = gate.acquire({ operation: OP, timeoutMs: 60_000 });
    const longPoll = gate.acquire({ operation: 'activateJobs' });
    await settle();
    expect(gate.state().waiting).toBe(2);
    gate.close();
    await expect(gated).rejects.toMatchObject({ name: 'AbortError', code: 'BACKPRESSURE_CLOSED' });
    await expect(longPoll).rejects.toMatchObject({ name: 'AbortError', code: 'BACKPRESSURE_CLOSED' });
    expect(clock.pending()).toBe(0);
    const refused = await gate.acquire({ operation: 'completeJob' }).catch((e: unknown) => e);
    expect(isBackpressureAbortError(refused)).toBe(true);
    expect(refused).toMatchObject({ code: 'BACKPRESSURE_CLOSED', operation: 'completeJob' });
  });
});

describe('createBackpressureGate: tryAcquire', () => {
  it('grants without a promise what acquire would grant at once, counted as acquire counts it', () => {
    const { gate } = setup();
    const permit = gate.tryAcquire?.({ operation: OP });
    expect(permit).toBeDefined();
    expect(gate.state().inFlight).toBe(1);
    permit?.release();
    expect(gate.state().inFlight).toBe(0);
    const exempt = gate.tryAcquire?.({ operation: 'completeJob' });
    expect(exempt).toBeDefined();
    expect(gate.state().inFlight).toBe(0);
  });

  it('grants nothing when the caller would queue, is aborted, or the gate is closed; exempt calls still pass', async () => {
    const { gate } = setup({ floor: 1, decreaseFactor: 0.5 });
    await hold(gate, 1);
    overload(gate);
    expect(gate.state()).toMatchObject({ limit: 1, inFlight: 1 });
    expect(gate.tryAcquire?.({ operation: OP })).toBeUndefined();
    expect(gate.state()).toMatchObject({ inFlight: 1, waiting: 0 });
    expect(gate.tryAcquire?.({ operation: 'completeJob' })).toBeDefined();
    expect(gate.tryAcquire?.({ operation: 'completeJob', signal: AbortSignal.abort() })).toBeUndefined();
    gate.close();
    expect(gate.tryAcquire?.({ operation: 'completeJob' })).toBeUndefined();
  });
});

describe('createBackpressureGate: lanes', () => {
  it('lets exempt operations through at once while the gate is saturated, without counting them', async () => {
    const { gate } = setup({ floor: 1, decreaseFactor: 0.5 });
    await hold(gate, 1);
    overload(gate);
    const blocked = gate.acquire({ operation: OP });
    const exempt = Promise.all(DEFAULT_EXEMPT_OPERATIONS.map((operation) => gate.acquire({ operation })));
    expect(await isSettled(exempt)).toBe(true);
    expect(await isSettled(blocked)).toBe(false);
    expect(gate.state()).toMatchObject({ inFlight: 1, waiting: 1 });
    for (const permit of await exempt) permit.release();
    expect(gate.state().inFlight).toBe(1);
  });

  it('uses the given exempt list instead of the default one', async () => {
    const { gate } = setup({ floor: 1, decreaseFactor: 0.5, exemptOperations: ['publishMessage'] });
    await hold(gate, 1);
    overload(gate);
    expect(await isSettled(gate.acquire({ operation: 'publishMessage' }))).toBe(true);
    expect(await isSettled(gate.acquire({ operation: 'completeJob' }))).toBe(false);
  });

  it('does not let successes of exempt operations clear a backoff (they bypass the engine limit)', async () => {
    const { gate, clock } = setup({ floor: 1, decreaseFactor: 0.5 });
    await hold(gate, 1);
    overload(gate);
    await freshOverload(gate, clock);
    gate.record({ type: 'success', operation: 'completeJob', latencyMs: 2 });
    expect(gate.state().severity).toBe('severe');
  });

  it('32 pending long-poll activations take no permit: an unrelated call is granted within one tick', async () => {
    const { gate } = setup({ floor: 2, decreaseFactor: 0.5 });
    const held = await hold(gate, 4);
    overload(gate);
    for (const permit of held) permit.release();
    expect(gate.state().limit).toBe(2);
    const activations = await hold(gate, 32, 'activateJobs');
    expect(gate.state()).toMatchObject({ inFlight: 0, waiting: 0 });

    const order: string[] = [];
    const call = gate.acquire({ operation: OP }).then((permit) => {
      order.push('call granted');
      return permit;
    });
    await Promise.resolve().then(() => order.push('next tick'));
    expect(order).toEqual(['call granted', 'next tick']);
    (await call).release();
    for (const permit of activations) permit.release();
  });

  it('makes long-poll operations wait out a doubling backoff after their own rejection', async () => {
    const backoffBaseMs = 20;
    const { gate, clock } = setup({ backoffBaseMs, backoffMaxMs: 1_000 });
    expect(await isSettled(gate.acquire({ operation: 'activateJobs' }))).toBe(true);
    overload(gate, 0, 'activateJobs');
    const first = gate.acquire({ operation: 'activateJobs' });
    expect(await isSettled(first)).toBe(false);
    expect(await isSettled(gate.acquire({ operation: OP }))).toBe(true);
    await clock.advance(backoffBaseMs * 0.5); // random() = 0 → half the step
    expect(await isSettled(first)).toBe(true);

    overload(gate, 0, 'activateJobs');
    const second = gate.acquire({ operation: 'activateJobs' });
    await clock.advance(backoffBaseMs * 0.5);
    expect(await isSettled(second)).toBe(false);
    await clock.advance(backoffBaseMs * 0.5);
    expect(await isSettled(second)).toBe(true);
  });

  it('ends the long-poll backoff when an activation succeeds', async () => {
    const { gate } = setup({ backoffBaseMs: 1_000, backoffMaxMs: 1_000 });
    overload(gate, 0, 'activateJobs');
    const waiting = gate.acquire({ operation: 'activateJobs' });
    expect(await isSettled(waiting)).toBe(false);
    gate.record({ type: 'success', operation: 'activateJobs', latencyMs: 30_000 });
    expect(await isSettled(waiting)).toBe(true);
  });
});

describe('createBackpressureGate: LEGACY', () => {
  it('records signals and reports state but never makes a caller wait', async () => {
    const { gate, clock } = setup({ profile: 'LEGACY' });
    await hold(gate, 10);
    for (let i = 0; i < 20; i += 1) await freshOverload(gate, clock);
    overload(gate, 0, 'activateJobs');
    expect(gate.state()).toMatchObject({ severity: 'severe', limit: 1 });
    const more = Promise.all([hold(gate, 100), hold(gate, 5, 'activateJobs')]);
    expect(await isSettled(more)).toBe(true);
    expect(gate.state()).toMatchObject({ inFlight: 110, waiting: 0 });
  });
});

describe('createBackpressureGate: events and timers', () => {
  it('reports changes with the previous and the new state, and survives a throwing listener', async () => {
    const seen: BackpressureChangeEvent[] = [];
    const { gate } = setup({
      decreaseFactor: 0.5,
      onChange: (event) => {
        seen.push(event);
        throw new Error('listener bug');
      },
    });
    await hold(gate, 8);
    expect(() => overload(gate)).not.toThrow();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      reason: 'decrease',
      previous: { severity: 'healthy', limit: null },
      state: { severity: 'soft', limit: 4 },
    });
  });

  it('unrefs every timer it schedules, so an idle gate never keeps the process alive', async () => {
    const { gate, clock } = setup({ floor: 1, decreaseFactor: 0.5 });
    await hold(gate, 1);
    overload(gate);
    await freshOverload(gate, clock);
    overload(gate, 0, 'activateJobs');
    void gate.acquire({ operation: 'activateJobs' });
    await clock.advance(1_000);
    expect(clock.handles.length).toBeGreaterThan(2);
    expect(clock.handles.every((handle) => handle.unrefCalls === 1)).toBe(true);
  });

  it('unrefs the real timers of the default clock', async () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const gate = createBackpressureGate();
      open.push(gate);
      await hold(gate, 2);
      overload(gate);
      const handle = spy.mock.results.at(-1)?.value as ReturnType<typeof setTimeout>;
      expect(handle.hasRef()).toBe(false);
      gate.close();
    } finally {
      spy.mockRestore();
    }
  });
});
