import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ElementId, ProcessDefinitionId, type ProcessInstanceKey } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

// Round trips of the process, job, user-task, variable and cluster operations the engine has long served and
// that no example exercises.
describe('core operations through the client', () => {
  const t = useEngineClient({ clock: 'manual' });

  const deploy = async (...fixtures: Array<(typeof bpmnFixtures)[keyof typeof bpmnFixtures]>) =>
    t.client.createDeployment({ resources: fixtures.map((f) => resource(f.resourceName, f.xml)) });
  const start = async (id: string, variables: Record<string, unknown> = {}): Promise<ProcessInstanceKey> =>
    (await t.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of(id), variables }))
      .processInstanceKey;

  it('answers status, license and the clock', async () => {
    await expect(t.client.getStatus({})).resolves.toBeUndefined();
    expect((await t.client.getLicense({})).validLicense).toBe(true);
    await t.client.pinClock({ timestamp: 1_700_000_000_000 });
    expect(t.engine.clock.now()).toBe(1_700_000_000_000);
    await t.client.resetClock({});
    expect(t.engine.clock.now()).not.toBe(1_700_000_000_000);
  });

  it('reads a process definition, its element instances, variables and incidents', async () => {
    const deployment = await deploy(bpmnFixtures.orderProcess);
    const key = deployment.deployments[0]?.processDefinition?.processDefinitionKey;
    if (key === undefined) throw new Error('not deployed');
    expect((await t.client.getProcessDefinition({ processDefinitionKey: key })).processDefinitionId).toBe(
      'order-process',
    );
    const processInstanceKey = await start('order-process', { order: { items: ['book'], total: 42 } });

    const elements = await t.client.searchElementInstances({
      filter: { processInstanceKey, elementId: ElementId.of('check-stock') },
    });
    const task = elements.items[0];
    if (task === undefined) throw new Error('no element instance');
    expect((await t.client.getElementInstance({ elementInstanceKey: task.elementInstanceKey })).state).toBe(
      'ACTIVE',
    );
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { note: 'rush' },
      local: true,
    });
    const variables = await t.client.searchVariables({ filter: { processInstanceKey, name: 'note' } });
    const note = variables.items[0];
    if (note === undefined) throw new Error('no variable');
    expect((await t.client.getVariable({ variableKey: note.variableKey })).value).toBe('"rush"');

    const jobs = await t.client.searchJobs({ filter: { processInstanceKey } });
    const job = jobs.items[0];
    if (job === undefined) throw new Error('no job');
    await t.client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'warehouse offline' });
    const incidents = await t.client.searchProcessInstanceIncidents({ processInstanceKey });
    expect(incidents.items.map((i) => i.errorType)).toEqual(['JOB_NO_RETRIES']);
    const onElement = await t.client.searchElementInstanceIncidents({
      elementInstanceKey: task.elementInstanceKey,
    });
    expect(onElement.items).toHaveLength(1);
  });

  it('throws a BPMN error from a job to its boundary event', async () => {
    await deploy(bpmnFixtures.errorBoundaryProcess);
    const processInstanceKey = await start('error-boundary-process');
    const job = (await t.client.searchJobs({ filter: { processInstanceKey, type: 'charge-card' } })).items[0];
    if (job === undefined) throw new Error('no job');
    await t.client.throwJobError({ jobKey: job.jobKey, errorCode: 'CARD_DECLINED' });
    const next = await t.client.searchJobs({ filter: { processInstanceKey, type: 'notify-customer' } });
    expect(next.items).toHaveLength(1);
  });

  it('lists message subscriptions of a waiting instance', async () => {
    await deploy(bpmnFixtures.messageProcess);
    const processInstanceKey = await start('message-process', { orderId: 'o-1' });
    const subscriptions = await t.client.searchMessageSubscriptions({ filter: { processInstanceKey } });
    expect(subscriptions.items.map((s) => s.messageName)).toEqual(['payment-received']);
  });

  it('updates and unassigns a user task and searches its variables', async () => {
    await deploy(bpmnFixtures.userTaskProcess);
    await start('user-task-process', { requester: { manager: 'ann' } });
    const task = (await t.client.searchUserTasks({})).items[0];
    if (task === undefined) throw new Error('no user task');
    expect(task.assignee).toBe('ann');
    await t.client.updateUserTask({ userTaskKey: task.userTaskKey, changeset: { priority: 90 } });
    await t.client.unassignUserTask({ userTaskKey: task.userTaskKey });
    const updated = await t.client.getUserTask({ userTaskKey: task.userTaskKey });
    expect(updated).toMatchObject({ priority: 90, assignee: null });
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { comment: 'ok' },
      local: true,
    });
    const variables = await t.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey });
    expect(variables.items.map((v) => v.name)).toEqual(['comment']);
  });
});
