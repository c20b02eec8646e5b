// Searching: filters, sorting, cursor pagination (by hand and with `paginate`) and eventual consistency.
import assert from 'node:assert/strict';
import { createCamundaClient, isConsistencyTimeoutError, ProcessDefinitionId } from '@camunda-ts/client';
import { resourcePath, runTag } from './resources.js';

const client = createCamundaClient();
const tag = runTag('search');
const COUNT = 25;

try {
  await client.deployResourcesFromFiles([resourcePath('greeting.bpmn')]);
  for (let i = 0; i < COUNT; i++) {
    await client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of('greeting'),
      variables: { name: `visitor ${i + 1}` },
      tags: [tag],
    });
  }

  // Searches read a secondary store that catches up a moment later. Wait until all 25 are visible: the
  // predicate sees each response; polling goes through the usual retry and backpressure paths.
  const filter = { tags: [tag] };
  const first = await client.searchProcessInstances(
    { filter, sort: [{ field: 'processInstanceKey', order: 'ASC' }], page: { limit: 10 } },
    { consistency: { waitUpToMs: 15_000, predicate: (page) => page.page.totalItems === COUNT } },
  );
  assert.equal(first.items.length, 10);
  console.log(`${first.page.totalItems} instances, first page of ${first.items.length}`);

  // By hand: follow the cursor.
  const second = await client.searchProcessInstances({
    filter,
    sort: [{ field: 'processInstanceKey', order: 'ASC' }],
    page: { limit: 10, after: first.page.endCursor ?? undefined },
  });
  assert.ok(second.items[0] && first.items[9]);
  assert.ok(BigInt(second.items[0].processInstanceKey) > BigInt(first.items[9].processInstanceKey));

  // With paginate: every item, fetched page by page as the loop consumes them.
  const keys = new Set<string>();
  for await (const instance of client.paginate.searchProcessInstances({ filter }, { pageSize: 10 })) {
    keys.add(instance.processInstanceKey);
  }
  assert.equal(keys.size, COUNT);

  // Or whole pages, e.g. to process them in batches.
  const pageSizes: number[] = [];
  for await (const page of client.paginate.searchProcessInstances({ filter }, { pageSize: 10 }).pages()) {
    pageSizes.push(page.items.length);
  }
  assert.deepEqual(pageSizes, [10, 10, 5]);
  console.log(`paginate: ${keys.size} instances in pages of ${pageSizes.join(', ')}`);

  // A wait that runs out says how long it tried.
  await assert.rejects(
    client.searchProcessInstances(
      { filter: { tags: [runTag('never-started')] } },
      { consistency: { waitUpToMs: 500, pollIntervalMs: 100 } },
    ),
    (error) => {
      assert.ok(isConsistencyTimeoutError(error));
      console.log(`Gave up after ${error.attempts} attempts in ${Math.round(error.elapsedMs)} ms`);
      return true;
    },
  );
} finally {
  await client.close();
}
