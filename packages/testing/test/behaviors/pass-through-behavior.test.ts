import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

describe('pass-through behaviour', () => {
  it('runs start, task, manual task, throw and end events straight through', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><task id="t"/><manualTask id="m"/><intermediateThrowEvent id="i"/><endEvent id="e"/>
        ${flows('s->t', 't->m', 'm->i', 'i->e')}`,
      ),
    );
    const pi = h.start('p');
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 't:COMPLETED', 'm:COMPLETED', 'i:COMPLETED', 'e:COMPLETED']);
  });

  it('applies output mappings of a pass-through element', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <task id="t"><extensionElements><zeebe:ioMapping><zeebe:output source="=a + 1" target="b"/></zeebe:ioMapping></extensionElements></task>
        <endEvent id="e"/>${flows('s->t', 't->e')}`,
      ),
    );
    const pi = h.start('p', { a: 1 });
    expect(h.globals(pi)).toEqual({ a: 1, b: 2 });
  });
});
