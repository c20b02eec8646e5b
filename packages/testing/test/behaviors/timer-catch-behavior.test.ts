import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

describe('timer catch behaviour', () => {
  it('completes when the engine clock reaches the duration', async () => {
    const h = createExecutorHarness();
    await h.deploy(
      bpmn(
        'p',
        `<startEvent id="s"/>
        <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT1M</timeDuration></timerEventDefinition></intermediateCatchEvent>
        <endEvent id="e"/>${flows('s->wait', 'wait->e')}`,
      ),
    );
    const pi = h.start('p');
    h.clock.advance(59_999);
    expect(pi.state).toBe('ACTIVE');
    h.clock.advance(1);
    expect(pi.state).toBe('COMPLETED');
  });
});
