import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectedJobContext } from '../src/job-context.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { createFakeJobClient, type FakeJobClient, FakeNetworkError } from './support/fake-job-client.js';
import { createManualClock, flush, type ManualClock } from './support/manual-clock.js';
import { deferred, until } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

function setup(
  handler: (
    job: ConnectedJobContext<
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
      FakeJobClient
    >,
  ) => unknown,
  options: { maxConcurrentJobs?: number; activationThreshold?: number; random?: () => number } = {},
): { client: FakeJobClient; clock: ManualClock; worker: JobWorker } {
  const clock = createManualClock();
  const client = createFakeJobClient({ clock });
  const worker = createJobWorker(client, {
    jobType: 'test-job',
    handler: handler as never,
    clock,
    random: options.random ?? (() => 0.5),
    pollTimeoutMs: 30_000,
    ...(options.maxConcurrentJobs !== undefined && { maxConcurrentJobs: options.maxConcurrentJobs }),
    ...(options.activationThreshold !== undefined && { activationThreshold: options.activationThreshold }),
  });
  workers.push(worker);
  return { client, clock, worker };
}

describe('polling', () => {
  it('long-polls with the configured request: requestTimeout = pollTimeoutMs, timeout = jobTimeoutMs', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const seenOptions: unknown[] = [];
    const activate = client.activateJobs.bind(client);
    client.activateJobs = (input, options) => {
      seenOptions.push(options);
      return activate(input, options);
    };
    const worker = createJobWorker(client, {
      jobType: 'payment',
      handler: () => undefined,
      clock,
      workerName: 'payments-1',
      jobTimeoutMs: 45_000,
      pollTimeoutMs: 12_000,
      maxConcurrentJobs: 7,
      fetchVariables: ['amount', 'currency'],
      tenantIds: ['tenant-a'],
    });
    workers.push(worker);
    await until(() => client.waitingPolls() === 1, 'first poll');
    expect(client.activations[0]).toEqual({
      type: 'payment',
      worker: 'payments-1',
      timeout: 45_000,
      maxJobsToActivate: 7,
      requestTimeout: 12_000,
      fetchVariable: ['amount', 'currency'],
      tenantIds: ['tenant-a'],
    });
    const callOptions = seenOptions[0] as { timeoutMs: number; signal: AbortSignal };
    expect(callOptions.timeoutMs).toBeGreaterThan(12_000);
    expect(callOptions.signal).toBeInstanceOf(AbortSignal);
    expect(worker.state).toBe('running');
  });

  it('never runs more handlers than maxConcurrentJobs and asks only for free slots', async () => {
    let running = 0;
    let maxRunning = 0;
    const releases: Array<() => void> = [];
    const { client } = setup(
      async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        const gate = deferred();
        releases.push(gate.resolve);
        await gate.promise;
        running--;
        return { ok: true };
      },
      { maxConcurrentJobs: 3, activationThreshold: 1 },
    );
    client.addJobs(20);
    let completed = 0;
    while (completed < 20) {
      await until(() => releases.length > 0, 'a running handler');
      // Release one at a time, so the worker must re-poll for exactly the freed slot.
      releases.shift()?.();
      completed++;
      await until(() => client.accepted('completeJob').length === completed, `completion ${completed}`);
    }
    expect(maxRunning).toBe(3);
    expect(client.accepted('completeJob')).toHaveLength(20);
    expect(client.activations[0]?.maxJobsToActivate).toBe(3);
    // Every later activation asked for exactly what was free at the time, never more than the limit.
    for (const activation of client.activations) {
      expect(activation.maxJobsToActivate).toBeGreaterThanOrEqual(1);
      expect(activation.maxJobsToActivate).toBeLessThanOrEqual(3);
    }
  });

  it('polls again at once when an activation returned jobs, without any timer', async () => {
    const { client, clock } = setup(() => ({ done: true }), { maxConcurrentJobs: 10 });
    await until(() => client.waitingPolls() === 1, 'first poll');
    client.addJobs(4);
    await until(() => client.accepted('completeJob').length === 4, 'four completions');
    await until(() => client.waitingPolls() === 1, 're-poll');
    // No clock time passed: the re-poll did not wait for a timer.
    expect(clock.now()).toBe(1_000_000);
    expect(client.activations.length).toBeGreaterThanOrEqual(2);
  });

  it('does not poll while full and wakes up when enough slots are released', async () => {
    const gates = [deferred(), deferred(), deferred(), deferred()];
    let next = 0;
    const { client, clock } = setup(() => (gates[next++] as ReturnType<typeof deferred>).promise, {
      maxConcurrentJobs: 4,
      activationThreshold: 2,
    });
    client.addJobs(4);
    await until(() => next === 4, 'four handlers running');
    await flush(10);
    const pollsWhileFull = client.activations.length;
    expect(client.waitingPolls()).toBe(0);
    gates[0]?.resolve();
    await until(() => client.accepted('completeJob').length === 1, 'first completion');
    await flush(10);
    // One free slot is below the threshold of two: still no poll.
    expect(client.activations.length).toBe(pollsWhileFull);
    gates[1]?.resolve();
    await until(() => client.accepted('completeJob').length === 2, 'second completion');
    await flush(10);
    // Two free: the threshold, but under a backlog the free slots first wait 5 ms for the rest of their batch.
    expect(client.activations.length).toBe(pollsWhileFull);
    await clock.advance(5);
    await until(() => client.activations.length === pollsWhileFull + 1, 'poll after release');
    expect(client.activations.at(-1)?.maxJobsToActivate).toBe(2);
  });

  it('under a backlog, waits 5 ms for the whole batch, then polls once activationThreshold slots are free', async () => {
    const gates = Array.from({ length: 16 }, () => deferred());
    let next = 0;
    const { client, clock } = setup(() => (gates[next++] as ReturnType<typeof deferred>).promise, {
      maxConcurrentJobs: 8,
    });
    client.addJobs(16);
    await until(() => next === 8, 'eight handlers running');
    const pollsWhileFull = client.activations.length;
    gates[0]?.resolve();
    await until(() => client.accepted('completeJob').length === 1, 'one completion');
    await clock.advance(10);
    await flush(10);
    // One free slot, below the default threshold of two (a quarter of eight): still no poll after the window.
    expect(client.activations.length).toBe(pollsWhileFull);
    gates[1]?.resolve();
    gates[2]?.resolve();
    await until(() => client.activations.length === pollsWhileFull + 1, 'poll at the threshold');
    expect(client.activations.at(-1)?.maxJobsToActivate).toBe(3);
    // Within the window, the next free slots wait for the rest of their batch.
    for (const gate of gates.slice(3, 6)) gate.resolve();
    await until(() => client.accepted('completeJob').length === 6, 'six completions');
    await flush(10);
    expect(client.activations.length).toBe(pollsWhileFull + 1);
    await clock.advance(5);
    await until(() => client.activations.length === pollsWhileFull + 2, 'poll after the window');
    expect(client.activations.at(-1)?.maxJobsToActivate).toBe(3);
  });

  it('under a backlog, polls for the whole batch at once when all of it finishes together', async () => {
    const { client, clock } = setup(() => ({ done: true }), { maxConcurrentJobs: 4 });
    client.addJobs(8);
    await until(() => client.accepted('completeJob').length === 8, 'eight completions');
    // Two full batches, each activated whole, and no clock time spent waiting for a window.
    expect(client.activations.slice(0, 2).map((a) => a.maxJobsToActivate)).toEqual([4, 4]);
    expect(clock.now()).toBe(1_000_000);
  });

  it('keeps polling for a single free slot once the engine has no backlog', async () => {
    const gates = [deferred(), deferred(), deferred(), deferred()];
    let next = 0;
    const { client } = setup(() => (gates[next++] as ReturnType<typeof deferred>).promise, {
      maxConcurrentJobs: 4,
      activationThreshold: 2,
    });
    client.addJobs(3);
    await until(() => next === 3, 'three handlers running');
    // Three of four asked for: no backlog, so the one free slot is polled for at once, below the threshold.
    await until(() => client.waitingPolls() === 1, 'poll for the last slot');
    expect(client.activations.at(-1)?.maxJobsToActivate).toBe(1);
    client.addJobs(1);
    await until(() => next === 4, 'fourth handler running');
    for (const gate of gates) gate.resolve();
    await until(() => client.accepted('completeJob').length === 4, 'four completions');
  });

  it('re-polls after an empty long poll that ran its full time', async () => {
    const { client, clock } = setup(() => undefined);
    await until(() => client.waitingPolls() === 1, 'first poll');
    await clock.advance(30_000);
    await until(() => client.activations.length === 2, 'second poll');
    expect(client.waitingPolls()).toBe(1);
  });

  it('pauses instead of spinning when the server answers empty at once (no long polling)', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    client.activateJobs = async (input) => {
      client.activations.push(input);
      return { jobs: [] };
    };
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => undefined,
      clock,
      random: () => 0.5,
      backoffInitialMs: 100,
    });
    workers.push(worker);
    await until(() => client.activations.length === 1, 'first poll');
    await flush(20);
    expect(client.activations).toHaveLength(1);
    await clock.advance(50);
    await until(() => client.activations.length === 2, 'second poll after the pause');
  });

  it('backs off exponentially with jitter while activation fails and recovers without stalling', async () => {
    const { client, clock, worker } = setup(() => ({ handled: true }), { random: () => 0.5 });
    const delays: number[] = [];
    worker.on('activationError', (e) => delays.push(e.delayMs));
    client.activationFailure = () => new FakeNetworkError('connect ECONNREFUSED 127.0.0.1');
    await until(() => client.activations.length === 1, 'first attempt');
    // Server down for a while: each attempt waits half (random 0.5) of the doubling ceiling.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const before = client.activations.length;
      await clock.advance(delays.at(-1) ?? 0);
      await until(() => client.activations.length === before + 1, `attempt ${attempt + 1}`);
    }
    expect(delays.slice(0, 8)).toEqual([125, 250, 500, 1000, 2000, 4000, 8000, 15000]);
    expect(Math.max(...delays)).toBe(15_000);
    expect(worker.stats().activationErrors).toBe(client.activations.length);
    expect(worker.stats().lastError?.error).toHaveProperty('name', 'NetworkError');

    // The server comes back: the next attempt succeeds and jobs flow again.
    client.activationFailure = undefined;
    client.addJobs(3);
    await clock.advance(delays.at(-1) ?? 0);
    await until(() => client.accepted('completeJob').length === 3, 'jobs after recovery');
    expect(worker.state).toBe('running');
    // Backoff reset: a later failure starts from the first delay again.
    client.activationFailure = () => new FakeNetworkError('reset');
    client.addJobs(1);
    await until(() => delays.length > 11, 'a new failure');
    expect(delays.at(-1)).toBe(125);
  });

  it('gives back jobs beyond what it asked for, with retries unchanged', async () => {
    const { client } = setup(() => new Promise(() => {}), { maxConcurrentJobs: 2 });
    client.overDeliver = 1;
    const [, , extra] = client.addJobs(3, { retries: 5 });
    await until(() => client.accepted('failJob').length === 1, 'give-back');
    expect(client.accepted('failJob')[0]?.input).toMatchObject({ jobKey: extra?.jobKey, retries: 5 });
  });

  it('waits a bounded startup jitter before the first poll', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => undefined,
      clock,
      random: () => 0.999,
      startupJitterMaxSeconds: 10,
    });
    workers.push(worker);
    await flush(10);
    expect(worker.state).toBe('starting');
    expect(client.activations).toHaveLength(0);
    await clock.advance(9_989);
    expect(client.activations).toHaveLength(0);
    await clock.advance(1);
    await until(() => client.activations.length === 1, 'first poll');
    // random() < 1, so the wait is always below the maximum.
    expect(clock.now() - 1_000_000).toBeLessThan(10_000);
    expect(worker.state).toBe('running');
  });
});
