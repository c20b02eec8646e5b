import { afterEach, describe, expect, it } from 'vitest';
import type { ActivateJobsInput, JobActivationResult } from '../src/job-types.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { createFakeJobClient, FakeHttpError, FakeNetworkError } from './support/fake-job-client.js';
import { createManualClock, flush } from './support/manual-clock.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { deferred, until } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

const never = (): Promise<never> => new Promise<never>(() => {});

describe('overrunning handlers', () => {
  it('aborts the signal at the deadline, reports the overrun and frees the slot after the grace period', async () => {
    const clock = createManualClock();
    const logger = createRecordingLogger();
    const client = createFakeJobClient({ clock });
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: never,
      clock,
      logger,
      maxConcurrentJobs: 1,
      jobTimeoutMs: 1_000,
      abortGraceMs: 500,
    });
    workers.push(worker);
    const overruns: string[] = [];
    const stalls: number[] = [];
    worker.on('overran', (e) => overruns.push(e.job.jobKey));
    worker.on('stalled', (e) => stalls.push(e.overrunning));
    const [job] = client.addJobs(1);
    await until(() => worker.stats().inFlight === 1, 'job running');
    await clock.advance(1_000);
    expect(overruns).toEqual([job?.jobKey]);
    expect(worker.stats().overran).toBe(1);
    expect(worker.stats().overrunning).toBe(1);
    // Its only slot is held by an overrunning handler: the worker says so.
    expect(stalls).toEqual([1]);
    expect(logger.lines.some((l) => l.level === 'warn' && /deadline/.test(l.message ?? ''))).toBe(true);
    await clock.advance(500);
    await until(() => worker.stats().inFlight === 0, 'slot freed');
    expect(worker.stats().overrunning).toBe(0);
    // No action after the deadline on a job without a lease: another worker may hold it by now.
    expect(client.actions.filter((a) => a.method !== 'updateJob')).toEqual([]);
    expect(worker.stats().dropped).toBe(1);
    await until(() => client.waitingPolls() === 1, 'polling again');
  });

  it('arms the deadline even when the handler never reads its signal', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const release = deferred<{ late: boolean }>();
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => release.promise,
      clock,
      jobTimeoutMs: 1_000,
      abortGraceMs: 10_000,
    });
    workers.push(worker);
    client.addJobs(1);
    await until(() => worker.stats().inFlight === 1, 'job running');
    await clock.advance(1_500);
    expect(worker.stats().overran).toBe(1);
    release.resolve({ late: true });
    await until(() => worker.stats().inFlight === 0, 'run ended');
    expect(client.accepted('completeJob')).toEqual([]);
    expect(worker.stats().dropped).toBe(1);
  });

  it('still completes after the deadline when a lease fences the action', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const release = deferred<{ late: boolean }>();
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => release.promise,
      clock,
      leases: true,
      jobTimeoutMs: 1_000,
      abortGraceMs: 10_000,
    });
    workers.push(worker);
    client.addJobs(1, { leaseToken: 'lease-1' } as never);
    await until(() => worker.stats().inFlight === 1, 'job running');
    await clock.advance(1_500);
    release.resolve({ late: true });
    await until(() => worker.stats().inFlight === 0, 'run ended');
    expect(client.accepted('completeJob').map((c) => c.input.leaseToken)).toEqual(['lease-1']);
  });
});

describe('stop strands nothing', () => {
  it('fails back, retries unchanged, the jobs an in-flight activation brings back during stop', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const answer = deferred<JobActivationResult>();
    const fake = client.activateJobs.bind(client);
    let calls = 0;
    // The first activation's answer is already on its way when the worker stops: it ignores the abort.
    client.activateJobs = (input: ActivateJobsInput, options) =>
      calls++ === 0 ? answer.promise : fake(input, options);
    let handled = 0;
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => {
        handled++;
      },
      clock,
    });
    workers.push(worker);
    await until(() => calls === 1, 'activation sent');
    const stopping = worker.stop({ graceMs: 10_000 });
    const jobs = client.addJobs(2, { retries: 4 });
    // addJobs queued them; hand them to the stale activation instead.
    answer.resolve(await fake({ type: 'x', maxJobsToActivate: 2, timeout: 1 } as never));
    await until(() => client.accepted('failJob').length === 2, 'fail-backs');
    await stopping;
    expect(handled).toBe(0);
    expect(client.accepted('failJob').map((c) => [c.input.jobKey, c.input.retries])).toEqual(
      jobs.map((j) => [j.jobKey, 4]),
    );
  });

  it('retries a fail-back that met a transient error', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    client.actionFailure = (call, attempt) =>
      call.method === 'failJob' && attempt === 1 ? new FakeNetworkError('reset') : undefined;
    const worker = createJobWorker(client, { jobType: 'x', handler: never, clock });
    workers.push(worker);
    const [job] = client.addJobs(1, { retries: 2 });
    await until(() => worker.stats().inFlight === 1, 'job running');
    const stopping = worker.stop({ graceMs: 0 });
    await flush(5);
    await clock.advance(5_000);
    await stopping;
    expect(client.accepted('failJob').map((c) => [c.input.jobKey, c.input.retries])).toEqual([
      [job?.jobKey, 2],
    ]);
  });
});

describe('no action on an unleased job after its deadline', () => {
  it('stops retrying a failJob at the deadline, so it cannot fail a newer activation elsewhere', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const attemptsAt: number[] = [];
    client.actionFailure = (call) => {
      if (call.method !== 'failJob') return undefined;
      attemptsAt.push(clock.now());
      return new FakeHttpError(503);
    };
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => {
        throw new Error('boom');
      },
      clock,
      jobTimeoutMs: 5_000,
      backoffInitialMs: 100,
      backoffMaxMs: 400,
    });
    workers.push(worker);
    const receivedAt = clock.now();
    client.addJobs(1);
    await until(() => attemptsAt.length === 1, 'first attempt');
    await clock.advance(20_000);
    await until(() => worker.stats().inFlight === 0, 'run ended');
    expect(attemptsAt.length).toBeGreaterThan(2);
    expect(Math.max(...attemptsAt)).toBeLessThan(receivedAt + 5_000);
    expect(worker.stats().dropped).toBe(1);
  });
});

describe('permanent activation errors', () => {
  const cases: Array<[string, () => unknown]> = [
    ['a closed client', () => Object.assign(new FakeNetworkError('closed'), { code: 'TRANSPORT_CLOSED' })],
    ['rejected credentials (401)', () => new FakeHttpError(401)],
    ['forbidden (403)', () => new FakeHttpError(403)],
    [
      'rejected OAuth credentials',
      () => Object.assign(new Error('bad secret'), { name: 'AuthError', code: 'INVALID_CREDENTIALS' }),
    ],
    ['a configuration error', () => Object.assign(new Error('bad config'), { name: 'ConfigError' })],
  ];
  it.each(cases)('%s moves the worker to failed instead of backing off', async (_name, make) => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const error = make();
    client.activationFailure = () => error;
    const worker = createJobWorker(client, { jobType: 'x', handler: () => undefined, clock });
    workers.push(worker);
    expect(await worker.finished).toBe('failed');
    expect(worker.stats().lastError?.error).toBe(error);
    expect(client.activations).toHaveLength(1);
  });

  it('keeps retrying transient errors', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    client.activationFailure = () => new FakeHttpError(503);
    const worker = createJobWorker(client, { jobType: 'x', handler: () => undefined, clock });
    workers.push(worker);
    await until(() => client.activations.length === 1, 'first poll');
    await clock.advance(60_000);
    expect(worker.state).toBe('running');
    expect(client.activations.length).toBeGreaterThan(2);
  });
});
