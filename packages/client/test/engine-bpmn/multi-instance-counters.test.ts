import { describe, expect, it } from 'vitest';
import { activate, engineAndClient, fixture, start, stateOf, trail } from './support.js';

describe('multi-instance counters on the engine', () => {
  it('counts an inner instance terminated by a modification in numberOfTerminatedInstances', async () => {
    const { client } = await engineAndClient();
    await client.deployResourcesFromFiles([fixture('multi-instance-counters.bpmn')]);
    const pik = await start(client, 'collect-quotes', { suppliers: ['acme', 'bolt', 'coil'] });
    const [acme, bolt] = await activate(client, 'ask-supplier');
    expect([acme?.variables.supplier, bolt?.variables.supplier]).toEqual(['acme', 'bolt']);

    // acme withdraws: its inner instance is terminated, and counts as such.
    await client.modifyProcessInstance({
      processInstanceKey: pik,
      terminateInstructions: [{ elementInstanceKey: acme?.elementInstanceKey as never }],
    });
    expect(await stateOf(client, pik)).toBe('ACTIVE');

    // One completed and one terminated make two: the body completes and the third is terminated.
    await client.completeJob({ jobKey: bolt?.jobKey as never });
    expect(await stateOf(client, pik)).toBe('COMPLETED');
    expect(await trail(client, pik, true)).toEqual([
      'start:START_EVENT:COMPLETED',
      'quote:MULTI_INSTANCE_BODY:COMPLETED',
      'quote:SERVICE_TASK:TERMINATED',
      'quote:SERVICE_TASK:COMPLETED',
      'quote:SERVICE_TASK:TERMINATED',
      'end:END_EVENT:COMPLETED',
    ]);
  });
});
