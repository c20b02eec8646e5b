import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProcessDefinitionId } from '@camunda-ts/client';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessTest, type ProcessCoverage, type ProcessTest } from '../src/index.js';

const orderBpmn = fileURLToPath(new URL('../../../demo/bpmn/order-fulfilment.bpmn', import.meta.url));
// Debian's chromium, flags that keep it off the network and out of the user's profile.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let pt: ProcessTest;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'camunda-ts-coverage-'));
  pt = await createProcessTest();
  await pt.deploy([orderBpmn]);
  // Only the declined-payment path.
  const instance = await pt.client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('order-fulfilment'),
    variables: { orderId: 'c-1', amount: 5 },
  });
  await pt.throwBpmnError('payment', 'PAYMENT_DECLINED');
  await pt.completeJob('cancel-order');
  await pt.assertThat(instance).isCompleted();
});

afterAll(async () => {
  await pt?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the coverage report', () => {
  it('counts the elements and flows of the path taken', async () => {
    const [order] = await pt.coverage();
    expect(order?.takenElements).toEqual([
      'order-received',
      'charge-payment',
      'payment-declined',
      'cancel-order',
      'order-cancelled',
    ]);
    expect(order?.takenFlows).toEqual(['to-payment', 'to-cancel', 'to-cancelled']);
    expect(order?.notTakenElements).toContain('ship-order');
    expect(order?.elementCoverage).toBe(35.7); // 5 of 14
  });

  it('writes coverage.json, merging with the report already there', async () => {
    const first = await pt.writeCoverageReport({ outDir });
    const json = JSON.parse(await readFile(first.jsonPath, 'utf8')) as { processes: ProcessCoverage[] };
    expect(json.processes.map((p) => p.processDefinitionId)).toEqual(['order-fulfilment']);
    expect(json.processes[0]?.takenFlows).toEqual(['to-payment', 'to-cancel', 'to-cancelled']);

    // A second process test (another test file) takes the happy path; the report unites both.
    const other = await createProcessTest();
    try {
      await other.deploy([orderBpmn]);
      other.mockJobWorker('payment').thenComplete();
      other.mockJobWorker('shipping').thenComplete();
      other.mockJobWorker('invoicing').thenComplete();
      const instance = await other.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of('order-fulfilment'),
        variables: { orderId: 'c-2', amount: 5 },
      });
      await other.assertThat(instance).hasActiveElements('await-payment-confirmation');
      await other.publishMessage({ name: 'payment-confirmed', correlationKey: 'c-2' });
      await other.assertThat(instance).isCompleted();
      const merged = await other.writeCoverageReport({ outDir });
      expect(merged.coverage[0]?.notTakenElements).toEqual(['review-large-order']);
      expect(merged.coverage[0]?.notTakenFlows).toEqual(['to-review', 'to-fork-large']);
    } finally {
      await other.stop();
    }
  });

  it('highlights exactly the taken elements and flows in headless Chromium', async () => {
    const report = await pt.writeCoverageReport({ outDir, merge: false });
    const page = report.pages['order-fulfilment'];
    expect(page).toBeDefined();
    const coverage = report.coverage[0] as ProcessCoverage;
    const html = await readFile(page as string, 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);

    const profile = await mkdtemp(join(tmpdir(), 'camunda-ts-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    try {
      const tab = await context.newPage();
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      await tab.goto(pathToFileURL(page as string).href);
      await tab.waitForSelector('body[data-rendered]', { timeout: 30_000 });
      expect(await tab.getAttribute('body', 'data-rendered')).toBe('true');
      const ids = (selector: string) =>
        tab.$$eval(selector, (nodes) => nodes.map((n) => n.getAttribute('data-element-id') ?? '').sort());
      expect(await ids('.djs-element.taken')).toEqual(
        [...coverage.takenElements, ...coverage.takenFlows].sort(),
      );
      expect(await ids('.djs-element.not-taken')).toEqual(
        [...coverage.notTakenElements, ...coverage.notTakenFlows].sort(),
      );
      expect(await tab.textContent('#percent')).toBe(`${coverage.coverage} %`);
      expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
