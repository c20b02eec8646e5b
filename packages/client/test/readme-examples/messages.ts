// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '../../src/index.js';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./message-process.bpmn']);
await client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('message-process'),
  variables: { orderId: 'order-42' },
});

// Publish: buffered for timeToLive if no instance waits yet.
const published = await client.publishMessage({
  name: 'payment-received',
  correlationKey: 'order-42',
  timeToLive: 60_000,
  variables: { paid: true },
});
console.log(`Published message ${published.messageKey}`);

// Correlate: delivered now, or fails with 404 when nothing waits for it.
const correlated = await client.correlateMessage({ name: 'order-confirmed', correlationKey: 'order-42' });
console.log(`Correlated to instance ${correlated.processInstanceKey}`);

await client.close();
