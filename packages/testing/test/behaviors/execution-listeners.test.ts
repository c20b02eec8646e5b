import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

const listeners = (...specs: Array<[string, string]>) =>
  `<zeebe:executionListeners>${specs
    .map(([eventType, type]) => `<zeebe:executionListener eventType="${eventType}" type="${type}"/>`)
    .join('')}</zeebe:executionListeners>`;

describe('execution listeners', () => {
  it('run start listeners before the element and end listeners after it, one job at a time', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <serviceTask id="t"><extensionElements><zeebe:taskDefinition type="work"/>
          ${listeners(['start', 'before-1'], ['start', 'before-2'], ['end', 'after'])}</extensionElements></serviceTask>
        <endEvent id="e"/>${flows('s->t', 't->e')}`,
      ),
    );
    const pi = h.start('p');
    const kinds = () => h.activeJobs(pi).map((j) => `${j.type}:${j.kind}:${j.listenerEventType}`);
    expect(kinds()).toEqual(['before-1:EXECUTION_LISTENER:START']);
    h.completeJob(pi, 'before-1', { prepared: true });
    expect(kinds()).toEqual(['before-2:EXECUTION_LISTENER:START']);
    h.completeJob(pi, 'before-2');
    expect(kinds()).toEqual(['work:BPMN_ELEMENT:UNSPECIFIED']);
    // A start listener's variables are local to the element.
    const [work] = h.activeJobs(pi);
    expect(h.variables.visible(work?.elementInstance as never, ['prepared'])).toEqual({ prepared: true });
    expect(h.globals(pi)).toEqual({});
    h.completeJob(pi, 'work', { done: 1 });
    expect(kinds()).toEqual(['after:EXECUTION_LISTENER:END']);
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 't:ACTIVE']);
    h.completeJob(pi, 'after', { audited: true });
    expect(pi.state).toBe('COMPLETED');
    expect(h.globals(pi)).toEqual({ done: 1, audited: true });
  });

  it('run process-level listeners around the whole instance', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<extensionElements>${listeners(['start', 'open'], ['end', 'close'])}</extensionElements>
        <startEvent id="s"/><endEvent id="e"/>${flows('s->e')}`,
      ),
    );
    const pi = h.start('p');
    expect(h.trail(pi)).toEqual([]);
    h.completeJob(pi, 'open');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'e:COMPLETED']);
    expect(pi.state).toBe('ACTIVE');
    h.completeJob(pi, 'close');
    expect(pi.state).toBe('COMPLETED');
  });

  it('raise EXECUTION_LISTENER_NO_RETRIES when a listener job fails for good', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><task id="t"><extensionElements>${listeners(['start', 'check'])}</extensionElements></task>${flows('s->t')}`,
      ),
    );
    const pi = h.start('p');
    const [job] = h.activeJobs(pi);
    h.executor.failJob(job as never, 0, 'no', 0, {});
    expect(h.incidents(pi).map((i) => i.errorType)).toEqual(['EXECUTION_LISTENER_NO_RETRIES']);
  });

  it('reject start listeners on start events', async () => {
    const h = createExecutorHarness();
    await expect(
      h.deploy(
        bpmn(
          'p',
          `<startEvent id="s"><extensionElements>${listeners(['start', 'x'])}</extensionElements></startEvent>`,
        ),
      ),
    ).rejects.toThrow(/not supported by start events/);
  });
});
