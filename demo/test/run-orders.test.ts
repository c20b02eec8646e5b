import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CamundaClient, createCamundaClient } from '@camunda-ts/client';
import { startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrderWorkers, startOrderWorkers } from '../src/order-workers.js';
import { DECLINED_CARD, generateOrders, REVIEW_THRESHOLD } from '../src/orders.js';
import { runOrders } from '../src/run-orders.js';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));
let engine: TestEngine;
let client: CamundaClient;
let workers: OrderWorkers;
let handlerDir: string;

beforeAll(async () => {
  // The thread handler runs as JavaScript in a worker thread, as `pnpm demo` builds it.
  handlerDir = await mkdtemp(join(tmpdir(), 'camunda-ts-demo-'));
  await build({
    entryPoints: [join(demoRoot, 'src/handlers/invoice-handler.ts')],
    outfile: join(handlerDir, 'invoice-handler.mjs'),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  engine = await startTestEngine({ validateResponses: true });
  client = createCamundaClient({ env: {}, config: { CAMUNDA_REST_ADDRESS: engine.restAddress } });
  await client.deployResourcesFromFiles([join(demoRoot, 'bpmn/order-fulfilment.bpmn')]);
  workers = startOrderWorkers(client, {
    invoiceHandler: pathToFileURL(join(handlerDir, 'invoice-handler.mjs')),
  });
});

afterAll(async () => {
  await workers?.stop(0);
  await client?.close();
  await engine?.stop();
  if (handlerDir) await rm(handlerDir, { recursive: true, force: true });
});

describe('runOrders on the in-memory engine', () => {
  it('completes every order along its path: review, declined payment, retried shipment', async () => {
    const orders = generateOrders(80, 11, 'test');
    const stopStarting = new AbortController();
    const abandon = new AbortController();
    const run = runOrders({
      client,
      orders,
      concurrency: 16,
      deadline: performance.now() + 60_000,
      stopStarting: stopStarting.signal,
      abandon: abandon.signal,
    });
    await run.done;
    // An instance can complete before its last job's worker has counted the completion: let them settle.
    await workers.stop();

    const declined = orders.filter((o) => o.card.last4 === DECLINED_CARD);
    const paid = orders.filter((o) => o.card.last4 !== DECLINED_CARD);
    expect(declined.length).toBeGreaterThan(0);
    expect(run.state).toMatchObject({
      started: 80,
      completed: 80,
      failed: 0,
      fulfilled: paid.length,
      cancelled: declined.length,
    });
    expect(run.state.latenciesMs).toHaveLength(80);

    const byType = Object.fromEntries(workers.report().map((r) => [r.type, r]));
    expect(byType.payment?.stats.completed).toBe(paid.length);
    expect(byType.payment?.stats.errored).toBe(declined.length);
    expect(byType.review?.stats.completed).toBe(paid.filter((o) => o.amount > REVIEW_THRESHOLD).length);
    expect(byType['cancel-order']?.stats.completed).toBe(declined.length);
    expect(byType.invoicing?.strategy).toBe('thread');
    expect(byType.invoicing?.stats.completed).toBe(paid.length);
    // Every 25th order's first shipping attempt fails and is retried.
    const retried = paid.filter((o) => Number(o.orderId.slice(-2)) % 25 === 0).length;
    expect(byType.shipping?.stats.failed).toBe(retried);
    expect(byType.shipping?.stats.completed).toBe(paid.length);
    expect(workers.messagesPublished()).toBe(paid.length);
    expect(engine.violations()).toEqual([]);
  });

  it('starts nothing once told to stop starting', async () => {
    const stopStarting = new AbortController();
    stopStarting.abort();
    const run = runOrders({
      client,
      orders: generateOrders(10, 1, 'stopped'),
      concurrency: 4,
      deadline: performance.now() + 60_000,
      stopStarting: stopStarting.signal,
      abandon: new AbortController().signal,
    });
    await run.done;
    expect(run.state.started).toBe(0);
  });
});
