import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/feel/json-value.js';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

/** Process `processId`: start → user task `review` with task listeners (event type → job type) → end. */
const reviewWithListeners = (processId: string, listeners: Record<string, string>, assignee?: string) =>
  bpmn(
    processId,
    `<startEvent id="s"/>
  <userTask id="review"><extensionElements><zeebe:userTask/>
    ${assignee === undefined ? '' : `<zeebe:assignmentDefinition assignee="${assignee}"/>`}
    <zeebe:taskListeners>${Object.entries(listeners)
      .map(([event, type]) => `<zeebe:taskListener eventType="${event}" type="${type}"/>`)
      .join('')}</zeebe:taskListeners></extensionElements></userTask>
  <endEvent id="e"/>${flows('s->review', 'review->e')}`,
  );

const model = reviewWithListeners(
  'p',
  { creating: 'on-create', assigning: 'on-assign', completing: 'on-complete' },
  '=who',
);

/** Deploys `definition`, starts `processId` with `variables` and returns the harness, the instance and its user task. */
async function startReview(definition: string, processId: string, variables: JsonObject = {}) {
  const h = createExecutorHarness();
  await h.deploy(definition);
  const pi = h.start(processId, variables);
  const [task] = h.executor.userTasksOf(pi.key);
  if (task === undefined) throw new Error(`no user task in ${processId}`);
  return { h, pi, task };
}

describe('user task listeners', () => {
  it('creating and assigning listeners run first and may correct the task', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { who: 'ann' });
    const [task] = h.executor.userTasksOf(pi.key);
    expect(task?.state).toBe('CREATING');
    const [creating] = h.activeJobs(pi, 'on-create');
    expect(creating).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'CREATING' });
    h.executor.completeJob(
      creating as never,
      {},
      { corrections: { priority: 90, candidateGroups: ['audit'] } },
    );
    expect(task?.state).toBe('ASSIGNING');
    h.executor.completeJob(
      h.activeJobs(pi, 'on-assign')[0] as never,
      {},
      { corrections: { assignee: 'bob' } },
    );
    expect(task).toMatchObject({
      state: 'CREATED',
      priority: 90,
      candidateGroups: ['audit'],
      assignee: 'bob',
    });
  });

  it('a completing listener that denies keeps the task open; one that approves completes it', async () => {
    const { h, pi, task } = await startReview(model, 'p', { who: null });
    h.completeJob(pi, 'on-create');
    h.executor.completeUserTask(task, { approved: true });
    expect(task.state).toBe('COMPLETING');
    const [denying] = h.activeJobs(pi, 'on-complete');
    h.executor.completeJob(denying as never, {}, { denied: true, deniedReason: 'no receipt' });
    expect(task.state).toBe('CREATED');
    expect(denying?.deniedReason).toBe('no receipt');
    expect(pi.state).toBe('ACTIVE');
    h.executor.completeUserTask(task, { approved: true });
    h.completeJob(pi, 'on-complete');
    expect(task.state).toBe('COMPLETED');
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toMatchObject({ approved: true });
  });

  it('a transition settles when it ends: approved, denied with the reason, or canceled', async () => {
    const { h, pi, task } = await startReview(model, 'p', { who: null });
    h.completeJob(pi, 'on-create');
    const settled: unknown[] = [];
    const watch = (outcome: Promise<unknown>) => outcome.then((o) => settled.push(o));

    const assigned = watch(h.executor.assignUserTask(task, 'eve'));
    await Promise.resolve();
    expect(settled).toEqual([]);
    h.completeJob(pi, 'on-assign');
    await assigned;
    const denied = watch(h.executor.completeUserTask(task, {}));
    h.executor.completeJob(
      h.activeJobs(pi, 'on-complete')[0] as never,
      {},
      { denied: true, deniedReason: 'late' },
    );
    await denied;
    const canceled = watch(h.executor.completeUserTask(task, {}));
    h.executor.cancelInstance(pi);
    await canceled;
    expect(settled).toEqual([{ kind: 'done' }, { kind: 'denied', reason: 'late' }, { kind: 'canceled' }]);
    expect(task.state).toBe('CANCELED');
  });

  it('variables set on the task run its updating listeners, which see them; they are set once approved', async () => {
    const { h, pi, task } = await startReview(reviewWithListeners('v', { updating: 'on-update' }), 'v');
    const update = h.executor.setVariables(task.elementInstance, { note: 'n' }, true);
    const [job] = h.activeJobs(pi, 'on-update');
    expect(task).toMatchObject({ state: 'UPDATING', changedAttributes: ['variables'] });
    expect(job?.customHeaders).not.toHaveProperty('io.camunda.zeebe:action');
    expect(task.pendingVariables).toEqual({ note: 'n' });
    expect(h.globals(pi)).not.toHaveProperty('note');
    h.executor.completeJob(job as never, {});
    expect(await update).toEqual({ kind: 'done' });
    expect(task.state).toBe('CREATED');
    expect(h.variables.local(task.elementInstance.key)?.get('note')?.value).toBe('n');
  });

  it('an assigning listener that denies reverts the assignment', async () => {
    const { h, pi, task } = await startReview(model, 'p', { who: null });
    h.completeJob(pi, 'on-create');
    h.executor.assignUserTask(task, 'eve');
    expect(task).toMatchObject({ state: 'ASSIGNING', assignee: 'eve' });
    h.executor.completeJob(h.activeJobs(pi, 'on-assign')[0] as never, {}, { denied: true });
    expect(task).toMatchObject({ state: 'CREATED', assignee: null });
  });

  it('tells each listener the action of its transition: none for an assignee given at creation, as Zeebe', async () => {
    const { h, pi, task } = await startReview(
      reviewWithListeners(
        'p',
        { assigning: 'on-assign', updating: 'on-update', completing: 'on-complete' },
        'ann',
      ),
      'p',
    );
    const actionOfNext = (type: string) => {
      const [job] = h.activeJobs(pi, type);
      const action = job?.customHeaders['io.camunda.zeebe:action'];
      h.executor.completeJob(job as never, {});
      return action;
    };
    // The assignment of the assignee given at creation is the engine's own: no action header at all.
    expect(h.activeJobs(pi, 'on-assign')[0]?.customHeaders).toMatchObject({
      'io.camunda.zeebe:assignee': 'ann',
      'io.camunda.zeebe:changedAttributes': '["assignee"]',
    });
    expect(actionOfNext('on-assign')).toBeUndefined();
    h.executor.assignUserTask(task, 'bob');
    expect(actionOfNext('on-assign')).toBe('assign');
    h.executor.assignUserTask(task, 'cy', 'escalate');
    expect(actionOfNext('on-assign')).toBe('escalate');
    h.executor.assignUserTask(task, null);
    expect(actionOfNext('on-assign')).toBe('unassign');
    h.executor.updateUserTask(task, { priority: 80 });
    expect(actionOfNext('on-update')).toBe('update');
    h.executor.updateUserTask(task, {}, 'remind');
    expect(actionOfNext('on-update')).toBe('remind');
    expect(task).toMatchObject({ state: 'CREATED', priority: 80, assignee: null });
    h.executor.completeUserTask(task, {});
    expect(actionOfNext('on-complete')).toBe('complete');
    expect(pi.state).toBe('COMPLETED');
  });
});
