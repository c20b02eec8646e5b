import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

interface UserTask {
  userTaskKey: string;
  assignee: string | null;
  candidateGroups: string[];
  priority: number;
  state: string;
  name: string | null;
  customHeaders: Record<string, string>;
  processInstanceKey: string;
}

describe('user tasks', () => {
  const t = useEngine();

  it('creates the task from its definition, lets it be assigned and completed', async () => {
    const { api } = t;
    await api.deployFixtures('user-task-process.bpmn');
    const pi = await api.start('user-task-process', {
      requester: { name: 'Ann', manager: 'bob' },
      amount: 80,
    });

    const found = await api.post<{ items: UserTask[] }>('/user-tasks/search', {
      filter: { processInstanceKey: pi, state: 'CREATED' },
    });
    expect(found.body.items).toHaveLength(1);
    const task = found.body.items[0] as UserTask;
    expect(task).toMatchObject({
      assignee: 'bob',
      candidateGroups: ['finance', 'managers'],
      priority: 70,
      name: 'Approve expense',
      customHeaders: { department: 'finance' },
    });

    const refused = await api.post(`/user-tasks/${task.userTaskKey}/assignment`, {
      assignee: 'carol',
      allowOverride: false,
    });
    expect(refused.status).toBe(409);
    expect((await api.post(`/user-tasks/${task.userTaskKey}/assignment`, { assignee: 'carol' })).status).toBe(
      204,
    );
    expect((await api.get<UserTask>(`/user-tasks/${task.userTaskKey}`)).body.assignee).toBe('carol');
    expect((await api.delete(`/user-tasks/${task.userTaskKey}/assignee`)).status).toBe(204);
    expect((await api.get<UserTask>(`/user-tasks/${task.userTaskKey}`)).body.assignee).toBeNull();
    expect((await api.patch(`/user-tasks/${task.userTaskKey}`, { changeset: { priority: 10 } })).status).toBe(
      204,
    );

    const byGroup = await api.post<{ items: UserTask[] }>('/user-tasks/search', {
      filter: { candidateGroup: 'finance', priority: { $lt: 20 } },
    });
    expect(byGroup.body.items.map((u) => u.userTaskKey)).toEqual([task.userTaskKey]);

    const done = await api.post(`/user-tasks/${task.userTaskKey}/completion`, {
      variables: { approved: true },
    });
    expect(done.status).toBe(204);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
    expect(await api.variables(pi)).toMatchObject({ approved: true });
    expect((await api.get<UserTask>(`/user-tasks/${task.userTaskKey}`)).body.state).toBe('COMPLETED');
    expect((await api.post(`/user-tasks/${task.userTaskKey}/completion`, {})).status).toBe(404);
  });
});

describe('user task details', () => {
  const t = useEngine();

  it('updates dates and candidates, and searches the task variables', async () => {
    const { api } = t;
    await api.deployFixtures('user-task-process.bpmn');
    const pi = await api.start('user-task-process', { requester: { manager: 'bob' } });
    const task = (
      await api.post<{ items: UserTask[] }>('/user-tasks/search', { filter: { processInstanceKey: pi } })
    ).body.items[0] as UserTask;
    const update = await api.patch(`/user-tasks/${task.userTaskKey}`, {
      changeset: { dueDate: '2030-05-01T12:00:00+02:00', candidateUsers: ['dana'], candidateGroups: null },
    });
    expect(update.status).toBe(204);
    const read = await api.get<UserTask & { dueDate: string; candidateUsers: string[] }>(
      `/user-tasks/${task.userTaskKey}`,
    );
    expect(read.body).toMatchObject({
      dueDate: '2030-05-01T10:00:00.000Z',
      candidateUsers: ['dana'],
      candidateGroups: [],
    });
    const byUser = await api.post<{ items: UserTask[] }>('/user-tasks/search', {
      filter: { candidateUser: 'dana', dueDate: { $gt: '2030-05-01T00:00:00Z' } },
    });
    expect(byUser.body.items).toHaveLength(1);

    const elementInstanceKey = (read.body as unknown as { elementInstanceKey: string }).elementInstanceKey;
    const set = await api.put(`/element-instances/${elementInstanceKey}/variables`, {
      variables: { draft: 'x' },
      local: true,
    });
    expect(set.status).toBe(204);
    const vars = await api.post<{ items: Array<{ name: string; value: string }> }>(
      `/user-tasks/${task.userTaskKey}/variables/search`,
      {},
    );
    expect(vars.body.items.map((v) => [v.name, v.value])).toEqual([['draft', '"x"']]);
  });
});
