import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';
import { waitFor } from './support/wait-for.js';

interface LeasedJob {
  jobKey: string;
  worker: string;
  deadline: number;
  leaseToken: string | null;
}

interface Problem {
  status: number;
  title: string;
  detail: string;
}

describe('jobs: leases and timeout updates', () => {
  const t = useEngine({ clock: 'manual' });

  const activate = async (
    options: { withLease?: boolean; worker?: string; timeout?: number; type?: string } = {},
  ) => {
    const res = await t.api.post<{ jobs: LeasedJob[] }>('/jobs/activation', {
      type: options.type ?? 'check-stock',
      maxJobsToActivate: 5,
      timeout: options.timeout ?? 1_000,
      worker: options.worker ?? 'w',
      requestTimeout: -1,
      ...(options.withLease === undefined ? {} : { withLease: options.withLease }),
    });
    expect(res.status).toBe(200);
    return res.body.jobs;
  };

  const startOrder = async () => {
    await t.api.deployFixtures('order-process.bpmn');
    return t.api.start('order-process', { order: { items: [], total: 1 } });
  };

  it('issues a distinct opaque token per leasing activation and none without a lease', async () => {
    await startOrder();
    await t.api.start('order-process', { order: { items: [], total: 2 } });
    const plain = await activate({ timeout: 1_000 });
    expect(plain.map((j) => j.leaseToken)).toEqual([null, null]);
    t.engine.clock.advance(1_000);
    const leased = await activate({ withLease: true });
    expect(leased).toHaveLength(2);
    const tokens = leased.map((j) => j.leaseToken);
    expect(tokens.every((token) => typeof token === 'string' && token.length > 0)).toBe(true);
    expect(new Set(tokens).size).toBe(2);
  });

  it('fences a worker whose job timed out and was re-activated: its commands are rejected with 409', async () => {
    const pi = await startOrder();
    const [first] = await activate({ withLease: true, worker: 'first' });
    if (first === undefined) throw new Error('no job');
    t.engine.clock.advance(1_000);
    const [second] = await activate({ withLease: true, worker: 'second' });
    expect(second?.jobKey).toBe(first.jobKey);
    expect(second?.leaseToken).not.toBe(first.leaseToken);

    const key = first.jobKey;
    const stale = { leaseToken: first.leaseToken };
    const mismatch = `Expected to process job with key '${key}', but the supplied lease token does not match. The job may have been re-activated by another worker.`;
    for (const [path, body, intent] of [
      [`/jobs/${key}/completion`, { ...stale, variables: { available: false } }, 'COMPLETE'],
      [`/jobs/${key}/failure`, { ...stale, retries: 1 }, 'FAIL'],
      [`/jobs/${key}/error`, { ...stale, errorCode: 'OUT_OF_STOCK' }, 'THROW_ERROR'],
    ] as const) {
      const res = await t.api.post<Problem>(path, body);
      expect(res.status, path).toBe(409);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.title).toBe('INVALID_STATE');
      expect(res.body.detail).toBe(`Command '${intent}' rejected with code 'INVALID_STATE': ${mismatch}`);
    }
    const staleUpdate = await t.api.patch<Problem>(`/jobs/${key}`, {
      ...stale,
      changeset: { timeout: 5_000 },
    });
    expect(staleUpdate.status).toBe(409);
    expect(staleUpdate.body.detail).toBe(`Command 'UPDATE' rejected with code 'INVALID_STATE': ${mismatch}`);

    // The current holder is unaffected and its completion is the one that counts.
    const done = await t.api.post(`/jobs/${key}/completion`, {
      leaseToken: second?.leaseToken,
      variables: { available: true },
    });
    expect(done.status).toBe(204);
    expect(await t.api.variables(pi)).toMatchObject({ inStock: true });
    expect((await t.api.post(`/jobs/${key}/completion`, stale)).status).toBe(404);
  });

  it('requires the token for complete, fail and throw-error on a leased job, but not for updates', async () => {
    await startOrder();
    const [job] = await activate({ withLease: true });
    if (job === undefined) throw new Error('no job');
    for (const [path, body, intent] of [
      [`/jobs/${job.jobKey}/completion`, {}, 'COMPLETE'],
      [`/jobs/${job.jobKey}/failure`, { retries: 1 }, 'FAIL'],
      [`/jobs/${job.jobKey}/error`, { errorCode: 'OUT_OF_STOCK' }, 'THROW_ERROR'],
    ] as const) {
      const res = await t.api.post<Problem>(path, body);
      expect(res.status, path).toBe(409);
      expect(res.body.detail).toBe(
        `Command '${intent}' rejected with code 'INVALID_STATE': Expected to process job with key '${job.jobKey}', but a matching lease token must be provided because the job is currently leased`,
      );
    }
    // Operators update leased jobs without holding the lease.
    expect((await t.api.patch(`/jobs/${job.jobKey}`, { changeset: { retries: 5 } })).status).toBe(204);
    const fail = await t.api.post(`/jobs/${job.jobKey}/failure`, { leaseToken: job.leaseToken, retries: 2 });
    expect(fail.status).toBe(204);
  });

  it('keeps the lease across a timeout: a late completion by the last holder is accepted', async () => {
    await startOrder();
    const [job] = await activate({ withLease: true });
    if (job === undefined) throw new Error('no job');
    t.engine.clock.advance(1_000);
    // Timed out but not yet handed out again: the stored lease still fences other tokens.
    const forged = await t.api.post(`/jobs/${job.jobKey}/completion`, { leaseToken: 'not-the-lease' });
    expect(forged.status).toBe(409);
    const late = await t.api.post(`/jobs/${job.jobKey}/completion`, { leaseToken: job.leaseToken });
    expect(late.status).toBe(204);
  });

  it('serves a leased job only to leasing activations, also after it failed', async () => {
    await startOrder();
    const [job] = await activate({ withLease: true });
    if (job === undefined) throw new Error('no job');
    const fail = await t.api.post(`/jobs/${job.jobKey}/failure`, { leaseToken: job.leaseToken, retries: 2 });
    expect(fail.status).toBe(204);
    expect(await activate()).toEqual([]);
    const [again] = await activate({ withLease: true });
    expect(again?.jobKey).toBe(job.jobKey);
    expect(again?.leaseToken).not.toBe(job.leaseToken);
  });

  it('a held leasing long poll receives a new job with a lease; a non-leasing poll keeps waiting', async () => {
    await t.api.deployFixtures('order-process.bpmn');
    const body = { type: 'check-stock', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 60_000 };
    const leasing = t.api.post<{ jobs: LeasedJob[] }>('/jobs/activation', { ...body, withLease: true });
    await waitFor(() => t.engine.stats().inFlight === 1, 'the poll to be held');
    await t.api.start('order-process', { order: { items: [], total: 1 } });
    const [job] = (await leasing).body.jobs;
    expect(typeof job?.leaseToken).toBe('string');

    // The job times out; a non-leasing poll may not take it, a leasing one may.
    t.engine.clock.advance(1_000);
    const client = new AbortController();
    const plain = t.api.post<{ jobs: LeasedJob[] }>('/jobs/activation', body, client.signal).then(
      (res) => res.body.jobs,
      () => 'still waiting',
    );
    await waitFor(() => t.engine.stats().inFlight === 1, 'the plain poll to be held');
    const [retaken] = await activate({ withLease: true });
    expect(retaken?.jobKey).toBe(job?.jobKey);
    // The long poll's limit is wall time (60 s here): the plain poll is still held, empty-handed, until its
    // client leaves.
    expect(t.engine.stats().inFlight).toBe(1);
    client.abort();
    expect(await plain).toBe('still waiting');
  });

  it('a timeout update with the current lease moves the deadline; the job stays with its holder', async () => {
    await startOrder();
    const [job] = await activate({ withLease: true, timeout: 1_000 });
    if (job === undefined) throw new Error('no job');
    t.engine.clock.advance(800);
    const res = await t.api.patch(`/jobs/${job.jobKey}`, {
      leaseToken: job.leaseToken,
      changeset: { timeout: 1_000 },
    });
    expect(res.status).toBe(204);
    t.engine.clock.advance(800);
    expect(await activate({ withLease: true })).toEqual([]);
    const search = await t.api.post<{ items: Array<{ state: string; deadline: string }> }>('/jobs/search', {
      filter: { jobKey: job.jobKey },
    });
    expect(search.body.items[0]?.state).toBe('TIMEOUT_UPDATED');
    expect(Date.parse(search.body.items[0]?.deadline ?? '')).toBe(t.engine.clock.now() + 200);
    t.engine.clock.advance(200);
    expect(await activate({ withLease: true })).toHaveLength(1);
  });

  it('validates tenantFilter and treats ASSIGNED as every tenant', async () => {
    await startOrder();
    const bad = await t.api.post<Problem>('/jobs/activation', {
      type: 'check-stock',
      maxJobsToActivate: 1,
      timeout: 1_000,
      tenantFilter: 'EVERYONE',
    });
    expect(bad.status).toBe(400);
    const assigned = await t.api.post<{ jobs: Array<{ tenantId: string }> }>('/jobs/activation', {
      type: 'check-stock',
      maxJobsToActivate: 1,
      timeout: 1_000,
      tenantIds: ['someone-else'],
      tenantFilter: 'ASSIGNED',
    });
    expect(assigned.body.jobs.map((j) => j.tenantId)).toEqual(['<default>']);
  });
});
