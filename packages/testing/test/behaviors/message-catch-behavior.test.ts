import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows } from '../support/executor-harness.js';

const model = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <message id="m" name="paid"><extensionElements><zeebe:subscription correlationKey="=orderId"/></extensionElements></message>
  <process id="p" isExecutable="true">
    <startEvent id="s"/><intermediateCatchEvent id="wait"><messageEventDefinition messageRef="m"/></intermediateCatchEvent>
    <receiveTask id="receive" messageRef="m"/><endEvent id="e"/>
    ${flows('s->wait', 'wait->receive', 'receive->e')}
  </process>
</definitions>`;

describe('message catch behaviour', () => {
  it('waits for a message with its correlation key, on a catch event and a receive task', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { orderId: 'o-1' });
    const input = { name: 'paid', correlationKey: 'o-2', variables: {}, tenantId: '<default>' };
    expect(h.executor.publishMessage(input, 0).correlatedTo).toEqual([]);
    expect(
      h.executor.publishMessage({ ...input, correlationKey: 'o-1', variables: { n: 1 } }, 0).correlatedTo,
    ).toEqual([pi.key]);
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'wait:COMPLETED', 'receive:ACTIVE']);
    h.executor.publishMessage({ ...input, correlationKey: 'o-1', variables: { n: 2 } }, 0);
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ orderId: 'o-1', n: 2 });
  });

  it('correlates a buffered message when the subscription opens', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const input = { name: 'paid', correlationKey: 'o-1', variables: {}, tenantId: '<default>' };
    h.executor.publishMessage(input, 60_000);
    const pi = h.start('p', { orderId: 'o-1' });
    // The buffered message correlates once per instance: the receive task still waits.
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'wait:COMPLETED', 'receive:ACTIVE']);
  });
});
