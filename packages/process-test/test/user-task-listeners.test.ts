import { fileURLToPath } from 'node:url';
import { ProcessDefinitionId } from '@camunda-ts/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessTest, type ProcessTest } from '../src/index.js';

// Camunda holds a user task completion until the task's completing listeners end: the completion and the
// listener's job are worked at the same time, by a job worker mock or by the test itself.
const audited = fileURLToPath(new URL('./fixtures/audited-approval.bpmn', import.meta.url));
const processDefinitionId = ProcessDefinitionId.of('audited-approval');

describe('user task completions held by a completing listener', () => {
  let pt: ProcessTest;

  beforeAll(async () => {
    pt = await createProcessTest();
    await pt.deploy([audited]);
  });

  afterAll(async () => {
    await pt?.stop();
  });

  it('completes when the test works the listener job alongside the completion', async () => {
    const instance = await pt.client.createProcessInstance({ processDefinitionId });
    const selector = { elementId: 'approve', processInstanceKey: instance.processInstanceKey };
    await Promise.all([pt.completeUserTask(selector), pt.completeJob('audit-approval')]);
    await pt.assertThat(instance).isCompleted();
    expect(
      (await pt.client.searchUserTasks({ filter: { processInstanceKey: instance.processInstanceKey } }))
        .items[0]?.state,
    ).toBe('COMPLETED');
  });

  // Last: the mock keeps working its job type for the rest of the suite.
  it('completes while a job worker mock works the listener job', async () => {
    pt.mockJobWorker('audit-approval').thenComplete();
    const instance = await pt.client.createProcessInstance({ processDefinitionId });
    await pt.completeUserTask({ elementId: 'approve', processInstanceKey: instance.processInstanceKey });
    await pt.assertThat(instance).isCompleted();
    await pt.assertThat(instance).hasCompletedElementsInOrder('approve', 'approved');
  });
});
