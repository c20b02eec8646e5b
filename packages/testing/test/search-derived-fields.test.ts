// Filters whose value is derived from other entities (jobs, incidents, element instances), each checked on data
// where the derived answer differs from what the instance's own fields would give.
import { describe, expect, it } from 'vitest';
import { errorHashCode } from '../src/engine/error-hash-code.js';
import { useEngine } from './support/use-engine.js';

interface Found {
  items: Array<{ processInstanceKey: string }>;
  page: { totalItems: number };
}

describe('derived process instance filters', () => {
  const t = useEngine({ clock: 'manual', startTime: Date.parse('2030-01-01T00:00:00Z') });

  /** Three order instances: one whose job failed with retries left, one with an incident, one untouched. */
  async function seed() {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const retrying = await api.start('order-process', { orderId: 'retrying' });
    const broken = await api.start('order-process', { orderId: 'broken' });
    const untouched = await api.start('order-process', { orderId: 'untouched' });
    const jobs = await api.activate('check-stock', { maxJobs: 3 });
    const jobOf = (pi: string) => jobs.find((j) => j.processInstanceKey === pi)?.jobKey as string;
    expect(
      (await api.post(`/jobs/${jobOf(retrying)}/failure`, { retries: 2, errorMessage: 'try again' })).status,
    ).toBe(204);
    expect(
      (await api.post(`/jobs/${jobOf(broken)}/failure`, { retries: 0, errorMessage: 'stock service down' }))
        .status,
    ).toBe(204);
    return { retrying, broken, untouched };
  }

  const search = async (filter: Record<string, unknown>) => {
    const res = await t.api.post<Found>('/process-instances/search', { filter });
    expect(res.status).toBe(200);
    return res.body.items.map((i) => i.processInstanceKey);
  };

  it('hasRetriesLeft: instances with a live job that failed and will be retried', async () => {
    const { retrying, broken, untouched } = await seed();
    expect(await search({ hasRetriesLeft: true })).toEqual([retrying]);
    expect(await search({ hasRetriesLeft: false })).toEqual([broken, untouched]);
    // Once the retried job completes, nothing is left to retry.
    const [job] = await t.api.activate('check-stock', { maxJobs: 1 });
    expect(job?.processInstanceKey).toBe(retrying);
    await t.api.complete(job?.jobKey as string, { inStock: true });
    expect(await search({ hasRetriesLeft: true })).toEqual([]);
  });

  it('incidentErrorHashCode: the hash of an active incident error message, as Camunda computes it', async () => {
    const { broken } = await seed();
    const incidents = await t.api.post<{ items: Array<{ errorMessage: string; incidentKey: string }> }>(
      '/incidents/search',
      { filter: { processInstanceKey: broken } },
    );
    const message = incidents.body.items[0]?.errorMessage as string;
    expect(message).toBe('stock service down');
    // Java's String.hashCode of the message (values computed by the JVM), so the hash is Camunda's.
    expect(errorHashCode('stock service down')).toBe(-1_297_759_241);
    expect(errorHashCode('Ünïcode ✓ message')).toBe(-772_776_220);
    expect(await search({ incidentErrorHashCode: errorHashCode(message) })).toEqual([broken]);
    expect(await search({ incidentErrorHashCode: { $in: [errorHashCode('other'), 1] } })).toEqual([]);
    expect(await search({ incidentErrorHashCode: { $neq: errorHashCode(message) } })).toEqual([]);
    // A resolved incident no longer matches.
    const retries = await t.api.patch(`/jobs/${await failedJobKey(broken)}`, { changeset: { retries: 1 } });
    expect(retries.status).toBe(204);
    const resolve = await t.api.post(`/incidents/${incidents.body.items[0]?.incidentKey}/resolution`, {});
    expect(resolve.status).toBe(204);
    expect(await search({ incidentErrorHashCode: errorHashCode(message) })).toEqual([]);
  });

  it('errorMessage and hasIncident: from the instance’s active incidents', async () => {
    const { broken } = await seed();
    expect(await search({ errorMessage: { $like: 'stock*' } })).toEqual([broken]);
    expect(await search({ errorMessage: 'try again' })).toEqual([]);
    expect(await search({ hasIncident: true })).toEqual([broken]);
  });

  it('elementId with elementInstanceState: the same element instance must match both', async () => {
    const { retrying, broken, untouched } = await seed();
    expect(await search({ elementId: 'check-stock', elementInstanceState: 'ACTIVE' })).toEqual([
      retrying,
      broken,
      untouched,
    ]);
    expect(await search({ elementId: 'check-stock', hasElementInstanceIncident: true })).toEqual([broken]);
    expect(await search({ elementId: 'order-received', elementInstanceState: 'ACTIVE' })).toEqual([]);
    expect(await search({ elementId: 'order-received', elementInstanceState: 'COMPLETED' })).toHaveLength(3);
  });

  it('tags: every given tag is on the instance; businessId: the instance’s own business id', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const create = async (body: Record<string, unknown>) => {
      const res = await api.post<{ processInstanceKey: string }>('/process-instances', {
        processDefinitionId: 'order-process',
        variables: { order: { items: [], total: 1 } },
        ...body,
      });
      expect(res.status).toBe(200);
      return res.body.processInstanceKey;
    };
    const both = await create({ tags: ['vip', 'eu'], businessId: 'order-1' });
    const vip = await create({ tags: ['vip'], businessId: 'order-2' });
    await create({});
    expect(await search({ tags: ['vip'] })).toEqual([both, vip]);
    expect(await search({ tags: ['vip', 'eu'] })).toEqual([both]);
    expect(await search({ businessId: 'order-2' })).toEqual([vip]);
    expect(await search({ businessId: { $like: 'order-*' } })).toEqual([both, vip]);
    expect(await search({ businessId: { $exists: false } })).toHaveLength(1);
  });

  it('batchOperationKey: instances that were items of the batch', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const first = await api.start('order-process', { order: { items: [], total: 1 } });
    const second = await api.start('order-process', { order: { items: [], total: 2 } });
    const batch = await api.post<{ batchOperationKey: string }>('/process-instances/cancellation', {
      filter: { processInstanceKey: first },
    });
    expect(batch.status).toBe(200);
    // Batches run item by item on the engine clock.
    engine.clock.advance(1_000);
    expect(await search({ batchOperationKey: batch.body.batchOperationKey })).toEqual([first]);
    expect(await search({ batchOperationKey: { $neq: batch.body.batchOperationKey } })).toEqual([second]);
  });

  async function failedJobKey(processInstanceKey: string): Promise<string> {
    const res = await t.api.post<{ items: Array<{ jobKey: string }> }>('/jobs/search', {
      filter: { processInstanceKey },
    });
    return res.body.items[0]?.jobKey as string;
  }
});
