import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows } from '../support/executor-harness.js';

describe('signal throw behaviour', () => {
  it('broadcasts its signal with its input mappings as variables, then completes', async () => {
    const h = createExecutorHarness();
    await h.deploy(`<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <signal id="sig" name="ready"/>
  <process id="waiter" isExecutable="true">
    <startEvent id="ws"/><intermediateCatchEvent id="wait"><signalEventDefinition signalRef="sig"/></intermediateCatchEvent><endEvent id="we"/>
    ${flows('ws->wait', 'wait->we')}
  </process>
  <process id="thrower" isExecutable="true">
    <startEvent id="ts"/>
    <intermediateThrowEvent id="throw"><extensionElements><zeebe:ioMapping><zeebe:input source="=42" target="answer"/></zeebe:ioMapping></extensionElements>
      <signalEventDefinition signalRef="sig"/></intermediateThrowEvent>
    <endEvent id="te"/>${flows('ts->throw', 'throw->te')}
  </process>
</definitions>`);
    const waiter = h.start('waiter');
    const thrower = h.start('thrower');
    expect(thrower.state).toBe('COMPLETED');
    expect(waiter.state).toBe('COMPLETED');
    expect(h.globals(waiter)).toEqual({ answer: 42 });
  });
});
