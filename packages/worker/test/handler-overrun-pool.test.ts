import { afterEach, describe, expect, it } from 'vitest';
import type { JobWorker } from '../src/job-worker.js';
import { createFakeJobClient } from './support/fake-job-client.js';
import { fixture, loadDist } from './support/load-dist.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { untilReal as until } from './support/until.js';

const { createJobWorker } = await loadDist();
const handlers = fixture('handlers.mjs');

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.each(['thread', 'process'] as const)('%s strategy', (strategy) => {
  it('terminates a handler that ignores its aborted signal and frees its slot', async () => {
    const client = createFakeJobClient();
    const worker = createJobWorker(client, {
      jobType: 'overrun',
      handler: { module: handlers, export: 'ignoresSignal' },
      executionStrategy: strategy,
      maxConcurrentJobs: 1,
      jobTimeoutMs: 300,
      abortGraceMs: 200,
    });
    workers.push(worker);
    const stalls: number[] = [];
    worker.on('stalled', (e) => stalls.push(e.overrunning));
    client.addJobs(1);
    await until(() => worker.stats().overran === 1, 'overrun reported');
    await until(() => worker.stats().inFlight === 0, 'slot freed');
    expect(stalls).toEqual([1]);
    expect(worker.stats().dropped).toBe(1);
    expect(client.accepted('completeJob')).toEqual([]);
    // The freed slot polls again, so the next job runs on a fresh child.
    client.addJobs(1);
    await until(() => worker.stats().overran === 2, 'second job ran');
  });
});

describe('process strategy stop', () => {
  it('kills a child that ignores SIGTERM once the abort grace period passed', async () => {
    const client = createFakeJobClient();
    const logger = createRecordingLogger();
    const worker = createJobWorker(client, {
      jobType: 'stubborn',
      handler: { module: handlers, export: 'ignoresSigterm' },
      executionStrategy: 'process',
      maxConcurrentJobs: 1,
      abortGraceMs: 300,
      logger,
    });
    workers.push(worker);
    client.addJobs(1, { retries: 5 });
    await until(() => logger.lines.some((l) => l.message === 'ignoring SIGTERM'), 'handler started');
    const pid = logger.lines.find((l) => l.message === 'ignoring SIGTERM')?.fields.pid as number;
    expect(isAlive(pid)).toBe(true);
    await worker.stop({ graceMs: 0 });
    expect(worker.state).toBe('stopped');
    await until(() => !isAlive(pid), 'child gone');
    expect(client.accepted('failJob').map((c) => c.input.retries)).toEqual([5]);
  });
});
