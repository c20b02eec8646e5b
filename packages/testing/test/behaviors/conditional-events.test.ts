import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const condition = (text: string, filter = '') =>
  `<conditionalEventDefinition>${filter}<condition>${text.replace(/>/g, '&gt;')}</condition></conditionalEventDefinition>`;

describe('conditional events', () => {
  it('an intermediate catch event waits until a variable change makes its condition true', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><intermediateCatchEvent id="wait">${condition('=stock > 0')}</intermediateCatchEvent><endEvent id="e"/>${flows('s->wait', 'wait->e')}`,
      ),
    );
    const ready = h.start('p', { stock: 3 });
    expect(ready.state).toBe('COMPLETED');
    const pi = h.start('p', { stock: 0 });
    expect(pi.state).toBe('ACTIVE');
    h.executor.setVariables(pi.root, { stock: 0, note: 'still none' }, false);
    expect(pi.state).toBe('ACTIVE');
    h.executor.setVariables(pi.root, { stock: 5 }, false);
    expect(pi.state).toBe('COMPLETED');
  });

  it('a non-interrupting boundary event fires on each change that makes it true, filtered by variable name', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${serviceTask('work')}
        <boundaryEvent id="urgent" attachedToRef="work" cancelActivity="false">${condition(
          '=priority > 5',
          '<extensionElements><zeebe:conditionalFilter variableNames="priority"/></extensionElements>',
        )}</boundaryEvent>
        ${serviceTask('notify')}<endEvent id="e"/>${flows('s->work', 'work->e', 'urgent->notify')}`,
      ),
    );
    const pi = h.start('p', { priority: 1 });
    h.executor.setVariables(pi.root, { priority: 9 }, false);
    h.executor.setVariables(pi.root, { other: 1 }, false);
    h.executor.setVariables(pi.root, { priority: 10 }, false);
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['work', 'notify', 'notify']);
  });

  it('an interrupting conditional event sub-process ends the process scope', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>${serviceTask('work')}${flows('s->work')}
        <subProcess id="abort" triggeredByEvent="true"><startEvent id="as">${condition('=cancelled = true')}</startEvent><endEvent id="ae"/>${flows('as->ae')}</subProcess>`,
      ),
    );
    const pi = h.start('p', { cancelled: false });
    h.executor.setVariables(pi.root, { cancelled: true }, false);
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toContain('work:TERMINATED');
  });

  it('evaluateConditionals starts instances at conditional start events that hold', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="when-big">${condition('=amount > 100')}</startEvent><endEvent id="e"/>${flows('when-big->e')}`,
      ),
    );
    expect(h.executor.evaluateConditionals({ amount: 5 }, '<default>', undefined)).toEqual([]);
    const [pi] = h.executor.evaluateConditionals({ amount: 500 }, '<default>', undefined);
    expect(pi?.state).toBe('COMPLETED');
    expect(h.globals(pi as never)).toEqual({ amount: 500 });
  });
});
