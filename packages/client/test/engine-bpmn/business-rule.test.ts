import { describe, expect, it } from 'vitest';
import { engineAndClient, fixture, globals, start, stateOf } from './support.js';

describe('business rule tasks on the engine', () => {
  it('evaluate the called decision of a deployed DMN into the result variable', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('discount.dmn'), fixture('business-rule.bpmn')]);
    const big = await start(client, 'price-order', { total: 250 });
    const small = await start(client, 'price-order', { total: 20 });
    expect(await stateOf(client, big)).toBe('COMPLETED');
    expect((await globals(client, big)).discount).toBe(0.1);
    expect((await globals(client, small)).discount).toBe(0);
    const instances = await client.searchDecisionInstances({ filter: { processInstanceKey: big } });
    expect(instances.items.map((i) => [i.decisionDefinitionId, i.state])).toEqual([
      ['discount', 'EVALUATED'],
    ]);
  });

  it('raise CALLED_DECISION_ERROR when the decision is not deployed; resolving after deploying retries', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('business-rule.bpmn')]);
    const pik = await start(client, 'price-order', { total: 250 });
    const { items } = await client.searchIncidents({ filter: { processInstanceKey: pik } });
    expect(items.map((i) => i.errorType)).toEqual(['CALLED_DECISION_ERROR']);
    await client.deployResourcesFromFiles([fixture('discount.dmn')]);
    await client.resolveIncident({ incidentKey: items[0]?.incidentKey as never });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect((await globals(client, pik)).discount).toBe(0.1);
  });
});
