import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="parent" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:callActivity id="call"><bpmn:extensionElements><zeebe:calledElement processId="child" /></bpmn:extensionElements></bpmn:callActivity>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="call" />
  </bpmn:process>
  <bpmn:process id="child" isExecutable="true">
    <bpmn:startEvent id="cs" />
    <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="work" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="cf" sourceRef="cs" targetRef="work" />
  </bpmn:process>
</bpmn:definitions>`;

describe('cancelling called instances', () => {
  const t = useEngine({ clock: 'manual' });

  it('rejects cancelling a child instance directly, naming the root to cancel instead', async () => {
    const { api } = t;
    expect((await api.deploy({ 'call.bpmn': xml })).status).toBe(200);
    const parent = await api.start('parent');
    const job = await api.activateOne('work');
    const res = await api.post<{ title: string; detail: string }>(
      `/process-instances/${job.processInstanceKey}/cancellation`,
      {},
    );
    // Camunda answers 409 INVALID_STATE, though the spec documents no 409 for the operation.
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      title: 'INVALID_STATE',
      detail: `Command 'CANCEL' rejected with code 'INVALID_STATE': Expected to cancel a process instance with key '${job.processInstanceKey}', but it is created by a parent process instance. Cancel the root process instance '${parent}' instead.`,
    });
    expect((await api.post(`/process-instances/${parent}/cancellation`, {})).status).toBe(204);
    expect((await api.instance(job.processInstanceKey)).state).toBe('TERMINATED');
  });
});
