import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinsLoadedBy, nonAsciiDistLines, probeDist } from '../../../tools/build-config/dist-probe.js';
import { type StubJobServer, startStubJobServer } from './support/stub-job-server.js';

// A worker application as users build it (the built client and worker), in a fresh process: what it loads.
let server: StubJobServer;
beforeAll(async () => {
  server = await startStubJobServer();
});
afterAll(async () => {
  await server.stop();
});

describe.each(['esm', 'cjs'] as const)('built %s worker with the default logger', (format) => {
  it('works jobs without ever loading pino while nothing at an enabled level is logged', async () => {
    const jobs = server.addJobs(3);
    const load = format === 'esm' ? "await import('@camunda-ts/client')" : "require('@camunda-ts/client')";
    const result = await probeDist(
      format,
      `const { createCamundaClient } = ${load};
const client = createCamundaClient({
  env: {},
  config: { CAMUNDA_REST_ADDRESS: ${JSON.stringify(server.restAddress)}, CAMUNDA_AUTH_STRATEGY: 'NONE' },
});
const worker = pkg.createJobWorker(client, { jobType: ${JSON.stringify(jobs[0]?.type)}, handler: () => ({ ok: true }), pollTimeoutMs: 500 });
while (worker.stats().completed < 3) await new Promise((resolve) => setTimeout(resolve, 10));
await worker.stop();
await client.close();
report({ level: client.logger.level, completed: worker.stats().completed, pino: loaded('pino') });`,
    );
    expect(result).toEqual({ level: 'error', completed: 3, pino: false });
  });
});

describe.each(['esm', 'cjs'] as const)('built %s worker', (format) => {
  it('imports without loading what only the thread and process strategies need', async () => {
    const loaded = await builtinsLoadedBy(format, 'globalThis.createJobWorker = pkg.createJobWorker;');
    const strategyOnly = ['child_process', 'worker_threads', 'net', 'dgram', 'stream'];
    expect(loaded.filter((name) => strategyOnly.includes(name))).toEqual([]);
  });
});

describe('built worker source', () => {
  it('is ASCII only, so V8 holds each module as a one-byte string', () => {
    expect(nonAsciiDistLines()).toEqual([]);
  });
});
