import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';
import { linearProcess } from './lifecycle-process.js';

const START = Date.parse('2026-03-01T10:00:00.000Z');
const FROM = '2026-03-01T00:00:00.000Z';
const TO = '2026-03-02T00:00:00.000Z';

describe('job statistics through the client', () => {
  const t = useEngineClient({ clock: 'manual', startTime: START });

  /** Three `work` jobs and one `other`: w1 completes one and fails one, w2 throws an error on the third. */
  async function seed() {
    const { client } = t;
    await client.createDeployment({
      resources: [
        resource('work.bpmn', linearProcess('work', [{ kind: 'service', id: 'w', type: 'work' }])),
        resource('other.bpmn', linearProcess('other', [{ kind: 'service', id: 'o', type: 'other' }])),
      ],
    });
    for (const id of ['work', 'work', 'work', 'other'])
      await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of(id) });
    t.engine.clock.advance(90_000);
    const first = await client.activateJobs({
      type: 'work',
      worker: 'w1',
      maxJobsToActivate: 2,
      timeout: 60_000,
    });
    const [done, broken] = first.jobs;
    await client.completeJob({ jobKey: done?.jobKey as never });
    await client.failJob({ jobKey: broken?.jobKey as never, retries: 0, errorMessage: 'stock service down' });
    const second = await client.activateJobs({
      type: 'work',
      worker: 'w2',
      maxJobsToActivate: 1,
      timeout: 60_000,
    });
    await client.throwJobError({
      jobKey: second.jobs[0]?.jobKey as never,
      errorCode: 'OUT_OF_STOCK',
      errorMessage: 'nothing left',
    });
  }

  it('counts created, completed and failed jobs globally, by type, by worker, over time and by error', async () => {
    await seed();
    const { client } = t;
    const global = await client.getGlobalJobStatistics({ from: FROM, to: TO });
    expect(global).toEqual({
      created: { count: 4, lastUpdatedAt: '2026-03-01T10:00:00.000Z' },
      completed: { count: 1, lastUpdatedAt: '2026-03-01T10:01:30.000Z' },
      failed: { count: 2, lastUpdatedAt: '2026-03-01T10:01:30.000Z' },
      isIncomplete: false,
    });
    expect(
      (await client.getGlobalJobStatistics({ from: FROM, to: TO, jobType: 'other' })).created.count,
    ).toBe(1);
    expect(
      (await client.getGlobalJobStatistics({ from: TO, to: '2026-03-03T00:00:00.000Z' })).created.count,
    ).toBe(0);

    const byType = await client.getJobTypeStatistics({ filter: { from: FROM, to: TO } });
    expect(
      byType.items.map((i) => [i.jobType, i.created.count, i.completed.count, i.failed.count, i.workers]),
    ).toEqual([
      ['other', 1, 0, 0, 0],
      ['work', 3, 1, 2, 2],
    ]);
    const paged = await client.getJobTypeStatistics({ filter: { from: FROM, to: TO }, page: { limit: 1 } });
    expect(paged.items.map((i) => i.jobType)).toEqual(['other']);
    const next = await client.getJobTypeStatistics({
      filter: { from: FROM, to: TO },
      page: { limit: 1, after: paged.page.endCursor as NonNullable<typeof paged.page.endCursor> },
    });
    expect(next.items.map((i) => i.jobType)).toEqual(['work']);

    const byWorker = await client.getJobWorkerStatistics({ filter: { from: FROM, to: TO, jobType: 'work' } });
    expect(byWorker.items.map((i) => [i.worker, i.completed.count, i.failed.count])).toEqual([
      ['w1', 1, 1],
      ['w2', 0, 1],
    ]);

    const series = await client.getJobTimeSeriesStatistics({
      filter: { from: FROM, to: TO, jobType: 'work', resolution: 'PT1M' },
    });
    expect(series.items.map((i) => [i.time, i.created.count, i.completed.count, i.failed.count])).toEqual([
      ['2026-03-01T10:00:00.000Z', 3, 0, 0],
      ['2026-03-01T10:01:00.000Z', 0, 1, 2],
    ]);

    const errors = await client.getJobErrorStatistics({ filter: { from: FROM, to: TO, jobType: 'work' } });
    expect(errors.items).toEqual([
      { errorCode: '', errorMessage: 'stock service down', workers: 1 },
      { errorCode: 'OUT_OF_STOCK', errorMessage: 'nothing left', workers: 1 },
    ]);
    const outOfStock = await client.getJobErrorStatistics({
      filter: { from: FROM, to: TO, jobType: 'work', errorCode: { $like: 'OUT*' } },
    });
    expect(outOfStock.items.map((i) => i.errorMessage)).toEqual(['nothing left']);
  });

  it('answers a job type statistics query without a filter with 400, as Camunda does', async () => {
    await expect(t.client.getJobTypeStatistics({})).rejects.toThrow(/No filter provided/);
    const empty = await t.client.getJobTypeStatistics({ filter: { from: FROM, to: TO } });
    expect(empty.items).toEqual([]);
  });
});
