// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '../../src/index.js';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./order-process.bpmn']);

const outcome = client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('order-process'),
  variables: { order: { items: 1, total: 40 } },
  awaitCompletion: true,
  fetchVariables: ['inStock'],
});

// The process waits for two jobs; a job worker (@camunda-ts/worker) would normally do them.
for (const [type, variables] of [
  ['check-stock', { available: true }],
  ['ship-order', {}],
] as const) {
  const { jobs } = await client.activateJobs({
    type,
    maxJobsToActivate: 1,
    timeout: 30_000,
    requestTimeout: 10_000,
  });
  for (const job of jobs) await client.completeJob({ jobKey: job.jobKey, variables });
}

const completed = await outcome;
console.log(`Completed with`, completed.variables);

await client.close();
