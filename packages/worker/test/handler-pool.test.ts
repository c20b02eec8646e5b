import { afterEach, describe, expect, it } from 'vitest';
import type { JobWorker } from '../src/job-worker.js';
import type { JobOutcome } from '../src/worker-events.js';
import { createFakeJobClient, FakeHttpError, type FakeJobClient } from './support/fake-job-client.js';
import { fixture, loadDist } from './support/load-dist.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { untilReal as until } from './support/until.js';

const { createJobWorker, isHandlerCrashError } = await loadDist();
const handlers = fixture('handlers.mjs');

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

function start(
  strategy: 'thread' | 'process',
  exportName: string,
  extra: { maxConcurrentJobs?: number; logger?: ReturnType<typeof createRecordingLogger> } = {},
): { client: FakeJobClient; worker: JobWorker; outcomes: JobOutcome[]; errors: unknown[] } {
  const client = createFakeJobClient();
  const worker = createJobWorker(client, {
    jobType: 'pooled',
    handler: { module: handlers, export: exportName },
    executionStrategy: strategy,
    maxConcurrentJobs: extra.maxConcurrentJobs ?? 2,
    ...(extra.logger !== undefined && { logger: extra.logger }),
  });
  workers.push(worker);
  const outcomes: JobOutcome[] = [];
  const errors: unknown[] = [];
  worker.on('jobSettled', (e) => {
    outcomes.push(e.outcome);
    errors.push(e.error);
  });
  return { client, worker, outcomes, errors };
}

describe.each(['thread', 'process'] as const)('%s strategy', (strategy) => {
  it('runs the handler outside the main thread and completes with its result', async () => {
    const { client, outcomes } = start(strategy, 'default');
    client.addJobs(3, { variables: { n: 21 } });
    await until(() => outcomes.length === 3, 'three jobs');
    const completions = client.accepted('completeJob');
    expect(completions).toHaveLength(3);
    for (const c of completions) expect(c.input.variables).toMatchObject({ doubled: 42 });
    const where = completions.map((c) => c.input.variables as { threadId: number; pid: number });
    if (strategy === 'thread') {
      expect(where.every((w) => w.threadId > 0 && w.pid === process.pid)).toBe(true);
    } else {
      expect(where.every((w) => w.pid !== process.pid)).toBe(true);
    }
  });

  it('forwards job.extendTimeout to the worker, which sends it with the lease token', async () => {
    const { client, outcomes } = start(strategy, 'extendsTimeout');
    const [job] = client.addJobs(1, { leaseToken: 'pooled-lease' });
    await until(() => outcomes.length === 1, 'the job');
    expect(client.actions.map((a) => [a.method, a.input])).toEqual([
      ['updateJob', { jobKey: job?.jobKey, changeset: { timeout: 45_000 }, leaseToken: 'pooled-lease' }],
      ['completeJob', { jobKey: job?.jobKey, variables: { extended: true }, leaseToken: 'pooled-lease' }],
    ]);
  });

  it('survives a crash of the handler: only that job fails, the next job runs in a new one', async () => {
    const { client, worker, outcomes, errors } = start(strategy, 'crash', { maxConcurrentJobs: 1 });
    const [crashing] = client.addJobs(1, { variables: { crash: true }, retries: 3 });
    await until(() => outcomes.length === 1, 'the crashed job');
    expect(client.actions).toEqual([
      {
        method: 'failJob',
        input: {
          jobKey: crashing?.jobKey,
          retries: 2,
          errorMessage: expect.stringMatching(/exited with code 3 while running job/),
        },
      },
    ]);
    expect(isHandlerCrashError(errors[0])).toBe(true);
    client.addJobs(2, { variables: { crash: false } });
    await until(() => outcomes.length === 3, 'later jobs');
    expect(outcomes).toEqual(['failed', 'completed', 'completed']);
    expect(worker.state).toBe('running');
  });

  it('maps a thrown JobError to a BPMN error and another throw to a failure', async () => {
    const bpmn = start(strategy, 'bpmnError');
    bpmn.client.addJobs(1);
    await until(() => bpmn.outcomes.length === 1, 'BPMN error');
    expect(bpmn.client.actions[0]).toEqual({
      method: 'throwJobError',
      input: {
        jobKey: expect.any(String),
        errorCode: 'OUT_OF_STOCK',
        errorMessage: 'out of stock',
        variables: { sku: 'A1' },
      },
    });
    const failing = start(strategy, 'fails');
    failing.client.addJobs(1, { retries: 1 });
    await until(() => failing.outcomes.length === 1, 'failure');
    expect(failing.client.actions[0]).toEqual({
      method: 'failJob',
      input: { jobKey: expect.any(String), retries: 0, errorMessage: 'bad data in the handler' },
    });
  });

  it('forwards explicit actions: exactly one engine call, the receipt comes back', async () => {
    const { client, outcomes } = start(strategy, 'explicit');
    client.addJobs(1);
    await until(() => outcomes.length === 1, 'settled');
    expect(client.actions).toEqual([
      { method: 'completeJob', input: { jobKey: expect.any(String), variables: { explicit: true } } },
    ]);
  });

  it('fails the worker at start when the handler export is missing', async () => {
    const { worker } = start(strategy, 'nope');
    expect(await worker.finished).toBe('failed');
    expect(String(worker.stats().lastError?.error)).toMatch(/no function export 'nope'/);
  });

  it('aborts the handler on hard shutdown and fails its job back', async () => {
    const { client, worker } = start(strategy, 'waitsForAbort');
    const [job] = client.addJobs(1, { retries: 4 });
    await until(() => worker.stats().inFlight === 1, 'running');
    await worker.stop({ graceMs: 0 });
    expect(client.actions).toEqual([
      { method: 'failJob', input: { jobKey: job?.jobKey, retries: 4, errorMessage: expect.any(String) } },
    ]);
    expect(worker.state).toBe('stopped');
  });
});

describe('thread strategy', () => {
  it('gives the handler a client that forwards calls to the main thread, and forwards its log lines', async () => {
    const logger = createRecordingLogger();
    const { client, outcomes } = start('thread', 'usesClient', { logger });
    const [job] = client.addJobs(1);
    await until(() => outcomes.length === 1, 'settled');
    expect(client.actions.map((a) => a.method)).toEqual(['updateJob', 'completeJob']);
    expect(client.actions[0]?.input).toEqual({ jobKey: job?.jobKey, changeset: { retries: 9 } });
    expect(client.actions[1]?.input.variables).toEqual({
      hasClient: true,
      updated: null,
      refused: "The worker's client has no method 'notAMethod'",
    });
    const line = logger.lines.find((l) => l.message === 'hello from the handler');
    expect(line).toMatchObject({
      level: 'info',
      fields: { from: 'child' },
      bindings: { jobKey: job?.jobKey },
    });
  });

  it("hands a client call's error back with its name, status and brand", async () => {
    const { client, outcomes } = start('thread', 'callFails');
    client.actionFailure = (call) =>
      call.input.jobKey === 'missing'
        ? Object.defineProperty(new FakeHttpError(404), Symbol.for('camunda-ts.error'), { value: true })
        : undefined;
    client.addJobs(1);
    await until(() => outcomes.length === 1, 'settled');
    expect(client.accepted('completeJob')[0]?.input.variables).toEqual({
      threw: true,
      name: 'HttpError',
      status: 404,
      branded: true,
      sameJob: true,
    });
  });

  it('survives an uncaught exception in the thread', async () => {
    const { client, outcomes, errors } = start('thread', 'crashLater', { maxConcurrentJobs: 1 });
    client.addJobs(1, { variables: { crash: true } });
    await until(() => outcomes.length === 1, 'crashed job');
    expect(client.actions[0]?.input.errorMessage).toMatch(/crashed: uncaught in the child/);
    expect(isHandlerCrashError(errors[0])).toBe(true);
    client.addJobs(1, { variables: { crash: false } });
    await until(() => outcomes.length === 2, 'next job');
    expect(outcomes).toEqual(['failed', 'completed']);
  });
});

describe('process strategy', () => {
  it('gives the handler no client', async () => {
    const { client, outcomes } = start('process', 'isolated');
    client.addJobs(1);
    await until(() => outcomes.length === 1, 'settled');
    expect(client.actions[0]?.input.variables).toMatchObject({ hasClient: false });
    expect(client.actions[0]?.input.variables).not.toHaveProperty('pid', process.pid);
  });
});
