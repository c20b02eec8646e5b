import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('parallel fork and join', () => {
  const t = useEngine();

  it('runs both branches and continues only after both arrived at the join', async () => {
    const { api } = t;
    await api.deployFixtures('parallel-process.bpmn');
    const pi = await api.start('parallel-process', { orderId: 'o-1' });

    const reserve = await api.activateOne('reserve-items');
    const charge = await api.activateOne('charge-payment');
    expect(reserve.processInstanceKey).toBe(pi);
    expect(charge.processInstanceKey).toBe(pi);

    await api.complete(reserve.jobKey, { reserved: true });
    // One token waits at the join: nothing downstream yet, instance still active.
    expect(await api.activate('confirm-order')).toEqual([]);
    expect((await api.instance(pi)).state).toBe('ACTIVE');

    await api.complete(charge.jobKey, { charged: 99 });
    const confirm = await api.activateOne('confirm-order');
    expect(confirm.variables).toEqual({ orderId: 'o-1', reserved: true, charged: 99 });
    await api.complete(confirm.jobKey);
    expect((await api.instance(pi)).state).toBe('COMPLETED');

    const joins = await api.post<{ items: unknown[] }>('/element-instances/search', {
      filter: { processInstanceKey: pi, elementId: 'join' },
    });
    expect(joins.body.items).toHaveLength(1);
  });

  it('hands jobs created together to one waiting long poll', async () => {
    const { api } = t;
    await api.deploy({
      'twins.bpmn': `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
  <bpmn:process id="twins" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:serviceTask id="a"><bpmn:extensionElements><zeebe:taskDefinition type="twin" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:serviceTask id="b"><bpmn:extensionElements><zeebe:taskDefinition type="twin" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork" />
    <bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="a" />
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="b" />
  </bpmn:process>
</bpmn:definitions>`,
    });
    const poll = api.post<{ jobs: Array<{ elementId: string }> }>('/jobs/activation', {
      type: 'twin',
      maxJobsToActivate: 5,
      timeout: 10_000,
      requestTimeout: 10_000,
    });
    await api.start('twins');
    const res = await poll;
    expect(res.body.jobs.map((j) => j.elementId).sort()).toEqual(['a', 'b']);
  });
});
