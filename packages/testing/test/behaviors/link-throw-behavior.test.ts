import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

describe('link throw behaviour', () => {
  it('continues at the link catch event of the same name', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/><intermediateThrowEvent id="go"><linkEventDefinition name="jump"/></intermediateThrowEvent>
        <intermediateCatchEvent id="land"><linkEventDefinition name="jump"/></intermediateCatchEvent><endEvent id="e"/>
        ${flows('s->go', 'land->e')}`,
      ),
    );
    const pi = h.start('p');
    expect(pi.state).toBe('COMPLETED');
    expect(h.trail(pi)).toEqual(['s:COMPLETED', 'go:COMPLETED', 'land:COMPLETED', 'e:COMPLETED']);
  });

  it('rejects a link throw without a matching catch event', async () => {
    const h = createExecutorHarness();
    await expect(
      h.deploy(
        bpmn(
          'p',
          `<startEvent id="s"/><intermediateThrowEvent id="go"><linkEventDefinition name="nowhere"/></intermediateThrowEvent>${flows('s->go')}`,
        ),
      ),
    ).rejects.toThrow(/link 'nowhere'/);
  });
});
