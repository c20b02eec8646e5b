import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const defs = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <escalation id="late" escalationCode="LATE"/>
  <process id="p" isExecutable="true">${body}</process>
</definitions>`;

describe('escalation throw behaviour', () => {
  it('is caught by a non-interrupting boundary event; the thrower goes on', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      defs(`<startEvent id="s"/>
      <subProcess id="sub"><startEvent id="ss"/><intermediateThrowEvent id="raise"><escalationEventDefinition escalationRef="late"/></intermediateThrowEvent>
        ${serviceTask('inner')}${flows('ss->raise', 'raise->inner')}</subProcess>
      <boundaryEvent id="notice" attachedToRef="sub" cancelActivity="false"><escalationEventDefinition escalationRef="late"/></boundaryEvent>
      ${serviceTask('notify')}<endEvent id="e"/>${flows('s->sub', 'sub->e', 'notice->notify')}`),
    );
    const pi = h.start('p');
    expect(
      h
        .activeJobs(pi)
        .map((j) => j.type)
        .sort(),
    ).toEqual(['inner', 'notify']);
    expect(h.trail(pi)).toContain('raise:COMPLETED');
  });

  it('is caught by an interrupting event sub-process, which ends the scope', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      defs(`<startEvent id="s"/><parallelGateway id="fork"/>${serviceTask('other')}
      <intermediateThrowEvent id="raise"><escalationEventDefinition escalationRef="late"/></intermediateThrowEvent>${serviceTask('never')}
      <subProcess id="handler" triggeredByEvent="true"><startEvent id="hs"><escalationEventDefinition escalationRef="late"/></startEvent>
        <endEvent id="he"/>${flows('hs->he')}</subProcess>
      ${flows('s->fork', 'fork->other', 'fork->raise', 'raise->never')}`),
    );
    const pi = h.start('p');
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toEqual(
      expect.arrayContaining(['other:TERMINATED', 'raise:TERMINATED', 'handler:COMPLETED', 'hs:COMPLETED']),
    );
    expect(h.trail(pi).some((t) => t.startsWith('never'))).toBe(false);
  });

  it('goes on without an incident when nothing catches it', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      defs(
        `<startEvent id="s"/><endEvent id="raise"><escalationEventDefinition escalationRef="late"/></endEvent>${flows('s->raise')}`,
      ),
    );
    const pi = h.start('p');
    expect(pi.state).toBe('COMPLETED');
    expect(h.incidents(pi)).toEqual([]);
  });
});
