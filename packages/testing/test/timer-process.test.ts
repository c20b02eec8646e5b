import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('timers on the engine clock', () => {
  const t = useEngine({ clock: 'manual', startTime: Date.parse('2030-01-01T00:00:00Z') });

  it('fires an intermediate timer and an interrupting boundary timer only when the clock advances', async () => {
    const { api, engine } = t;
    await api.deployFixtures('timer-process.bpmn');
    const pi = await api.start('timer-process', { reviewDeadline: 'PT1H' });

    engine.clock.advance(9 * 60_000);
    expect(await api.activate('review')).toEqual([]);
    engine.clock.advance(60_000);
    const review = await api.activateOne('review');
    expect(review.processInstanceKey).toBe(pi);

    engine.clock.advance(59 * 60_000);
    expect((await api.instance(pi)).state).toBe('ACTIVE');
    engine.clock.advance(60_000);
    expect((await api.instance(pi)).state).toBe('COMPLETED');
    // The boundary timer interrupted the task: its job is gone.
    expect((await api.post(`/jobs/${review.jobKey}/completion`, {})).status).toBe(404);
    const ends = await api.post<{ items: Array<{ elementId: string }> }>('/element-instances/search', {
      filter: { processInstanceKey: pi, type: 'END_EVENT' },
    });
    expect(ends.body.items.map((e) => e.elementId)).toEqual(['escalated']);
  });

  it('cancels the boundary timer when the task completes in time', async () => {
    const { api, engine } = t;
    await api.deployFixtures('timer-process.bpmn');
    const pi = await api.start('timer-process', { reviewDeadline: 'PT1H' });
    engine.clock.advance(10 * 60_000);
    const review = await api.activateOne('review');
    await api.complete(review.jobKey);
    engine.clock.advance(2 * 60 * 60_000);
    const ends = await api.post<{ items: Array<{ elementId: string }> }>('/element-instances/search', {
      filter: { processInstanceKey: pi, type: 'END_EVENT' },
    });
    expect(ends.body.items.map((e) => e.elementId)).toEqual(['done']);
  });

  it('raises an incident when a timer expression does not evaluate to a duration', async () => {
    const { api, engine } = t;
    await api.deployFixtures('timer-process.bpmn');
    const pi = await api.start('timer-process', { reviewDeadline: 42 });
    engine.clock.advance(10 * 60_000);
    const incidents = await api.post<{ items: Array<{ errorType: string; elementId: string }> }>(
      '/incidents/search',
      {
        filter: { processInstanceKey: pi },
      },
    );
    expect(incidents.body.items).toEqual([
      expect.objectContaining({ errorType: 'EXTRACT_VALUE_ERROR', elementId: 'review' }),
    ]);
  });

  it('moves the clock through pinClock and resetClock', async () => {
    const { api, engine } = t;
    const target = Date.parse('2031-06-01T00:00:00Z');
    expect((await api.put('/clock', { timestamp: target })).status).toBe(204);
    expect(engine.clock.now()).toBe(target);
    expect((await api.post('/clock/reset')).status).toBe(204);
    expect(engine.clock.now()).toBe(Date.parse('2030-01-01T00:00:00Z'));
  });
});
