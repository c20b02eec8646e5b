import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId, type ProcessDefinitionKey } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';
import { linearProcess } from './lifecycle-process.js';

describe('wait states, effective variables and correlated messages through the client', () => {
  const t = useEngineClient({ clock: 'manual' });

  async function deploy(name: string, xml: string) {
    const deployment = await t.client.createDeployment({ resources: [resource(name, xml)] });
    return deployment.deployments[0]?.processDefinition?.processDefinitionKey as ProcessDefinitionKey;
  }
  const start = async (processId: string, variables: Record<string, unknown> = {}) =>
    (
      await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of(processId),
        variables,
      })
    ).processInstanceKey;

  it('reports what each waiting element instance waits for', async () => {
    const { messageProcess, userTaskProcess } = bpmnFixtures;
    await deploy(messageProcess.resourceName, messageProcess.xml);
    await deploy(userTaskProcess.resourceName, userTaskProcess.xml);
    await deploy(
      'steps.bpmn',
      linearProcess('steps', [
        { kind: 'timer', id: 'pause', duration: 'PT1H' },
        { kind: 'service', id: 'work', type: 'work' },
      ]),
    );
    const message = await start(messageProcess.processDefinitionId, { orderId: 'o-1' });
    const task = await start(userTaskProcess.processDefinitionId, { requester: { manager: 'ann' } });
    const steps = await start('steps');

    const all = await t.client.searchElementInstanceWaitStates({ sort: [{ field: 'elementInstanceKey' }] });
    expect(
      all.items.map((w) => [w.processInstanceKey, w.elementId, w.elementType, w.details.waitStateType]),
    ).toEqual([
      [message, 'wait-for-payment', 'INTERMEDIATE_CATCH_EVENT', 'MESSAGE'],
      [task, 'approve-expense', 'USER_TASK', 'USER_TASK'],
      [steps, 'pause', 'INTERMEDIATE_CATCH_EVENT', 'TIMER'],
    ]);
    expect(all.items[0]?.details).toEqual({
      waitStateType: 'MESSAGE',
      messageName: 'payment-received',
      correlationKey: 'o-1',
    });
    expect(all.items[0]).toMatchObject({ bpmnProcessId: 'message-process', rootProcessInstanceKey: message });

    t.engine.clock.advance(3_600_000);
    const jobs = await t.client.searchElementInstanceWaitStates({ filter: { waitStateType: 'JOB' } });
    expect(jobs.items).toHaveLength(1);
    expect(jobs.items[0]?.details).toMatchObject({
      waitStateType: 'JOB',
      jobType: 'work',
      jobKind: 'BPMN_ELEMENT',
      retries: 1,
    });
    const stats = await t.client.getProcessInstanceWaitStateStatistics({ processInstanceKey: steps });
    expect(stats.items).toEqual([{ elementId: 'work', waitingCount: 1 }]);
  });

  it('gives a user task the innermost value of each variable, and lists the variable names of a definition', async () => {
    const { userTaskProcess } = bpmnFixtures;
    const definition = await deploy(userTaskProcess.resourceName, userTaskProcess.xml);
    await start(userTaskProcess.processDefinitionId, {
      requester: { manager: 'ann' },
      note: 'from the process',
      amount: 5,
    });
    const [task] = (await t.client.searchUserTasks({})).items;
    if (task === undefined) throw new Error('no user task');
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { note: 'from the task' },
      local: true,
    });
    const effective = await t.client.searchUserTaskEffectiveVariables({
      userTaskKey: task.userTaskKey,
      sort: [{ field: 'name' }],
    });
    expect(effective.items.map((v) => [v.name, JSON.parse(v.value)])).toEqual([
      ['amount', 5],
      ['note', 'from the task'],
      ['requester', { manager: 'ann' }],
    ]);
    expect(effective.items[1]?.scopeKey).toBe(task.elementInstanceKey);

    const names = await t.client.searchProcessDefinitionVariableNames({ processDefinitionKey: definition });
    expect(names.items.map((n) => n.name).sort()).toEqual(['amount', 'note', 'requester']);
    const filtered = await t.client.searchProcessDefinitionVariableNames({
      processDefinitionKey: definition,
      filter: { name: { $like: 'am*' } },
    });
    expect(filtered.items).toEqual([{ name: 'amount' }]);
  });
  it('lists the messages correlated to subscriptions, buffered ones included', async () => {
    const { messageProcess } = bpmnFixtures;
    await deploy(messageProcess.resourceName, messageProcess.xml);
    const waiting = await start(messageProcess.processDefinitionId, { orderId: 'o-1' });
    const paid = await t.client.publishMessage({ name: 'payment-received', correlationKey: 'o-1' });
    // Buffered before the receive task of a second instance subscribes.
    const early = await t.client.publishMessage({
      name: 'payment-received',
      correlationKey: 'o-2',
      timeToLive: 60_000,
    });
    const late = await start(messageProcess.processDefinitionId, { orderId: 'o-2' });

    const found = await t.client.searchCorrelatedMessageSubscriptions({
      sort: [{ field: 'processInstanceKey' }],
    });
    expect(
      found.items.map((c) => [
        c.processInstanceKey,
        c.messageKey,
        c.messageName,
        c.correlationKey,
        c.elementId,
      ]),
    ).toEqual([
      [waiting, paid.messageKey, 'payment-received', 'o-1', 'wait-for-payment'],
      [late, early.messageKey, 'payment-received', 'o-2', 'wait-for-payment'],
    ]);
    expect(found.items[0]).toMatchObject({
      processDefinitionId: 'message-process',
      partitionId: 1,
      rootProcessInstanceKey: waiting,
    });
    const byKey = await t.client.searchCorrelatedMessageSubscriptions({
      filter: { messageKey: early.messageKey },
    });
    expect(byKey.items.map((c) => c.processInstanceKey)).toEqual([late]);
  });
});
