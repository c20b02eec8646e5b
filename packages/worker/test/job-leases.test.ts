import { afterEach, describe, expect, it } from 'vitest';
import { compileWorkerOptions } from '../src/compile-worker-options.js';
import type { ConnectedJobContext } from '../src/job-context.js';
import { JobError } from '../src/job-error.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import type { JobWorkerBaseOptions } from '../src/job-worker-options.js';
import type { JobOutcome } from '../src/worker-events.js';
import { isWorkerOptionsError } from '../src/worker-options-error.js';
import { createFakeJobClient, FakeHttpError, type FakeJobClient } from './support/fake-job-client.js';
import { createManualClock, flush } from './support/manual-clock.js';
import { createRecordingLogger, type RecordingLogger } from './support/recording-logger.js';
import { until } from './support/until.js';

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

/** A 409 like the engine's answer to a command carrying a superseded lease token. */
const staleLease = () =>
  Object.assign(new FakeHttpError(409), {
    detail:
      "Command 'COMPLETE' rejected with code 'INVALID_STATE': Expected to process job with key '1', but the supplied lease token does not match. The job may have been re-activated by another worker.",
  });

function setup(
  handler: (job: Ctx) => unknown,
  extra: Partial<JobWorkerBaseOptions<unknown, unknown, unknown>> = {},
): { client: FakeJobClient; worker: JobWorker; outcomes: JobOutcome[]; logger: RecordingLogger } {
  const clock = createManualClock();
  const client = createFakeJobClient({ clock });
  const logger = createRecordingLogger();
  const worker = createJobWorker(client, {
    jobType: 'test-job',
    handler: handler as never,
    clock,
    logger,
    random: () => 0.5,
    ...(extra as object),
  });
  const outcomes: JobOutcome[] = [];
  worker.on('jobSettled', (e) => outcomes.push(e.outcome));
  workers.push(worker);
  return { client, worker, outcomes, logger };
}

describe('leases', () => {
  it('asks for leases only when `leases` is set', async () => {
    const plain = setup(() => undefined);
    const leasing = setup(() => undefined, { leases: true });
    await until(() => plain.client.activations.length > 0 && leasing.client.activations.length > 0, 'polls');
    expect(plain.client.activations[0]).not.toHaveProperty('withLease');
    expect(leasing.client.activations[0]).toMatchObject({ withLease: true });
  });

  it('sends the lease token with complete, fail and throw-error', async () => {
    const { client, outcomes } = setup(
      (job) => {
        if (job.variables.mode === 'fail') throw new Error('nope');
        if (job.variables.mode === 'bpmn') throw new JobError({ errorCode: 'E1' });
        return { ok: true };
      },
      { leases: true },
    );
    client.addJobs(1, { leaseToken: 'lease-ok', variables: { mode: 'ok' } });
    client.addJobs(1, { leaseToken: 'lease-fail', variables: { mode: 'fail' } });
    client.addJobs(1, { leaseToken: 'lease-bpmn', variables: { mode: 'bpmn' } });
    await until(() => outcomes.length === 3, 'three jobs');
    const tokens = Object.fromEntries(client.actions.map((a) => [a.method, a.input.leaseToken]));
    expect(tokens).toEqual({ completeJob: 'lease-ok', failJob: 'lease-fail', throwJobError: 'lease-bpmn' });
  });

  it('sends no token for a job activated without a lease', async () => {
    const { client, outcomes } = setup(() => ({ ok: true }), { leases: true });
    client.addJobs(1, { leaseToken: null });
    await until(() => outcomes.length === 1, 'the job');
    expect(client.actions[0]?.input).not.toHaveProperty('leaseToken');
  });

  it('drops a job whose lease was superseded: logged at warn, counted, never retried or failed', async () => {
    const { client, worker, outcomes, logger } = setup(() => ({ ok: true }), { leases: true });
    client.actionFailure = (call) => (call.method === 'completeJob' ? staleLease() : undefined);
    const [job] = client.addJobs(1, { leaseToken: 'old-lease' });
    await until(() => outcomes.length === 1, 'the job');
    await flush(5);
    expect(client.actions).toEqual([
      {
        method: 'completeJob',
        input: { jobKey: job?.jobKey, variables: { ok: true }, leaseToken: 'old-lease' },
      },
    ]);
    expect(outcomes).toEqual(['dropped']);
    expect(worker.stats()).toMatchObject({ dropped: 1, superseded: 1, completed: 0, failed: 0 });
    const line = logger.lines.find((l) => l.level === 'warn' && /superseded/.test(l.message ?? ''));
    expect(line?.fields).toMatchObject({ action: 'complete', reason: 'superseded' });
  });

  it('a 409 that is not about the lease is still just a gone job', async () => {
    const { client, worker, outcomes } = setup(() => ({ ok: true }), { leases: true });
    client.actionFailure = () => new FakeHttpError(409);
    client.addJobs(1, { leaseToken: 'lease' });
    await until(() => outcomes.length === 1, 'the job');
    expect(worker.stats()).toMatchObject({ dropped: 1, superseded: 0 });
  });

  it('gives a job beyond capacity back with its lease token', async () => {
    const { client } = setup(() => new Promise(() => {}), { leases: true, maxConcurrentJobs: 1 });
    client.overDeliver = 1;
    client.addJobs(2, { leaseToken: 'extra-lease' });
    await until(() => client.actions.length === 1, 'the give-back');
    expect(client.actions[0]).toMatchObject({ method: 'failJob', input: { leaseToken: 'extra-lease' } });
  });
});

describe('tenant filter', () => {
  it('sends tenantFilter beside tenantIds', async () => {
    const { client } = setup(() => undefined, { tenantFilter: 'ASSIGNED', tenantIds: ['a', 'b'] });
    await until(() => client.activations.length > 0, 'a poll');
    expect(client.activations[0]).toMatchObject({ tenantFilter: 'ASSIGNED', tenantIds: ['a', 'b'] });
  });

  it('sends no tenantFilter unless asked', async () => {
    const { client } = setup(() => undefined);
    await until(() => client.activations.length > 0, 'a poll');
    expect(client.activations[0]).not.toHaveProperty('tenantFilter');
  });
});

describe('options', () => {
  it('defaults leases and autoExtendTimeout to false and checks the new options', () => {
    const resolved = compileWorkerOptions({ jobType: 'x', handler: () => undefined });
    expect(resolved).toMatchObject({ leases: false, autoExtendTimeout: false, tenantFilter: undefined });
    let caught: unknown;
    try {
      compileWorkerOptions({
        jobType: 'x',
        handler: () => undefined,
        leases: 'yes' as never,
        autoExtendTimeout: 1 as never,
        tenantFilter: 'MINE' as never,
      });
    } catch (error) {
      caught = error;
    }
    expect(isWorkerOptionsError(caught)).toBe(true);
    expect((caught as { issues: Array<{ option: string }> }).issues.map((i) => i.option).sort()).toEqual([
      'autoExtendTimeout',
      'leases',
      'tenantFilter',
    ]);
  });
});
