import { ProcessDefinitionId, type UserTaskKey } from '@camunda8/orchestration-cluster-api';
import { describe, expect, it } from 'vitest';
import { approveForm, userTaskProcess } from '../support/official-sdk-models.js';
import { resourceFile, useOfficialSdk } from '../support/use-official-sdk.js';

const now = { consistency: { waitUpToMs: 0 } } as const;

describe('official SDK: user tasks', () => {
  const t = useOfficialSdk();

  async function startApproval(listener?: string, eventType?: string) {
    await t.client.createDeployment({
      resources: [
        resourceFile('approval.bpmn', userTaskProcess('approval', listener, eventType)),
        resourceFile('approve.form', approveForm),
      ],
    });
    const created = await t.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('approval'),
      variables: { amount: 250 },
    });
    const tasks = await t.client.searchUserTasks(
      { filter: { processInstanceKey: created.processInstanceKey } },
      { consistency: { waitUpToMs: 10_000, pollIntervalMs: 20 } },
    );
    const task = tasks.items[0];
    if (task === undefined) throw new Error('no user task');
    return { processInstanceKey: created.processInstanceKey, task };
  }

  const getTask = (userTaskKey: UserTaskKey) => t.client.getUserTask({ userTaskKey }, now);

  it('searchUserTasks and getUserTask show the task as the model defines it', async () => {
    const { processInstanceKey, task } = await startApproval();
    expect(task).toMatchObject({
      name: 'Approve',
      state: 'CREATED',
      assignee: null,
      elementId: 'approve',
      candidateGroups: ['finance'],
      candidateUsers: [],
      processDefinitionId: 'approval',
      processInstanceKey,
      priority: 40,
      tenantId: '<default>',
      completionDate: null,
    });
    expect(task.formKey).toMatch(/^\d+$/);
    expect(await getTask(task.userTaskKey)).toMatchObject({
      userTaskKey: task.userTaskKey,
      state: 'CREATED',
    });

    const byGroup = await t.client.searchUserTasks({ filter: { candidateGroup: 'finance' } }, now);
    expect(byGroup.items.map((u) => u.userTaskKey)).toEqual([task.userTaskKey]);
    const none = await t.client.searchUserTasks({ filter: { candidateGroup: 'sales' } }, now);
    expect(none.items).toEqual([]);
    const byVariable = await t.client.searchUserTasks(
      { filter: { processInstanceVariables: [{ name: 'amount', value: '250' }] } },
      now,
    );
    expect(byVariable.page.totalItems).toBe(1);
  });

  it('assign, reassign with allowOverride, unassign; update the due date and priority; complete with variables', async () => {
    const { processInstanceKey, task } = await startApproval();
    const key = task.userTaskKey;
    await t.client.assignUserTask({ userTaskKey: key, assignee: 'alice' });
    expect((await getTask(key)).assignee).toBe('alice');

    const refused = await t.client
      .assignUserTask({ userTaskKey: key, assignee: 'bob', allowOverride: false })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(refused).toMatchObject({ name: 'HttpSdkError', status: 409 });
    t.logged.length = 0;
    expect((await getTask(key)).assignee).toBe('alice');

    await t.client.assignUserTask({ userTaskKey: key, assignee: 'bob', allowOverride: true });
    expect((await getTask(key)).assignee).toBe('bob');
    await t.client.unassignUserTask({ userTaskKey: key });
    expect((await getTask(key)).assignee).toBeNull();

    await t.client.updateUserTask({
      userTaskKey: key,
      changeset: { dueDate: '2030-01-02T03:04:05.000Z', priority: 90, candidateUsers: ['carol'] },
    });
    const updated = await getTask(key);
    expect(updated).toMatchObject({ priority: 90, candidateUsers: ['carol'], candidateGroups: ['finance'] });
    expect(Date.parse(String(updated.dueDate))).toBe(Date.parse('2030-01-02T03:04:05.000Z'));

    await t.client.completeUserTask({ userTaskKey: key, variables: { approved: true } });
    const done = await getTask(key);
    expect(done.state).toBe('COMPLETED');
    expect(done.completionDate).toEqual(expect.any(String));
    expect((await t.client.getProcessInstance({ processInstanceKey }, now)).state).toBe('COMPLETED');
    const approved = await t.client.searchVariables(
      { filter: { processInstanceKey, name: 'approved' } },
      now,
    );
    expect(approved.items.map((v) => v.value)).toEqual(['true']);

    const again = await t.client.completeUserTask({ userTaskKey: key }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(again).toMatchObject({ name: 'HttpSdkError', status: 404 });
    t.logged.length = 0;
  });

  it('searchUserTaskVariables lists the local variables of the task; the effective ones include the inherited', async () => {
    const { task } = await startApproval();
    const local = await t.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey }, now);
    expect(local.items).toEqual([]);
    const effective = await t.client.searchUserTaskEffectiveVariables({ userTaskKey: task.userTaskKey }, now);
    expect(effective.items.map((v) => [v.name, v.value])).toEqual([['amount', '250']]);
  });

  it('a completing listener run by the official worker denies the first completion and corrects the second', async () => {
    const { processInstanceKey, task } = await startApproval('check-approval');
    let calls = 0;
    t.client.createJobWorker({
      jobType: 'check-approval',
      jobTimeoutMs: 30_000,
      maxParallelJobs: 1,
      pollIntervalMs: 10,
      jobHandler: (job) => {
        calls += 1;
        if (calls === 1)
          return job.complete({}, { type: 'userTask', denied: true, deniedReason: 'need a note' });
        return job.complete({}, { type: 'userTask', corrections: { priority: 99 } });
      },
    });

    // The request is held until the listener answers; its denial rejects it.
    const refused = await t.client.completeUserTask({ userTaskKey: task.userTaskKey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      message: expect.stringContaining(
        `Completion of the User Task with key '${task.userTaskKey}' was denied by Task Listener. Reason to deny: 'need a note'`,
      ),
    });
    const denied = await t.client.searchUserTasks(
      { filter: { userTaskKey: task.userTaskKey, state: 'CREATED' } },
      { consistency: { waitUpToMs: 10_000, pollIntervalMs: 20 } },
    );
    expect(denied.items).toHaveLength(1);
    const listenerJobs = await t.client.searchJobs(
      { filter: { processInstanceKey, kind: 'TASK_LISTENER' } },
      { consistency: { waitUpToMs: 10_000, pollIntervalMs: 20, predicate: (r) => r.items.length === 1 } },
    );
    expect(listenerJobs.items[0]).toMatchObject({ listenerEventType: 'COMPLETING', isDenied: true });

    await t.client.completeUserTask({ userTaskKey: task.userTaskKey });
    const completed = await t.client.searchUserTasks(
      { filter: { userTaskKey: task.userTaskKey, state: 'COMPLETED' } },
      { consistency: { waitUpToMs: 10_000, pollIntervalMs: 20 } },
    );
    expect(completed.items[0]?.priority).toBe(99);
    expect(calls).toBe(2);
    expect((await t.client.getProcessInstance({ processInstanceKey }, now)).state).toBe('COMPLETED');
  });

  it('an assigning listener job carries the task; its corrections change the assignment', async () => {
    const { task } = await startApproval('on-assign', 'assigning');
    // Held until the listener answers.
    const assignment = t.client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'alice' });
    const { jobs } = await t.client.activateJobs({
      type: 'on-assign',
      timeout: 60_000,
      maxJobsToActivate: 1,
      requestTimeout: -1,
    });
    const job = jobs[0];
    if (job === undefined) throw new Error('no listener job');
    expect(job).toMatchObject({
      kind: 'TASK_LISTENER',
      listenerEventType: 'ASSIGNING',
      elementId: 'approve',
      userTask: expect.objectContaining({ userTaskKey: task.userTaskKey, assignee: 'alice', priority: 40 }),
    });
    expect((await getTask(task.userTaskKey)).state).toBe('ASSIGNING');
    await t.client.completeJob({
      jobKey: job.jobKey,
      result: { type: 'userTask', corrections: { assignee: 'bob', candidateGroups: ['audit'] } },
    });
    await assignment;
    expect(await getTask(task.userTaskKey)).toMatchObject({
      state: 'CREATED',
      assignee: 'bob',
      candidateGroups: ['audit'],
    });
  });
});
