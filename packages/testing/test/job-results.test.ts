import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

interface Problem {
  status: number;
  title: string;
  detail: string;
}

describe('jobs: completion results', () => {
  const t = useEngine({ clock: 'manual' });

  const activeJob = async () => {
    await t.api.deployFixtures('order-process.bpmn');
    const pi = await t.api.start('order-process', { order: { items: [], total: 1 } });
    const job = await t.api.activateOne('check-stock');
    return { pi, jobKey: job.jobKey };
  };

  const complete = (jobKey: string, result: unknown, variables: object = { available: true }) =>
    t.api.post<Problem>(`/jobs/${jobKey}/completion`, { variables, result });

  it('accepts a result that asks for nothing the job cannot do, and completes the job', async () => {
    const { pi, jobKey } = await activeJob();
    const res = await complete(jobKey, { type: 'userTask', denied: false, corrections: {} });
    expect(res.status).toBe(204);
    expect(await t.api.variables(pi)).toMatchObject({ inStock: true });
  });

  it('accepts an untyped (pre-8.8) user-task result and an empty ad-hoc result', async () => {
    const { jobKey } = await activeJob();
    expect((await complete(jobKey, { denied: null })).status).toBe(204);
    const pi = await t.api.start('order-process', { order: { items: [], total: 2 } });
    const second = await t.api.activateOne('check-stock');
    const res = await complete(second.jobKey, {
      type: 'adHocSubProcess',
      activateElements: [],
      isCompletionConditionFulfilled: false,
    });
    expect(res.status).toBe(204);
    expect(await t.api.variables(pi)).toMatchObject({ inStock: true });
  });

  it('answers a denial on a job that is not a task listener job with a problem naming its kind, and leaves it open', async () => {
    const { jobKey } = await activeJob();
    const res = await complete(jobKey, { type: 'userTask', denied: true, deniedReason: 'over budget' });
    expect(res.status).toBe(400);
    expect(res.body.title).toBe('INVALID_ARGUMENT');
    expect(res.body.detail).toContain('denies the work');
    expect(res.body.detail).toContain('only to user task listener jobs');
    expect(res.body.detail).toContain('BPMN_ELEMENT');
    expect((await complete(jobKey, null)).status).toBe(204);
  });

  it('answers corrections and ad-hoc instructions on a service-task job with problems naming the job kind', async () => {
    const { jobKey } = await activeJob();
    const corrected = await complete(jobKey, {
      type: 'userTask',
      corrections: { assignee: 'anna', priority: 80 },
    });
    expect(corrected.status).toBe(400);
    expect(corrected.body.detail).toContain('corrects assignee, priority');
    const adHoc = await complete(jobKey, {
      type: 'adHocSubProcess',
      activateElements: [{ elementId: 'research', variables: { topic: 'x' } }],
    });
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.detail).toContain('only to ad-hoc sub-process jobs');
  });

  it('rejects malformed results with a 400 naming the field', async () => {
    const { jobKey } = await activeJob();
    const both = await complete(jobKey, { type: 'userTask', denied: true, corrections: { assignee: 'x' } });
    expect(both.status).toBe(400);
    expect(both.body.detail).toContain('cannot both deny the work and correct the task');
    const priority = await complete(jobKey, { type: 'userTask', corrections: { priority: 101 } });
    expect(priority.status).toBe(400);
    expect(priority.body.detail).toContain('priority');
    const type = await complete(jobKey, { type: 'somethingElse' });
    expect(type.status).toBe(400);
  });

  it('checks results itself when request validation is off', async () => {
    const engine = await import('../src/index.js').then((m) =>
      m.startTestEngine({ validateRequests: false, validateResponses: true }),
    );
    try {
      const { restClient } = await import('./support/rest-client.js');
      const api = restClient(engine);
      await api.deployFixtures('order-process.bpmn');
      await api.start('order-process', { order: { items: [], total: 1 } });
      const job = await api.activateOne('check-stock');
      const post = (result: unknown) => api.post<Problem>(`/jobs/${job.jobKey}/completion`, { result });
      expect((await post({ type: 'somethingElse' })).body.detail).toContain("'result.type'");
      expect((await post({ corrections: { dueDate: 'tomorrow' } })).body.detail).toContain(
        "'result.corrections.dueDate'",
      );
      expect(
        (await post({ type: 'adHocSubProcess', activateElements: [{ variables: {} }] })).body.detail,
      ).toContain("'result.activateElements[0].elementId'");
      expect((await post({ corrections: { candidateUsers: 'anna' } })).status).toBe(400);
      expect((await post({ type: 'userTask', denied: false })).status).toBe(204);
      expect(engine.violations()).toEqual([]);
    } finally {
      await engine.stop();
    }
  });

  it('a completing task listener that denies keeps the user task open; its job shows the denial', async () => {
    const { api } = t;
    await api.deployFixtures('listener-and-ad-hoc-process.bpmn');
    const pi = await api.start('expense-review');
    const tasks = await api.post<{ items: Array<{ userTaskKey: string }> }>('/user-tasks/search', {
      filter: { processInstanceKey: pi },
    });
    const taskKey = tasks.body.items[0]?.userTaskKey as string;
    // Held until the listener answers.
    const completion = api.post<{ detail: string }>(`/user-tasks/${taskKey}/completion`, {
      variables: { approved: true },
    });
    expect((await api.get<{ state: string }>(`/user-tasks/${taskKey}`)).body.state).toBe('COMPLETING');
    const listener = await api.activateOne('check-receipt');
    expect(listener).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'COMPLETING' });
    expect(listener.userTask).toMatchObject({ userTaskKey: taskKey, assignee: 'ann', action: 'complete' });
    // Task listener jobs are completed without variables (Zeebe rejects them).
    const denied = await complete(
      listener.jobKey,
      { type: 'userTask', denied: true, deniedReason: 'no receipt' },
      {},
    );
    expect(denied.status).toBe(204);
    const answer = await completion;
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toBe(
      `Command 'COMPLETE' rejected with code 'INVALID_STATE': Completion of the User Task with key '${taskKey}' was denied by Task Listener. Reason to deny: 'no receipt'`,
    );
    expect((await api.get<{ state: string }>(`/user-tasks/${taskKey}`)).body.state).toBe('CREATED');
    const jobs = await api.post<{ items: Array<{ isDenied: boolean | null; deniedReason: string | null }> }>(
      '/jobs/search',
      { filter: { type: 'check-receipt' } },
    );
    expect(jobs.body.items[0]).toMatchObject({ isDenied: true, deniedReason: 'no receipt' });
    expect((await api.instance(pi)).state).toBe('ACTIVE');
  });

  it('a completing task listener that corrects the task lets the completion through', async () => {
    const { api } = t;
    await api.deployFixtures('listener-and-ad-hoc-process.bpmn');
    const pi = await api.start('expense-review');
    const tasks = await api.post<{ items: Array<{ userTaskKey: string }> }>('/user-tasks/search', {
      filter: { processInstanceKey: pi },
    });
    const taskKey = tasks.body.items[0]?.userTaskKey as string;
    const completion = api.post(`/user-tasks/${taskKey}/completion`, { variables: { approved: true } });
    const listener = await api.activateOne('check-receipt');
    const res = await complete(
      listener.jobKey,
      { type: 'userTask', corrections: { assignee: 'bob', priority: 80 } },
      {},
    );
    expect(res.status).toBe(204);
    expect((await completion).status).toBe(204);
    expect(
      (await api.get<{ state: string; assignee: string; priority: number }>(`/user-tasks/${taskKey}`)).body,
    ).toMatchObject({
      state: 'COMPLETED',
      assignee: 'bob',
      priority: 80,
    });
    expect((await api.instance(pi)).state).toBe('COMPLETED');
    expect(await api.variables(pi)).toMatchObject({ approved: true });
  });

  it('an ad-hoc sub-process job result activates elements and completes the sub-process', async () => {
    const { api } = t;
    await api.deployFixtures('listener-and-ad-hoc-process.bpmn');
    const pi = await api.start('agent');
    const loop = await api.activateOne('agent-loop');
    expect(loop.kind).toBe('AD_HOC_SUB_PROCESS');
    const activated = await complete(loop.jobKey, {
      type: 'adHocSubProcess',
      activateElements: [{ elementId: 'research', variables: { topic: 'leases' } }],
    });
    expect(activated.status).toBe(204);
    const research = await api.activateOne('research');
    expect(research.variables).toMatchObject({ topic: 'leases' });
    await api.complete(research.jobKey, { notes: 'n' });
    const again = await api.activateOne('agent-loop');
    expect(
      (await complete(again.jobKey, { type: 'adHocSubProcess', isCompletionConditionFulfilled: true }))
        .status,
    ).toBe(204);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
  });
});
