import { describe, expect, it } from 'vitest';
import { activate, engineAndClient, fixture, globals, nextJob, start, stateOf } from './support.js';

describe('execution and user task listeners on the engine', () => {
  it('runs execution listeners as jobs and lets task listener results correct and deny', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('listeners.bpmn')]);
    const pik = await start(client, 'approve-expense', { amount: 120 });

    const [policy] = await activate(client, 'load-policy');
    expect(policy).toMatchObject({
      kind: 'EXECUTION_LISTENER',
      listenerEventType: 'START',
      elementId: 'score',
    });
    expect(await activate(client, 'score-expense')).toEqual([]);
    await client.completeJob({ jobKey: policy?.jobKey as never, variables: { limit: 100 } });
    const [score] = await activate(client, 'score-expense');
    // The start listener's variables are local to the task it ran for.
    expect(score?.variables).toMatchObject({ amount: 120, limit: 100 });
    await client.completeJob({ jobKey: score?.jobKey as never, variables: { risky: true } });

    // A creating listener corrects the new task.
    const [routing] = await activate(client, 'route-approval');
    expect(routing).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'CREATING' });
    await client.completeJob({
      jobKey: routing?.jobKey as never,
      result: { type: 'userTask', corrections: { candidateGroups: ['finance'], priority: 90 } },
    });
    const task = (await client.searchUserTasks({ filter: { processInstanceKey: pik } })).items[0];
    expect(task).toMatchObject({ state: 'CREATED', candidateGroups: ['finance'], priority: 90 });
    const userTaskKey = task?.userTaskKey as never;

    // Each command is held until its listeners end. An assigning listener denies: the assignment is reverted.
    const assignment = client.assignUserTask({ userTaskKey, assignee: 'mallory' }).catch((e: unknown) => e);
    const assigning = await nextJob(client, 'check-approver');
    expect(assigning?.userTask).toMatchObject({ assignee: 'mallory', action: 'assign' });
    await client.completeJob({
      jobKey: assigning?.jobKey as never,
      result: { type: 'userTask', denied: true },
    });
    expect(await assignment).toMatchObject({ status: 409 });
    expect((await client.getUserTask({ userTaskKey })).assignee ?? null).toBeNull();

    // An updating listener approves the update.
    const update = client.updateUserTask({ userTaskKey, changeset: { priority: 10 } });
    await client.completeJob({ jobKey: (await nextJob(client, 'check-update')).jobKey });
    await update;
    expect((await client.getUserTask({ userTaskKey })).priority).toBe(10);

    // A completing listener denies once, then approves.
    const refused = client
      .completeUserTask({ userTaskKey, variables: { approved: true } })
      .catch((e: unknown) => e);
    const first = await nextJob(client, 'check-completion');
    await client.completeJob({
      jobKey: first?.jobKey as never,
      result: { type: 'userTask', denied: true, deniedReason: 'needs a receipt' },
    });
    expect(await refused).toMatchObject({ status: 409 });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('CREATED');
    const denials = await client.searchJobs({ filter: { type: 'check-completion' } });
    expect(denials.items[0]).toMatchObject({ isDenied: true, deniedReason: 'needs a receipt' });
    const completion = client.completeUserTask({ userTaskKey, variables: { approved: true } });
    await client.completeJob({ jobKey: (await nextJob(client, 'check-completion')).jobKey });
    await completion;
    expect((await client.getUserTask({ userTaskKey })).state).toBe('COMPLETED');

    // The process end listener runs last.
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    const [archive] = await activate(client, 'archive-expense');
    expect(archive).toMatchObject({ listenerEventType: 'END' });
    await client.completeJob({ jobKey: archive?.jobKey as never });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await globals(client, pik)).toMatchObject({ amount: 120, risky: true, approved: true });
  });

  it('raises EXECUTION_LISTENER_NO_RETRIES when a listener job fails for good', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('listeners.bpmn')]);
    const pik = await start(client, 'approve-expense', { amount: 1 });
    const [policy] = await activate(client, 'load-policy');
    await client.failJob({ jobKey: policy?.jobKey as never, retries: 0, errorMessage: 'policy store down' });
    const { items } = await client.searchIncidents({ filter: { processInstanceKey: pik } });
    expect(items.map((i) => [i.errorType, i.elementId, i.errorMessage])).toEqual([
      ['EXECUTION_LISTENER_NO_RETRIES', 'score', 'policy store down'],
    ]);
  });

  it.each([
    [
      'listener-start-on-start-event.bpmn',
      "Execution listeners of type 'start' are not supported by start events",
    ],
    [
      'listener-end-on-gateway.bpmn',
      "Execution listeners of type 'end' are not supported by gateway element",
    ],
    [
      'listener-end-on-error-end.bpmn',
      "Execution listeners of type 'end' are not supported by [error] end events",
    ],
    [
      'listener-on-compensation-boundary.bpmn',
      "Execution listeners of type 'start' and 'end' are not supported by [compensation] boundary events",
    ],
  ])('rejects the deployment of %s with the validator message', async (file, message) => {
    const { client } = await engineAndClient();
    const error = await client.deployResourcesFromFiles([fixture(file)]).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect(JSON.stringify(error)).toContain(JSON.stringify(message).slice(1, -1));
    expect((await client.searchProcessDefinitions({})).items).toEqual([]);
  });

  it('rejects completing a task listener job with variables, as Zeebe does; without them the task completes', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('task-listener-variables.bpmn')]);
    const pik = await start(client, 'review-claim', { claim: 7 });
    const task = (await client.searchUserTasks({ filter: { processInstanceKey: pik } })).items[0];
    const completion = client.completeUserTask({ userTaskKey: task?.userTaskKey as never });
    const audit = await nextJob(client, 'audit-completion');
    expect(audit).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'COMPLETING' });

    const error = await client
      .completeJob({ jobKey: audit?.jobKey as never, variables: { audited: true } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect(JSON.stringify(error)).toContain(
      `Task Listener job completion with variables payload provided is not yet supported (job key '${audit?.jobKey}', type 'audit-completion', processInstanceKey '${pik}')`,
    );
    expect(await stateOf(client, pik)).toBe('ACTIVE');

    await client.completeJob({ jobKey: audit?.jobKey as never });
    await completion;
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await globals(client, pik)).toEqual({ claim: 7 });
  });
});
