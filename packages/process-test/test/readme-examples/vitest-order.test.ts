// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { ProcessDefinitionId } from '@camunda-ts/client';
import { useProcessTest } from '../../src/vitest.js';
import { expect, it } from 'vitest';

const pt = useProcessTest(); // one process test for this file, stopped after it

it('cancels an order whose payment is declined', async () => {
  await pt.deploy(['../../demo/bpmn/order-fulfilment.bpmn']);
  pt.mockJobWorker('payment').thenThrowBpmnError('PAYMENT_DECLINED', { reason: 'card expired' });
  pt.mockJobWorker('cancel-order').thenComplete({ cancelled: true });

  const instance = await pt.client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('order-fulfilment'),
    variables: { orderId: 'o-1', amount: 42 },
  });

  await expect(instance).toBeCompleted();
  await expect(instance).toHaveCompletedElementsInOrder(
    'payment-declined',
    'cancel-order',
    'order-cancelled',
  );
  await expect(instance).toHaveNotActivatedElements('ship-order');
  await expect(instance).toHaveVariables({ reason: 'card expired', cancelled: true });
});
