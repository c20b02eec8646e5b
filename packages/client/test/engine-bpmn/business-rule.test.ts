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

  it('evaluate the decision version carrying the version tag of a versionTag binding, not the latest', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('rating-v1.dmn')]);
    await client.deployResourcesFromFiles([
      fixture('rating-v2.dmn'),
      fixture('business-rule-version-tag.bpmn'),
    ]);
    const pik = await start(client, 'rate-by-tag');
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect((await globals(client, pik)).rating).toBe('rated by v1');
    const instances = await client.searchDecisionInstances({ filter: { processInstanceKey: pik } });
    expect(instances.items.map((i) => [i.decisionDefinitionId, i.decisionDefinitionVersion])).toEqual([
      ['rating', 1],
    ]);
  });

  it('raise CALLED_DECISION_ERROR when no decision carries the version tag; deploying one and resolving retries', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([
      fixture('rating-v2.dmn'),
      fixture('business-rule-version-tag.bpmn'),
    ]);
    const pik = await start(client, 'rate-by-tag');
    const { items } = await client.searchIncidents({ filter: { processInstanceKey: pik } });
    expect(items.map((i) => [i.errorType, i.errorMessage])).toEqual([
      [
        'CALLED_DECISION_ERROR',
        "Expected to evaluate decision with id 'rating' and version tag 'v1', but no such decision found. To resolve this incident, deploy a decision with the given id and version tag.",
      ],
    ]);
    await client.deployResourcesFromFiles([fixture('rating-v1.dmn')]);
    await client.resolveIncident({ incidentKey: items[0]?.incidentKey as never });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect((await globals(client, pik)).rating).toBe('rated by v1');
  });
});
