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

describe('events on the engine', () => {
  it('escalation caught by a non-interrupting boundary, a cycling timer event sub-process, link events', async () => {
    const { engine, client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('events.bpmn')]);
    const pik = await start(client, 'fulfil-order', { orderId: 'o-1', daysLate: 2 });

    // The non-interrupting timer event sub-process in the delivery sub-process fires every 12 hours.
    engine.clock.advance(12 * 3_600_000);
    engine.clock.advance(12 * 3_600_000);
    expect(await completeAll(client, 'send-reminder')).toBe(2);

    expect(await completeAll(client, 'deliver')).toBe(1);
    // The escalation went to the boundary; the delivery went on and completed, then the link led to billing.
    expect(await completeAll(client, 'apologise')).toBe(1);
    expect(await completeAll(client, 'charge')).toBe(1);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    const states = await trail(client, pik);
    expect(states).toEqual(
      expect.arrayContaining([
        'report-late:COMPLETED',
        'late-noticed:COMPLETED',
        'delivery:COMPLETED',
        'to-billing:COMPLETED',
        'from-delivery:COMPLETED',
        'remind:COMPLETED',
      ]),
    );
  });

  it('an interrupting message event sub-process cancels the order', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('events.bpmn')]);
    const pik = await start(client, 'fulfil-order', { orderId: 'o-2', daysLate: 0 });
    await client.publishMessage({
      name: 'order-cancelled',
      correlationKey: 'o-2',
      variables: { reason: 'changed mind' },
    });
    expect(await activate(client, 'deliver')).toEqual([]);
    expect(await completeAll(client, 'refund')).toBe(1);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik)).toEqual(
      expect.arrayContaining([
        'delivery:TERMINATED',
        'deliver:TERMINATED',
        'on-cancel:COMPLETED',
        'cancelled:COMPLETED',
      ]),
    );
    expect((await globals(client, pik)).reason).toBe('changed mind');
  });

  it('an error event sub-process catches a job error', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('events.bpmn')]);
    const pik = await start(client, 'fulfil-order', { orderId: 'o-3', daysLate: 0 });
    await completeAll(client, 'deliver');
    const [charge] = await activate(client, 'charge');
    await client.throwJobError({
      jobKey: charge?.jobKey as never,
      errorCode: 'PAYMENT_FAILED',
      errorMessage: 'card declined',
    });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik)).toEqual(
      expect.arrayContaining(['charge:TERMINATED', 'on-payment-error:COMPLETED', 'payment-failed:COMPLETED']),
    );
    expect((await client.searchIncidents({ filter: { processInstanceKey: pik } })).items).toEqual([]);
  });

  it('a cron timer start event starts instances; a terminate end event ends only its sub-process; a signal throw starts another process', async () => {
    const { engine, client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('events.bpmn')]);
    // To the next 02:00 (the cron's time): exactly one start, whatever the time of day the test runs at.
    const today = Math.floor(engine.clock.now() / 86_400_000) * 86_400_000 + 2 * 3_600_000;
    engine.clock.set(today > engine.clock.now() ? today : today + 86_400_000);
    const started = await client.searchProcessInstances({
      filter: { processDefinitionId: 'restock' as never },
    });
    expect(started.items).toHaveLength(1);
    const pik = started.items[0]?.processInstanceKey as never;

    expect(await completeAll(client, 'count-shelves')).toBe(1);
    // The terminate end event ended the store count, completed the sub-process, and the process went on.
    expect(await activate(client, 'count-store')).toEqual([]);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik)).toEqual(
      expect.arrayContaining([
        'enough:COMPLETED',
        'count-store:TERMINATED',
        'check:COMPLETED',
        'announce:COMPLETED',
      ]),
    );
    const listeners = await client.searchProcessInstances({
      filter: { processDefinitionId: 'stock-listener' as never },
    });
    expect(listeners.items.map((p) => p.state)).toEqual(['COMPLETED']);
    expect(await globals(client, listeners.items[0]?.processInstanceKey as never)).toEqual({
      source: 'nightly',
    });
  });
});
