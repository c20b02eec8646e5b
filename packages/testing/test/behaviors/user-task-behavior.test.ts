import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

const model = bpmn(
  'p',
  `<startEvent id="s"/>
  <userTask id="ut"><extensionElements><zeebe:userTask/>
    <zeebe:assignmentDefinition assignee="=who" candidateGroups="finance, managers"/>
    <zeebe:priorityDefinition priority="=prio"/></extensionElements></userTask>
  <endEvent id="e"/>${flows('s->ut', 'ut->e')}`,
);

describe('user task behaviour', () => {
  it('creates a user task with evaluated assignment and completes with it', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { who: 'ann', prio: 80 });
    const [task] = h.executor.userTasksOf(pi.key);
    expect(task).toMatchObject({ assignee: 'ann', candidateGroups: ['finance', 'managers'], priority: 80 });
    h.executor.completeUserTask(task as NonNullable<typeof task>, { ok: true });
    expect(pi.state).toBe('COMPLETED');
    expect(task?.state).toBe('COMPLETED');
  });

  it('raises an incident for a priority out of range, and cancels the task on termination', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const bad = h.start('p', { who: 'ann', prio: 101 });
    expect(h.incidents(bad).map((i) => i.errorType)).toEqual(['EXTRACT_VALUE_ERROR']);
    const pi = h.start('p', { who: 'ann', prio: 1 });
    h.executor.cancelInstance(pi);
    expect(h.executor.userTasksOf(pi.key)[0]?.state).toBe('CANCELED');
  });
});
