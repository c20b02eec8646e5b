import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

describe('parallel gateway behaviour', () => {
  it('forks to every flow and joins once a token arrived on each incoming flow', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><parallelGateway id="fork"/>${serviceTask('a')}${serviceTask('b')}
        <parallelGateway id="join"/><endEvent id="e"/>
        ${flows('s->fork', 'fork->a', 'fork->b', 'a->join', 'b->join', 'join->e')}`,
      ),
    );
    const pi = h.start('p');
    expect(h.activeJobs(pi).map((j) => j.type)).toEqual(['a', 'b']);
    h.completeJob(pi, 'a');
    // One token waits at the join; the gateway is not yet entered.
    expect(h.trail(pi).filter((t) => t.startsWith('join'))).toEqual([]);
    expect(pi.root.pendingJoinTokens).toBe(1);
    h.completeJob(pi, 'b');
    expect(h.trail(pi).filter((t) => t.startsWith('join') || t.startsWith('e'))).toEqual([
      'join:COMPLETED',
      'e:COMPLETED',
    ]);
    expect(pi.state).toBe('COMPLETED');
  });
});
