import { bpmnFixtures } from '@camunda-ts/testing';
import { describe, expect, it } from 'vitest';
import { ProcessDefinitionId } from '../../src/index.js';
import { resource, useEngineClient } from './engine-client.js';

const T0 = Date.UTC(2026, 0, 1);
const at = (ms: number) => new Date(T0 + ms).toISOString();
const MINUTE = 60_000;

describe('job statistics through the client', () => {
  const t = useEngineClient({ clock: 'manual', startTime: T0 });

  /** Three check-stock jobs created at T0; at +1 min w1 takes two, w2 one; at +2 min one completes, two fail. */
  const runJobs = async () => {
    const f = bpmnFixtures.orderProcess;
    await t.client.createDeployment({ resources: [resource(f.resourceName, f.xml)] });
    for (let i = 0; i < 3; i++) {
      await t.client.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.of(f.processDefinitionId),
        variables: { order: { items: ['book'], total: 42 } },
      });
    }
    t.engine.clock.advance(MINUTE);
    const w1 = await t.client.activateJobs({
      type: 'check-stock',
      maxJobsToActivate: 2,
      timeout: 600_000,
      worker: 'w1',
    });
    const w2 = await t.client.activateJobs({
      type: 'check-stock',
      maxJobsToActivate: 1,
      timeout: 600_000,
      worker: 'w2',
    });
    const [a, b] = w1.jobs;
    const [c] = w2.jobs;
    if (a === undefined || b === undefined || c === undefined) throw new Error('jobs not activated');
    t.engine.clock.advance(MINUTE);
    await t.client.completeJob({ jobKey: a.jobKey, variables: { available: true } });
    await t.client.failJob({ jobKey: b.jobKey, retries: 0, errorMessage: 'warehouse offline' });
    await t.client.failJob({ jobKey: c.jobKey, retries: 2, errorMessage: 'warehouse offline' });
  };

  it('counts created, completed and failed jobs in a window, globally and by type', async () => {
    await runJobs();
    const hour = { from: at(0), to: at(60 * MINUTE) };
    expect(await t.client.getGlobalJobStatistics(hour)).toEqual({
      created: { count: 4, lastUpdatedAt: at(2 * MINUTE) },
      completed: { count: 1, lastUpdatedAt: at(2 * MINUTE) },
      failed: { count: 2, lastUpdatedAt: at(2 * MINUTE) },
      isIncomplete: false,
    });
    expect(await t.client.getGlobalJobStatistics({ ...hour, jobType: 'check-stock' })).toMatchObject({
      created: { count: 3, lastUpdatedAt: at(0) },
    });
    expect(await t.client.getGlobalJobStatistics({ from: at(0), to: at(90_000) })).toMatchObject({
      created: { count: 3 },
      completed: { count: 0, lastUpdatedAt: null },
      failed: { count: 0, lastUpdatedAt: null },
    });

    const byType = await t.client.getJobTypeStatistics({ filter: hour });
    const types = Object.fromEntries(byType.items.map((i) => [i.jobType, i]));
    expect(types['check-stock']).toMatchObject({
      created: { count: 3 },
      completed: { count: 1 },
      failed: { count: 2 },
      workers: 2,
    });
    expect(types['ship-order']).toMatchObject({ created: { count: 1 }, workers: 0 });
    const like = await t.client.getJobTypeStatistics({ filter: { ...hour, jobType: { $like: 'check*' } } });
    expect(like.items.map((i) => i.jobType)).toEqual(['check-stock']);
  });

  it('breaks a job type down by worker, by time bucket and by error', async () => {
    await runJobs();
    const filter = { from: at(0), to: at(60 * MINUTE), jobType: 'check-stock' };
    const workers = await t.client.getJobWorkerStatistics({ filter });
    expect(
      [...workers.items]
        .sort((x, y) => x.worker.localeCompare(y.worker))
        .map((w) => [w.worker, w.created.count, w.completed.count, w.failed.count]),
    ).toEqual([
      ['w1', 2, 1, 1],
      ['w2', 1, 0, 1],
    ]);

    const perMinute = await t.client.getJobTimeSeriesStatistics({
      filter: { ...filter, resolution: 'PT1M' },
    });
    expect(perMinute.items.map((i) => [i.time, i.created.count, i.completed.count, i.failed.count])).toEqual([
      [at(0), 3, 0, 0],
      [at(2 * MINUTE), 0, 1, 2],
    ]);
    const perHour = await t.client.getJobTimeSeriesStatistics({ filter: { ...filter, resolution: 'PT1H' } });
    expect(perHour.items.map((i) => [i.time, i.created.count, i.completed.count, i.failed.count])).toEqual([
      [at(0), 3, 1, 2],
    ]);

    const errors = await t.client.getJobErrorStatistics({ filter });
    expect(errors.items).toEqual([{ errorCode: '', errorMessage: 'warehouse offline', workers: 2 }]);
    const none = await t.client.getJobErrorStatistics({
      filter: { ...filter, errorMessage: { $like: 'disk*' } },
    });
    expect(none.items).toEqual([]);
  });
});
