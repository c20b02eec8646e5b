import { describe, expect, it } from 'vitest';
import { activate, engineAndClient, fixture, stateOf, trail } from './support.js';

describe('conditional events on the engine', () => {
  it('starts through evaluateConditionals, waits for a variable change, and a boundary fires on its condition', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('conditional.bpmn')]);
    const none = await client.evaluateConditionals({ variables: { stock: 50 } });
    expect(none.processInstances).toEqual([]);
    const result = await client.evaluateConditionals({ variables: { stock: 3, budget: 20, price: 10 } });
    expect(result.processInstances).toHaveLength(1);
    const pik = result.processInstances[0]?.processInstanceKey as never;

    // Waiting for budget >= 100; a change of another variable does not re-evaluate (conditionalFilter).
    expect(await trail(client, pik)).toEqual(['stock-low:COMPLETED', 'wait-for-budget:ACTIVE']);
    await client.createElementInstanceVariables({ elementInstanceKey: pik, variables: { budget: 150 } });
    const [order] = await activate(client, 'order-stock');
    expect(order).toBeDefined();

    // The price rises: the interrupting conditional boundary event cancels the order.
    await client.createElementInstanceVariables({ elementInstanceKey: pik, variables: { price: 80 } });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik)).toEqual(
      expect.arrayContaining(['order-stock:TERMINATED', 'price-spike:COMPLETED', 'postponed:COMPLETED']),
    );
  });
});
