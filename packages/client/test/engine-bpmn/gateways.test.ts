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

describe('inclusive gateways on the engine', () => {
  it('forks to every true condition and joins only the tokens that were sent', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('gateways.bpmn')]);
    const pik = await start(client, 'notify-customer', { channels: ['email', 'sms'] });
    expect((await activate(client, 'send-letter')).length).toBe(0);
    expect(await completeAll(client, 'send-email')).toBe(1);
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    expect(await completeAll(client, 'send-sms')).toBe(1);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect((await trail(client, pik)).filter((t) => t.startsWith('sent'))).toEqual(['sent:COMPLETED']);
  });

  it('takes the default flow when no condition is true, and the join does not wait for the others', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('gateways.bpmn')]);
    const pik = await start(client, 'notify-customer', { channels: [] });
    expect(await completeAll(client, 'send-letter')).toBe(1);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
  });
});

describe('event-based gateways on the engine', () => {
  it('continues with the message when it comes first', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('gateways.bpmn')]);
    const pik = await start(client, 'await-payment', { orderId: 'o-7' });
    await client.publishMessage({
      name: 'payment-received',
      correlationKey: 'o-7',
      variables: { amount: 10 },
    });
    expect(await trail(client, pik)).toEqual([
      'pay-start:COMPLETED',
      'first-wins:COMPLETED',
      'paid:COMPLETED',
      'paid-end:COMPLETED',
    ]);
    expect(await globals(client, pik)).toEqual({ orderId: 'o-7', amount: 10 });
  });

  it('continues with the timer when it is due first', async () => {
    const { engine, client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('gateways.bpmn')]);
    const pik = await start(client, 'await-payment', { orderId: 'o-8' });
    engine.clock.advance(86_400_000);
    expect((await trail(client, pik)).slice(2)).toEqual(['timed-out:COMPLETED', 'timed-out-end:COMPLETED']);
    // The message subscription went with the gateway.
    const late = await client
      .correlateMessage({ name: 'payment-received', correlationKey: 'o-8' })
      .catch((e) => e);
    expect(late).toBeInstanceOf(Error);
  });

  it('continues with the signal when it is broadcast first', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('gateways.bpmn')]);
    const pik = await start(client, 'await-payment', { orderId: 'o-9' });
    await client.broadcastSignal({ signalName: 'shop-closed' });
    expect((await trail(client, pik)).slice(2)).toEqual(['closed:COMPLETED', 'closed-end:COMPLETED']);
  });
});
