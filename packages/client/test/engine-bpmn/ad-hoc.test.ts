import { describe, expect, it } from 'vitest';
import {
  activate,
  completeAll,
  engineAndClient,
  fixture,
  globals,
  start,
  stateOf,
  trail,
} from './support.js';

describe('ad-hoc sub-processes on the engine', () => {
  it('starts the active elements, takes more through the API, completes on the condition and cancels the rest', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('ad-hoc.bpmn')]);
    const pik = await start(client, 'investigate', { initialSteps: ['check-logs'], solved: false });
    expect(await completeAll(client, 'check-logs', () => ({ finding: 'nothing in the logs' }))).toBe(1);
    const steps = (
      await client.searchElementInstances({
        filter: { processInstanceKey: pik, elementId: 'steps' as never },
      })
    ).items[0];
    expect(steps).toMatchObject({ type: 'AD_HOC_SUB_PROCESS', state: 'ACTIVE' });

    await client.activateAdHocSubProcessActivities({
      adHocSubProcessInstanceKey: steps?.elementInstanceKey as never,
      elements: [
        { elementId: 'ask-customer' as never, variables: { question: 'when?' } },
        { elementId: 'escalate' as never },
      ],
    });
    const [ask] = await activate(client, 'ask-customer');
    expect(ask?.variables.question).toBe('when?');
    await client.completeJob({
      jobKey: ask?.jobKey as never,
      variables: { finding: 'since Monday', solved: true },
    });

    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik)).toEqual(
      expect.arrayContaining(['escalate:TERMINATED', 'steps:COMPLETED']),
    );
    expect((await globals(client, pik)).findings).toEqual(['nothing in the logs', 'since Monday']);
  });

  it('rejects elements the sub-process does not have', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('ad-hoc.bpmn')]);
    const pik = await start(client, 'investigate', { initialSteps: [], solved: false });
    const steps = (
      await client.searchElementInstances({
        filter: { processInstanceKey: pik, elementId: 'steps' as never },
      })
    ).items[0];
    const error = await client
      .activateAdHocSubProcessActivities({
        adHocSubProcessInstanceKey: steps?.elementInstanceKey as never,
        elements: [{ elementId: 'fly-to-moon' as never }],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
  });
});
