// Copied from MIGRATING.md by the snippet check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import { createJobWorker } from '@camunda-ts/worker';

const client = createCamundaClient();
const deployment = await client.deployResourcesFromFiles(['./order-process.bpmn']);
console.log(`Deployed ${deployment.processes[0]?.processDefinitionId}`);

const workers = [
  createJobWorker(client, { jobType: 'check-stock', handler: () => ({ available: true }) }),
  createJobWorker(client, { jobType: 'ship-order', handler: () => undefined }),
];

const result = await client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('order-process'),
  variables: { order: { items: 2, total: 40 } },
  awaitCompletion: true,
  fetchVariables: ['inStock'],
});
console.log(`Completed with inStock=${String(result.variables.inStock)}`);

await Promise.all(workers.map((worker) => worker.stop()));
await client.close();
