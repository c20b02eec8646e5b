import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('embedded sub-process', () => {
  const t = useEngine();

  it('maps variables into and out of the sub-process scope', async () => {
    const { api } = t;
    await api.deployFixtures('sub-process.bpmn');
    const pi = await api.start('sub-process', { amount: 21, fraud: false });
    const check = await api.activateOne('fraud-check');
    expect(check.variables).toEqual({ amount: 21, fraud: false, doubled: 42 });
    await api.complete(check.jobKey);
    const collect = await api.activateOne('collect-payment');
    await api.complete(collect.jobKey, { receipt: 'R-1' });
    const ship = await api.activateOne('ship');
    // `doubled` lived in the sub-process scope; the output mapping exported only the receipt.
    expect(ship.variables).toEqual({ amount: 21, fraud: false, paymentReceipt: 'R-1', receipt: 'R-1' });
    await api.complete(ship.jobKey);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
  });

  it('catches an error end event of the sub-process on its boundary', async () => {
    const { api } = t;
    await api.deployFixtures('sub-process.bpmn');
    const pi = await api.start('sub-process', { amount: 5, fraud: false });
    const check = await api.activateOne('fraud-check');
    await api.complete(check.jobKey, { fraud: true });
    expect((await api.instance(pi)).state).toBe('COMPLETED');
    const ends = await api.post<{ items: Array<{ elementId: string; state: string }> }>(
      '/element-instances/search',
      {
        filter: { processInstanceKey: pi, elementId: { $in: ['payment', 'blocked', 'fraud-caught'] } },
        sort: [{ field: 'elementId' }],
      },
    );
    expect(ends.body.items.map((e) => `${e.elementId}:${e.state}`)).toEqual([
      'blocked:COMPLETED',
      'fraud-caught:COMPLETED',
      'payment:TERMINATED',
    ]);
    expect(await api.activate('ship')).toEqual([]);
  });
});
