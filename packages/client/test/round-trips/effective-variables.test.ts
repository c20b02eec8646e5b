import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

describe('user task effective variables and definition variable names through the client', () => {
  const t = useEngineClient();

  const startTask = async (variables: Record<string, unknown>) => {
    const f = bpmnFixtures.userTaskProcess;
    const deployment = await t.client.createDeployment({ resources: [resource(f.resourceName, f.xml)] });
    const processDefinitionKey = deployment.deployments[0]?.processDefinition?.processDefinitionKey;
    if (processDefinitionKey === undefined) throw new Error('not deployed');
    const { processInstanceKey } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of(f.processDefinitionId),
      variables,
    });
    const task = (await t.client.searchUserTasks({ filter: { processInstanceKey } })).items[0];
    if (task === undefined) throw new Error('no user task');
    return { processDefinitionKey, processInstanceKey, task };
  };

  it('returns one variable per name, the innermost scope winning', async () => {
    const { processInstanceKey, task } = await startTask({
      amount: 100,
      currency: 'EUR',
      requester: { manager: 'ann' },
    });
    await t.client.createElementInstanceVariables({
      elementInstanceKey: task.elementInstanceKey,
      variables: { amount: 250, note: 'checked' },
      local: true,
    });
    const result = await t.client.searchUserTaskEffectiveVariables({
      userTaskKey: task.userTaskKey,
      sort: [{ field: 'name', order: 'ASC' }],
    });
    expect(result.items.map((v) => [v.name, v.value, v.scopeKey])).toEqual([
      ['amount', '250', task.elementInstanceKey],
      ['currency', '"EUR"', processInstanceKey],
      ['note', '"checked"', task.elementInstanceKey],
      ['requester', '{"manager":"ann"}', processInstanceKey],
    ]);
    expect(result.page.totalItems).toBe(4);

    const filtered = await t.client.searchUserTaskEffectiveVariables({
      userTaskKey: task.userTaskKey,
      filter: { name: { $in: ['amount', 'currency'] } },
      page: { from: 1, limit: 1 },
      sort: [{ field: 'name', order: 'DESC' }],
    });
    expect(filtered.items.map((v) => v.name)).toEqual(['amount']);
    expect(filtered.page.totalItems).toBe(2);
  });

  it('lists the distinct variable names of a definition’s instances', async () => {
    const { processDefinitionKey } = await startTask({ amount: 1, requester: { manager: 'ann' } });
    await t.client.createProcessInstance({
      processDefinitionKey,
      variables: { amount: 2, costCenter: 'cc-7' },
    });
    const names = await t.client.searchProcessDefinitionVariableNames({ processDefinitionKey });
    expect(names.items.map((n) => n.name).sort()).toEqual(['amount', 'costCenter', 'requester']);
    expect(names.page.totalItems).toBe(3);
    const like = await t.client.searchProcessDefinitionVariableNames({
      processDefinitionKey,
      filter: { name: { $like: 'c*' } },
    });
    expect(like.items).toEqual([{ name: 'costCenter' }]);
  });
});
