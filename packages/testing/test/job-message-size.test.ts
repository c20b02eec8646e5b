import { describe, expect, it } from 'vitest';
import { compileTestEngineOptions } from '../src/test-engine-options.js';
import { useEngine } from './support/use-engine.js';

interface Incident {
  incidentKey: string;
  errorType: string;
  errorMessage: string;
  jobKey: string | null;
  state: string;
}

const KIB = 1024;
/** A string variable of about `kib` KiB. */
const payload = (kib: number) => 'x'.repeat(kib * KIB);

describe('jobs against the maximum message size (64 KiB here, 4 MiB by default)', () => {
  const t = useEngine({ maxMessageSizeBytes: 64 * KIB });

  it('fills an activation only with the jobs that fit; the rest wait for the next one', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    for (let i = 0; i < 3; i++)
      await api.start('order-process', { order: { items: [], total: i }, blob: payload(20) });
    // Two jobs of ~20 KiB and the 8 KiB Zeebe keeps free fit in 64 KiB; a third does not.
    const first = await api.activate('check-stock', { maxJobs: 10 });
    expect(first).toHaveLength(2);
    const second = await api.activate('check-stock', { maxJobs: 10 });
    expect(second).toHaveLength(1);
    const keys = new Set([...first, ...second].map((job) => job.jobKey));
    expect(keys.size).toBe(3);
  });

  it('counts only the variables the activation fetches', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    for (let i = 0; i < 3; i++)
      await api.start('order-process', { order: { items: [], total: i }, blob: payload(20) });
    const res = await api.post<{ jobs: Array<{ variables: Record<string, unknown> }> }>('/jobs/activation', {
      type: 'check-stock',
      maxJobsToActivate: 10,
      timeout: 30_000,
      requestTimeout: -1,
      fetchVariable: ['order'],
    });
    expect(res.body.jobs).toHaveLength(3);
    expect(Object.keys(res.body.jobs[0]?.variables ?? {})).toEqual(['order']);
  });

  it('raises MESSAGE_SIZE_EXCEEDED on a job too large for any activation; resolving it offers the job again', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const large = await api.start('order-process', { order: { items: [], total: 1 }, blob: payload(70) });
    const small = await api.start('order-process', { order: { items: [], total: 2 } });

    // The large job is left out and the one behind it still handed out, as Zeebe's gateway asks again.
    const jobs = await api.activate('check-stock', { maxJobs: 10 });
    expect(jobs.map((job) => job.processInstanceKey)).toEqual([small]);

    const incidents = await api.post<{ items: Incident[] }>('/incidents/search', {
      filter: { processInstanceKey: large },
    });
    expect(incidents.body.items).toHaveLength(1);
    const incident = incidents.body.items[0] as Incident;
    expect(incident.errorType).toBe('MESSAGE_SIZE_EXCEEDED');
    expect(incident.state).toBe('ACTIVE');
    expect(incident.errorMessage).toMatch(
      /^The job with key '\d+' can not be activated, because with 7\d(\.\d)?KiB it is larger than the configured message size \(per default is 4 MB\)\. Try to reduce the size by reducing the number of fetched variables or modifying the variable values\.$/,
    );
    expect(incident.errorMessage).toContain(`'${incident.jobKey}'`);
    expect((await api.instance(large)).hasIncident).toBe(true);
    // Held by the incident: neither handed out nor measured again.
    expect(await api.activate('check-stock', { maxJobs: 10 })).toEqual([]);
    const job = await api.post<{ items: Array<{ state: string; retries: number }> }>('/jobs/search', {
      filter: { jobKey: incident.jobKey },
    });
    expect(job.body.items).toMatchObject([{ state: 'CREATED', retries: 3 }]);

    expect(
      (await api.put(`/element-instances/${large}/variables`, { variables: { blob: 'small' } })).status,
    ).toBe(204);
    expect((await api.post(`/incidents/${incident.incidentKey}/resolution`, {})).status).toBe(204);
    const retried = await api.activateOne('check-stock');
    expect(retried.jobKey).toBe(incident.jobKey);
    expect((await api.instance(large)).hasIncident).toBe(false);
  });

  it('raises the incident again when the job is still too large after the resolution', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const large = await api.start('order-process', { order: { items: [], total: 1 }, blob: payload(70) });
    expect(await api.activate('check-stock')).toEqual([]);
    const first = await api.post<{ items: Incident[] }>('/incidents/search', {
      filter: { processInstanceKey: large },
    });
    const incident = first.body.items[0] as Incident;
    expect((await api.post(`/incidents/${incident.incidentKey}/resolution`, {})).status).toBe(204);
    expect(await api.activate('check-stock')).toEqual([]);
    const again = await api.post<{ items: Incident[] }>('/incidents/search', {
      filter: { processInstanceKey: large, state: 'ACTIVE' },
    });
    expect(again.body.items.map((i) => [i.errorType, i.jobKey])).toEqual([
      ['MESSAGE_SIZE_EXCEEDED', incident.jobKey],
    ]);
    expect(again.body.items[0]?.incidentKey).not.toBe(incident.incidentKey);
  });
});

describe('the maxMessageSizeBytes option', () => {
  it("defaults to Zeebe's 4 MiB and refuses a value that is not a finite number >= 0, naming the option", () => {
    expect(compileTestEngineOptions({}).maxMessageSizeBytes).toBe(4 * 1024 * 1024);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => compileTestEngineOptions({ maxMessageSizeBytes: bad })).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTIONS',
          message: `maxMessageSizeBytes must be a finite number >= 0, got ${bad}`,
        }),
      );
    }
  });
});
