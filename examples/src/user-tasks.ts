// User tasks: find the task an instance waits on, reassign it, complete it with the decision.
import assert from 'node:assert/strict';
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import { resourcePath } from './resources.js';

const client = createCamundaClient();

try {
  await client.deployResourcesFromFiles([resourcePath('expense-approval.bpmn')]);
  const { processInstanceKey } = await client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('expense-approval'),
    variables: { manager: 'ann', amount: 250, purpose: 'conference ticket' },
  });

  // Tasks are read from the secondary store: wait until this instance's task is visible.
  const { items } = await client.searchUserTasks(
    { filter: { processInstanceKey, state: 'CREATED' } },
    { consistency: { waitUpToMs: 10_000 } },
  );
  const task = items[0];
  assert.ok(task, 'the instance waits on a user task');
  assert.equal(task.assignee, 'ann');
  assert.deepEqual(task.candidateGroups, ['finance']);
  console.log(
    `"${task.name}" for ${task.assignee} (priority ${task.priority}, groups ${task.candidateGroups})`,
  );

  // Ann is away: give the task to Bob, who approves it.
  await client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'bob', allowOverride: true });
  const reassigned = await client.getUserTask(
    { userTaskKey: task.userTaskKey },
    { consistency: { waitUpToMs: 10_000, predicate: (t) => t.assignee === 'bob' } },
  );
  console.log(`Reassigned to ${reassigned.assignee}`);
  await client.completeUserTask({ userTaskKey: task.userTaskKey, variables: { approved: true } });

  // The decision routed the instance to the "approved" end event.
  const instance = await client.getProcessInstance(
    { processInstanceKey },
    { consistency: { waitUpToMs: 10_000, predicate: (pi) => pi.state === 'COMPLETED' } },
  );
  const ends = await client.searchElementInstances(
    { filter: { processInstanceKey, type: 'END_EVENT' } },
    { consistency: { waitUpToMs: 10_000 } },
  );
  assert.deepEqual(
    ends.items.map((element) => element.elementId),
    ['approved'],
  );
  console.log(`Instance ${instance.state} at "${ends.items[0]?.elementName}"`);
} finally {
  await client.close();
}
