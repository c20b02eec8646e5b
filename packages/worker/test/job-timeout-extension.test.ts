import { afterEach, describe, expect, it } from 'vitest';
import { isJobAbortedError } from '../src/job-aborted-error.js';
import type { ConnectedJobContext } from '../src/job-context.js';
import { isJobSettledError } from '../src/job-settled-error.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import type { JobWorkerBaseOptions } from '../src/job-worker-options.js';
import type { JobOutcome } from '../src/worker-events.js';
import {
  type ActionCall,
  createFakeJobClient,
  FakeHttpError,
  type FakeJobClient,
  FakeNetworkError,
} from './support/fake-job-client.js';
import { createManualClock, flush, type ManualClock } from './support/manual-clock.js';
import { deferred, until } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

type Ctx = ConnectedJobContext<
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  FakeJobClient
>;

const TIMEOUT = 10_000;

function setup(
  handler: (job: Ctx) => unknown,
  extra: Partial<JobWorkerBaseOptions<unknown, unknown, unknown>> = {},
): { client: FakeJobClient; clock: ManualClock; worker: JobWorker; outcomes: JobOutcome[] } {
  const clock = createManualClock();
  const client = createFakeJobClient({ clock });
  const worker = createJobWorker(client, {
    jobType: 'test-job',
    handler: handler as never,
    clock,
    jobTimeoutMs: TIMEOUT,
    random: () => 0.5,
    ...(extra as object),
  });
  const outcomes: JobOutcome[] = [];
  worker.on('jobSettled', (e) => outcomes.push(e.outcome));
  workers.push(worker);
  return { client, clock, worker, outcomes };
}

const updates = (client: FakeJobClient): ActionCall[] =>
  client.actions.filter((a) => a.method === 'updateJob');

/** Adds one job whose engine deadline is the job timeout from now, and waits until its handler runs. */
async function startJob(
  client: FakeJobClient,
  clock: ManualClock,
  running: () => boolean,
  leaseToken = 'L1',
) {
  const [job] = client.addJobs(1, { deadline: clock.now() + TIMEOUT, leaseToken });
  await until(running, 'the handler to run');
  return job as NonNullable<typeof job>;
}

describe('autoExtendTimeout', () => {
  it('extends at 80 % of the timeout, again after each extension, and stops when the handler settles', async () => {
    const gate = deferred();
    let runs = 0;
    const { client, clock, worker, outcomes } = setup(
      async () => {
        runs++;
        await gate.promise;
        return { done: true };
      },
      { autoExtendTimeout: true },
    );
    const job = await startJob(client, clock, () => runs === 1);
    await clock.advance(7_999);
    expect(updates(client)).toEqual([]);
    await clock.advance(1);
    expect(updates(client)).toEqual([
      {
        method: 'updateJob',
        input: { jobKey: job.jobKey, changeset: { timeout: TIMEOUT }, leaseToken: 'L1' },
      },
    ]);
    await clock.advance(7_999);
    expect(updates(client)).toHaveLength(1);
    await clock.advance(1);
    expect(updates(client)).toHaveLength(2);

    gate.resolve();
    await until(() => outcomes.length === 1, 'the completion');
    await clock.advance(5 * TIMEOUT);
    expect(updates(client)).toHaveLength(2);
    expect(worker.stats()).toMatchObject({ completed: 1, timeoutExtensions: 2 });
  });

  it('keeps at most one extension in flight and schedules the next from when it was sent', async () => {
    const gate = deferred();
    // The answer arrives long after the deadline; the handler is not given up on meanwhile.
    const { client, clock, worker } = setup(() => gate.promise, {
      autoExtendTimeout: true,
      abortGraceMs: Number.POSITIVE_INFINITY,
    });
    const answers: Array<() => void> = [];
    const sentAt: number[] = [];
    client.updateJob = () => {
      sentAt.push(clock.now());
      return new Promise<void>((resolve) => answers.push(resolve));
    };
    const start = clock.now();
    await startJob(client, clock, () => worker.stats().inFlight === 1);
    await clock.advance(8_000);
    await clock.advance(3 * TIMEOUT);
    expect(sentAt).toEqual([start + 8_000]);
    answers[0]?.();
    await flush(5);
    // The answer came late: the next extension is due at once (8 s after the first was sent).
    await clock.advance(0);
    expect(sentAt).toHaveLength(2);
    gate.resolve();
  });

  it('retries an extension that failed transiently', async () => {
    const { client, clock, worker } = setup(() => new Promise(() => {}), {
      autoExtendTimeout: true,
      backoffInitialMs: 100,
    });
    client.actionFailure = (call, attempt) =>
      call.method === 'updateJob' && attempt === 1 ? new FakeNetworkError('reset') : undefined;
    await startJob(client, clock, () => worker.stats().inFlight === 1);
    await clock.advance(8_000);
    expect(updates(client)).toHaveLength(1);
    await clock.advance(100);
    expect(updates(client)).toHaveLength(2);
    expect(worker.stats().timeoutExtensions).toBe(1);
  });

  it('a 404 or a stale lease stops the extensions and aborts the handler with JOB_LOST', async () => {
    let signal: AbortSignal | undefined;
    const { client, clock, worker } = setup(
      (job) => {
        signal = job.signal;
        return new Promise((resolve) => job.signal.addEventListener('abort', () => resolve(undefined)));
      },
      { autoExtendTimeout: true },
    );
    client.actionFailure = (call) => (call.method === 'updateJob' ? new FakeHttpError(404) : undefined);
    await startJob(client, clock, () => signal !== undefined);
    await clock.advance(8_000);
    expect(signal?.aborted).toBe(true);
    expect(isJobAbortedError(signal?.reason)).toBe(true);
    expect(signal?.reason).toHaveProperty('code', 'JOB_LOST');
    await until(() => worker.stats().inFlight === 0, 'the job to end');
    await clock.advance(5 * TIMEOUT);
    expect(updates(client)).toHaveLength(1);
  });
});

describe('job.extendTimeout', () => {
  it('sends the timeout and lease token, and moves the signal deadline', async () => {
    const gate = deferred();
    let signal: AbortSignal | undefined;
    let extended: Promise<void> | undefined;
    const { client, clock, worker } = setup(async (job) => {
      signal = job.signal;
      extended = job.extendTimeout(30_000);
      await gate.promise;
    });
    const job = await startJob(client, clock, () => extended !== undefined, 'L9');
    await expect(extended).resolves.toBeUndefined();
    expect(updates(client)).toEqual([
      {
        method: 'updateJob',
        input: { jobKey: job.jobKey, changeset: { timeout: 30_000 }, leaseToken: 'L9' },
      },
    ]);
    await clock.advance(TIMEOUT);
    expect(signal?.aborted).toBe(false);
    await clock.advance(30_000 - TIMEOUT);
    expect(signal?.reason).toHaveProperty('code', 'JOB_DEADLINE');
    expect(worker.stats().timeoutExtensions).toBe(1);
    gate.resolve();
  });

  it('runs extensions one at a time, in order', async () => {
    const gate = deferred();
    const calls: number[] = [];
    const answers: Array<() => void> = [];
    const { client, clock } = setup(async (job) => {
      void job.extendTimeout(1_000);
      void job.extendTimeout(2_000);
      void job.extendTimeout(3_000);
      await gate.promise;
    });
    client.updateJob = (input) => {
      calls.push((input as { changeset: { timeout: number } }).changeset.timeout);
      return new Promise<void>((resolve) => answers.push(resolve));
    };
    await startJob(client, clock, () => calls.length === 1);
    await flush(5);
    expect(calls).toEqual([1_000]);
    answers[0]?.();
    await until(() => calls.length === 2, 'the second extension');
    await flush(5);
    expect(calls).toEqual([1_000, 2_000]);
    answers[1]?.();
    await until(() => calls.length === 3, 'the third extension');
    answers[2]?.();
    gate.resolve();
  });

  it('rejects with the engine error on a stale lease and aborts the handler', async () => {
    let outcome: unknown;
    let reason: unknown;
    const { client, clock } = setup(async (job) => {
      outcome = await job.extendTimeout(5_000).catch((error: unknown) => error);
      reason = job.signal.reason;
    });
    client.actionFailure = (call) =>
      call.method === 'updateJob'
        ? Object.assign(new FakeHttpError(409), { detail: 'the lease token does not match' })
        : undefined;
    await startJob(client, clock, () => reason !== undefined);
    expect(outcome).toHaveProperty('status', 409);
    expect(reason).toHaveProperty('code', 'JOB_LOST');
  });

  it('rejects after the job was settled, without a request', async () => {
    let error: unknown;
    const { client, clock, outcomes } = setup(async (job) => {
      await job.complete();
      error = await job.extendTimeout(5_000).catch((e: unknown) => e);
    });
    await startJob(client, clock, () => error !== undefined);
    expect(isJobSettledError(error)).toBe(true);
    expect(updates(client)).toEqual([]);
    expect(outcomes).toEqual(['completed']);
  });
});
