import { describe, expect, it } from 'vitest';
import type { CamundaClient } from '../../src/index.js';
import { activate, engineAndClient, fixture, start, stateOf, trail } from './support.js';

type Key = Parameters<CamundaClient['getProcessInstance']>[0]['processInstanceKey'];

/** The one user task of an instance. */
async function taskOf(client: CamundaClient, processInstanceKey: Key) {
  const { items } = await client.searchUserTasks({ filter: { processInstanceKey } });
  expect(items).toHaveLength(1);
  return items[0] as NonNullable<(typeof items)[0]>;
}

describe('canceling task listeners on the engine', () => {
  it('a cancellation waits for the canceling listeners, one after another, before the task and instance end', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('canceling-listeners.bpmn')]);
    const pik = await start(client, 'review-claim', { reviewer: 'ann', claimId: 'c-7' });
    const { userTaskKey, elementInstanceKey } = await taskOf(client, pik);

    await client.cancelProcessInstance({ processInstanceKey: pik });

    // Terminating: the task is CANCELING; the element instance (which the API shows as ACTIVE) and the instance
    // stay until the listeners are done, and the instance cannot be canceled a second time.
    const canceling = await client.getUserTask({ userTaskKey });
    expect(canceling.state).toBe('CANCELING');
    expect(canceling.completionDate ?? null).toBeNull();
    const element = await client.getElementInstance({ elementInstanceKey });
    expect(element).toMatchObject({ state: 'ACTIVE' });
    expect(element.endDate ?? null).toBeNull();
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    const again = await client.cancelProcessInstance({ processInstanceKey: pik }).catch((e: unknown) => e);
    expect(again).toMatchObject({ status: 404 });

    // The second listener's job exists only once the first is complete.
    expect(await activate(client, 'notify-reviewer')).toEqual([]);
    const [release] = await activate(client, 'release-claim');
    expect(release).toMatchObject({
      kind: 'TASK_LISTENER',
      listenerEventType: 'CANCELING',
      elementId: 'review',
      elementInstanceKey,
      processInstanceKey: pik,
      variables: { reviewer: 'ann', claimId: 'c-7' },
      customHeaders: {
        desk: 'claims',
        'io.camunda.zeebe:userTaskKey': userTaskKey,
        'io.camunda.zeebe:assignee': 'ann',
        'io.camunda.zeebe:candidateGroups': '["claims","audit"]',
        'io.camunda.zeebe:priority': '70',
      },
    });
    // No action header, so (as Zeebe's gateway) no user task properties: the headers carry the task's data.
    expect(release?.userTask).toBeNull();
    expect(release?.customHeaders).not.toHaveProperty('io.camunda.zeebe:action');

    // A canceling listener can neither deny nor correct.
    const denial = await client
      .completeJob({ jobKey: release?.jobKey as never, result: { type: 'userTask', denied: true } })
      .catch((e: unknown) => e);
    expect(denial).toMatchObject({ status: 400 });
    const correction = await client
      .completeJob({
        jobKey: release?.jobKey as never,
        result: { type: 'userTask', corrections: { assignee: 'bob' } },
      })
      .catch((e: unknown) => e);
    expect(correction).toMatchObject({ status: 400 });
    // Nor throw a BPMN error, as for every listener job in Zeebe.
    const thrown = await client
      .throwJobError({ jobKey: release?.jobKey as never, errorCode: 'late' })
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ status: 409 });
    expect(JSON.stringify(thrown)).toContain(
      `Cannot throw BPMN error from TASK_LISTENER job with key '${release?.jobKey}', type 'release-claim' and processInstanceKey '${pik}'`,
    );

    await client.completeJob({ jobKey: release?.jobKey as never });
    expect((await client.getUserTask({ userTaskKey })).state).toBe('CANCELING');
    expect(await stateOf(client, pik)).toBe('ACTIVE');

    const [notify] = await activate(client, 'notify-reviewer');
    expect(notify).toMatchObject({ listenerEventType: 'CANCELING', variables: { reviewer: 'ann' } });
    await client.completeJob({ jobKey: notify?.jobKey as never });

    const canceled = await client.getUserTask({ userTaskKey });
    expect(canceled.state).toBe('CANCELED');
    expect(canceled.completionDate).toEqual(expect.any(String));
    expect(await client.getElementInstance({ elementInstanceKey })).toMatchObject({ state: 'TERMINATED' });
    expect(await stateOf(client, pik)).toBe('TERMINATED');
  });

  it('an interrupting timer boundary event is taken once the canceling listener is done', async () => {
    const { engine, client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('canceling-listeners.bpmn')]);
    const pik = await start(client, 'timed-review', { claimId: 'c-8' });
    const { userTaskKey } = await taskOf(client, pik);

    engine.clock.advance(4 * 3_600_000);

    expect((await client.getUserTask({ userTaskKey })).state).toBe('CANCELING');
    expect(await trail(client, pik)).toEqual(['timed-start:COMPLETED', 'timed-task:ACTIVE']);
    expect(await activate(client, 'escalate-claim')).toEqual([]);

    const [release] = await activate(client, 'release-claim');
    await client.completeJob({ jobKey: release?.jobKey as never });

    expect((await client.getUserTask({ userTaskKey })).state).toBe('CANCELED');
    expect(await trail(client, pik)).toEqual([
      'timed-start:COMPLETED',
      'timed-task:TERMINATED',
      'overdue:COMPLETED',
      'escalate:ACTIVE',
    ]);
    expect(await activate(client, 'escalate-claim')).toHaveLength(1);
  });

  it('an interrupting message boundary event is taken once the canceling listener is done', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('canceling-listeners.bpmn')]);
    const pik = await start(client, 'timed-review', { claimId: 'c-9' });
    const { userTaskKey } = await taskOf(client, pik);

    await client.correlateMessage({
      name: 'claim-withdrawn',
      correlationKey: 'c-9',
      variables: { why: 'paid' },
    });

    expect((await client.getUserTask({ userTaskKey })).state).toBe('CANCELING');
    expect(await activate(client, 'archive-claim')).toEqual([]);
    const [release] = await activate(client, 'release-claim');
    await client.completeJob({ jobKey: release?.jobKey as never });

    expect(await trail(client, pik)).toEqual([
      'timed-start:COMPLETED',
      'timed-task:TERMINATED',
      'withdrawn-event:COMPLETED',
      'archive:ACTIVE',
    ]);
    const [archive] = await activate(client, 'archive-claim');
    expect(archive?.variables).toMatchObject({ claimId: 'c-9', why: 'paid' });
  });

  it('a canceling listener job that fails for good raises an incident; resolving it with retries goes on', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('canceling-listeners.bpmn')]);
    const pik = await start(client, 'timed-review', { claimId: 'c-10' });
    const { userTaskKey } = await taskOf(client, pik);
    await client.cancelProcessInstance({ processInstanceKey: pik });

    const [release] = await activate(client, 'release-claim');
    await client.failJob({ jobKey: release?.jobKey as never, retries: 0, errorMessage: 'ledger down' });
    const { items } = await client.searchIncidents({ filter: { processInstanceKey: pik } });
    expect(items.map((i) => [i.errorType, i.elementId, i.errorMessage, i.jobKey])).toEqual([
      ['TASK_LISTENER_NO_RETRIES', 'timed-task', 'ledger down', release?.jobKey],
    ]);
    expect(await stateOf(client, pik)).toBe('ACTIVE');

    await client.updateJob({ jobKey: release?.jobKey as never, changeset: { retries: 1 } });
    await client.resolveIncident({ incidentKey: items[0]?.incidentKey as never });
    const [retried] = await activate(client, 'release-claim');
    expect(retried?.jobKey).toBe(release?.jobKey);
    await client.completeJob({ jobKey: retried?.jobKey as never });

    expect((await client.getUserTask({ userTaskKey })).state).toBe('CANCELED');
    expect(await stateOf(client, pik)).toBe('TERMINATED');
  });
});
