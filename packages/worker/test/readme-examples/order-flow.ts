// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import { createJobWorker } from '../../src/index.js';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./order-process.bpmn']);

const workers = [
  createJobWorker(client, { jobType: 'check-stock', handler: async () => ({ available: true }) }),
  createJobWorker(client, { jobType: 'ship-order', handler: async () => ({ shipped: true }) }),
];

const completed = await client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('order-process'),
  variables: { order: { items: 1, total: 40 } },
  awaitCompletion: true,
  fetchVariables: ['inStock', 'shipped'],
});
console.log('Completed with', completed.variables);

await Promise.all(workers.map((worker) => worker.stop()));
await client.close();
