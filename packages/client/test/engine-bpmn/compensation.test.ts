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

  it('an error event sub-process compensates the activities of the process, in the order they completed, and waits for every handler', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('compensation-saga.bpmn')]);
    const pik = await start(client, 'trip-saga', { traveller: 'ada' });
    await completeAll(client, 'book-hotel', () => ({ hotelBooking: 'H-1' }));
    await completeAll(client, 'charge-card', () => ({ payment: 'P-7' }));
    const [confirm] = await activate(client, 'confirm');
    await client.throwJobError({ jobKey: confirm?.jobKey as never, errorCode: 'NOT_CONFIRMED' });

    // Both handlers run at once, with the process variables as they are now.
    const [cancelHotel] = await activate(client, 'cancel-hotel');
    const [refundCard] = await activate(client, 'refund-card');
    expect(cancelHotel?.variables).toMatchObject({ traveller: 'ada', hotelBooking: 'H-1', payment: 'P-7' });
    expect(refundCard?.variables).toMatchObject({ traveller: 'ada', hotelBooking: 'H-1', payment: 'P-7' });
    expect((await trail(client, pik, true)).slice(-8)).toEqual([
      'confirm:SERVICE_TASK:TERMINATED',
      'on-failure:EVENT_SUB_PROCESS:ACTIVE',
      'failed:START_EVENT:COMPLETED',
      'undo-all:END_EVENT:ACTIVE',
      'hotel-compensation:BOUNDARY_EVENT:COMPLETED',
      'cancel-hotel:SERVICE_TASK:ACTIVE',
      'charge-compensation:BOUNDARY_EVENT:COMPLETED',
      'refund-card:SERVICE_TASK:ACTIVE',
    ]);
    await client.completeJob({ jobKey: refundCard?.jobKey as never, variables: { refunded: true } });
    expect(await stateOf(client, pik)).toBe('ACTIVE');
    await client.completeJob({ jobKey: cancelHotel?.jobKey as never, variables: { hotelCancelled: true } });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await globals(client, pik)).toMatchObject({ refunded: true, hotelCancelled: true });
    expect(
      (await trail(client, pik, true)).filter((t) => t.startsWith('undo-all') || t.startsWith('on-failure')),
    ).toEqual(['on-failure:EVENT_SUB_PROCESS:COMPLETED', 'undo-all:END_EVENT:COMPLETED']);
  });

  it('a throw event naming a sub-process compensates only what completed inside it', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('compensation-saga.bpmn')]);
    const pik = await start(client, 'trip-partial-undo');
    await completeAll(client, 'book-hotel');
    await completeAll(client, 'charge-card');
    expect(await activate(client, 'cancel-hotel')).toEqual([]);
    expect(await completeAll(client, 'refund-card')).toBe(1);
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik, true)).toEqual([
      'p-start:START_EVENT:COMPLETED',
      'p-book-hotel:SERVICE_TASK:COMPLETED',
      'p-payment:SUB_PROCESS:COMPLETED',
      'p-payment-start:START_EVENT:COMPLETED',
      'p-charge-card:SERVICE_TASK:COMPLETED',
      'p-paid:END_EVENT:COMPLETED',
      'undo-payment:INTERMEDIATE_THROW_EVENT:COMPLETED',
      'p-charge-compensation:BOUNDARY_EVENT:COMPLETED',
      'p-refund-card:SERVICE_TASK:COMPLETED',
      'p-end:END_EVENT:COMPLETED',
    ]);
  });

  it('compensates each completed instance of a multi-instance sub-process, and a multi-instance task once', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('compensation-multi-instance.bpmn')]);
    const pik = await start(client, 'ship-parcels', { parcels: ['p1', 'p2', 'p3'] });
    expect(await completeAll(client, 'ship', (v) => ({ [`tracking_${v.parcel}`]: `T-${v.parcel}` }))).toBe(3);
    expect(await completeAll(client, 'notify')).toBe(3);

    const recalls = await activate(client, 'recall');
    const apologies = await activate(client, 'apologize');
    expect(recalls).toHaveLength(3);
    expect(apologies).toHaveLength(1);
    // The handlers run in the scope of the throw event: the instances' local input elements are gone.
    for (const job of recalls) {
      expect(job.variables).not.toHaveProperty('parcel');
      expect(job.variables).toMatchObject({ parcels: ['p1', 'p2', 'p3'], tracking_p2: 'T-p2' });
    }
    for (const job of [...recalls, ...apologies]) await client.completeJob({ jobKey: job.jobKey });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    const compensations = (await trail(client, pik, true)).filter((t) => t.includes('BOUNDARY_EVENT'));
    expect(compensations).toEqual([
      ...Array.from({ length: 3 }, () => 'ship-compensation:BOUNDARY_EVENT:COMPLETED'),
      'notify-compensation:BOUNDARY_EVENT:COMPLETED',
    ]);
  });

  it.each([
    [
      'compensation-event-sub-process.bpmn',
      'Start events in event subprocesses must be one of: message, timer, error, signal, escalation or conditional',
    ],
    [
      'compensation-event-sub-process-on-process-level.bpmn',
      'A compensation event subprocess is not allowed on the process level',
    ],
  ])('rejects the deployment of %s as Zeebe does', async (file, message) => {
    const { client } = await engineAndClient();
    const error = await client.deployResourcesFromFiles([fixture(file)]).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect(JSON.stringify(error)).toContain(message);
    expect(JSON.stringify(error)).toContain("element 'undo-shipping' of type 'bpmn:SubProcess'");
    expect((await client.searchProcessDefinitions({})).items).toEqual([]);
  });
});
