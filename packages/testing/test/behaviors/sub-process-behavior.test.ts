import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows, serviceTask } from '../support/executor-harness.js';

describe('sub-process behaviour', () => {
  it('starts at the inner start event and completes when nothing inside is active', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <subProcess id="sub"><startEvent id="ss"/>${serviceTask('inner')}<endEvent id="se"/>${flows('ss->inner', 'inner->se')}</subProcess>
        <endEvent id="e"/>${flows('s->sub', 'sub->e')}`,
      ),
    );
    const pi = h.start('p');
    const sub = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'sub');
    const inner = h.executor.elementInstancesOf(pi.key).find((ei) => ei.elementId === 'inner');
    expect(inner?.parent).toBe(sub);
    expect(sub?.state).toBe('ACTIVE');
    h.completeJob(pi, 'inner');
    expect(h.trail(pi)).toEqual([
      's:COMPLETED',
      'sub:COMPLETED',
      'ss:COMPLETED',
      'inner:COMPLETED',
      'se:COMPLETED',
      'e:COMPLETED',
    ]);
  });

  it('terminates its children when it is terminated', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <subProcess id="sub"><startEvent id="ss"/>${serviceTask('inner')}${flows('ss->inner')}</subProcess>
        ${flows('s->sub')}`,
      ),
    );
    const pi = h.start('p');
    h.executor.cancelInstance(pi);
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'sub:TERMINATED', 'ss:COMPLETED', 'inner:TERMINATED']);
  });
});
