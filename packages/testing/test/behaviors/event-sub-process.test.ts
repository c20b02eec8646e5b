import { describe, expect, it } from 'vitest';
import { createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const defs = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <message id="cancel" name="cancel"><extensionElements><zeebe:subscription correlationKey="=id"/></extensionElements></message>
  <error id="err" errorCode="FAILED"/>
  <process id="p" isExecutable="true">${body}</process>
</definitions>`;

describe('event sub-processes', () => {
  it('an interrupting message event sub-process ends the rest of the process', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      defs(`<startEvent id="s"/>${serviceTask('work')}<endEvent id="e"/>${flows('s->work', 'work->e')}
      <subProcess id="on-cancel" triggeredByEvent="true">
        <startEvent id="cs"><messageEventDefinition messageRef="cancel"/></startEvent>${serviceTask('undo')}
        ${flows('cs->undo')}</subProcess>`),
    );
    const pi = h.start('p', { id: 'o-1' });
    h.executor.publishMessage(
      { name: 'cancel', correlationKey: 'o-1', variables: { why: 'x' }, tenantId: '<default>' },
      0,
    );
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['undo']);
    expect(h.trail(pi)).toContain('work:TERMINATED');
    h.completeJob(pi, 'undo');
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ id: 'o-1', why: 'x' });
  });

  it('a non-interrupting timer event sub-process in a sub-process runs beside it, on every cycle', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      defs(`<startEvent id="s"/>
      <subProcess id="sub"><startEvent id="ss"/>${serviceTask('work')}<endEvent id="se"/>${flows('ss->work', 'work->se')}
        <subProcess id="remind" triggeredByEvent="true">
          <startEvent id="rs" isInterrupting="false"><timerEventDefinition><timeCycle>R2/PT1H</timeCycle></timerEventDefinition></startEvent>
          ${serviceTask('reminder')}${flows('rs->reminder')}</subProcess>
      </subProcess><endEvent id="e"/>${flows('s->sub', 'sub->e')}`),
    );
    const pi = h.start('p');
    h.clock.advance(3_600_000);
    h.clock.advance(3_600_000);
    h.clock.advance(3_600_000);
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['work', 'reminder', 'reminder']);
    for (const job of h.activeJobs(pi, 'reminder')) h.executor.completeJob(job, {});
    h.completeJob(pi, 'work');
    expect(pi.state).toBe('COMPLETED');
  });

  it('an error event sub-process catches an error thrown by a job', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      defs(`<startEvent id="s"/>${serviceTask('work')}<endEvent id="e"/>${flows('s->work', 'work->e')}
      <subProcess id="on-error" triggeredByEvent="true">
        <startEvent id="es"><errorEventDefinition errorRef="err"/></startEvent><endEvent id="ee"/>${flows('es->ee')}</subProcess>`),
    );
    const pi = h.start('p');
    const [job] = h.activeJobs(pi);
    h.executor.throwJobError(job as never, 'FAILED', 'nope', { reason: 'r' });
    expect(pi.state).toBe('COMPLETED');
    expect(h.incidents(pi)).toEqual([]);
    expect(h.trail(pi)).toEqual([
      's:COMPLETED',
      'work:TERMINATED',
      'on-error:COMPLETED',
      'es:COMPLETED',
      'ee:COMPLETED',
    ]);
    expect(h.globals(pi)).toEqual({ reason: 'r' });
  });

  it('a non-interrupting signal event sub-process runs on each broadcast', async () => {
    const h = createExecutorHarness();
    await h.deploy(`<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <signal id="sig" name="audit"/>
  <process id="p" isExecutable="true">
    <startEvent id="s"/>${serviceTask('work')}${flows('s->work')}
    <subProcess id="on-audit" triggeredByEvent="true">
      <startEvent id="as" isInterrupting="false"><signalEventDefinition signalRef="sig"/></startEvent><endEvent id="ae"/>${flows('as->ae')}
    </subProcess>
  </process>
</definitions>`);
    const pi = h.start('p');
    h.executor.broadcastSignal('audit', {}, '<default>');
    h.executor.broadcastSignal('audit', {}, '<default>');
    expect(h.trail(pi).filter((t) => t === 'on-audit:COMPLETED')).toHaveLength(2);
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['work']);
  });
});
