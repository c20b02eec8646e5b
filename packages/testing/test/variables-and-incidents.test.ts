import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

const APPROVAL = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
  <bpmn:process id="approval" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:exclusiveGateway id="is-approved" />
    <bpmn:endEvent id="yes" />
    <bpmn:endEvent id="no" />
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="is-approved" />
    <bpmn:sequenceFlow id="f1" sourceRef="is-approved" targetRef="yes"><bpmn:conditionExpression>=approved</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f2" sourceRef="is-approved" targetRef="no"><bpmn:conditionExpression>=not(approved)</bpmn:conditionExpression></bpmn:sequenceFlow>
  </bpmn:process>
</bpmn:definitions>`;

describe('setting variables and resolving a condition incident', () => {
  const t = useEngine();

  it('raises CONDITION_ERROR for a non-boolean condition, and continues once the variable is set and the incident resolved', async () => {
    const { api } = t;
    expect((await api.deploy({ 'approval.bpmn': APPROVAL })).status).toBe(200);
    const pi = await api.start('approval');
    const incidents = await api.post<{
      items: Array<{ incidentKey: string; errorType: string; elementInstanceKey: string }>;
    }>('/incidents/search', { filter: { processInstanceKey: pi, state: 'ACTIVE' } });
    const incident = incidents.body.items[0];
    expect(incident?.errorType).toBe('CONDITION_ERROR');

    const gateway = await api.get<{
      elementId: string;
      state: string;
      hasIncident: boolean;
      incidentKey: string;
    }>(`/element-instances/${incident?.elementInstanceKey}`);
    expect(gateway.body).toMatchObject({ elementId: 'is-approved', state: 'ACTIVE', hasIncident: true });
    expect(gateway.body.incidentKey).toBe(incident?.incidentKey);
    const byElement = await api.post<{ items: unknown[] }>(
      `/element-instances/${incident?.elementInstanceKey}/incidents/search`,
      {},
    );
    expect(byElement.body.items).toHaveLength(1);

    expect(
      (await api.put(`/element-instances/${pi}/variables`, { variables: { approved: true } })).status,
    ).toBe(204);
    expect((await api.post(`/incidents/${incident?.incidentKey}/resolution`)).status).toBe(204);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
    const ends = await api.post<{ items: Array<{ elementId: string }> }>('/element-instances/search', {
      filter: { processInstanceKey: pi, type: 'END_EVENT' },
    });
    expect(ends.body.items.map((e) => e.elementId)).toEqual(['yes']);
    expect(await api.variables(pi)).toEqual({ approved: true });
  });

  it('rejects variables for an unknown scope', async () => {
    const res = await t.api.put('/element-instances/12345/variables', { variables: { a: 1 } });
    expect(res.status).toBe(404);
    expect(res.body.title).toBe('NOT_FOUND');
  });
});
