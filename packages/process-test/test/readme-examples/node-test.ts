// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { after, before, test } from 'node:test';
import { ProcessDefinitionId } from '@camunda-ts/client';
import { createProcessTest, type ProcessTest } from '../../src/index.js';

let pt: ProcessTest;
before(async () => {
  pt = await createProcessTest();
  await pt.deploy(['../../demo/bpmn/order-fulfilment.bpmn']);
});
after(() => pt.stop());

test('fulfils a small order', async () => {
  pt.mockJobWorker('payment').thenComplete({ paid: true });
  pt.mockJobWorker('shipping').thenComplete();
  pt.mockJobWorker('invoicing').withHandler((job) => ({ invoice: `INV-${String(job.variables.orderId)}` }));
  const instance = await pt.client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('order-fulfilment'),
    variables: { orderId: 'o-2', amount: 42 },
  });

  await pt.assertThat(instance).hasActiveElements('await-payment-confirmation');
  await pt.publishMessage({ name: 'payment-confirmed', correlationKey: 'o-2' });
  await pt.assertThat(instance).isCompleted();
  await pt.assertThat(instance).hasCompletedElements('Ship order', 'Send invoice');
  await pt.assertThat(instance).hasVariables({ paid: true, invoice: 'INV-o-2' });
  await pt.writeCoverageReport(); // coverage/processes/coverage.json and order-fulfilment.html
});
