import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProcessDefinitionId, ProcessInstanceKey } from '@camunda-ts/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProcessTest,
  isProcessAssertionError,
  isProcessTestError,
  type ProcessAssertionError,
  type ProcessTest,
} from '../src/index.js';
import { type CliEngine, startCliEngine } from './start-cli-engine.js';

// The demo's order process, tested the way a user of this package would test it.
const orderBpmn = fileURLToPath(new URL('../../../demo/bpmn/order-fulfilment.bpmn', import.meta.url));
const approvalBpmn = fileURLToPath(new URL('./fixtures/order-approval.bpmn', import.meta.url));
const pricedOrderBpmn = fileURLToPath(new URL('./fixtures/priced-order.bpmn', import.meta.url));
const order = ProcessDefinitionId.of('order-fulfilment');
const DAY_MS = 24 * 3_600_000;

let pt: ProcessTest;

// The same suite on the in-memory engine and, as `runtime: 'remote'` would run it against a cluster, on the
// engine started as a separate process through its CLI.
describe.each(['in-memory', 'remote'] as const)('on the %s runtime', (runtime) => {
  let cli: CliEngine | undefined;

  beforeAll(async () => {
    if (runtime === 'remote') {
      cli = await startCliEngine();
      pt = await createProcessTest({
        runtime: 'remote',
        env: {
          CAMUNDA_REST_ADDRESS: cli.restAddress,
          CAMUNDA_AUTH_STRATEGY: 'BASIC',
          CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
          CAMUNDA_BASIC_AUTH_PASSWORD: 'demo',
          CAMUNDA_SDK_LOG_LEVEL: 'error',
        },
      });
    } else {
      pt = await createProcessTest();
    }
    expect(pt.runtime).toBe(runtime);
    await pt.deploy([orderBpmn]);
  });

  afterAll(async () => {
    await pt?.stop();
    await cli?.stop();
  });

  const startOrder = (orderId: string, amount: number) =>
    pt.client.createProcessInstance({ processDefinitionId: order, variables: { orderId, amount } });

  describe('the demo order process', () => {
    it('cancels the order when the test throws the BPMN error for the payment job (before any payment mock)', async () => {
      const instance = await startOrder('o-4', 10);
      await pt.throwBpmnError('payment', 'PAYMENT_DECLINED');
      await pt.completeJob('cancel-order');
      await pt.assertThat(instance).hasCompletedElements('order-cancelled');
    });

    it('fulfils a small order: pays, waits for the confirmation, ships and invoices', async () => {
      pt.mockJobWorker('payment').thenComplete({ paid: true });
      pt.mockJobWorker('shipping').thenComplete({ shipped: true });
      pt.mockJobWorker('invoicing').withHandler((job) => ({
        invoiceNo: `INV-${String(job.variables.orderId)}`,
      }));

      const instance = await startOrder('o-1', 42);
      await pt.assertThat(instance).isActive();
      await pt.assertThat(instance).hasActiveElements('await-payment-confirmation');
      await pt.publishMessage({ name: 'payment-confirmed', correlationKey: 'o-1' });

      await pt.assertThat(instance).isCompleted();
      await pt
        .assertThat(instance)
        .hasCompletedElementsInOrder(
          'Order received',
          'charge-payment',
          'await-payment-confirmation',
          'fulfil-fork',
          'order-completed',
        );
      await pt.assertThat(instance).hasCompletedElements('ship-order', 'Send invoice', 'fulfil-join');
      await pt.assertThat(instance).hasNotActivatedElements('review-large-order', 'cancel-order');
      await pt.assertThat(instance).hasVariables({ paid: true, shipped: true, amount: 42 });
      await pt.assertThat(instance).hasVariableSatisfying('invoiceNo', (v) => v === 'INV-o-1');
      await pt.assertThat(instance).hasNoIncidents();
    });

    it('reviews a large order before fulfilling it', async () => {
      pt.mockJobWorker('payment').thenComplete({ paid: true });
      const instance = await startOrder('o-2', 5_000);
      await pt.assertThat(instance).hasActiveElements('await-payment-confirmation');
      await pt.publishMessage({ name: 'payment-confirmed', correlationKey: 'o-2' });

      await pt.assertThat(instance).hasActiveElements('Review large order');
      await pt.completeJob('review', { reviewedBy: 'lee' });
      await pt.assertThat(instance).isCompleted();
      await pt
        .assertThat(instance)
        .hasCompletedElementsInOrder('amount-check', 'review-large-order', 'review-merge');
      await pt.assertThat(instance).hasVariables({ reviewedBy: 'lee' });
    });

    it('cancels the order when the payment is declined (mocked BPMN error)', async () => {
      pt.mockJobWorker('payment').thenThrowBpmnError('PAYMENT_DECLINED', { declineReason: 'card expired' });
      pt.mockJobWorker('cancel-order').thenComplete({ cancelled: true });
      const instance = await startOrder('o-3', 10);

      await pt.assertThat(instance).isCompleted();
      await pt.assertThat(instance).hasTerminatedElements('charge-payment');
      await pt
        .assertThat(instance)
        .hasCompletedElements('payment-declined', 'cancel-order', 'order-cancelled');
      await pt.assertThat(instance).hasNotActivatedElements('await-payment-confirmation');
      await pt.assertThat(instance).hasVariables({ declineReason: 'card expired', cancelled: true });
    });

    it('shows the instance as it is when an assertion fails', async () => {
      pt.mockJobWorker('payment').thenComplete({ paid: true });
      pt.mockJobWorker('shipping').thenFail('carrier unreachable');
      const instance = await startOrder('o-5', 99);
      await pt.assertThat(instance).hasActiveElements('await-payment-confirmation');
      await pt.publishMessage({ name: 'payment-confirmed', correlationKey: 'o-5' });
      await pt.assertThat(instance).hasIncidents();

      const failure = await pt
        .assertThat(instance)
        .isCompleted({ timeoutMs: 300, pollIntervalMs: 50 })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(isProcessAssertionError(failure)).toBe(true);
      const message = (failure as ProcessAssertionError).message;
      expect(message).toContain(`Expected process instance ${instance.processInstanceKey} to be completed`);
      expect(message).toContain("of 'order-fulfilment'");
      expect(message).toContain('state: ACTIVE');
      expect(message).toMatch(/active elements: ship-order \("Ship order"\)/);
      expect(message).toMatch(/last completed elements[^:]*: .*fulfil-fork/);
      expect(message).toMatch(/- ship-order: JOB_NO_RETRIES: carrier unreachable/);
      expect(message).toContain('orderId = "o-5"');
      expect(message).toContain('amount = 99');

      await pt.client.cancelProcessInstance({ processInstanceKey: instance.processInstanceKey });
      await pt.assertThat(instance).isTerminated();
      await pt.assertThat(instance.processInstanceKey).hasTerminatedElements('ship-order');
    });

    it('covers every element of the order process', async () => {
      const coverage = await pt.coverage();
      const orderCoverage = coverage.find((c) => c.processDefinitionId === 'order-fulfilment');
      expect(orderCoverage?.notTakenElements).toEqual([]);
      expect(orderCoverage?.elementCoverage).toBe(100);
      expect(orderCoverage?.notTakenFlows).toEqual([]);

      const outDir = await mkdtemp(join(tmpdir(), 'camunda-ts-order-coverage-'));
      try {
        const report = await pt.writeCoverageReport({ outDir, merge: false });
        const json = JSON.parse(await readFile(report.jsonPath, 'utf8')) as {
          processes: { processDefinitionId: string; elementCoverage: number }[];
        };
        expect(
          json.processes.find((p) => p.processDefinitionId === 'order-fulfilment')?.elementCoverage,
        ).toBe(100);
        expect(await readFile(report.pages['order-fulfilment'] ?? '', 'utf8')).toContain('100 %');
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    });
  });

  describe('user tasks, timers, called processes and decisions', () => {
    beforeAll(async () => {
      await pt.deploy([approvalBpmn]);
      await pt.mockChildProcess('credit-check', { creditOk: true, limit: 500 });
    });

    const startApproval = () =>
      pt.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of('order-approval'),
        variables: { approver: 'anna' },
      });

    it('completes an approved order through the mocked credit check', async () => {
      const instance = await startApproval();
      const task = { elementId: 'approve-order', processInstanceKey: instance.processInstanceKey };
      await pt.assertThatUserTask(task).isCreated();
      await pt.assertThatUserTask(task).isAssignedTo('anna');
      await pt.assertThatUserTask({ name: 'Approve order' }).hasCandidateGroups(['sales']);

      await pt.completeUserTask(task, { approved: true });
      await pt.assertThatUserTask(task).isCompleted();
      await pt.assertThat(instance).isCompleted();
      await pt.assertThat(instance).hasCompletedElements('check-credit', 'order-approved');
      await pt.assertThat(instance).hasVariables({ approved: true, creditOk: true, limit: 500 });
    });

    it('expires an approval after two days on the engine clock', async () => {
      const instance = await startApproval();
      await pt.assertThatUserTask({ processInstanceKey: instance.processInstanceKey }).isCreated();
      await pt.increaseTime(DAY_MS);
      await pt.assertThat(instance).isActive();
      await pt.increaseTime(DAY_MS);
      await pt.assertThat(instance).isCompleted();
      await pt.assertThat(instance).hasTerminatedElements('approve-order');
      await pt.assertThat(instance).hasCompletedElements('approval-overdue', 'approval-expired');
    });

    it('expires an approval at a set time', async () => {
      const instance = await startApproval();
      await pt.assertThat(instance).hasActiveElements('approve-order');
      await pt.setTime(Date.now() + 30 * DAY_MS);
      await pt
        .assertThat(ProcessInstanceKey.of(instance.processInstanceKey))
        .hasCompletedElements('approval-expired');
    });

    it('gives up waiting for a job that never comes after its wait, with the engine clock stopped', async () => {
      // In-memory the clock is manual, remote it is pinned: the long poll's limit is wall time all the same.
      const error = await pt.completeJob('nobody-creates-these', {}, { timeoutMs: 200 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isProcessTestError(error) ? error.code : error).toBe('TIMEOUT');
    });

    it('answers a mocked decision', async () => {
      await pt.mockDecision('discount', { rate: 0.1 });
      const result = await pt.client.evaluateDecision({
        decisionDefinitionId: 'discount' as never,
        variables: { amount: 42 },
      });
      expect(JSON.parse(result.output)).toEqual({ rate: 0.1 });
      await pt.assertThatDecision({ decisionId: 'discount' }).isEvaluated();
      await pt.assertThatDecision({ decisionId: 'discount' }).hasOutput({ rate: 0.1 });
    });

    it('runs a business rule task against a mocked decision', async () => {
      await pt.mockDecision('discount', { rate: 0.1 });
      await pt.deploy([pricedOrderBpmn]);
      const instance = await pt.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of('priced-order'),
        variables: { amount: 42 },
      });
      await pt.assertThat(instance).isCompleted();
      await pt.assertThat(instance).hasCompletedElementsInOrder('find-discount', 'price-set');
      await pt.assertThat(instance).hasVariables({ discount: { rate: 0.1 } });
      await pt
        .assertThatDecision({ decisionId: 'discount', processInstanceKey: instance.processInstanceKey })
        .hasOutput({ rate: 0.1 });
    });

    it('fails a user task assertion with the tasks it found', async () => {
      const failure = await pt
        .assertThatUserTask({ elementId: 'approve-order' })
        .isAssignedTo('nobody', { timeoutMs: 200 })
        .catch((error: unknown) => error);
      expect(isProcessAssertionError(failure)).toBe(true);
      expect((failure as Error).message).toMatch(
        /approve-order \("Approve order"\) of instance \d+: COMPLETED, assignee anna/,
      );
    });
  });
});
