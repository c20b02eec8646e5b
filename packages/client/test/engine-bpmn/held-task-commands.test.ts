import { describe, expect, it } from 'vitest';
import type { CamundaClient } from '../../src/index.js';
import { engineAndClient, fixture, globals, nextJob, start, stateOf } from './support.js';

// Zeebe holds a user task command while the task's listeners run: the REST request is answered when the last
// listener job completes (204), or with a rejection when a listener denies or the task is canceled.

type TaskKey = Parameters<CamundaClient['getUserTask']>[0]['userTaskKey'];

/** Starts the vetting process and returns its instance and its user task. */
async function vetting(client: CamundaClient) {
  await client.deployResourcesFromFiles([fixture('held-task-commands.bpmn')]);
  const pik = await start(client, 'vet-invoice', { amount: 40 });
  const { items } = await client.searchUserTasks({ filter: { processInstanceKey: pik } });
  const task = items[0];
  if (task === undefined) throw new Error('no user task');
  return { pik, userTaskKey: task.userTaskKey as TaskKey, elementInstanceKey: task.elementInstanceKey };
}

/** Tracks a command's answer: `settled` says whether it came, `answer` waits for it (a rejection as its error). */
function track(command: Promise<unknown>) {
  const state = { settled: false };
  const answer = command.then(
    () => {
      state.settled = true;
      return 'done' as const;
    },
    (error: unknown) => {
      state.settled = true;
      return error;
    },
  );
  return { state, answer };
}

const deny = (client: CamundaClient, jobKey: string, deniedReason: string) =>
  client.completeJob({
    jobKey: jobKey as never,
    result: { type: 'userTask', denied: true, deniedReason },
  });

describe('user task commands held by their listeners, on the engine', () => {
  it('answers a completion once the completing listener job completes', async () => {
    const { client } = await engineAndClient();
    const { pik, userTaskKey } = await vetting(client);
    const completion = track(client.completeUserTask({ userTaskKey, variables: { vetted: true } }));

    const listener = await nextJob(client, 'vet-completion');
    expect(listener).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'COMPLETING' });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('COMPLETING');
    expect(completion.state.settled).toBe(false);

    await client.completeJob({ jobKey: listener.jobKey });
    expect(await completion.answer).toBe('done');
    expect((await client.getUserTask({ userTaskKey })).state).toBe('COMPLETED');
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await globals(client, pik)).toMatchObject({ vetted: true });
  });

  it('rejects a denied completion with Zeebe’s reason; the task stays CREATED', async () => {
    const { client } = await engineAndClient();
    const { pik, userTaskKey } = await vetting(client);
    const completion = track(client.completeUserTask({ userTaskKey }));
    const listener = await nextJob(client, 'vet-completion');
    await deny(client, listener.jobKey, 'no receipt');

    expect(await completion.answer).toMatchObject({
      status: 409,
      problem: {
        title: 'INVALID_STATE',
        detail: `Command 'COMPLETE' rejected with code 'INVALID_STATE': Completion of the User Task with key '${userTaskKey}' was denied by Task Listener. Reason to deny: 'no receipt'`,
      },
    });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('CREATED');
    expect(await stateOf(client, pik)).toBe('ACTIVE');
  });

  it('holds an assignment until the assigning listener approves, and rejects denied assignments and claims', async () => {
    const { client } = await engineAndClient();
    const { userTaskKey } = await vetting(client);

    const assignment = track(client.assignUserTask({ userTaskKey, assignee: 'ann' }));
    const approval = await nextJob(client, 'vet-assignment');
    expect(approval.userTask).toMatchObject({ assignee: 'ann', action: 'assign' });
    expect(assignment.state.settled).toBe(false);
    await client.completeJob({ jobKey: approval.jobKey });
    expect(await assignment.answer).toBe('done');
    expect((await client.getUserTask({ userTaskKey })).assignee).toBe('ann');

    const denied = `Command 'ASSIGN' rejected with code 'INVALID_STATE': Assignment of the User Task with key '${userTaskKey}' was denied by Task Listener. Reason to deny: 'not on duty'`;
    const reassignment = track(client.assignUserTask({ userTaskKey, assignee: 'bob' }));
    await deny(client, (await nextJob(client, 'vet-assignment')).jobKey, 'not on duty');
    expect(await reassignment.answer).toMatchObject({ status: 409, problem: { detail: denied } });

    // A claim's denial is an assignment's, as in Zeebe.
    const unassignment = track(client.unassignUserTask({ userTaskKey }));
    await client.completeJob({ jobKey: (await nextJob(client, 'vet-assignment')).jobKey });
    expect(await unassignment.answer).toBe('done');
    const claim = track(client.assignUserTask({ userTaskKey, assignee: 'cy', allowOverride: false }));
    await deny(client, (await nextJob(client, 'vet-assignment')).jobKey, 'not on duty');
    expect(await claim.answer).toMatchObject({ status: 409, problem: { detail: denied } });
    expect(await client.getUserTask({ userTaskKey })).toMatchObject({ state: 'CREATED' });
    expect((await client.getUserTask({ userTaskKey })).assignee ?? null).toBeNull();
  });

  it('rejects an update its updating listener denies', async () => {
    const { client } = await engineAndClient();
    const { userTaskKey } = await vetting(client);
    const update = track(client.updateUserTask({ userTaskKey, changeset: { priority: 90 } }));
    await deny(client, (await nextJob(client, 'vet-update')).jobKey, 'too urgent');
    expect(await update.answer).toMatchObject({
      status: 409,
      problem: {
        detail: `Command 'UPDATE' rejected with code 'INVALID_STATE': Update of the User Task with key '${userTaskKey}' was denied by Task Listener. Reason to deny: 'too urgent'`,
      },
    });
    expect((await client.getUserTask({ userTaskKey })).priority).toBe(50);
  });

  it('rejects a held completion when the process instance is canceled meanwhile', async () => {
    const { client } = await engineAndClient();
    const { pik, userTaskKey } = await vetting(client);
    const completion = track(client.completeUserTask({ userTaskKey }));
    await nextJob(client, 'vet-completion');
    await client.cancelProcessInstance({ processInstanceKey: pik });

    expect(await completion.answer).toMatchObject({
      status: 409,
      problem: {
        detail:
          "Command 'COMPLETE' rejected with code 'INVALID_STATE': user task was canceled during ongoing transition",
      },
    });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('CANCELED');
  });

  it('runs the updating listeners when variables are set on the task’s element instance, and sets them once approved', async () => {
    const { client } = await engineAndClient();
    const { pik, userTaskKey, elementInstanceKey } = await vetting(client);

    const update = track(
      client.createElementInstanceVariables({
        elementInstanceKey,
        variables: { note: 'checked' },
        local: true,
      }),
    );
    const listener = await nextJob(client, 'vet-update');
    expect(listener).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'UPDATING' });
    // As Zeebe: `variables` changed, no action; the listener sees the new values before they are set.
    expect(listener.customHeaders).toMatchObject({ 'io.camunda.zeebe:changedAttributes': '["variables"]' });
    expect(listener.customHeaders).not.toHaveProperty('io.camunda.zeebe:action');
    expect(listener.variables).toMatchObject({ amount: 40, note: 'checked' });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('UPDATING');
    expect(update.state.settled).toBe(false);
    expect((await client.searchUserTaskVariables({ userTaskKey })).items).toEqual([]);

    await client.completeJob({ jobKey: listener.jobKey });
    expect(await update.answer).toBe('done');
    const local = await client.searchUserTaskVariables({ userTaskKey });
    expect(local.items.map((v) => [v.name, v.value])).toEqual([['note', '"checked"']]);
    expect(await globals(client, pik)).not.toHaveProperty('note');

    const denied = track(
      client.createElementInstanceVariables({ elementInstanceKey, variables: { note: 'rewritten' } }),
    );
    await deny(client, (await nextJob(client, 'vet-update')).jobKey, 'read only');
    expect(await denied.answer).toMatchObject({
      status: 409,
      problem: {
        detail: `Command 'UPDATE' rejected with code 'INVALID_STATE': Variable update for user task instance with key '${elementInstanceKey}' was denied by Task Listener. Reason to deny: 'read only'`,
      },
    });
    const after = await client.searchUserTaskVariables({ userTaskKey });
    expect(after.items.map((v) => [v.name, v.value])).toEqual([['note', '"checked"']]);
    expect((await client.getUserTask({ userTaskKey })).state).toBe('CREATED');
  });

  it('answers 504 DEADLINE_EXCEEDED past the request timeout, while the transition goes on', async () => {
    const { client } = await engineAndClient({ requestTimeoutMs: 200 });
    const { pik, userTaskKey } = await vetting(client);
    const timedOut = await client.completeUserTask({ userTaskKey }).catch((e: unknown) => e);
    expect(timedOut).toMatchObject({
      status: 504,
      problem: {
        title: 'DEADLINE_EXCEEDED',
        detail: 'Expected to handle request, but request timed out between gateway and broker',
      },
    });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('COMPLETING');
    await client.completeJob({ jobKey: (await nextJob(client, 'vet-completion')).jobKey });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('COMPLETED');
    expect(await stateOf(client, pik)).toBe('COMPLETED');
  });
});
