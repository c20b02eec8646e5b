import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

describe('script behaviour', () => {
  it('evaluates the FEEL script into the result variable', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <scriptTask id="t"><extensionElements><zeebe:script expression="=sum(items)" resultVariable="total"/></extensionElements></scriptTask>
        <endEvent id="e"/>${flows('s->t', 't->e')}`,
      ),
    );
    const pi = h.start('p', { items: [1, 2, 3] });
    expect(h.globals(pi)).toEqual({ items: [1, 2, 3], total: 6 });
    expect(pi.state).toBe('COMPLETED');
  });
});
