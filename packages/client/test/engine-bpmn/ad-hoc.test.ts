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
    // Zeebe's NOT_FOUND rejection: the given elements do not exist in the ad-hoc sub-process.
    expect(error).toMatchObject({ status: 404 });
  });

  it('runs each activation in its own inner instance and collects one output element per inner instance', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('ad-hoc-inner-instances.bpmn')]);
    const pik = await start(client, 'research');
    const tools = (
      await client.searchElementInstances({
        filter: { processInstanceKey: pik, elementId: 'tools' as never },
      })
    ).items[0];
    await client.activateAdHocSubProcessActivities({
      adHocSubProcessInstanceKey: tools?.elementInstanceKey as never,
      elements: [
        { elementId: 'search' as never, variables: { topic: 'tides' } },
        { elementId: 'search' as never, variables: { topic: 'winds' } },
        { elementId: 'wait' as never },
      ],
    });
    const inner = await client.searchElementInstances({
      filter: { processInstanceKey: pik, type: 'AD_HOC_SUB_PROCESS_INNER_INSTANCE' },
      sort: [{ field: 'elementInstanceKey' }],
    });
    expect(inner.items.map((e) => [e.elementId, e.state])).toEqual([
      ['tools#innerInstance', 'ACTIVE'],
      ['tools#innerInstance', 'ACTIVE'],
      ['tools#innerInstance', 'ACTIVE'],
    ]);

    // The topic is a local variable of the inner instance, visible to the searches it started.
    const searches = await activate(client, 'search');
    expect(searches.map((j) => j.variables.topic).sort()).toEqual(['tides', 'winds']);
    for (const job of searches) await client.completeJob({ jobKey: job.jobKey });
    // Completing a search does not end its path: the condition is not evaluated, nothing is collected yet.
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    const summaries = await activate(client, 'summarize');
    expect(summaries).toHaveLength(2);
    await client.completeJob({
      jobKey: summaries[0]?.jobKey as never,
      variables: { summary: `about ${String(summaries[0]?.variables.topic)}` },
    });
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    await client.completeJob({
      jobKey: summaries[1]?.jobKey as never,
      variables: { summary: `about ${String(summaries[1]?.variables.topic)}` },
    });

    expect(await stateOf(client, pik)).toBe('COMPLETED');
    const results = (await globals(client, pik)).results as Array<{ topic: string; summary: string }>;
    expect(results.map((r) => r.summary).sort()).toEqual(['about tides', 'about winds']);
    expect(results.every((r) => r.summary === `about ${r.topic}`)).toBe(true);
    expect(await trail(client, pik, true)).toEqual(
      expect.arrayContaining([
        'tools:AD_HOC_SUB_PROCESS:COMPLETED',
        'tools#innerInstance:AD_HOC_SUB_PROCESS_INNER_INSTANCE:COMPLETED',
        'tools#innerInstance:AD_HOC_SUB_PROCESS_INNER_INSTANCE:TERMINATED',
        'wait:SERVICE_TASK:TERMINATED',
      ]),
    );
  });
});
