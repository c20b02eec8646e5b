import { describe, expect, it } from 'vitest';
import { activate, completeAll, engineAndClient, fixture, start, stateOf, trail } from './support.js';

describe('compensation on the engine', () => {
  it('a compensation end event runs the handler of the completed booking and waits for it', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('compensation.bpmn')]);
    const pik = await start(client, 'book-trip');
    expect(await completeAll(client, 'book-flight')).toBe(1);
    const [charge] = await activate(client, 'charge');
    await client.throwJobError({ jobKey: charge?.jobKey as never, errorCode: 'DECLINED' });
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    expect(await completeAll(client, 'cancel-flight')).toBe(1);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik)).toEqual(
      expect.arrayContaining(['charge:TERMINATED', 'cancel-flight:COMPLETED', 'rolled-back:COMPLETED']),
    );
  });

  it('nothing is compensated on the happy path', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('compensation.bpmn')]);
    const pik = await start(client, 'book-trip');
    await completeAll(client, 'book-flight');
    await completeAll(client, 'charge');
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await activate(client, 'cancel-flight')).toEqual([]);
  });
});
