import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startUndiciBatchLoop } from '../src/runners/undici-batch-loop.js';
import { startUndiciDispatchBatchLoop } from '../src/runners/undici-dispatch-batch-loop.js';
import { startUndiciJobLoop } from '../src/runners/undici-job-loop.js';
import { createJobPool } from '../src/stub/job-pool.js';

// A minimal job server on the pool the stub uses; held activations simply answer empty after a few ms.
function startJobServer(total: number) {
  const pool = createJobPool(() => performance.now());
  pool.reset('t', total);
  let outstanding = 0;
  let peakOutstanding = 0;
  const asked: number[] = [];
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v2/jobs/activation') {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as {
          type: string;
          maxJobsToActivate: number;
        };
        asked.push(body.maxJobsToActivate);
        const decision = pool.activate(body.type, body.maxJobsToActivate);
        const keys = decision.kind === 'jobs' ? decision.keys : [];
        outstanding += keys.length;
        peakOutstanding = Math.max(peakOutstanding, outstanding);
        const reply = () => res.end(JSON.stringify({ jobs: keys.map((k) => ({ jobKey: String(k) })) }));
        if (keys.length > 0) reply();
        else setTimeout(reply, 2);
        return;
      }
      const key = Number(/\/v2\/jobs\/(\d+)\/completion/.exec(req.url ?? '')?.[1]);
      outstanding -= 1;
      const outcome = pool.complete(key);
      res.statusCode = outcome === 'unknown' ? 404 : 204;
      res.end();
      if (outcome === 'finished') finish();
    });
  });
  return new Promise<{
    url: string;
    finished: Promise<void>;
    pool: typeof pool;
    peak: () => number;
    asked: number[];
    close: () => Promise<void>;
  }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        finished,
        pool,
        peak: () => peakOutstanding,
        asked,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

describe('startUndiciJobLoop', () => {
  it('completes every job exactly once and never holds more jobs than its slots', async () => {
    const server = await startJobServer(60);
    cleanup.push(server.close);
    const loop = startUndiciJobLoop({ baseUrl: server.url, jobType: 't', concurrency: 4, threshold: 1 });
    cleanup.push(() => loop.stop());
    await server.finished;
    expect(server.pool.stats()).toMatchObject({
      completed: 60,
      duplicateCompletions: 0,
      unknownCompletions: 0,
    });
    expect(server.peak()).toBeLessThanOrEqual(4);
    expect(Math.max(...server.asked)).toBeLessThanOrEqual(4);
    expect(loop.errors()).toBe(0);
  });
  it('waits for the threshold of free slots before asking again', async () => {
    const server = await startJobServer(40);
    cleanup.push(server.close);
    const loop = startUndiciJobLoop({ baseUrl: server.url, jobType: 't', concurrency: 8, threshold: 4 });
    cleanup.push(() => loop.stop());
    await server.finished;
    expect(Math.min(...server.asked)).toBeGreaterThanOrEqual(4);
  });
});

describe.each([
  ['startUndiciBatchLoop', startUndiciBatchLoop],
  ['startUndiciDispatchBatchLoop', startUndiciDispatchBatchLoop],
])('%s', (_name, start) => {
  it('completes every job exactly once, a full batch at a time', async () => {
    const server = await startJobServer(70);
    cleanup.push(server.close);
    const loop = start({ baseUrl: server.url, jobType: 't', concurrency: 8 });
    cleanup.push(() => loop.stop());
    await server.finished;
    expect(server.pool.stats()).toMatchObject({
      completed: 70,
      duplicateCompletions: 0,
      unknownCompletions: 0,
    });
    expect(server.peak()).toBeLessThanOrEqual(8);
    expect(new Set(server.asked)).toEqual(new Set([8]));
    expect(loop.errors()).toBe(0);
  });
});
