import { connect as connectSocket, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useEngine } from './support/use-engine.js';
import { waitFor } from './support/wait-for.js';

interface Incident {
  incidentKey: string;
  errorType: string;
  errorMessage: string;
  state: string;
  jobKey: string | null;
  elementId: string;
}

describe('jobs: retries, incidents, timeouts, long polls', () => {
  const t = useEngine({ clock: 'manual' });

  it('exhausting retries raises an incident that can be resolved after the retries are updated', async () => {
    const { api } = t;
    await api.deployFixtures('error-boundary-process.bpmn');
    const pi = await api.start('error-boundary-process');

    const first = await api.activateOne('charge-card');
    expect(first.retries).toBe(2);
    expect(
      (await api.post(`/jobs/${first.jobKey}/failure`, { retries: 1, errorMessage: 'gateway down' })).status,
    ).toBe(204);
    const second = await api.activateOne('charge-card');
    expect(second.retries).toBe(1);
    await api.post(`/jobs/${second.jobKey}/failure`, { retries: 0, errorMessage: 'still down' });
    expect(await api.activate('charge-card')).toEqual([]);

    const search = await api.post<{ items: Incident[] }>('/incidents/search', {
      filter: { processInstanceKey: pi },
    });
    const incident = search.body.items[0] as Incident;
    expect(incident).toMatchObject({
      errorType: 'JOB_NO_RETRIES',
      errorMessage: 'still down',
      state: 'ACTIVE',
    });
    expect(incident.jobKey).toBe(first.jobKey);
    expect((await api.get<Incident>(`/incidents/${incident.incidentKey}`)).body.elementId).toBe(
      'charge-card',
    );
    expect((await api.instance(pi)).hasIncident).toBe(true);
    const withIncident = await api.post<{ items: unknown[] }>('/process-instances/search', {
      filter: { hasIncident: true },
    });
    expect(withIncident.body.items).toHaveLength(1);

    expect((await api.patch(`/jobs/${first.jobKey}`, { changeset: { retries: 3 } })).status).toBe(204);
    expect((await api.post(`/incidents/${incident.incidentKey}/resolution`, {})).status).toBe(204);
    expect((await api.get<Incident>(`/incidents/${incident.incidentKey}`)).body.state).toBe('RESOLVED');
    expect((await api.post(`/incidents/${incident.incidentKey}/resolution`, {})).status).toBe(404);

    const retried = await api.activateOne('charge-card');
    expect(retried.retries).toBe(3);
    await api.complete(retried.jobKey);
    expect(await api.instance(pi)).toMatchObject({ state: 'COMPLETED', hasIncident: false });
  });

  it('resolving without new retries is refused (409 INVALID_STATE) and leaves the incident active', async () => {
    const { api } = t;
    await api.deployFixtures('error-boundary-process.bpmn');
    const pi = await api.start('error-boundary-process');
    const job = await api.activateOne('charge-card');
    await api.post(`/jobs/${job.jobKey}/failure`, { retries: 0 });
    const before = await api.post<{ items: Incident[] }>(`/process-instances/${pi}/incidents/search`, {});
    const incidentKey = before.body.items[0]?.incidentKey;
    const refused = await api.post(`/incidents/${incidentKey}/resolution`, {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      title: 'INVALID_STATE',
      detail: `Command 'RESOLVE' rejected with code 'INVALID_STATE': Expected to resolve incident with key '${incidentKey}', but job with key '${job.jobKey}' has no retries left. Please update the job retries and retry resolving the incident`,
    });
    const after = await api.post<{ items: Incident[] }>(`/process-instances/${pi}/incidents/search`, {
      filter: { state: 'ACTIVE' },
    });
    expect(after.body.items.map((i) => i.incidentKey)).toEqual([incidentKey]);
    expect(after.body.items[0]?.errorMessage).toBe('No more retries left.');
    expect(await api.activate('charge-card')).toEqual([]);
  });

  it('honours the retry back-off on the engine clock', async () => {
    const { api, engine } = t;
    await api.deployFixtures('error-boundary-process.bpmn');
    await api.start('error-boundary-process');
    const job = await api.activateOne('charge-card');
    await api.post(`/jobs/${job.jobKey}/failure`, { retries: 1, retryBackOff: 5_000 });
    expect(await api.activate('charge-card')).toEqual([]);
    engine.clock.advance(5_000);
    expect((await api.activateOne('charge-card')).jobKey).toBe(job.jobKey);
  });

  it('a timed-out job becomes activatable again; a timeout update moves the deadline', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    await api.start('order-process', { order: { items: [], total: 1 } });
    const first = await api.activateOne('check-stock', { timeout: 1_000, worker: 'slow' });
    expect(first.deadline).toBe(engine.clock.now() + 1_000);
    engine.clock.advance(999);
    expect(await api.activate('check-stock')).toEqual([]);
    engine.clock.advance(1);
    const second = await api.activateOne('check-stock', { timeout: 1_000, worker: 'fast' });
    expect(second.jobKey).toBe(first.jobKey);
    expect(second.worker).toBe('fast');

    const jobs = await api.post<{ items: Array<{ state: string; worker: string }> }>('/jobs/search', {
      filter: { jobKey: first.jobKey },
    });
    expect(jobs.body.items[0]?.worker).toBe('fast');

    expect((await api.patch(`/jobs/${second.jobKey}`, { changeset: { timeout: 60_000 } })).status).toBe(204);
    engine.clock.advance(30_000);
    expect(await api.activate('check-stock')).toEqual([]);
    engine.clock.advance(30_000);
    expect(await api.activate('check-stock')).toHaveLength(1);
  });

  it('a held long poll returns as soon as a job appears', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const poll = api.post<{ jobs: Array<{ type: string }> }>('/jobs/activation', {
      type: 'check-stock',
      maxJobsToActivate: 1,
      timeout: 30_000,
      requestTimeout: 600_000,
      worker: 'poller',
    });
    const settled = { done: false };
    void poll.then(() => {
      settled.done = true;
    });
    // The poll stays open while there is nothing to activate.
    await waitFor(() => t.engine.stats().inFlight === 1, 'the poll to be held');
    expect(settled.done).toBe(false);
    await api.start('order-process', { order: { items: [], total: 1 } });
    const res = await poll;
    expect(res.status).toBe(200);
    expect(res.body.jobs.map((j) => j.type)).toEqual(['check-stock']);
  });

  it('a long poll ends empty when its request timeout passes on wall time, not on the engine clock', async () => {
    const { api, engine } = t;
    const poll = api.post<{ jobs: unknown[] }>('/jobs/activation', {
      type: 'nothing',
      maxJobsToActivate: 1,
      timeout: 1_000,
      requestTimeout: 100,
    });
    // The manual engine clock stands still; the gateway's wall-time limit ends the poll anyway.
    const res = await poll;
    expect(res.status).toBe(200);
    expect(res.body.jobs).toEqual([]);
    expect(engine.stats().inFlight).toBe(0);
  });

  it('an aborted long poll takes no jobs; waiting polls are served in arrival order', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const body = { type: 'check-stock', maxJobsToActivate: 1, timeout: 30_000, requestTimeout: 600_000 };
    const aborted = new AbortController();
    const gone = api
      .post('/jobs/activation', { ...body, worker: 'gone' }, aborted.signal)
      .catch(() => 'aborted');
    await waitFor(() => engine.stats().inFlight === 1, 'the first poll to be held');
    aborted.abort();
    expect(await gone).toBe('aborted');
    await waitFor(() => engine.stats().inFlight === 0, 'the aborted poll to end');

    const first = api.post<{ jobs: Array<{ worker: string }> }>('/jobs/activation', {
      ...body,
      worker: 'first',
    });
    await waitFor(() => engine.stats().inFlight === 1, 'the second poll to be held');
    const second = api.post<{ jobs: Array<{ worker: string }> }>('/jobs/activation', {
      ...body,
      worker: 'second',
    });
    await waitFor(() => engine.stats().inFlight === 2, 'the third poll to be held');
    await api.start('order-process', { order: { items: [], total: 1 } });
    expect((await first).body.jobs.map((j) => j.worker)).toEqual(['first']);
    await api.start('order-process', { order: { items: [], total: 2 } });
    expect((await second).body.jobs.map((j) => j.worker)).toEqual(['second']);
  });

  it('a poll whose client leaves as its job is created does not keep the job', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const address = new URL(engine.restAddress);
    const port = Number(address.port);
    // The poll's socket closes and the creation arrives in the same turn of the engine's loop: the job must go
    // to the next activation, never to the poll no one reads (it would sit out its 60 s timeout).
    for (let round = 0; round < 25; round++) {
      const poll = await connect(port);
      poll.write(
        postRequest(`${address.pathname}/jobs/activation`, {
          type: 'check-stock',
          maxJobsToActivate: 1,
          timeout: 60_000,
          requestTimeout: 600_000,
          worker: 'gone',
        }),
      );
      await waitFor(() => engine.stats().inFlight === 1, 'the poll to be held');
      const creator = await connect(port);
      const created = readAll(creator);
      const creation = postRequest(`${address.pathname}/process-instances`, {
        processDefinitionId: 'order-process',
        variables: { order: { items: [], total: round } },
      });
      // Both orders within the turn: the engine may read the creation before or after the poll's end.
      if (round % 2 === 0) {
        poll.destroy();
        creator.write(creation);
      } else {
        creator.write(creation);
        poll.destroy();
      }
      expect((await created).split(' ')[1], `round ${round}: creation status`).toBe('200');
      const jobs = await api.activate('check-stock', { worker: 'next', requestTimeout: 5_000 });
      expect(
        jobs.map((job) => job.worker),
        `round ${round}`,
      ).toEqual(['next']);
      await api.complete((jobs[0] as { jobKey: string }).jobKey);
    }
  });

  it('filters activation by tenant and respects maxJobsToActivate and fetchVariable', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    const xml = await (await import('./support/rest-client.js')).fixture('order-process.bpmn');
    expect((await api.deploy({ 'order-process.bpmn': xml }, 'acme')).status).toBe(200);
    for (let i = 0; i < 3; i++) await api.start('order-process', { order: { items: [i], total: i } });
    const acme = await api.post<{ processInstanceKey: string }>('/process-instances', {
      processDefinitionId: 'order-process',
      tenantId: 'acme',
      variables: { order: { items: [], total: 0 }, secret: 's' },
    });
    const acmeJobs = await api.post<{
      jobs: Array<{ tenantId: string; variables: Record<string, unknown> }>;
    }>('/jobs/activation', {
      type: 'check-stock',
      maxJobsToActivate: 10,
      timeout: 1_000,
      tenantIds: ['acme'],
      fetchVariable: ['order'],
    });
    expect(acmeJobs.body.jobs).toHaveLength(1);
    expect(acmeJobs.body.jobs[0]?.tenantId).toBe('acme');
    expect(acmeJobs.body.jobs[0]?.variables).toEqual({ order: { items: [], total: 0 } });
    expect(acme.status).toBe(200);
    expect(await api.activate('check-stock', { maxJobs: 2 })).toHaveLength(2);
    expect(await api.activate('check-stock', { maxJobs: 2 })).toHaveLength(1);
  });

  it('rejects commands on jobs in the wrong state and invalid activations', async () => {
    const { api } = t;
    expect((await api.post('/jobs/123/completion', {})).status).toBe(404);
    expect((await api.post('/jobs/not-a-key/completion', {})).status).toBe(400);
    const bad = await api.post('/jobs/activation', { type: 'x', maxJobsToActivate: 0, timeout: 1 });
    expect(bad.status).toBe(400);
  });
});

/** A TCP connection to the engine on 127.0.0.1, once connected. */
function connect(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connectSocket(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** A complete HTTP/1.1 POST with a JSON body that asks the server to close the connection after answering. */
function postRequest(path: string, body: unknown): string {
  const json = JSON.stringify(body);
  return `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

/** Everything the server sends on `socket` until it closes the connection. */
function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}
