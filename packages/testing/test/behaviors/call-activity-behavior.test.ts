import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const child = (id = 'child', extra = '') =>
  bpmn(
    id,
    `<startEvent id="cs"/>${serviceTask('child-work')}<endEvent id="ce"/>${flows('cs->child-work', 'child-work->ce')}${extra}`,
  );

const parent = (calledElement: string, body = '') =>
  bpmn(
    'parent',
    `<startEvent id="s"/>
    <callActivity id="call"><extensionElements><zeebe:calledElement ${calledElement}/>${body}</extensionElements></callActivity>
    <endEvent id="e"/>${flows('s->call', 'call->e')}`,
  );

describe('call activity behaviour', () => {
  it('creates a child instance linked to the call activity, with all variables in and out', async () => {
    const h = createExecutorHarness();
    await h.deploy(child());
    await h.deploy(parent('processId="child"'));
    const pi = h.start('parent', { order: 7 });
    const call = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'call');
    const called = call?.calledInstance;
    expect(called?.parentElementInstance).toBe(call);
    expect(h.globals(called as never)).toEqual({ order: 7 });
    h.completeJob(called as never, 'child-work', { shipped: true });
    expect(called?.state).toBe('COMPLETED');
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ order: 7, shipped: true });
  });

  it('evaluates a FEEL process id and applies output mappings only, without propagateAllChildVariables', async () => {
    const h = createExecutorHarness();
    await h.deploy(child());
    await h.deploy(
      parent(
        'processId="=target" propagateAllChildVariables="false"',
        '<zeebe:ioMapping><zeebe:output source="=shipped" target="wasShipped"/></zeebe:ioMapping>',
      ),
    );
    const pi = h.start('parent', { target: 'child' });
    const called = h.executor
      .elementInstancesOf(pi.key)
      .find((ei) => ei.elementId === 'call')?.calledInstance;
    h.completeJob(called as never, 'child-work', { shipped: true, noise: 1 });
    expect(h.globals(pi)).toEqual({ target: 'child', wasShipped: true });
  });

  it('passes only the input mappings without propagateAllParentVariables', async () => {
    const h = createExecutorHarness();
    await h.deploy(child());
    await h.deploy(
      parent(
        'processId="child" propagateAllParentVariables="false"',
        '<zeebe:ioMapping><zeebe:input source="=order.id" target="orderId"/></zeebe:ioMapping>',
      ),
    );
    const pi = h.start('parent', { order: { id: 'o-1', secret: 'x' } });
    const called = h.executor
      .elementInstancesOf(pi.key)
      .find((ei) => ei.elementId === 'call')?.calledInstance;
    expect(h.globals(called as never)).toEqual({ orderId: 'o-1' });
  });

  it('binds by version tag and by deployment', async () => {
    const h = createExecutorHarness();
    const tagged = (tag: string, type: string) =>
      bpmn(
        'child',
        `<extensionElements><zeebe:versionTag value="${tag}"/></extensionElements><startEvent id="cs"/>${serviceTask(type)}${flows(`cs->${type}`)}`,
      );
    await h.deploy(tagged('v1', 'from-v1'));
    await h.deploy(tagged('v2', 'from-v2'));
    await h.deploy(parent('processId="child" bindingType="versionTag" versionTag="v1"'));
    const pi = h.start('parent');
    const called = h.executor
      .elementInstancesOf(pi.key)
      .find((ei) => ei.elementId === 'call')?.calledInstance;
    expect(h.activeJobs(called as never).map((j) => j.type)).toEqual(['from-v1']);
  });

  it('raises CALLED_ELEMENT_ERROR when the process is not deployed, and retries on resolution', async () => {
    const h = createExecutorHarness();
    await h.deploy(parent('processId="missing"'));
    const pi = h.start('parent');
    const [incident] = h.incidents(pi);
    expect(incident?.errorType).toBe('CALLED_ELEMENT_ERROR');
    expect(incident?.errorMessage).toBe(
      "Expected process with BPMN process id 'missing' to be deployed, but not found.",
    );
    await h.deploy(child('missing'));
    h.executor.resolveIncident(incident as never);
    expect(h.incidents(pi)).toEqual([]);
    expect(
      h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'call')?.calledInstance,
    ).toBeDefined();
  });

  it('terminates the child with the parent, and counts child incidents on the parent', async () => {
    const h = createExecutorHarness();
    await h.deploy(child());
    await h.deploy(parent('processId="child"'));
    const pi = h.start('parent');
    const called = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'call')
      ?.calledInstance as NonNullable<ReturnType<typeof h.start>>;
    const [job] = h.activeJobs(called);
    h.executor.failJob(job as never, 0, 'boom', 0, {});
    expect(called.activeIncidents).toBe(1);
    expect(pi.activeIncidents).toBe(1);
    h.executor.cancelInstance(pi);
    expect(called.state).toBe('TERMINATED');
    expect(pi.activeIncidents).toBe(0);
  });

  it('lets a boundary event on the call activity catch an error thrown in the child', async () => {
    const h = createExecutorHarness();
    await h.deploy(child());
    await h.deploy(`<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <error id="err" errorCode="REJECTED"/>
  <process id="parent" isExecutable="true">
    <startEvent id="s"/>
    <callActivity id="call"><extensionElements><zeebe:calledElement processId="child"/></extensionElements></callActivity>
    <boundaryEvent id="rejected" attachedToRef="call"><errorEventDefinition errorRef="err"/></boundaryEvent>
    <endEvent id="e"/><endEvent id="e2"/>
    ${flows('s->call', 'call->e', 'rejected->e2')}
  </process>
</definitions>`);
    const pi = h.start('parent');
    const called = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'call')
      ?.calledInstance as NonNullable<ReturnType<typeof h.start>>;
    const [job] = h.activeJobs(called);
    h.executor.throwJobError(job as never, 'REJECTED', 'no', {});
    expect(called.state).toBe('TERMINATED');
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toContain('rejected:COMPLETED');
  });
});
