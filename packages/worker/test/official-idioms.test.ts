import type { CamundaClient } from '@camunda-ts/client';
import { oneTaskProcess, type TestEngine } from '@camunda-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelProcessInstance } from '../src/cancel-process-instance.js';
import { JobFailure } from '../src/job-failure.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { updateJobRetries } from '../src/update-job-retries.js';
import { type Cleanups, connectClient, startCheckedEngine } from './support/checked-engine.js';
import { fixture, loadDist } from './support/load-dist.js';
import { untilReal } from './support/until.js';

// The official SDKs' worker idioms, with the real client against the in-memory engine.
const cleanups: Cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const processXml = (jobType: string) => oneTaskProcess(`${jobType}-process`, jobType, { retries: 5 });

async function setup(
  jobType: string,
  config: Record<string, string> = {},
): Promise<{ engine: TestEngine; client: CamundaClient }> {
  const engine = await startCheckedEngine(cleanups);
  await engine.deploy({ [`${jobType}.bpmn`]: processXml(jobType) });
  return { engine, client: connectClient(cleanups, engine.restAddress, config) };
}

function keep(worker: JobWorker): JobWorker {
  cleanups.push(() => worker.stop({ graceMs: 0 }));
  return worker;
}

async function start(client: CamundaClient, jobType: string, variables: Record<string, unknown> = {}) {
  const created = await client.createProcessInstance({
    processDefinitionId: `${jobType}-process` as never,
    variables,
  });
  return created.processInstanceKey;
}

async function jobOf(client: CamundaClient, processInstanceKey: string) {
  const { items } = await client.searchJobs({ filter: { processInstanceKey: processInstanceKey as never } });
  return items[0];
}

describe('official worker idioms', () => {
  it('throw new JobFailure({ message, retries, retryBackOffMs }) fails the job with those values', async () => {
    const { client } = await setup('failing');
    const worker = keep(
      createJobWorker(client, {
        jobType: 'failing',
        handler: () => {
          throw new JobFailure({ message: 'warehouse offline', retries: 2, retryBackOffMs: 60_000 });
        },
      }),
    );
    const pi = await start(client, 'failing');
    await untilReal(() => worker.stats().failed === 1, 'the job to be failed');
    const job = await jobOf(client, pi);
    expect(job).toMatchObject({ retries: 2, errorMessage: 'warehouse offline' });
    // The backoff keeps the job from being activated again at once.
    expect(worker.stats().activated).toBe(1);
  });

  it('a JobFailure without retries counts down from the job’s retries', async () => {
    const { client } = await setup('counting');
    const worker = keep(
      createJobWorker(client, {
        jobType: 'counting',
        handler: () => {
          throw new JobFailure({ message: 'try later', retryBackOffMs: 60_000 });
        },
      }),
    );
    const pi = await start(client, 'counting');
    await untilReal(() => worker.stats().failed === 1, 'the job to be failed');
    expect(await jobOf(client, pi)).toMatchObject({ retries: 4, errorMessage: 'try later' });
  });

  it('a JobFailure thrown in a handler thread keeps its retries', async () => {
    // Threads start from the build, like the other thread-strategy tests.
    const { createJobWorker: createDistWorker } = await loadDist();
    const { client } = await setup('threaded-failure');
    const worker = keep(
      createDistWorker(client, {
        jobType: 'threaded-failure',
        handler: { module: fixture('throw-job-failure.mjs') },
      }),
    );
    const pi = await start(client, 'threaded-failure');
    await untilReal(() => worker.stats().failed === 1, 'the job to be failed', 20_000);
    expect(await jobOf(client, pi)).toMatchObject({ retries: 1, errorMessage: 'failed in a thread' });
  });

  it('cancelProcessInstance(job) cancels the instance from inside the handler', async () => {
    const { client } = await setup('cancelling');
    const worker = keep(
      createJobWorker(client, { jobType: 'cancelling', handler: (job) => cancelProcessInstance(job) }),
    );
    const pi = await start(client, 'cancelling');
    await untilReal(() => worker.stats().activated === 1 && worker.stats().inFlight === 0, 'the handler');
    const instance = await client.getProcessInstance({ processInstanceKey: pi });
    expect(instance.state).toBe('TERMINATED');
  });

  it('updateJobRetries(job, n) changes the retries of the running job', async () => {
    const { client } = await setup('retrying');
    let seen: number | undefined;
    const worker = keep(
      createJobWorker(client, {
        jobType: 'retrying',
        handler: async (job) => {
          await updateJobRetries(job, 9);
          seen = (await jobOf(client, job.processInstanceKey))?.retries;
          return job.fail({ errorMessage: 'after raising the retries', retryBackOffMs: 60_000 });
        },
      }),
    );
    const pi = await start(client, 'retrying');
    await untilReal(() => worker.stats().failed === 1, 'the job to be failed');
    expect(seen).toBe(9);
    // job.fail counts down from the job's retries as activated (5), not from the updated value.
    expect(await jobOf(client, pi)).toMatchObject({ retries: 4 });
  });

  it('pollTimeoutMs 0 (server default) and negative (no long poll) both work, from CAMUNDA_WORKER_REQUEST_TIMEOUT', async () => {
    for (const requestTimeout of ['0', '-1']) {
      const jobType = `poll${requestTimeout === '0' ? 'default' : 'none'}`;
      const { client } = await setup(jobType, { CAMUNDA_WORKER_REQUEST_TIMEOUT: requestTimeout });
      const worker = keep(createJobWorker(client, { jobType, handler: () => ({ done: true }) }));
      await start(client, jobType);
      await untilReal(
        () => worker.stats().completed === 1,
        `a completion with requestTimeout ${requestTimeout}`,
      );
    }
  });

  it('CAMUNDA_TENANT_IDS is the default tenant list of workers', async () => {
    const { engine, client } = await setup('tenanted', { CAMUNDA_TENANT_IDS: '<default>,tenant-b' });
    const seen: unknown[] = [];
    const activate = client.activateJobs.bind(client);
    const spy = Object.assign(Object.create(client) as CamundaClient, {
      activateJobs: (input: Parameters<CamundaClient['activateJobs']>[0], options?: object) => {
        seen.push(input.tenantIds);
        return activate(input, options);
      },
    });
    keep(createJobWorker(spy, { jobType: 'tenanted', handler: () => undefined }));
    await untilReal(() => seen.length > 0, 'an activation');
    expect(seen[0]).toEqual(['<default>', 'tenant-b']);
    expect(engine.restAddress).toContain('127.0.0.1');
  });
});
