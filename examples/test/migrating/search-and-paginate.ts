// Copied from MIGRATING.md by the snippet check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./order-process.bpmn']);
const processDefinitionId = ProcessDefinitionId.of('order-process');
for (let i = 0; i < 3; i += 1) {
  await client.createProcessInstance({ processDefinitionId, variables: { order: { items: i, total: 1 } } });
}

// Wait until the search shows what was just written (searches are eventually consistent).
const first = await client.searchProcessInstances(
  { filter: { processDefinitionId }, page: { limit: 2 } },
  { consistency: { waitUpToMs: 10_000, predicate: (page: { items: unknown[] }) => page.items.length === 2 } },
);
console.log(`First page: ${first.items.length} of ${first.page.totalItems}`);

// The official SDK's "read once, without waiting".
const now = await client.searchProcessInstances(
  { filter: { processDefinitionId } },
  { consistency: { waitUpToMs: 0 } },
);
console.log(`Read once: ${now.items.length}`);

let count = 0;
for await (const instance of client.paginate.searchProcessInstances(
  { filter: { processDefinitionId } },
  { pageSize: 2 },
)) {
  if (instance.processDefinitionId === processDefinitionId) count += 1;
}
console.log(`All pages: ${count}`);
await client.close();
