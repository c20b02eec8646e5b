import { describe, expect, it } from 'vitest';
import type { ActivatedJob, restClient } from './support/rest-client.js';
import { useEngine } from './support/use-engine.js';
import { waitFor } from './support/wait-for.js';

type Api = ReturnType<typeof restClient>;

interface Problem {
  status: number;
  title: string;
  detail: string;
}

// Small real limits: the waits below end on wall time, whatever the engine clock does.
const SHORT_MS = 100;
const LONG_MS = 600_000;

const longPoll = (api: Api, type: string, requestTimeout: number, signal?: AbortSignal) =>
  api.post<{ jobs: ActivatedJob[] }>(
    '/jobs/activation',
    { type, maxJobsToActivate: 1, timeout: 30_000, requestTimeout, worker: 'poller' },
    signal,
  );

const awaitOrder = (api: Api, requestTimeout: number) =>
  api.post<Problem & { variables: Record<string, unknown> }>('/process-instances', {
    processDefinitionId: 'order-process',
    variables: { order: { items: [], total: 1 } },
    awaitCompletion: true,
    requestTimeout,
  });

/** Ends only after every request the engine had started before it has been answered or is still held. */
const roundTrip = async (api: Api) => expect((await api.get('/topology')).status).toBe(200);

const track = <T>(promise: Promise<T>) => {
  const state = { settled: false };
  void promise.then(
    () => {
      state.settled = true;
    },
    () => {
      state.settled = true;
    },
  );
  return state;
};

const orderInstances = async (api: Api) =>
  (
    await api.post<{ items: Array<{ state: string }> }>('/process-instances/search', {
      filter: { processDefinitionId: 'order-process' },
    })
  ).body.items.map((i) => i.state);

async function expectGatewayTimeouts(api: Api): Promise<void> {
  await api.deployFixtures('order-process.bpmn');
  const poll = await longPoll(api, 'nobody-creates-these', SHORT_MS);
  expect(poll.status).toBe(200);
  expect(poll.body.jobs).toEqual([]);

  const awaited = await awaitOrder(api, SHORT_MS);
  expect(awaited.status).toBe(504);
  expect(awaited.body).toMatchObject({
    status: 504,
    title: 'DEADLINE_EXCEEDED',
    detail: 'Expected to handle request, but request timed out between gateway and broker',
  });
  // The gateway gave up waiting; the instance carries on.
  expect(await orderInstances(api)).toEqual(['ACTIVE']);
}

describe('request-scoped waits run on wall time (manual engine clock)', () => {
  const t = useEngine({ clock: 'manual' });

  it('a long poll ends empty and awaitCompletion answers 504 DEADLINE_EXCEEDED after their requestTimeout', async () => {
    await expectGatewayTimeouts(t.api);
  });

  it('advancing the engine clock does not end a long poll; a job arriving during it is delivered at once', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const poll = longPoll(api, 'check-stock', LONG_MS);
    const state = track(poll);
    await waitFor(() => engine.stats().inFlight === 1, 'the poll to be held');
    engine.clock.advance(30 * 24 * 3_600_000);
    await roundTrip(api);
    expect(engine.stats().inFlight).toBe(1);
    expect(state.settled).toBe(false);

    await api.start('order-process', { order: { items: [], total: 1 } });
    const res = await poll;
    expect(res.status).toBe(200);
    expect(res.body.jobs.map((j) => j.type)).toEqual(['check-stock']);
  });

  it('advancing the engine clock does not end awaitCompletion; the instance completing does', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const awaited = awaitOrder(api, LONG_MS);
    const state = track(awaited);
    await waitFor(() => engine.stats().inFlight === 1, 'the awaited creation to be held');
    engine.clock.advance(30 * 24 * 3_600_000);
    await roundTrip(api);
    expect(state.settled).toBe(false);

    await api.complete((await api.activateOne('check-stock')).jobKey, { available: true });
    await api.complete((await api.activateOne('ship-order')).jobKey);
    const res = await awaited;
    expect(res.status).toBe(200);
    expect(res.body.variables).toMatchObject({ inStock: true });
  });

  it('job deadlines stay on the engine clock: wall time passing does not time out an activated job', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    await api.start('order-process', { order: { items: [], total: 1 } });
    const [job] = await api.activate('check-stock', { timeout: 1 });
    expect(job).toBeDefined();
    // Wall time passes (a long poll's whole limit); the manual engine clock stands still.
    expect((await longPoll(api, 'check-stock', SHORT_MS)).body.jobs).toEqual([]);
    engine.clock.advance(1);
    expect((await api.activate('check-stock')).map((j) => j.jobKey)).toEqual([job?.jobKey]);
  });
});

describe('request-scoped waits run on wall time (default limits)', () => {
  const t = useEngine({ clock: 'manual', longPollTimeoutMs: SHORT_MS, requestTimeoutMs: SHORT_MS });

  it('requestTimeout 0 takes longPollTimeoutMs / requestTimeoutMs, on wall time too', async () => {
    const { api } = t;
    await api.deployFixtures('order-process.bpmn');
    expect((await longPoll(api, 'nobody-creates-these', 0)).body.jobs).toEqual([]);
    expect((await awaitOrder(api, 0)).body.title).toBe('DEADLINE_EXCEEDED');
  });
});

describe('request-scoped waits run on wall time (pinned engine clock)', () => {
  const t = useEngine();

  it('with pinClock, a long poll still ends and awaitCompletion still times out', async () => {
    expect((await t.api.put('/clock', { timestamp: Date.UTC(2030, 0, 1) })).status).toBe(204);
    await expectGatewayTimeouts(t.api);
  });

  it('with pinClock, an activated job does not time out however long the wall clock runs', async () => {
    const { api } = t;
    const pinned = Date.UTC(2030, 0, 1);
    expect((await api.put('/clock', { timestamp: pinned })).status).toBe(204);
    await api.deployFixtures('order-process.bpmn');
    await api.start('order-process', { order: { items: [], total: 1 } });
    const [job] = await api.activate('check-stock', { timeout: 1 });
    expect(job).toBeDefined();
    expect((await longPoll(api, 'check-stock', SHORT_MS)).body.jobs).toEqual([]);
    // Moving the pinned clock past the job's deadline times it out.
    expect((await api.put('/clock', { timestamp: pinned + 1 })).status).toBe(204);
    const again = await longPoll(api, 'check-stock', LONG_MS);
    expect(again.body.jobs.map((j) => j.jobKey)).toEqual([job?.jobKey]);
  });

  it('stop() ends a held awaitCompletion and a held long poll', async () => {
    const { api, engine } = t;
    await api.deployFixtures('order-process.bpmn');
    const held = [
      awaitOrder(api, LONG_MS).then(
        (r) => r.status,
        () => 'closed',
      ),
      longPoll(api, 'nobody-creates-these', LONG_MS).then(
        (r) => r.status,
        () => 'closed',
      ),
    ];
    await waitFor(() => engine.stats().inFlight === 2, 'both requests to be held');
    await engine.stop();
    expect(await Promise.all(held)).toEqual(['closed', 'closed']);
    expect(engine.stats().inFlight).toBe(0);
  });
});
