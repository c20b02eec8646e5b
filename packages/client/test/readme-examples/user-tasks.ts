// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '../../src/index.js';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./user-task-process.bpmn']);
const { processInstanceKey } = await client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('user-task-process'),
  variables: { requester: { manager: 'ann' }, amount: 250 },
});

const { items } = await client.searchUserTasks(
  { filter: { processInstanceKey, state: 'CREATED' } },
  { consistency: { waitUpToMs: 10_000 } },
);
const task = items[0]!;
console.log(`${task.name} for ${task.assignee}, candidate groups ${task.candidateGroups.join(', ')}`);

await client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'bob', allowOverride: true });
await client.completeUserTask({ userTaskKey: task.userTaskKey, variables: { approved: true } });

await client.close();
