import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { isJobAbortedError } from '../src/job-aborted-error.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { runWorkers } from '../src/run-workers.js';
import type { WorkerState } from '../src/worker-state.js';
import { isWorkerStateError } from '../src/worker-state-error.js';
import { createFakeJobClient, FakeNetworkError } from './support/fake-job-client.js';
import { fixture } from './support/load-dist.js';
import { createManualClock, flush } from './support/manual-clock.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { deferred, until, untilReal } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

function track(worker: JobWorker): WorkerState[] {
  const states: WorkerState[] = [worker.state];
  worker.on('stateChange', (c) => states.push(c.to));
  return states;
}

describe('lifecycle', () => {
  it('goes idle → starting → running → draining → stopped, announcing each transition', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => undefined,
      clock,
      autoStart: false,
    });
    workers.push(worker);
    const states = track(worker);
    expect(worker.state).toBe('idle');
    await flush(5);
    expect(client.activations).toHaveLength(0);
    await worker.start();
    expect(worker.state).toBe('running');
    await until(() => client.waitingPolls() === 1, 'poll');
    await worker.stop();
    expect(states).toEqual(['idle', 'starting', 'running', 'draining', 'stopped']);
    expect(await worker.finished).toBe('stopped');
    // Stopping aborted the pending long poll.
    expect(client.waitingPolls()).toBe(0);
    await expect(worker.start()).rejects.toSatisfy(isWorkerStateError);
  });

  it('stopping an idle worker ends it without ever polling', async () => {
    const client = createFakeJobClient();
    const worker = createJobWorker(client, { jobType: 'x', handler: () => undefined, autoStart: false });
    await worker.stop();
    expect(worker.state).toBe('stopped');
    expect(client.activations).toHaveLength(0);
  });

  it('lets running handlers finish within the grace time, then stops', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const gates = [deferred(), deferred(), deferred()];
    let started = 0;
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: async () => {
        await (gates[started++] as ReturnType<typeof deferred>).promise;
        return { done: true };
      },
      clock,
    });
    workers.push(worker);
    client.addJobs(3);
    await until(() => started === 3, 'three handlers running');
    let stopped = false;
    const stopping = worker.stop({ graceMs: 10_000 }).then(() => {
      stopped = true;
    });
    await flush(5);
    expect(worker.state).toBe('draining');
    for (const gate of gates) gate.resolve();
    await stopping;
    expect(stopped).toBe(true);
    expect(client.actions.map((a) => a.method)).toEqual(['completeJob', 'completeJob', 'completeJob']);
    expect(worker.state).toBe('stopped');
    // No timer left behind by the grace wait.
    expect(clock.pending()).toBe(0);
  });

  it('after the grace time aborts the handlers and fails their jobs with unchanged retries', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const signals: AbortSignal[] = [];
    const quick = deferred();
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: async (job) => {
        signals.push(job.signal);
        if (job.variables.quick) {
          await quick.promise;
          return { quick: true };
        }
        await new Promise(() => {}); // never settles on its own
      },
      clock,
    });
    workers.push(worker);
    const jobs = [...client.addJobs(1, { variables: { quick: true } }), ...client.addJobs(2, { retries: 5 })];
    await until(() => signals.length === 3, 'three handlers running');
    const stopping = worker.stop({ graceMs: 5_000 });
    quick.resolve();
    await until(() => client.actions.length === 1, 'quick job completed');
    await clock.advance(4_999);
    expect(client.actions).toHaveLength(1);
    await clock.advance(1);
    await stopping;
    expect(worker.state).toBe('stopped');
    // Every activated job got exactly one action: nothing is left to time out.
    const byKey = new Map(client.actions.map((a) => [a.input.jobKey, a]));
    expect(byKey.size).toBe(3);
    expect(byKey.get(jobs[0]?.jobKey as string)?.method).toBe('completeJob');
    for (const job of jobs.slice(1)) {
      expect(byKey.get(job.jobKey)).toEqual({
        method: 'failJob',
        input: {
          jobKey: job.jobKey,
          retries: 5,
          errorMessage: expect.stringMatching(/stopped before the handler finished/),
        },
      });
    }
    expect(signals.slice(1).every((s) => s.aborted && isJobAbortedError(s.reason))).toBe(true);
    expect(signals[1]?.reason).toHaveProperty('code', 'WORKER_STOPPED');
    expect(signals[0]?.aborted).toBe(false);
  });

  it('a second, shorter stop cuts the grace time', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    const worker = createJobWorker(client, { jobType: 'x', handler: () => new Promise(() => {}), clock });
    workers.push(worker);
    client.addJobs(1);
    await until(() => worker.stats().inFlight === 1, 'job running');
    const first = worker.stop({ graceMs: 60_000 });
    await flush(5);
    const second = worker.stop({ graceMs: 0 });
    await clock.advance(0);
    await Promise.all([first, second]);
    expect(worker.state).toBe('stopped');
    expect(client.actions.map((a) => a.method)).toEqual(['failJob']);
  });

  it('stops promptly while backing off from activation errors', async () => {
    const clock = createManualClock();
    const client = createFakeJobClient({ clock });
    client.activationFailure = () => new FakeNetworkError('down');
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => undefined,
      clock,
      random: () => 0.9,
    });
    workers.push(worker);
    await until(() => client.activations.length === 1, 'first attempt');
    await worker.stop();
    expect(worker.state).toBe('stopped');
    expect(clock.pending()).toBe(0);
  });

  it('fails when its handler module cannot be loaded, and says why', async () => {
    const client = createFakeJobClient();
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: { module: '/nonexistent/handler.mjs' },
      executionStrategy: 'async',
      logger: createRecordingLogger(),
    });
    expect(await worker.finished).toBe('failed');
    expect(worker.state).toBe('failed');
    expect(String(worker.stats().lastError?.error)).toMatch(/nonexistent/);
    await expect(worker.start()).rejects.toThrow(/nonexistent/);
    expect(client.activations).toHaveLength(0);
  });

  it('start() of an autoStarted worker resolves once it runs, and rejects when it fails to start', async () => {
    const client = createFakeJobClient();
    const ok = createJobWorker(client, { jobType: 'x', handler: () => undefined });
    workers.push(ok);
    await ok.start();
    expect(ok.state).toBe('running');
    const bad = createJobWorker(client, {
      jobType: 'x',
      handler: { module: '/nonexistent/handler.mjs' },
      executionStrategy: 'async',
    });
    await expect(bad.start()).rejects.toThrow(/nonexistent/);
  });

  it('keeps working when an event listener throws', async () => {
    const logger = createRecordingLogger();
    const client = createFakeJobClient();
    const worker = createJobWorker(client, { jobType: 'x', handler: () => ({ a: 1 }), logger });
    workers.push(worker);
    worker.on('jobSettled', () => {
      throw new Error('listener bug');
    });
    client.addJobs(2);
    await until(() => client.actions.length === 2, 'two completions');
    expect(worker.stats().completed).toBe(2);
    expect(logger.lines.filter((l) => l.message === 'a job worker event listener threw')).toHaveLength(2);
  });

  it('unsubscribes listeners', async () => {
    const client = createFakeJobClient();
    const worker = createJobWorker(client, { jobType: 'x', handler: () => ({ a: 1 }) });
    workers.push(worker);
    let seen = 0;
    const off = worker.on('jobSettled', () => {
      seen++;
    });
    client.addJobs(1);
    await until(() => seen === 1, 'first event');
    off();
    client.addJobs(1);
    await until(() => client.actions.length === 2, 'second completion');
    await flush(3);
    expect(seen).toBe(1);
  });
});

describe('defaults and module handlers', () => {
  it("takes defaults from the client's worker configuration", async () => {
    const client = Object.assign(createFakeJobClient(), {
      config: {
        worker: { maxConcurrentJobs: 3, requestTimeoutMs: 7_000, name: 'from-config', timeoutMs: 9_000 },
      },
    });
    const worker = createJobWorker(client, { jobType: 'x', handler: () => undefined });
    workers.push(worker);
    await until(() => client.activations.length === 1, 'first poll');
    expect(client.activations[0]).toMatchObject({
      maxJobsToActivate: 3,
      requestTimeout: 7_000,
      worker: 'from-config',
      timeout: 9_000,
    });
  });

  it('uses the client logger when the options name none', async () => {
    const logger = createRecordingLogger();
    const client = Object.assign(createFakeJobClient(), { logger });
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: () => {
        throw new Error('logged through the client logger');
      },
    });
    workers.push(worker);
    client.addJobs(1);
    await until(() => client.actions.length === 1, 'failure');
    expect(logger.lines.some((l) => l.message === 'job handler failed' && l.bindings.jobType === 'x')).toBe(
      true,
    );
  });

  it("runs a module handler on the worker's own event loop with the async strategy", async () => {
    const client = createFakeJobClient();
    const worker = createJobWorker(client, {
      jobType: 'x',
      handler: { module: fixture('handlers.mjs') },
      executionStrategy: 'async',
    });
    workers.push(worker);
    client.addJobs(1, { variables: { n: 4 } });
    await untilReal(() => client.actions.length === 1, 'completion');
    expect(client.actions[0]?.input.variables).toEqual({ doubled: 8, threadId, pid: process.pid });
  });
});

describe('runWorkers', () => {
  it('resolves when every worker has stopped', async () => {
    const client = createFakeJobClient();
    const a = createJobWorker(client, { jobType: 'a', handler: () => undefined });
    const b = createJobWorker(client, { jobType: 'b', handler: () => undefined });
    let done = false;
    const running = runWorkers(a, b).then(() => {
      done = true;
    });
    await a.stop();
    await flush(5);
    expect(done).toBe(false);
    await b.stop();
    await running;
    expect(done).toBe(true);
  });

  it('rejects with the error of a worker that failed, once all have ended', async () => {
    const client = createFakeJobClient();
    const good = createJobWorker(client, { jobType: 'a', handler: () => undefined });
    const bad = createJobWorker(client, {
      jobType: 'b',
      handler: { module: '/nonexistent/handler.mjs' },
      executionStrategy: 'async',
    });
    const running = runWorkers(good, bad);
    await bad.finished;
    await good.stop();
    await expect(running).rejects.toThrow(/nonexistent/);
  });

  it('stops all workers gracefully on a handled signal and removes its listeners', async () => {
    const client = createFakeJobClient();
    const gate = deferred();
    const a = createJobWorker(client, {
      jobType: 'a',
      handler: () => gate.promise.then(() => ({ a: true })),
    });
    const b = createJobWorker(client, { jobType: 'b', handler: () => undefined });
    const before = process.listenerCount('SIGUSR2');
    const running = runWorkers({ handleSignals: true, signals: ['SIGUSR2'], graceMs: 60_000 }, a, b);
    expect(process.listenerCount('SIGUSR2')).toBe(before + 1);
    client.addJobs(1, { type: 'a' });
    await until(() => a.stats().inFlight === 1, 'job running');
    process.emit('SIGUSR2', 'SIGUSR2');
    await flush(5);
    expect(a.state).toBe('draining');
    expect(b.state).toBe('stopped');
    gate.resolve();
    await running;
    expect(a.state).toBe('stopped');
    expect(client.actions.map((x) => x.method)).toEqual(['completeJob']);
    expect(process.listenerCount('SIGUSR2')).toBe(before);
  });
});
