import { describe, expect, it } from 'vitest';
import { bpmn, createExecutorHarness, flows } from '../support/executor-harness.js';

const timerStart = (id: string, timer: string) =>
  bpmn(
    id,
    `<startEvent id="tick"><timerEventDefinition>${timer}</timerEventDefinition></startEvent><endEvent id="e"/>${flows('tick->e')}`,
  );

const instancesOf = (h: ReturnType<typeof createExecutorHarness>, id: string) =>
  [...h.executor.processInstances.values()].filter((pi) => pi.definition.processDefinitionId === id);

describe('timer start events', () => {
  it('start an instance per firing of an ISO cycle', async () => {
    const h = createExecutorHarness();
    await h.deploy(timerStart('cycle', '<timeCycle>R3/PT1H</timeCycle>'));
    h.clock.advance(30 * 60_000);
    expect(instancesOf(h, 'cycle')).toHaveLength(0);
    for (let hour = 0; hour < 10; hour += 1) h.clock.advance(3_600_000);
    expect(instancesOf(h, 'cycle')).toHaveLength(3);
    expect(instancesOf(h, 'cycle').every((pi) => pi.state === 'COMPLETED')).toBe(true);
  });

  it('start once at a date or after a duration, and on every cron match', async () => {
    const h = createExecutorHarness();
    const at = new Date(h.clock.now() + 86_400_000).toISOString();
    await h.deploy(timerStart('dated', `<timeDate>${at}</timeDate>`));
    await h.deploy(timerStart('later', '<timeDuration>PT2H</timeDuration>'));
    await h.deploy(timerStart('cron', '<timeCycle>0 0 * * * ?</timeCycle>'));
    for (let hour = 0; hour < 48; hour += 1) h.clock.advance(3_600_000);
    expect(instancesOf(h, 'dated')).toHaveLength(1);
    expect(instancesOf(h, 'later')).toHaveLength(1);
    // Hourly for two days, one step of the clock per hour.
    expect(instancesOf(h, 'cron')).toHaveLength(48);
  });

  it('trigger once when the clock jumps past several due dates, and count on from when they triggered', async () => {
    const h = createExecutorHarness();
    await h.deploy(timerStart('cron', '<timeCycle>0 0 * * * ?</timeCycle>'));
    await h.deploy(timerStart('cycle', '<timeCycle>R/PT1H</timeCycle>'));
    h.clock.advance(10 * 3_600_000 + 30 * 60_000);
    expect(instancesOf(h, 'cron')).toHaveLength(1);
    expect(instancesOf(h, 'cycle')).toHaveLength(1);
    // The cycle's next due date is an hour after the jump; the cron's is the next full hour after it.
    h.clock.advance(30 * 60_000);
    expect(instancesOf(h, 'cron')).toHaveLength(2);
    expect(instancesOf(h, 'cycle')).toHaveLength(1);
    h.clock.advance(30 * 60_000);
    expect(instancesOf(h, 'cycle')).toHaveLength(2);
  });

  it('are replaced by the timers of a new version', async () => {
    const h = createExecutorHarness();
    await h.deploy(timerStart('cycle', '<timeCycle>R/PT1H</timeCycle>'));
    h.clock.advance(3_600_000);
    await h.deploy(timerStart('cycle', '<timeCycle>R/PT2H</timeCycle>'));
    for (let hour = 0; hour < 4; hour += 1) h.clock.advance(3_600_000);
    const versions = instancesOf(h, 'cycle').map((pi) => pi.definition.version);
    expect(versions).toEqual([1, 2, 2]);
  });
});
