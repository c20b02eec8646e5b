import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

const BOUNDARIES = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="x">
  <bpmn:message id="cancel-msg" name="cancel-request">
    <bpmn:extensionElements><zeebe:subscription correlationKey="=requestId" /></bpmn:extensionElements>
  </bpmn:message>
  <bpmn:process id="boundaries" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="work" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:boundaryEvent id="reminder" attachedToRef="work" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R2/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:boundaryEvent id="cancelled" attachedToRef="work">
      <bpmn:messageEventDefinition messageRef="cancel-msg" />
    </bpmn:boundaryEvent>
    <bpmn:scriptTask id="count-reminder">
      <bpmn:extensionElements><zeebe:script expression="=reminders + 1" resultVariable="reminders" /></bpmn:extensionElements>
    </bpmn:scriptTask>
    <bpmn:endEvent id="reminded" />
    <bpmn:endEvent id="done" />
    <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>
    <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="work" />
    <bpmn:sequenceFlow id="f1" sourceRef="work" targetRef="done" />
    <bpmn:sequenceFlow id="f2" sourceRef="reminder" targetRef="count-reminder" />
    <bpmn:sequenceFlow id="f3" sourceRef="count-reminder" targetRef="reminded" />
    <bpmn:sequenceFlow id="f4" sourceRef="cancelled" targetRef="stop" />
  </bpmn:process>
</bpmn:definitions>`;

describe('boundary events, script tasks and terminate end events', () => {
  const t = useEngine({ clock: 'manual' });

  const elements = async (pi: string, elementId: string) =>
    (
      await t.api.post<{ items: Array<{ state: string }> }>('/element-instances/search', {
        filter: { processInstanceKey: pi, elementId },
      })
    ).body.items.map((e) => e.state);

  it('fires a non-interrupting timer cycle while the task keeps running', async () => {
    const { api, engine } = t;
    expect((await api.deploy({ 'boundaries.bpmn': BOUNDARIES })).status).toBe(200);
    const pi = await api.start('boundaries', { requestId: 'r-1', reminders: 0 });
    // Each step passes one due date: a cycle triggers once per step, counting on from when it triggered.
    for (let step = 0; step < 5; step += 1) engine.clock.advance(60_000);
    expect(await elements(pi, 'reminder')).toEqual(['COMPLETED', 'COMPLETED']);
    expect(await api.variables(pi)).toMatchObject({ reminders: 2 });
    const work = await api.activateOne('work');
    await api.complete(work.jobKey);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
  });

  it('an interrupting message boundary ends the task; a terminate end event ends the instance', async () => {
    const { api } = t;
    await api.deploy({ 'boundaries.bpmn': BOUNDARIES });
    const pi = await api.start('boundaries', { requestId: 'r-2', reminders: 0 });
    const work = await api.activateOne('work');
    const res = await api.post<{ processInstanceKey: string }>('/messages/correlation', {
      name: 'cancel-request',
      correlationKey: 'r-2',
    });
    expect(res.body.processInstanceKey).toBe(pi);
    expect(await elements(pi, 'work')).toEqual(['TERMINATED']);
    expect(await elements(pi, 'stop')).toEqual(['COMPLETED']);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
    expect((await api.post(`/jobs/${work.jobKey}/completion`, {})).status).toBe(404);
    // The reminder timer went with the task.
    t.engine.clock.advance(10 * 60_000);
    expect(await elements(pi, 'reminder')).toEqual([]);
  });
});
