import { fileURLToPath } from 'node:url';
import { ProcessDefinitionId } from '@camunda-ts/client';
import { describe, expect, it } from 'vitest';
import { isProcessAssertionError, useProcessTest } from '../src/vitest.js';

const orderBpmn = fileURLToPath(new URL('../../../demo/bpmn/order-fulfilment.bpmn', import.meta.url));
const pt = useProcessTest({ timeoutMs: 5_000 });

describe('useProcessTest and the matchers', () => {
  it('asserts with expect', async () => {
    await pt.deploy([orderBpmn]);
    pt.mockJobWorker('payment').thenThrowBpmnError('PAYMENT_DECLINED');
    pt.mockJobWorker('cancel-order').thenComplete();
    const instance = await pt.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('order-fulfilment'),
      variables: { orderId: 'v-1', amount: 1 },
    });
    await expect(instance).toBeCompleted();
    await expect(instance).toHaveCompletedElements('cancel-order', 'Order cancelled');
    await expect(instance).toHaveCompletedElementsInOrder('payment-declined', 'cancel-order');
    await expect(instance).toHaveNotActivatedElements('ship-order');
    await expect(instance).toHaveVariables({ orderId: 'v-1' });
    await expect(instance).toHaveNoIncidents();
  });

  it('fails with the instance in the message', async () => {
    const instance = await pt.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('order-fulfilment'),
      variables: { orderId: 'v-2', amount: 1 },
    });
    const failure = await expect(instance)
      .toHaveActiveElements('ship-order', { timeoutMs: 200 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(isProcessAssertionError(failure)).toBe(false);
    expect((failure as Error).message).toContain('to have active elements: ship-order');
    expect((failure as Error).message).toContain('state: COMPLETED');
  });
});
