import { describe, expect, it } from 'vitest';
import type { CamundaClient } from '../../src/index.js';
import { activate, engineAndClient, fixture, start, stateOf, trail } from './support.js';

type Key = Parameters<CamundaClient['getProcessInstance']>[0]['processInstanceKey'];

/** The element instance key of an element's one instance. */
async function instanceOf(client: CamundaClient, processInstanceKey: Key, elementId: string) {
  const { items } = await client.searchElementInstances({
    filter: { processInstanceKey, elementId: elementId as never },
  });
  expect(items).toHaveLength(1);
  return items[0]?.elementInstanceKey as NonNullable<(typeof items)[0]>['elementInstanceKey'];
}

const taskState = async (client: CamundaClient, processInstanceKey: Key) =>
  (await client.searchUserTasks({ filter: { processInstanceKey } })).items.map((t) => t.state);

describe('ad-hoc sub-processes cancelling a user task with canceling listeners, on the engine', () => {
  it('activates through the API at once, and completes only after the canceled task is done', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('ad-hoc-held-termination.bpmn')]);
    const pik = await start(client, 'handle-case');
    const work = await instanceOf(client, pik, 'work');

    await client.activateAdHocSubProcessActivities({
      adHocSubProcessInstanceKey: work as never,
      elements: [{ elementId: 'lookup' as never }],
      cancelRemainingInstances: true,
    });
    // The review is being canceled, and the lookup runs already.
    expect(await taskState(client, pik)).toEqual(['CANCELING']);
    const [lookup] = await activate(client, 'lookup');
    expect(lookup?.elementId).toBe('lookup');
    // The lookup finishes first: the sub-process waits for the review's canceling listener.
    await client.completeJob({ jobKey: lookup?.jobKey as never });
    expect((await client.getElementInstance({ elementInstanceKey: work })).state).toBe('ACTIVE');
    expect(await activate(client, 'close-case')).toEqual([]);

    const [release] = await activate(client, 'release-review');
    expect(release).toMatchObject({ kind: 'TASK_LISTENER', listenerEventType: 'CANCELING' });
    await client.completeJob({ jobKey: release?.jobKey as never });
    expect(await taskState(client, pik)).toEqual(['CANCELED']);
    expect(await trail(client, pik, true)).toEqual([
      'start:START_EVENT:COMPLETED',
      'work:AD_HOC_SUB_PROCESS:COMPLETED',
      'work#innerInstance:AD_HOC_SUB_PROCESS_INNER_INSTANCE:TERMINATED',
      'review:USER_TASK:TERMINATED',
      'work#innerInstance:AD_HOC_SUB_PROCESS_INNER_INSTANCE:COMPLETED',
      'lookup:SERVICE_TASK:COMPLETED',
      'close:SERVICE_TASK:ACTIVE',
    ]);
    expect(await activate(client, 'close-case')).toHaveLength(1);
  });

  it('follows a job result completing with cancel-remaining once the canceled task is done', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('ad-hoc-held-termination.bpmn')]);
    const pik = await start(client, 'agent-case');
    const [first] = await activate(client, 'case-agent');
    await client.completeJob({
      jobKey: first?.jobKey as never,
      result: {
        type: 'adHocSubProcess',
        activateElements: [{ elementId: 'agent-review' as never }, { elementId: 'agent-lookup' as never }],
      },
    });
    const [lookup] = await activate(client, 'lookup');
    await client.completeJob({ jobKey: lookup?.jobKey as never });
    // After each element the agent decides again, while the review still runs.
    const [again] = await activate(client, 'case-agent');

    // New elements and a fulfilled completion condition together: refused, as by Zeebe.
    const refused = await client
      .completeJob({
        jobKey: again?.jobKey as never,
        result: {
          type: 'adHocSubProcess',
          activateElements: [{ elementId: 'agent-lookup' as never }],
          isCompletionConditionFulfilled: true,
        },
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 400 });
    expect(JSON.stringify(refused)).toContain('no further element activations are allowed');

    await client.completeJob({
      jobKey: again?.jobKey as never,
      result: {
        type: 'adHocSubProcess',
        isCompletionConditionFulfilled: true,
        isCancelRemainingInstances: true,
      },
    });
    expect(await taskState(client, pik)).toEqual(['CANCELING']);
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    expect(await activate(client, 'case-agent')).toEqual([]);
    const [release] = await activate(client, 'release-review');
    await client.completeJob({ jobKey: release?.jobKey as never });
    expect(await taskState(client, pik)).toEqual(['CANCELED']);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
  });
});
