import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('global task listeners run on user tasks', () => {
  const t = useEngine({ clock: 'manual' });

  it('a global completing listener runs before the task listener of the element, then the task completes', async () => {
    const { api } = t;
    const created = await api.post('/global-task-listeners', {
      id: 'audit-completions',
      type: 'audit-completion',
      eventTypes: ['completing'],
    });
    expect(created.status).toBe(201);
    await api.deployFixtures('listener-and-ad-hoc-process.bpmn');
    const pi = await api.start('expense-review');
    const tasks = await api.post<{ items: Array<{ userTaskKey: string }> }>('/user-tasks/search', {
      filter: { processInstanceKey: pi },
    });
    const taskKey = tasks.body.items[0]?.userTaskKey as string;
    // The request is held until the last listener approves.
    const completion = api.post(`/user-tasks/${taskKey}/completion`, {});
    // The global listener first; the element's own listener has no job yet.
    expect(await api.activate('check-receipt')).toEqual([]);
    const audit = await api.activateOne('audit-completion');
    expect(audit).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'COMPLETING' });
    await api.post(`/jobs/${audit.jobKey}/completion`, { result: { type: 'userTask' } });
    const own = await api.activateOne('check-receipt');
    await api.post(`/jobs/${own.jobKey}/completion`, {});
    expect((await completion).status).toBe(204);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
  });
});
