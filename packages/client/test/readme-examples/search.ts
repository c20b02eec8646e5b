// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '../../src/index.js';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./order-process.bpmn']);
const processDefinitionId = ProcessDefinitionId.of('order-process');
const started = await client.createProcessInstance({
  processDefinitionId,
  variables: { order: { total: 5 } },
});

// Poll (through the normal retry and backpressure paths) until the new instance is visible.
const found = await client.searchProcessInstances(
  { filter: { processInstanceKey: started.processInstanceKey } },
  { consistency: { waitUpToMs: 10_000, pollIntervalMs: 200 } },
);
console.log(`Visible: ${found.items[0]?.state}`);

// A custom predicate: wait for a get to report a given state.
const instance = await client.getProcessInstance(
  { processInstanceKey: started.processInstanceKey },
  { consistency: { waitUpToMs: 10_000, predicate: (pi: { state: string }) => pi.state === 'ACTIVE' } },
);
console.log(`State: ${instance.state}`);

// Every active instance of the process, 50 per request, stopping after 1,000.
let count = 0;
for await (const pi of client.paginate.searchProcessInstances(
  { filter: { processDefinitionId, state: 'ACTIVE' } },
  { pageSize: 50, maxItems: 1_000 },
)) {
  count += 1;
  if (pi.hasIncident) console.log(`${pi.processInstanceKey} has an incident`);
}
console.log(`${count} active instances`);

await client.close();
