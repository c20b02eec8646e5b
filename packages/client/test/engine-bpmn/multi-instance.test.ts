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

describe('multi-instance activities on the engine', () => {
  it('prices items in parallel into an ordered output collection, then ships sequentially until the condition holds', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('multi-instance.bpmn')]);
    const pik = await start(client, 'price-items', { items: ['book', 'pen', 'lamp'] });

    const jobs = await activate(client, 'price-item');
    expect(jobs.map((j) => j.variables.item)).toEqual(['book', 'pen', 'lamp']);
    // Completed out of order: each price lands at its item's index.
    const prices: Record<string, number> = { book: 12, pen: 2, lamp: 30 };
    for (const job of [...jobs].reverse()) {
      await client.completeJob({
        jobKey: job.jobKey,
        variables: { price: prices[job.variables.item as string] },
      });
    }
    expect((await globals(client, pik)).prices).toEqual([12, 2, 30]);

    // Sequential: one item at a time, loopCounter counting up.
    const first = await activate(client, 'ship-item');
    expect(first.map((j) => [j.variables.item, j.variables.loopCounter])).toEqual([['book', 1]]);
    await client.completeJob({ jobKey: first[0]?.jobKey as never });
    const second = await activate(client, 'ship-item');
    expect(second.map((j) => [j.variables.item, j.variables.loopCounter])).toEqual([['pen', 2]]);
    await client.completeJob({ jobKey: second[0]?.jobKey as never });

    // numberOfCompletedInstances >= 2: the third item is never shipped.
    expect(await activate(client, 'ship-item')).toEqual([]);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    const bodies = (await trail(client, pik, true)).filter((t) => t.includes('MULTI_INSTANCE_BODY'));
    expect(bodies).toEqual(['price:MULTI_INSTANCE_BODY:COMPLETED', 'ship:MULTI_INSTANCE_BODY:COMPLETED']);
  });

  it('completes at once on an empty collection', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('multi-instance.bpmn')]);
    const pik = await start(client, 'price-items', { items: [] });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect((await globals(client, pik)).prices).toEqual([]);
  });

  it('raises an EXTRACT_VALUE_ERROR incident for a collection that is not a list; resolving retries it', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('multi-instance.bpmn')]);
    const pik = await start(client, 'price-items', { items: 'book' });
    const { items } = await client.searchIncidents({ filter: { processInstanceKey: pik } });
    expect(items.map((i) => [i.errorType, i.elementId, i.errorMessage])).toEqual([
      [
        'EXTRACT_VALUE_ERROR',
        'price',
        "Expected result of the expression 'items' to be 'ARRAY', but was 'STRING'.",
      ],
    ]);
    await client.createElementInstanceVariables({
      elementInstanceKey: pik as never,
      variables: { items: ['book'] },
    });
    await client.resolveIncident({ incidentKey: items[0]?.incidentKey as never });
    expect(await completeAll(client, 'price-item', () => ({ price: 1 }))).toBe(1);
  });
});
