// Messages (published ahead of time, or correlated to a waiting instance) and signals (broadcast to all).
import assert from 'node:assert/strict';
import { createCamundaClient, isHttpError, ProcessDefinitionId } from '@camunda-ts/client';
import { resourcePath, runTag } from './resources.js';

const client = createCamundaClient();
const payment = ProcessDefinitionId.of('payment');
const run = runTag('orders');

try {
  await client.deployResourcesFromFiles([resourcePath('payment.bpmn'), resourcePath('restock.bpmn')]);

  // Publish first: with a time to live the message is buffered until an instance subscribes to its key.
  const published = await client.publishMessage({
    name: 'payment-received',
    correlationKey: `${run}-1`,
    timeToLive: 60_000,
    variables: { paidAmount: 42 },
  });
  const paid = await client.createProcessInstance({
    processDefinitionId: payment,
    variables: { orderId: `${run}-1` },
    awaitCompletion: true,
    fetchVariables: ['paidAmount'],
  });
  assert.equal(paid.variables.paidAmount, 42);
  console.log(`Message ${published.messageKey} was waiting; instance ${paid.processInstanceKey} completed`);

  // Correlate: delivered to a waiting instance now, or 404 when nothing waits for it (yet).
  const waiting = await client.createProcessInstance({
    processDefinitionId: payment,
    variables: { orderId: `${run}-2` },
  });
  let correlated: Awaited<ReturnType<typeof client.correlateMessage>> | undefined;
  for (let attempt = 1; correlated === undefined; attempt++) {
    try {
      correlated = await client.correlateMessage({ name: 'payment-received', correlationKey: `${run}-2` });
    } catch (error) {
      // On a cluster the subscription opens a moment after the instance is created.
      if (!(isHttpError(error) && error.status === 404) || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  assert.equal(correlated.processInstanceKey, waiting.processInstanceKey);
  console.log(`Correlated to instance ${correlated.processInstanceKey}`);

  // Signals reach every subscriber at once; here the signal start event of "restock" starts an instance.
  const { signalKey } = await client.broadcastSignal({ signalName: 'stock-low', variables: { sku: run } });
  const restocks = await client.searchProcessInstances(
    {
      filter: {
        processDefinitionId: ProcessDefinitionId.of('restock'),
        variables: [{ name: 'sku', value: JSON.stringify(run) }],
      },
    },
    { consistency: { waitUpToMs: 10_000 } },
  );
  const restock = restocks.items[0];
  assert.ok(restock);
  console.log(`Signal ${signalKey} started restock instance ${restock.processInstanceKey}`);
  await client.cancelProcessInstance({ processInstanceKey: restock.processInstanceKey });
} finally {
  await client.close();
}
