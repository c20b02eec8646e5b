import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows } from '../support/executor-harness.js';

describe('signal catch behaviour', () => {
  it('completes on a signal of its name, with the signal variables', async () => {
    const h = createExecutorHarness();
    await h.deploy(`<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <signal id="sig" name="go"/>
  <process id="p" isExecutable="true">
    <startEvent id="s"/><intermediateCatchEvent id="wait"><signalEventDefinition signalRef="sig"/></intermediateCatchEvent>
    <endEvent id="e"/>${flows('s->wait', 'wait->e')}
  </process>
</definitions>`);
    const pi = h.start('p');
    h.executor.broadcastSignal('stop', {}, '<default>');
    expect(pi.state).toBe('ACTIVE');
    h.executor.broadcastSignal('go', { v: 1 }, '<default>');
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ v: 1 });
  });
});
