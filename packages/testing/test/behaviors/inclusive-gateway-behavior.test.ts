import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

const model = bpmn(
  'p',
  `<startEvent id="s"/><inclusiveGateway id="fork" default="fork-c"/>${serviceTask('a')}${serviceTask('b')}${serviceTask('c')}
  <inclusiveGateway id="join"/>${serviceTask('after')}
  ${flows('s->fork', 'fork->a:=x > 1', 'fork->b:=x > 2', 'fork->c', 'a->join', 'b->join', 'c->join', 'join->after')}`,
);

describe('inclusive gateway behaviour', () => {
  it('forks to every flow whose condition is true and joins only those tokens', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { x: 3 });
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['a', 'b']);
    h.completeJob(pi, 'a');
    expect(h.activeJobs(pi, 'after')).toEqual([]);
    h.completeJob(pi, 'b');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['after']);
  });

  it('joins a single token at once when no other branch was taken', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { x: 2 });
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['a']);
    h.completeJob(pi, 'a');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['after']);
    expect(h.trail(pi).filter((t) => t.startsWith('join'))).toEqual(['join:COMPLETED']);
  });

  it('takes the default flow when no condition is true', async () => {
    const h = createExecutorHarness();
    await h.deploy(model);
    const pi = h.start('p', { x: 0 });
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['c']);
  });

  it('raises CONDITION_ERROR without a true condition or default flow', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><inclusiveGateway id="g"/><task id="a"/><task id="b"/>${flows('s->g', 'g->a:=false', 'g->b:=false')}`,
      ),
    );
    const pi = h.start('p');
    expect(h.incidents(pi).map((i) => i.errorType)).toEqual(['CONDITION_ERROR']);
  });
});
