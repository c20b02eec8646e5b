import { readFileSync } from 'node:fs';
import {
  type CamundaClient,
  ElementId,
  ProcessDefinitionId,
  type ProcessInstanceKey,
} from '@camunda-ts/client';
import { type BpmnFixture, bpmnFixtures, type TestEngine } from '@camunda-ts/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerClock } from '../src/clock.js';
import { JobError } from '../src/job-error.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import { type Cleanups, connectClient, startCheckedEngine } from './support/checked-engine.js';
import { fixture, loadDist } from './support/load-dist.js';
import { createManualClock, type ManualClock } from './support/manual-clock.js';
import { deferred, untilReal } from './support/until.js';

// End to end: real BPMN on the in-memory engine of @camunda-ts/testing, the real client, the worker. The engine
// runs on a manual clock that no test moves, so no job ever times out and no long poll ever expires: whatever
// happens to a job is the worker's doing. Workers get a manual clock too, moved only where a test says so; a
// worker that needed a timer to keep polling would stall here instead of passing.

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const oneTask: BpmnFixture = {
  processDefinitionId: 'one-task',
  resourceName: 'one-task.bpmn',
  description: 'One service task of type one-task with three retries.',
  xml: readFileSync(fixture('one-task.bpmn'), 'utf8'),
};

async function startEngine(...processes: BpmnFixture[]): Promise<TestEngine> {
  const engine = await startCheckedEngine(cleanups, { clock: 'manual' });
  await engine.deploy(Object.fromEntries(processes.map((p) => [p.resourceName, p.xml])));
  return engine;
}

function connect(engine: TestEngine): CamundaClient {
  return connectClient(cleanups, engine.restAddress);
}

/** A worker clock starting at the engine's time; it moves only when a test advances it. */
function workerClock(engine: TestEngine): ManualClock {
  return createManualClock(engine.clock.now());
}

function keep<W extends JobWorker>(worker: W): W {
  cleanups.push(() => worker.stop({ graceMs: 0 }));
  return worker;
}

async function startInstance(
  client: CamundaClient,
  process: BpmnFixture,
  variables: Record<string, unknown> = {},
): Promise<ProcessInstanceKey> {
  const created = await client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of(process.processDefinitionId),
    variables,
  });
  return created.processInstanceKey;
}

async function instanceState(client: CamundaClient, processInstanceKey: ProcessInstanceKey) {
  return (await client.getProcessInstance({ processInstanceKey })).state;
}

async function instanceVariables(client: CamundaClient, processInstanceKey: ProcessInstanceKey) {
  const { items } = await client.searchVariables({ filter: { processInstanceKey } });
  return Object.fromEntries(items.map((v) => [v.name, JSON.parse(v.value) as unknown]));
}

async function jobsOf(client: CamundaClient, processInstanceKey: ProcessInstanceKey) {
  return (await client.searchJobs({ filter: { processInstanceKey } })).items;
}

/**
 * Counts handlers running at once. The first `limit` handlers wait until `limit` of them run together (so the
 * maximum is reached whatever the order of arrivals), later ones pass straight through. That wait cannot starve:
 * the worker keeps polling while a slot is free as long as `limit` is at most 4 (activation threshold 1), and a
 * worker that starts with a backlog receives `limit` jobs in its first activation.
 */
function concurrencyGauge(limit: number) {
  let running = 0;
  let max = 0;
  let open: () => void = () => {};
  const full = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    get max() {
      return max;
    },
    async run<T>(work: () => T): Promise<T> {
      running++;
      max = Math.max(max, running);
      if (running === limit) open();
      try {
        await full;
        // Hold the slot across an event-loop turn, so other handlers overlap with this one.
        await new Promise<void>((resolve) => setImmediate(resolve));
        return work();
      } finally {
        running--;
      }
    },
  };
}

describe('worker end to end on the test engine', () => {
  it('completes 200 instances of a three-task process without exceeding any worker’s maxConcurrentJobs', async () => {
    const order = bpmnFixtures.parallelProcess;
    const engine = await startEngine(order);
    const client = connect(engine);
    const instances: ProcessInstanceKey[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const keys = await Promise.all(
        Array.from({ length: 20 }, (_, i) => startInstance(client, order, { orderNo: batch * 20 + i })),
      );
      instances.push(...keys);
    }

    const limits = { 'reserve-items': 8, 'charge-payment': 5, 'confirm-order': 3 } as const;
    const gauges = {
      'reserve-items': concurrencyGauge(limits['reserve-items']),
      'charge-payment': concurrencyGauge(limits['charge-payment']),
      'confirm-order': concurrencyGauge(limits['confirm-order']),
    };
    const mismatches: unknown[] = [];
    const start = (
      jobType: keyof typeof limits,
      work: (v: Record<string, unknown>) => Record<string, unknown>,
    ) =>
      keep(
        createJobWorker(client, {
          jobType,
          maxConcurrentJobs: limits[jobType],
          clock: workerClock(engine),
          handler: (job) => gauges[jobType].run(() => work(job.variables)),
        }),
      );
    const workers = [
      start('reserve-items', (v) => ({ reservedFor: v.orderNo })),
      start('charge-payment', (v) => ({ chargedFor: v.orderNo })),
      // Runs after the join: it sees what both branches completed with.
      start('confirm-order', (v) => {
        if (v.reservedFor !== v.orderNo || v.chargedFor !== v.orderNo) mismatches.push(v);
        return { confirmation: `C-${String(v.orderNo)}` };
      }),
    ];

    await untilReal(
      () => workers.every((w) => w.stats().completed === 200),
      'every job of the 200 instances',
      12_000,
    );
    expect({
      'reserve-items': gauges['reserve-items'].max,
      'charge-payment': gauges['charge-payment'].max,
      'confirm-order': gauges['confirm-order'].max,
    }).toEqual(limits);
    for (const worker of workers) {
      expect(worker.stats()).toMatchObject({
        activated: 200,
        completed: 200,
        failed: 0,
        errored: 0,
        dropped: 0,
        inFlight: 0,
        activationErrors: 0,
      });
      // Every poll but the one held now brought work: no empty or wasted activations.
      expect(worker.stats().polls).toBeLessThanOrEqual(201);
    }
    expect(mismatches).toEqual([]);
    // One action per job reached the engine, and it was a completion.
    expect(engine.stats().byOperation).toMatchObject({ completeJob: 600 });
    expect(engine.stats().byOperation).not.toHaveProperty('failJob');
    expect(engine.stats().byOperation).not.toHaveProperty('throwJobError');

    const completed = await client.searchProcessInstances({
      filter: { processDefinitionId: ProcessDefinitionId.of(order.processDefinitionId), state: 'COMPLETED' },
      page: { limit: 1 },
    });
    expect(completed.page.totalItems).toBe(200);
    for (const at of [0, 137, 199]) {
      expect(await instanceVariables(client, instances[at] as ProcessInstanceKey)).toEqual({
        orderNo: at,
        reservedFor: at,
        chargedFor: at,
        confirmation: `C-${at}`,
      });
    }
  });

  it('maps each handler outcome to one engine effect: completion, caught BPMN error, failure, incident', async () => {
    const charge = bpmnFixtures.errorBoundaryProcess;
    const engine = await startEngine(charge);
    const client = connect(engine);
    const retriesSeen = new Map<string, number[]>();
    const charger = keep(
      createJobWorker(client, {
        jobType: 'charge-card',
        clock: workerClock(engine),
        handler: (job) => {
          retriesSeen.set(String(job.variables.mode), [
            ...(retriesSeen.get(String(job.variables.mode)) ?? []),
            job.retries,
          ]);
          switch (job.variables.mode) {
            case 'ok':
              return { receipt: 'R-1' };
            case 'declined':
              throw new JobError({
                errorCode: 'CARD_DECLINED',
                errorMessage: 'over the limit',
                variables: { declineReason: 'limit' },
              });
            default:
              throw new Error('payment gateway unreachable');
          }
        },
      }),
    );
    const notifier = keep(
      createJobWorker(client, {
        jobType: 'notify-customer',
        clock: workerClock(engine),
        handler: (job) => ({ notified: job.variables.declineReason }),
      }),
    );
    const ok = await startInstance(client, charge, { mode: 'ok' });
    const declined = await startInstance(client, charge, { mode: 'declined' });
    const broken = await startInstance(client, charge, { mode: 'broken' });

    await untilReal(
      () =>
        charger.stats().completed === 1 &&
        charger.stats().errored === 1 &&
        charger.stats().failed === 2 &&
        notifier.stats().completed === 1,
      'every outcome to reach the engine',
    );

    // return → completeJob: the instance ends at the normal end event with the returned variables.
    expect(await instanceState(client, ok)).toBe('COMPLETED');
    expect(await instanceVariables(client, ok)).toEqual({ mode: 'ok', receipt: 'R-1' });

    // JobError → throwJobError: the error boundary event catches it and the process takes the decline path.
    expect(await instanceState(client, declined)).toBe('COMPLETED');
    const boundary = await client.searchElementInstances({
      filter: { processInstanceKey: declined, elementId: ElementId.of('card-declined') },
    });
    expect(boundary.items.map((e) => e.state)).toEqual(['COMPLETED']);
    const endedAt = await client.searchElementInstances({
      filter: { processInstanceKey: declined, elementId: ElementId.of('declined') },
    });
    expect(endedAt.items).toHaveLength(1);
    expect(await instanceVariables(client, declined)).toEqual({
      mode: 'declined',
      declineReason: 'limit',
      notified: 'limit',
    });
    const [declinedJob] = (await jobsOf(client, declined)).filter((j) => j.type === 'charge-card');
    expect(declinedJob).toMatchObject({ state: 'ERROR_THROWN', errorCode: 'CARD_DECLINED' });

    // Plain throw → failJob with retries − 1 (2, then 1, as the job came back), then an incident at zero.
    expect(retriesSeen.get('broken')).toEqual([2, 1]);
    const [brokenJob] = await jobsOf(client, broken);
    expect(brokenJob).toMatchObject({
      type: 'charge-card',
      state: 'FAILED',
      retries: 0,
      errorMessage: 'payment gateway unreachable',
    });
    const incidents = await client.searchIncidents({ filter: { processInstanceKey: broken } });
    expect(incidents.items).toEqual([
      expect.objectContaining({
        errorType: 'JOB_NO_RETRIES',
        errorMessage: 'payment gateway unreachable',
        jobKey: brokenJob?.jobKey,
        elementId: 'charge-card',
        state: 'ACTIVE',
      }),
    ]);
    expect(await instanceState(client, broken)).toBe('ACTIVE');

    // Exactly one engine call per activation: 4 charge-card activations (the broken job twice) and one notify.
    expect(retriesSeen.get('ok')).toEqual([2]);
    expect(retriesSeen.get('declined')).toEqual([2]);
    expect(charger.stats()).toMatchObject({ activated: 4, dropped: 0, inFlight: 0 });
    expect(engine.stats().byOperation).toMatchObject({ completeJob: 2, throwJobError: 1, failJob: 2 });
  });

  it('picks up jobs created after it started through the held long poll, and polls again at once', async () => {
    const engine = await startEngine(oneTask);
    const client = connect(engine);
    const received: number[] = [];
    const worker = keep(
      createJobWorker(client, {
        jobType: 'one-task',
        maxConcurrentJobs: 4,
        // Never advanced: a pause between polls would stall the worker.
        clock: workerClock(engine),
        handler: (job) => ({ echoed: job.variables.n }),
      }),
    );
    worker.on('poll', (e) => received.push(e.received));
    const activations = () => engine.stats().byOperation.activateJobs ?? 0;
    // Exactly `count` activations reached the engine and one of them is held open.
    const heldPoll = (count: number) => activations() === count && engine.stats().inFlight === 1;
    await untilReal(() => heldPoll(1), 'the first long poll to be held');

    for (let round = 1; round <= 3; round++) {
      const pi = await startInstance(client, oneTask, { n: round });
      await untilReal(() => worker.stats().completed === round, `the job of round ${round}`);
      // The held poll answered with the job, and the next poll went out without waiting for anything.
      await untilReal(() => heldPoll(round + 1), `poll ${round + 1} to be held`);
      expect(await instanceVariables(client, pi)).toEqual({ n: round, echoed: round });
      expect(await instanceState(client, pi)).toBe('COMPLETED');
    }
    expect(received).toEqual([1, 1, 1]);
    expect(worker.stats()).toMatchObject({ polls: 4, activated: 3, completed: 3, activationErrors: 0 });
  });

  it('on stop lets running handlers finish within the grace time and fails back the rest, retries unchanged', async () => {
    const engine = await startEngine(oneTask);
    const client = connect(engine);
    const manual = workerClock(engine);
    // Records each timer's delay, to know when the grace timer is armed.
    const armed: number[] = [];
    const clock: WorkerClock = {
      now: () => manual.now(),
      setTimeout(callback, ms) {
        armed.push(ms);
        return manual.setTimeout(callback, ms);
      },
      clearTimeout: (handle) => manual.clearTimeout(handle),
    };
    // Created first: the worker's first activation takes all six (one at a time, the default activation
    // threshold of 2 would leave the sixth slot for the next poll).
    const quick: ProcessInstanceKey[] = [];
    const slow: ProcessInstanceKey[] = [];
    for (let i = 0; i < 3; i++) {
      quick.push(await startInstance(client, oneTask, { quick: true }));
      slow.push(await startInstance(client, oneTask, { quick: false }));
    }
    const quickGate = deferred();
    const abortReasons: unknown[] = [];
    const GRACE_MS = 30_000;
    const worker = keep(
      createJobWorker(client, {
        jobType: 'one-task',
        maxConcurrentJobs: 6,
        jobTimeoutMs: 120_000,
        clock,
        handler: async (job) => {
          if (job.variables.quick === true) {
            await quickGate.promise;
            return { finished: true };
          }
          await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
          abortReasons.push((job.signal.reason as { code?: unknown }).code);
          // Too late: the worker has failed the job back already, so this must not reach the engine.
          return { finished: 'late' };
        },
      }),
    );
    await untilReal(() => worker.stats().inFlight === 6, 'six running handlers');
    // Activated: a job with a deadline, in state CREATED (the job states have no "activated").
    for (const pi of [...quick, ...slow]) {
      expect(await jobsOf(client, pi)).toEqual([
        expect.objectContaining({ state: 'CREATED', retries: 3, deadline: expect.any(String) }),
      ]);
    }

    const activatedJobs = async () =>
      (await client.searchJobs({ filter: { deadline: { $exists: true } } })).items.map((j) => j.jobKey);
    expect(await activatedJobs()).toHaveLength(6);

    const stopped = worker.stop({ graceMs: GRACE_MS });
    expect(worker.state).toBe('draining');
    quickGate.resolve();
    await untilReal(() => worker.stats().completed === 3, 'the quick handlers to complete within the grace');
    await untilReal(() => armed.includes(GRACE_MS), 'the grace timer');
    expect(worker.stats()).toMatchObject({ state: 'draining', inFlight: 3, failed: 0 });
    await manual.advance(GRACE_MS);
    await stopped;

    expect(worker.stats()).toMatchObject({ state: 'stopped', completed: 3, failed: 3, inFlight: 0 });
    expect(abortReasons).toEqual(['WORKER_STOPPED', 'WORKER_STOPPED', 'WORKER_STOPPED']);
    for (const pi of quick) {
      expect(await jobsOf(client, pi)).toEqual([expect.objectContaining({ state: 'COMPLETED' })]);
      expect(await instanceState(client, pi)).toBe('COMPLETED');
    }
    for (const pi of slow) {
      expect(await jobsOf(client, pi)).toEqual([
        expect.objectContaining({ state: 'FAILED', retries: 3, deadline: null }),
      ]);
    }
    // None is left activated on the engine.
    expect(await activatedJobs()).toEqual([]);
    expect(engine.stats().byOperation).toMatchObject({ completeJob: 3, failJob: 3 });
    expect(engine.stats().byOperation).not.toHaveProperty('throwJobError');
    expect(await client.searchIncidents({})).toMatchObject({ items: [] });

    // Failed back with retries left and no back-off: the next worker gets them at once (the engine clock has not
    // moved, so no timeout released them).
    const retriesSeen: number[] = [];
    const next = keep(
      createJobWorker(client, {
        jobType: 'one-task',
        clock: workerClock(engine),
        handler: (job) => {
          retriesSeen.push(job.retries);
          return { finished: 'by the next worker' };
        },
      }),
    );
    await untilReal(() => next.stats().completed === 3, 'the failed-back jobs');
    expect(retriesSeen).toEqual([3, 3, 3]);
    for (const pi of slow) {
      expect(await instanceVariables(client, pi)).toEqual({ quick: false, finished: 'by the next worker' });
    }
  });

  it('runs a thread-strategy module handler against the engine and survives a crash of its thread', async () => {
    const { createJobWorker: createDistWorker } = await loadDist();
    const charge = bpmnFixtures.errorBoundaryProcess;
    const engine = await startEngine(charge);
    const client = connect(engine);
    const charger = keep(
      createDistWorker(client, {
        jobType: 'charge-card',
        handler: { module: fixture('engine-handlers.mjs'), export: 'chargeCard' },
        executionStrategy: 'thread',
        maxConcurrentJobs: 2,
        clock: workerClock(engine),
      }),
    );
    const notifier = keep(
      createJobWorker(client, {
        jobType: 'notify-customer',
        clock: workerClock(engine),
        handler: (job) => ({ notifiedAbout: job.variables.declinedAmount }),
      }),
    );
    const paid = await startInstance(client, charge, { amount: 40 });
    const declined = await startInstance(client, charge, { amount: 5_000 });
    const crashing = await startInstance(client, charge, { amount: 70, crash: true });

    await untilReal(
      () => charger.stats().completed === 2 && notifier.stats().completed === 1,
      'the three instances to be worked',
    );
    for (const pi of [paid, declined, crashing]) expect(await instanceState(client, pi)).toBe('COMPLETED');

    const paidVars = await instanceVariables(client, paid);
    expect(paidVars).toMatchObject({ amount: 40, charged: 40, instanceStateSeen: 'ACTIVE' });
    // Worked in a worker thread (thread id 0 is the main thread), whose client call reached the engine.
    expect(paidVars.chargedInThread).toEqual(expect.any(Number));
    expect(paidVars.chargedInThread).not.toBe(0);
    expect(await instanceVariables(client, declined)).toEqual({
      amount: 5_000,
      declinedAmount: 5_000,
      notifiedAbout: 5_000,
    });

    // The crash failed only its own job (retries 2 → 1); a new thread completed it on its second activation.
    expect(await instanceVariables(client, crashing)).toMatchObject({ amount: 70, charged: 70 });
    expect(await jobsOf(client, crashing)).toEqual([
      expect.objectContaining({
        type: 'charge-card',
        state: 'COMPLETED',
        retries: 1,
        errorMessage: expect.stringMatching(/exited with code 7/),
      }),
    ]);
    expect(charger.stats()).toMatchObject({
      state: 'running',
      activated: 4,
      completed: 2,
      errored: 1,
      failed: 1,
      dropped: 0,
    });
    expect(engine.stats().byOperation).toMatchObject({ completeJob: 3, throwJobError: 1, failJob: 1 });
  });
});
