import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

describe('audit logs through the client', () => {
  const t = useEngineClient();

  it('records every command with its operation, entity, actor, result and time', async () => {
    const { client } = t;
    const { userTaskProcess } = bpmnFixtures;
    await client.createDeployment({
      resources: [resource(userTaskProcess.resourceName, userTaskProcess.xml)],
    });
    const { processInstanceKey } = await client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of(userTaskProcess.processDefinitionId),
      variables: { requester: { manager: 'ann' } },
    });
    const [task] = (await client.searchUserTasks({ filter: { processInstanceKey } })).items;
    if (task === undefined) throw new Error('no user task');
    await client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'bob' });
    await client.completeUserTask({ userTaskKey: task.userTaskKey });
    await expect(client.completeUserTask({ userTaskKey: task.userTaskKey })).rejects.toMatchObject({
      status: 404,
    });

    const all = await client.searchAuditLogs({ sort: [{ field: 'auditLogKey' }] });
    expect(all.items.map((e) => [e.operationType, e.entityType, e.result])).toEqual([
      ['CREATE', 'RESOURCE', 'SUCCESS'],
      ['CREATE', 'PROCESS_INSTANCE', 'SUCCESS'],
      ['ASSIGN', 'USER_TASK', 'SUCCESS'],
      ['COMPLETE', 'USER_TASK', 'SUCCESS'],
      ['COMPLETE', 'USER_TASK', 'FAIL'],
    ]);
    const created = all.items[1];
    expect(created).toMatchObject({
      processInstanceKey,
      entityKey: processInstanceKey,
      processDefinitionId: 'user-task-process',
      actorType: 'ANONYMOUS',
      category: 'DEPLOYED_RESOURCES',
    });
    expect(Date.parse(created?.timestamp ?? '')).not.toBeNaN();
    expect(await client.getAuditLog({ auditLogKey: created?.auditLogKey as never })).toEqual(created);
    await expect(client.getAuditLog({ auditLogKey: '1' as never })).rejects.toMatchObject({ status: 404 });

    const ofTask = await client.searchUserTaskAuditLogs({
      userTaskKey: task.userTaskKey,
      filter: { result: 'SUCCESS' },
    });
    expect(
      ofTask.items.map((e) => [e.operationType, e.category, e.userTaskKey, e.processInstanceKey]),
    ).toEqual([
      ['ASSIGN', 'USER_TASKS', task.userTaskKey, processInstanceKey],
      ['COMPLETE', 'USER_TASKS', task.userTaskKey, processInstanceKey],
    ]);
    const failures = await client.searchAuditLogs({ filter: { result: 'FAIL', entityType: 'USER_TASK' } });
    expect(failures.page.totalItems).toBe(1);
  });
});
