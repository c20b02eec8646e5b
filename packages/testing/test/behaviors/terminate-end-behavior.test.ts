import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

describe('terminate end behaviour', () => {
  it('terminates the rest of its scope and completes the scope (in a sub-process, only the sub-process)', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><parallelGateway id="fork"/>${serviceTask('outer')}
        <subProcess id="sub"><startEvent id="ss"/><parallelGateway id="f2"/>${serviceTask('a')}${serviceTask('b')}
          <endEvent id="term"><terminateEventDefinition/></endEvent>
          ${flows('ss->f2', 'f2->a', 'f2->b', 'a->term')}</subProcess>
        <endEvent id="e1"/><endEvent id="e2"/>
        ${flows('s->fork', 'fork->outer', 'fork->sub', 'sub->e1', 'outer->e2')}`,
      ),
    );
    const pi = h.start('p');
    h.completeJob(pi, 'a');
    const states = Object.fromEntries(
      h.executor.elementInstancesOf(pi.key).map((ei) => [ei.elementId, ei.state]),
    );
    expect(states).toMatchObject({ term: 'COMPLETED', b: 'TERMINATED', sub: 'COMPLETED', e1: 'COMPLETED' });
    // The process scope goes on: the outer task is still active.
    expect(states.outer).toBe('ACTIVE');
    expect(pi.state).toBe('ACTIVE');
  });
});
