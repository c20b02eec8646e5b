import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows } from '../support/executor-harness.js';

const model = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <message id="m" name="paid"><extensionElements><zeebe:subscription correlationKey="=id"/></extensionElements></message>
  <process id="p" isExecutable="true">
    <startEvent id="s"/><eventBasedGateway id="g"/>
    <intermediateCatchEvent id="on-paid"><messageEventDefinition messageRef="m"/></intermediateCatchEvent>
    <intermediateCatchEvent id="on-timeout"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
    <endEvent id="paid-end"/><endEvent id="timeout-end"/>
    ${flows('s->g', 'g->on-paid', 'g->on-timeout', 'on-paid->paid-end', 'on-timeout->timeout-end')}
  </process>
</definitions>`;

describe('event-based gateway behaviour', () => {
  it('continues at the message when it comes first, and withdraws the timer', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { id: 'x' });
    h.executor.publishMessage(
      { name: 'paid', correlationKey: 'x', variables: { amount: 5 }, tenantId: '<default>' },
      0,
    );
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'g:COMPLETED', 'on-paid:COMPLETED', 'paid-end:COMPLETED']);
    expect(h.globals(pi)).toEqual({ id: 'x', amount: 5 });
    h.clock.advance(3_600_000);
    expect(h.trail(pi)).toHaveLength(4);
  });

  it('continues at the timer when it is due first, and closes the message subscription', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { id: 'x' });
    h.clock.advance(3_600_000);
    expect(h.trail(pi)).toEqual([
      's:COMPLETED',
      'g:COMPLETED',
      'on-timeout:COMPLETED',
      'timeout-end:COMPLETED',
    ]);
    const sent = h.executor.publishMessage(
      { name: 'paid', correlationKey: 'x', variables: {}, tenantId: '<default>' },
      0,
    );
    expect(sent.correlatedTo).toEqual([]);
  });
});
