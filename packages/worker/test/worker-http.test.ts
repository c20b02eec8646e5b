import { type CamundaClient, createCamundaClient } from '@camunda-ts/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { fixture, loadDist } from './support/load-dist.js';
import { type StubJobServer, startStubJobServer } from './support/stub-job-server.js';
import { deferred, untilReal } from './support/until.js';

// Integration: the worker with the real @camunda-ts/client against a real HTTP server.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ server: StubJobServer; client: CamundaClient }> {
  const server = await startStubJobServer();
  const client = createCamundaClient({
    env: {},
    config: {
      CAMUNDA_REST_ADDRESS: server.restAddress,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_SDK_LOG_LEVEL: 'silent',
      CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS: '5',
      CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS: '20',
    },
  });
  cleanups.push(
    () => server.stop(),
    () => client.close(),
  );
  return { server, client };
}

function keep(worker: JobWorker): JobWorker {
  cleanups.push(() => worker.stop({ graceMs: 0 }));
  return worker;
}

const completions = (server: StubJobServer) =>
  server.actions.filter((a) => a.kind === 'completion' && a.answer === 204);

describe('worker over HTTP', () => {
  it('handles every job exactly once, never above maxConcurrentJobs', async () => {
    const { server, client } = await setup();
    let running = 0;
    let maxRunning = 0;
    const worker = keep(
      createJobWorker(client, {
        jobType: 'http-job',
        maxConcurrentJobs: 8,
        pollTimeoutMs: 2_000,
        handler: async (job) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((resolve) => setImmediate(resolve));
          running--;
          return { seen: job.variables.n };
        },
      }),
    );
    const jobs = [...server.addJobs(150, { variables: { n: 1 } })];
    await untilReal(() => completions(server).length === 150, '150 completions');
    expect(new Set(completions(server).map((a) => a.jobKey))).toEqual(new Set(jobs.map((j) => j.jobKey)));
    expect(server.actions).toHaveLength(150);
    expect(maxRunning).toBeLessThanOrEqual(8);
    expect(maxRunning).toBeGreaterThan(1);
    expect(
      server.activations.every((a) => a.requestTimeout === 2_000 && Number(a.maxJobsToActivate) <= 8),
    ).toBe(true);
    expect(completions(server)[0]?.body).toEqual({ variables: { seen: 1 } });
    // The server counts a completion before its answer reaches the worker.
    await untilReal(() => worker.stats().inFlight === 0, 'answers received');
    expect(worker.stats()).toMatchObject({ activated: 150, completed: 150, inFlight: 0 });
  });

  it('recovers after the server was down for a while', async () => {
    const { server, client } = await setup();
    const worker = keep(
      createJobWorker(client, {
        jobType: 'x',
        pollTimeoutMs: 1_000,
        backoffInitialMs: 5,
        backoffMaxMs: 40,
        handler: () => ({ ok: true }),
      }),
    );
    await untilReal(() => server.activations.length === 1, 'first poll');
    await server.stop();
    await untilReal(() => worker.stats().activationErrors >= 5, 'several failed activations');
    expect(worker.state).toBe('running');
    await server.restart();
    server.addJobs(10);
    await untilReal(() => completions(server).length === 10, 'jobs after recovery');
    expect(worker.stats().lastError?.error).toMatchObject({ name: 'NetworkError' });
  });

  it('retries a completion whose connection was reset and completes the job once', async () => {
    const { server, client } = await setup();
    keep(createJobWorker(client, { jobType: 'x', backoffInitialMs: 5, handler: () => ({ v: 1 }) }));
    server.inject(/\/completion$/, 'reset', 2);
    const [job] = server.addJobs(1);
    await untilReal(() => completions(server).length === 1, 'completion');
    const attempts = server.actions.filter((a) => a.jobKey === job?.jobKey);
    expect(attempts.map((a) => a.answer)).toEqual(['reset', 'reset', 204]);
    expect(server.activeJobs()).toBe(0);
  });

  it('drops a job the engine no longer knows (404) without retrying', async () => {
    const { server, client } = await setup();
    const worker = keep(
      createJobWorker(client, { jobType: 'x', backoffInitialMs: 5, handler: () => ({ v: 1 }) }),
    );
    server.inject(/\/completion$/, { status: 404 });
    server.addJobs(1);
    await untilReal(() => worker.stats().dropped === 1, 'dropped');
    expect(server.actions.map((a) => a.answer)).toEqual([404]);
  });

  it('maps each handler outcome to one request with the right body', async () => {
    const { server, client } = await setup();
    const { JobError } = await import('../src/job-error.js');
    keep(
      createJobWorker(client, {
        jobType: 'x',
        handler: (job) => {
          if (job.variables.mode === 'fail') throw new Error('nope');
          if (job.variables.mode === 'bpmn') throw new JobError({ errorCode: 'E42', errorMessage: 'bad' });
          return { mode: job.variables.mode };
        },
      }),
    );
    server.addJobs(1, { variables: { mode: 'fail' }, retries: 2 });
    server.addJobs(1, { variables: { mode: 'bpmn' } });
    server.addJobs(1, { variables: { mode: 'ok' } });
    await untilReal(() => server.actions.length === 3, 'three actions');
    const byKind = Object.fromEntries(server.actions.map((a) => [a.kind, a.body]));
    expect(byKind).toEqual({
      failure: { retries: 1, errorMessage: 'nope' },
      error: { errorCode: 'E42', errorMessage: 'bad' },
      completion: { variables: { mode: 'ok' } },
    });
  });

  it('on stop fails back the jobs still running so none waits for its timeout', async () => {
    const { server, client } = await setup();
    const gate = deferred();
    const worker = createJobWorker(client, { jobType: 'x', handler: () => gate.promise });
    server.addJobs(3, { retries: 3 });
    await untilReal(() => worker.stats().inFlight === 3, 'three running');
    await worker.stop({ graceMs: 0 });
    expect(server.activeJobs()).toBe(0);
    expect(server.actions.map((a) => [a.kind, a.body.retries])).toEqual([
      ['failure', 3],
      ['failure', 3],
      ['failure', 3],
    ]);
    gate.resolve();
  });

  it('runs a thread-strategy handler over HTTP', async () => {
    const dist = await loadDist();
    const { server, client } = await setup();
    keep(
      dist.createJobWorker(client, {
        jobType: 'x',
        handler: { module: fixture('handlers.mjs') },
        executionStrategy: 'thread',
        maxConcurrentJobs: 4,
      }),
    );
    server.addJobs(20, { variables: { n: 4 } });
    await untilReal(() => completions(server).length === 20, '20 completions');
    expect(completions(server).every((a) => (a.body.variables as { doubled: number }).doubled === 8)).toBe(
      true,
    );
  });

  it('fails, without backing off forever, when the server rejects its credentials', async () => {
    const { server, client } = await setup();
    server.inject(/\/jobs\/activation/, { status: 401 }, 100);
    const worker = keep(createJobWorker(client, { jobType: 'x', handler: () => undefined }));
    expect(await worker.finished).toBe('failed');
    expect(worker.stats().lastError?.error).toMatchObject({ name: 'HttpError', status: 401 });
    expect(server.activations.length + server.actions.length).toBeLessThanOrEqual(1);
  });

  it('fails when its client was closed under it', async () => {
    const { client } = await setup();
    const worker = keep(
      createJobWorker(client, { jobType: 'x', handler: () => undefined, pollTimeoutMs: 500 }),
    );
    await worker.start();
    await client.close();
    expect(await worker.finished).toBe('failed');
    expect(worker.stats().lastError?.error).toMatchObject({ code: 'TRANSPORT_CLOSED' });
  });
});
