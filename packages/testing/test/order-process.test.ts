import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('order process (service tasks, io mappings, exclusive gateway)', () => {
  const t = useEngine();

  it('ships an order that is in stock, with mapped variables', async () => {
    const { api } = t;
    const deployment = await api.deployFixtures('order-process.bpmn');
    expect(deployment.deployments[0]?.processDefinition?.processDefinitionId).toBe('order-process');
    const pi = await api.start('order-process', { order: { items: ['book', 'pen'], total: 42 } });

    const check = await api.activateOne('check-stock');
    expect(check.processInstanceKey).toBe(pi);
    expect(check.customHeaders).toEqual({ warehouse: 'berlin' });
    expect(check.retries).toBe(3);
    // The input mapping puts `items` in the task's local scope.
    expect(check.variables).toEqual({ order: { items: ['book', 'pen'], total: 42 }, items: ['book', 'pen'] });
    await api.complete(check.jobKey, { available: true });

    expect(await api.activate('cancel-order')).toEqual([]);
    const ship = await api.activateOne('ship-order');
    await api.complete(ship.jobKey, { trackingId: 'TRK-1' });

    const instance = await api.instance(pi);
    expect(instance.state).toBe('COMPLETED');
    expect(instance.endDate).not.toBeNull();
    // The output mapping turned `available` into `inStock`; `available` and `items` stayed in the task scope.
    expect(await api.variables(pi)).toEqual({
      order: { items: ['book', 'pen'], total: 42 },
      inStock: true,
      trackingId: 'TRK-1',
    });
  });

  it('takes the default flow when no condition holds', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const pi = await api.start('order-process', { order: { items: [], total: 5000 } });
    const check = await api.activateOne('check-stock');
    await api.complete(check.jobKey, { available: true });

    expect(await api.activate('ship-order')).toEqual([]);
    const cancel = await api.activateOne('cancel-order');
    await api.complete(cancel.jobKey);
    expect((await api.instance(pi)).state).toBe('COMPLETED');

    const elements = await api.post<{ items: Array<{ elementId: string; type: string; state: string }> }>(
      '/element-instances/search',
      { filter: { processInstanceKey: pi }, sort: [{ field: 'elementInstanceKey' }] },
    );
    expect(elements.body.items.map((e) => e.elementId)).toEqual([
      'order-process',
      'order-received',
      'check-stock',
      'in-stock',
      'cancel-order',
      'order-cancelled',
    ]);
    expect(elements.body.items.every((e) => e.state === 'COMPLETED')).toBe(true);
    expect(elements.body.items[3]?.type).toBe('EXCLUSIVE_GATEWAY');
  });

  it('returns the result of an awaited instance with fetchVariables', async () => {
    const { api } = t;
    await api.deploy({
      'straight.bpmn': `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="straight" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
    <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`,
    });
    const res = await api.post<{ variables: Record<string, unknown>; processInstanceKey: string }>(
      '/process-instances',
      {
        processDefinitionId: 'straight',
        variables: { a: 1, b: 2 },
        awaitCompletion: true,
        fetchVariables: ['b'],
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.variables).toEqual({ b: 2 });
  });

  it('waits for an awaited instance to finish, and times out with 504', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const pending = api.post<{ variables: Record<string, unknown> }>('/process-instances', {
      processDefinitionId: 'order-process',
      variables: { order: { items: [], total: 1 } },
      awaitCompletion: true,
    });
    const check = await api.activate('check-stock', { requestTimeout: 5_000, maxJobs: 1 });
    await api.complete(check[0]?.jobKey ?? '', { available: true });
    const ship = await api.activateOne('ship-order');
    await api.complete(ship.jobKey);
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.body.variables).toEqual({ order: { items: [], total: 1 }, inStock: true });

    const timedOut = await api.post('/process-instances', {
      processDefinitionId: 'order-process',
      awaitCompletion: true,
      requestTimeout: 30,
    });
    expect(timedOut.status).toBe(504);
    expect(timedOut.body.title).toBe('DEADLINE_EXCEEDED');
  });

  it('creates by definition key and version, and versions changed resources', async () => {
    const { api } = t;
    const first = await api.deployFixtures('order-process.bpmn');
    const again = await api.deployFixtures('order-process.bpmn');
    // The same resource again is not a new version.
    expect(again.deployments[0]?.processDefinition).toEqual(first.deployments[0]?.processDefinition);
    const xml = (await import('./support/rest-client.js')).fixture('order-process.bpmn');
    const changed = await api.deploy({
      'order-process.bpmn': (await xml).replace('Order process', 'Order process v2'),
    });
    expect(changed.body.deployments[0]?.processDefinition?.processDefinitionVersion).toBe(2);

    const key = first.deployments[0]?.processDefinition?.processDefinitionKey;
    const byKey = await api.post<{ processDefinitionVersion: number }>('/process-instances', {
      processDefinitionKey: key,
    });
    expect(byKey.body.processDefinitionVersion).toBe(1);
    const latest = await api.post<{ processDefinitionVersion: number }>('/process-instances', {
      processDefinitionId: 'order-process',
    });
    expect(latest.body.processDefinitionVersion).toBe(2);
    const missing = await api.post('/process-instances', {
      processDefinitionId: 'order-process',
      processDefinitionVersion: 9,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.title).toBe('NOT_FOUND');
  });

  it('cancels an instance, cancelling its job', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const pi = await api.start('order-process', { order: { items: [], total: 1 } });
    const job = await api.activateOne('check-stock');
    expect((await api.post(`/process-instances/${pi}/cancellation`, {})).status).toBe(204);
    expect((await api.instance(pi)).state).toBe('TERMINATED');
    const completion = await api.post(`/jobs/${job.jobKey}/completion`, {});
    expect(completion.status).toBe(404);
    expect((await api.post(`/process-instances/${pi}/cancellation`)).status).toBe(404);
  });
});
