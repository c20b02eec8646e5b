import { bpmnFixtures, startTestEngine } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { createCamundaClient, GroupId, isHttpError, ProcessDefinitionId, Username } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const T0 = Date.UTC(2026, 0, 1);

describe('audit logs through the client', () => {
  const t = useEngineClient({ clock: 'manual', startTime: T0 });

  const startTask = async () => {
    const f = bpmnFixtures.userTaskProcess;
    await t.client.createDeployment({ resources: [resource(f.resourceName, f.xml)] });
    const { processInstanceKey, processDefinitionKey } = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.of(f.processDefinitionId),
      variables: { requester: { manager: 'ann' } },
    });
    const task = (await t.client.searchUserTasks({ filter: { processInstanceKey } })).items[0];
    if (task === undefined) throw new Error('no user task');
    return { processInstanceKey, processDefinitionKey, task };
  };

  it('records every accepted command with its entity, result and related keys', async () => {
    const { processInstanceKey, processDefinitionKey } = await startTask();
    t.engine.clock.advance(1_000);
    await t.client.cancelProcessInstance({ processInstanceKey });
    // A rejected command is recorded as a failure.
    const again = await t.client.cancelProcessInstance({ processInstanceKey }).catch((e: unknown) => e);
    expect(isHttpError(again)).toBe(true);

    const all = await t.client.searchAuditLogs({ sort: [{ field: 'auditLogKey', order: 'ASC' }] });
    expect(all.items.map((e) => [e.operationType, e.entityType, e.result])).toEqual([
      ['CREATE', 'RESOURCE', 'SUCCESS'],
      ['CREATE', 'PROCESS_INSTANCE', 'SUCCESS'],
      ['CANCEL', 'PROCESS_INSTANCE', 'SUCCESS'],
      ['CANCEL', 'PROCESS_INSTANCE', 'FAIL'],
    ]);
    const cancel = all.items[2];
    if (cancel === undefined) throw new Error('no cancel entry');
    expect(cancel).toMatchObject({
      entityKey: processInstanceKey,
      processInstanceKey,
      processDefinitionKey,
      processDefinitionId: 'user-task-process',
      rootProcessInstanceKey: processInstanceKey,
      category: 'DEPLOYED_RESOURCES',
      actorType: 'ANONYMOUS',
      actorId: null,
      tenantId: '<default>',
      timestamp: new Date(T0 + 1_000).toISOString(),
      userTaskKey: null,
    });
    expect(await t.client.getAuditLog({ auditLogKey: cancel.auditLogKey })).toEqual(cancel);

    const failed = await t.client.searchAuditLogs({
      filter: { result: 'FAIL', processInstanceKey, timestamp: { $gte: new Date(T0).toISOString() } },
    });
    expect(failed.items.map((e) => e.operationType)).toEqual(['CANCEL']);
  });

  it('lists the audit entries of a user task', async () => {
    const { task } = await startTask();
    await t.client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'bob', allowOverride: true });
    await t.client.updateUserTask({ userTaskKey: task.userTaskKey, changeset: { priority: 10 } });
    await t.client.completeUserTask({ userTaskKey: task.userTaskKey });
    const entries = await t.client.searchUserTaskAuditLogs({
      userTaskKey: task.userTaskKey,
      sort: [{ field: 'timestamp', order: 'ASC' }],
    });
    expect(entries.items.map((e) => [e.operationType, e.entityType, e.category, e.userTaskKey])).toEqual([
      ['ASSIGN', 'USER_TASK', 'USER_TASKS', task.userTaskKey],
      ['UPDATE', 'USER_TASK', 'USER_TASKS', task.userTaskKey],
      ['COMPLETE', 'USER_TASK', 'USER_TASKS', task.userTaskKey],
    ]);
    const completions = await t.client.searchUserTaskAuditLogs({
      userTaskKey: task.userTaskKey,
      filter: { operationType: 'COMPLETE' },
    });
    expect(completions.items.map((e) => e.elementInstanceKey)).toEqual([task.elementInstanceKey]);
  });

  it('names the principal as the actor', async () => {
    // An engine of its own with basic auth: the entries name the user who sent the command.
    const secured = await startTestEngine({ validateResponses: true, auth: 'basic' });
    const client = createCamundaClient({
      env: {},
      config: {
        CAMUNDA_REST_ADDRESS: secured.restAddress,
        CAMUNDA_AUTH_STRATEGY: 'BASIC',
        CAMUNDA_BASIC_AUTH_USERNAME: 'demo',
        CAMUNDA_BASIC_AUTH_PASSWORD: 'demo',
        CAMUNDA_SDK_LOG_LEVEL: 'silent',
      },
    });
    try {
      await client.createGroup({ groupId: GroupId.of('auditors'), name: 'Auditors' });
      await client.assignUserToGroup({ groupId: GroupId.of('auditors'), username: Username.of('demo') });
      const entries = await client.searchAuditLogs({ filter: { category: 'ADMIN' } });
      expect(
        entries.items.map((e) => [
          e.operationType,
          e.entityType,
          e.entityKey,
          e.relatedEntityKey,
          e.actorType,
          e.actorId,
        ]),
      ).toEqual([
        ['CREATE', 'GROUP', 'auditors', null, 'USER', 'demo'],
        ['ASSIGN', 'GROUP', 'auditors', 'demo', 'USER', 'demo'],
      ]);
      expect(secured.violations()).toEqual([]);
    } finally {
      await client.close();
      await secured.stop();
    }
  });
});
