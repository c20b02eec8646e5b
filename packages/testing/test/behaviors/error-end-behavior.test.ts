import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows } from '../support/executor-harness.js';

describe('error end behaviour', () => {
  it('is caught by the error boundary with the matching code on an enclosing sub-process', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <error id="err" errorCode="E1"/><error id="other" errorCode="E2"/>
  <process id="p" isExecutable="true">
    <startEvent id="s"/>
    <subProcess id="sub"><startEvent id="ss"/><endEvent id="throw"><errorEventDefinition errorRef="err"/></endEvent>
      <sequenceFlow id="f0" sourceRef="ss" targetRef="throw"/></subProcess>
    <boundaryEvent id="wrong" attachedToRef="sub"><errorEventDefinition errorRef="other"/></boundaryEvent>
    <boundaryEvent id="caught" attachedToRef="sub"><errorEventDefinition errorRef="err"/></boundaryEvent>
    <endEvent id="e"/>
    ${flows('s->sub', 'caught->e')}
  </process>
</definitions>`,
    );
    const pi = h.start('p');
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toEqual([
      's:COMPLETED',
      'sub:TERMINATED',
      'ss:COMPLETED',
      'throw:TERMINATED',
      'caught:COMPLETED',
      'e:COMPLETED',
    ]);
  });

  it('raises UNHANDLED_ERROR_EVENT when nothing catches it', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <error id="err" errorCode="E1"/>
  <process id="p" isExecutable="true">
    <startEvent id="s"/><endEvent id="throw"><errorEventDefinition errorRef="err"/></endEvent>
    ${flows('s->throw')}
  </process>
</definitions>`,
    );
    const pi = h.start('p');
    expect(h.incidents(pi).map((i) => [i.errorType, i.elementInstance.elementId])).toEqual([
      ['UNHANDLED_ERROR_EVENT', 'throw'],
    ]);
    expect(h.incidents(pi)[0]?.errorMessage).toContain("'E1'");
  });
});
