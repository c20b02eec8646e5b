import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { JobError } from '../src/job-error.js';
import type { JobActivationResult } from '../src/job-types.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import type { ActivationInfo, InterceptedJob, JobRunSummary } from '../src/job-worker-interceptor.js';
import { createFakeJobClient } from './support/fake-job-client.js';
import { createManualClock, flush } from './support/manual-clock.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { deferred, until } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

function setup(handler: (job: { jobKey: string; variables: unknown }) => unknown) {
  const clock = createManualClock();
  const logger = createRecordingLogger();
  const client = createFakeJobClient({ clock });
  const worker = createJobWorker(client, {
    jobType: 'test-job',
    handler: handler as never,
    clock,
    logger,
    random: () => 0.5,
    autoStart: false,
  });
  workers.push(worker);
  return { clock, logger, client, worker };
}

describe('worker.intercept', () => {
  it('wraps each activation and each job, in the interceptor’s async context, and reports how each job ended', async () => {
    const store = new AsyncLocalStorage<string>();
    const release = deferred();
    const contexts: (string | undefined)[] = [];
    const { clock, client, worker } = setup(async (job) => {
      contexts.push(store.getStore());
      const { mode } = job.variables as { mode: string };
      if (mode === 'slow') await release.promise;
      if (mode === 'fail') throw new TypeError('no stock');
      if (mode === 'bpmn') throw new JobError({ errorCode: 'OUT_OF_STOCK' });
      return { ok: true };
    });
    const activations: { info: ActivationInfo; result: JobActivationResult }[] = [];
    const jobs: { info: InterceptedJob; summary: JobRunSummary }[] = [];
    worker.intercept({
      async activation(info, run) {
        const result = await store.run(`poll ${info.activationId}`, run);
        activations.push({ info, result });
      },
      async job(info, run) {
        const summary = await store.run(`job ${info.job.jobKey}`, run);
        jobs.push({ info, summary });
      },
    });
    await worker.start();
    const added = [
      ...client.addJobs(1, { variables: { mode: 'slow' } }),
      ...client.addJobs(1, { variables: { mode: 'fail' } }),
      ...client.addJobs(1, { variables: { mode: 'bpmn' } }),
    ];
    await until(() => jobs.length === 2, 'two jobs to end');
    await clock.advance(250);
    release.resolve();
    await until(() => jobs.length === 3, 'the slow job to end');

    // Every job was run inside the job interceptor's context.
    expect(new Set(contexts)).toEqual(new Set(added.map((j) => `job ${j.jobKey}`)));
    const delivering = activations.filter((a) => a.result.jobs.length > 0);
    expect(delivering.length).toBeGreaterThan(0);
    for (const { info } of jobs) {
      // The job's activation is the very object its activation interceptor saw.
      expect(delivering.some((a) => a.info === info.activation)).toBe(true);
      expect(info.activation.activationId).toBeGreaterThan(0);
    }
    const summaryOf = (jobKey: string) => jobs.find((j) => j.info.job.jobKey === jobKey)?.summary;
    const [slow, fail, bpmn] = added.map((j) => summaryOf(j.jobKey));
    expect(slow).toMatchObject({ outcome: 'completed', handlerThrew: false, handlerDurationMs: 250 });
    expect(slow).not.toHaveProperty('error');
    expect(fail).toMatchObject({ outcome: 'failed', handlerThrew: true, handlerDurationMs: 0 });
    expect(fail?.error).toBeInstanceOf(TypeError);
    expect(bpmn).toMatchObject({ outcome: 'bpmnError', handlerThrew: true });
    expect(slow?.durationMs).toBeGreaterThanOrEqual(250);
    expect(worker.stats()).toMatchObject({ completed: 1, failed: 1, errored: 1, inFlight: 0 });
  });

  it('stops wrapping once removed, and runs jobs exactly once past a faulty interceptor', async () => {
    const { client, logger, worker } = setup(async () => ({}));
    const seen: string[] = [];
    const remove = worker.intercept({
      job: async (info, run) => {
        seen.push(info.job.jobKey);
        await run();
      },
    });
    worker.intercept({
      job: () => {
        throw new Error('interceptor bug');
      },
    });
    worker.intercept({ job: async () => undefined });
    await worker.start();
    const [first] = client.addJobs(1);
    await until(() => worker.stats().completed === 1, 'the first job');
    remove();
    remove();
    client.addJobs(1);
    await until(() => worker.stats().completed === 2, 'the second job');
    await flush();

    expect(seen).toEqual([first?.jobKey]);
    expect(client.accepted('completeJob')).toHaveLength(2);
    expect(client.actions).toHaveLength(2);
    const warnings = logger.lines.filter((l) => l.message?.includes('interceptor failed'));
    // Two faulty interceptors, two jobs.
    expect(warnings).toHaveLength(4);
  });

  it('keeps the jobs of an activation whose interceptor fails after the poll', async () => {
    const { client, logger, worker } = setup(async () => ({}));
    worker.intercept({
      async activation(_info, run) {
        const result = await run();
        if (result.jobs.length > 0) throw new Error('span exporter down');
      },
    });
    await worker.start();
    client.addJobs(2);
    await until(() => worker.stats().completed === 2, 'both jobs');
    expect(worker.stats().activationErrors).toBe(0);
    expect(logger.lines.some((l) => l.message?.includes('interceptor failed'))).toBe(true);
  });
});
