import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

describe('BPMN errors', () => {
  const t = useEngine();

  it('routes a thrown error to the matching boundary event, with its variables', async () => {
    const { api } = t;
    await api.deployFixtures('error-boundary-process.bpmn');
    const pi = await api.start('error-boundary-process', { card: '4111' });
    const job = await api.activateOne('charge-card');
    const thrown = await api.post(`/jobs/${job.jobKey}/error`, {
      errorCode: 'CARD_DECLINED',
      errorMessage: 'insufficient funds',
      variables: { reason: 'funds' },
    });
    expect(thrown.status).toBe(204);
    const notify = await api.activateOne('notify-customer');
    expect(notify.variables).toEqual({ card: '4111', reason: 'funds' });
    await api.complete(notify.jobKey);
    expect((await api.instance(pi)).state).toBe('COMPLETED');

    const jobs = await api.post<{ items: Array<{ state: string; errorCode: string | null }> }>(
      '/jobs/search',
      {
        filter: { jobKey: job.jobKey },
      },
    );
    expect(jobs.body.items).toEqual([
      expect.objectContaining({ state: 'ERROR_THROWN', errorCode: 'CARD_DECLINED' }),
    ]);
    const ended = await api.post<{ items: Array<{ elementId: string; state: string }> }>(
      '/element-instances/search',
      {
        filter: { processInstanceKey: pi, elementId: 'charge-card' },
      },
    );
    expect(ended.body.items.map((e) => e.state)).toEqual(['TERMINATED']);
  });

  it('raises an incident for an error nobody catches; resolving it makes the job activatable again', async () => {
    const { api } = t;
    await api.deployFixtures('error-boundary-process.bpmn');
    const pi = await api.start('error-boundary-process');
    const job = await api.activateOne('charge-card');
    await api.post(`/jobs/${job.jobKey}/error`, { errorCode: 'UNKNOWN_CODE' });

    const incidents = await api.post<{
      items: Array<{ incidentKey: string; errorType: string; errorMessage: string }>;
    }>('/incidents/search', { filter: { processInstanceKey: pi } });
    expect(incidents.body.items).toHaveLength(1);
    expect(incidents.body.items[0]?.errorType).toBe('UNHANDLED_ERROR_EVENT');
    expect(incidents.body.items[0]?.errorMessage).toContain("'UNKNOWN_CODE'");
    expect((await api.instance(pi)).hasIncident).toBe(true);
    // The job cannot be completed while it is in the error state.
    expect((await api.post(`/jobs/${job.jobKey}/completion`, {})).status).toBe(409);

    const key = incidents.body.items[0]?.incidentKey;
    expect((await api.post(`/incidents/${key}/resolution`, {})).status).toBe(204);
    const again = await api.activateOne('charge-card');
    expect(again.jobKey).toBe(job.jobKey);
    await api.complete(again.jobKey);
    const instance = await api.instance(pi);
    expect(instance.state).toBe('COMPLETED');
    expect(instance.hasIncident).toBe(false);
  });
});
