import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

const model = bpmn(
  'p',
  `<startEvent id="s"/><exclusiveGateway id="g" default="g-c"/><task id="a"/><task id="b"/><task id="c"/>
  ${flows('s->g', 'g->a:=x > 10', 'g->b:=x > 5', 'g->c')}`,
);

describe('exclusive gateway behaviour', () => {
  it('takes the first flow whose condition is true', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    expect(h.trail(h.start('p', { x: 20 }))).toEqual(['s:COMPLETED', 'g:COMPLETED', 'a:COMPLETED']);
    expect(h.trail(h.start('p', { x: 7 }))).toEqual(['s:COMPLETED', 'g:COMPLETED', 'b:COMPLETED']);
  });

  it('takes the default flow when no condition holds', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    expect(h.trail(h.start('p', { x: 1 }))).toEqual(['s:COMPLETED', 'g:COMPLETED', 'c:COMPLETED']);
  });

  it('raises a CONDITION_ERROR incident when a condition is not a boolean', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { x: null });
    expect(h.incidents(pi).map((i) => i.errorType)).toEqual(['CONDITION_ERROR']);
    expect(pi.state).toBe('ACTIVE');
  });
});
