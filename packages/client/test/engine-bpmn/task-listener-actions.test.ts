import { describe, expect, it } from 'vitest';
import type { CamundaClient } from '../../src/index.js';
import { activate, engineAndClient, fixture, nextJob, start, stateOf } from './support.js';

/** Activates the next job of a listener type (waiting for it), completes it, and returns it as activated. */
async function runListener(client: CamundaClient, type: string) {
  const job = await nextJob(client, type);
  await client.completeJob({ jobKey: job.jobKey });
  return job;
}

describe('the action task listeners are told, on the engine', () => {
  it('is none for an assignee given at creation, the default or the caller’s own for each API transition', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('task-listener-actions.bpmn')]);
    const pik = await start(client, 'triage-ticket', { owner: 'ann' });

    // The engine assigns the modelled assignee itself: no action, so (as Zeebe's gateway) no user task properties.
    const initial = await runListener(client, 'audit-assignment');
    expect(initial).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'ASSIGNING' });
    expect(initial.customHeaders).toMatchObject({
      'io.camunda.zeebe:assignee': 'ann',
      'io.camunda.zeebe:changedAttributes': '["assignee"]',
    });
    expect(initial.customHeaders).not.toHaveProperty('io.camunda.zeebe:action');
    expect(initial.userTask).toBeNull();

    const { items } = await client.searchUserTasks({ filter: { processInstanceKey: pik } });
    const userTaskKey = items[0]?.userTaskKey as NonNullable<(typeof items)[0]>['userTaskKey'];
    expect(items[0]).toMatchObject({ state: 'CREATED', assignee: 'ann' });

    const actions: unknown[] = [];
    // Each command is held until its listener approves: the job is worked while the request waits.
    const next = async (command: Promise<void>, type: string) => {
      const job = await runListener(client, type);
      await command;
      expect(job.customHeaders['io.camunda.zeebe:action']).toBe(job.userTask?.action);
      actions.push(job.userTask?.action);
      return job;
    };
    await next(client.assignUserTask({ userTaskKey, assignee: 'bob' }), 'audit-assignment');
    await next(
      client.assignUserTask({ userTaskKey, assignee: 'cy', action: 'escalate' }),
      'audit-assignment',
    );
    await next(client.unassignUserTask({ userTaskKey }), 'audit-assignment');
    // A claim (no override) is still `assign` through the REST API: the gateway fills in the default.
    await next(
      client.assignUserTask({ userTaskKey, assignee: 'dee', allowOverride: false }),
      'audit-assignment',
    );
    await next(client.updateUserTask({ userTaskKey, changeset: { priority: 80 } }), 'audit-update');
    // An action alone is an update: its listeners run, with nothing changed.
    const remind = await next(client.updateUserTask({ userTaskKey, action: 'remind' }), 'audit-update');
    expect(remind.userTask?.changedAttributes).toEqual([]);
    const empty = await client.updateUserTask({ userTaskKey }).catch((e: unknown) => e);
    expect(empty).toMatchObject({ status: 400 });
    await next(client.completeUserTask({ userTaskKey, action: 'resolve' }), 'audit-completion');

    expect(actions).toEqual(['assign', 'escalate', 'unassign', 'assign', 'update', 'remind', 'resolve']);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
  });

  it('defaults the action of a completion to complete', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('task-listener-actions.bpmn')]);
    const pik = await start(client, 'triage-ticket', { owner: null });
    const { items } = await client.searchUserTasks({ filter: { processInstanceKey: pik } });
    expect(await activate(client, 'audit-assignment')).toEqual([]);
    const completion = client.completeUserTask({ userTaskKey: items[0]?.userTaskKey as never });
    const job = await runListener(client, 'audit-completion');
    await completion;
    expect(job.userTask).toMatchObject({ action: 'complete', assignee: null });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
  });
});
