import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';

interface Problem {
  type: string;
  status: number;
  title: string;
  detail: string;
  instance: string;
}

const MISSING = '2251799813699999';

/** The problem Camunda's gateway makes of a broker rejection. */
const rejected = (intent: string, type: string, reason: string) => ({
  title: type,
  detail: `Command '${intent}' rejected with code '${type}': ${reason}`,
});

describe('problem details: broker rejections as Camunda reports them', () => {
  const t = useEngine();

  it('job commands: unknown jobs are NOT_FOUND (404), jobs in the wrong state INVALID_STATE (409)', async () => {
    const { api } = t;
    for (const [path, intent, verb, body] of [
      [`/jobs/${MISSING}/completion`, 'COMPLETE', 'complete', {}],
      [`/jobs/${MISSING}/failure`, 'FAIL', 'fail', {}],
      [`/jobs/${MISSING}/error`, 'THROW_ERROR', 'throw an error for', { errorCode: 'E' }],
    ] as const) {
      const res = await api.post<Problem>(path, body);
      expect(res.status, path).toBe(404);
      expect(res.body).toMatchObject({
        status: 404,
        instance: `/v2${path}`,
        ...rejected(
          intent,
          'NOT_FOUND',
          `Expected to ${verb} job with key '${MISSING}', but no such job was found`,
        ),
      });
    }
    const update = await api.patch<Problem>(`/jobs/${MISSING}`, { changeset: { retries: 2 } });
    expect(update.status).toBe(404);
    expect(update.body).toMatchObject(
      rejected(
        'UPDATE',
        'NOT_FOUND',
        `Expected to update job with key '${MISSING}', but no such job was found`,
      ),
    );

    await api.deployFixtures('order-process.bpmn');
    await api.start('order-process', { order: { items: [], total: 1 } });
    const job = await api.activateOne('check-stock');
    expect((await api.post(`/jobs/${job.jobKey}/failure`, { retries: 0 })).status).toBe(204);
    const complete = await api.post<Problem>(`/jobs/${job.jobKey}/completion`, {});
    expect(complete.status).toBe(409);
    expect(complete.body).toMatchObject(
      rejected(
        'COMPLETE',
        'INVALID_STATE',
        `Expected to complete job with key '${job.jobKey}', but it is in state 'FAILED'`,
      ),
    );
    const noRetries = await api.patch<Problem>(`/jobs/${job.jobKey}`, { changeset: { retries: 0 } });
    expect(noRetries.status).toBe(400);
    expect(noRetries.body).toMatchObject(
      rejected(
        'UPDATE',
        'INVALID_ARGUMENT',
        `Expected to update retries for job with key '${job.jobKey}' with a positive amount of retries, but the amount given was '0'`,
      ),
    );
  });

  it('incident resolution: an unknown incident is NOT_FOUND (404)', async () => {
    const res = await t.api.post<Problem>(`/incidents/${MISSING}/resolution`, {});
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject(
      rejected(
        'RESOLVE',
        'NOT_FOUND',
        `Expected to resolve incident with key '${MISSING}', but no such incident was found`,
      ),
    );
  });
});
