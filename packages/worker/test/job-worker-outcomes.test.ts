import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isJobAbortedError } from '../src/job-aborted-error.js';
import type { ConnectedJobContext } from '../src/job-context.js';
import { JobError } from '../src/job-error.js';
import { isJobSettledError } from '../src/job-settled-error.js';
import { createJobWorker, type JobWorker } from '../src/job-worker.js';
import type { JobWorkerBaseOptions } from '../src/job-worker-options.js';
import type { JobOutcome } from '../src/worker-events.js';
import {
  createFakeJobClient,
  FakeHttpError,
  type FakeJobClient,
  FakeNetworkError,
} from './support/fake-job-client.js';
import { createManualClock, flush, type ManualClock } from './support/manual-clock.js';
import { createRecordingLogger } from './support/recording-logger.js';
import { deferred, until } from './support/until.js';

const workers: JobWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop({ graceMs: 0 })));
});

type Ctx = ConnectedJobContext<
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  FakeJobClient
>;

function setup(
  handler: (job: Ctx) => unknown,
  extra: Partial<JobWorkerBaseOptions<unknown, unknown, unknown>> = {},
): { client: FakeJobClient; clock: ManualClock; worker: JobWorker; outcomes: JobOutcome[] } {
  const clock = createManualClock();
  const client = createFakeJobClient({ clock });
  const worker = createJobWorker(client, {
    jobType: 'test-job',
    handler: handler as never,
    clock,
    random: () => 0.5,
    ...(extra as object),
  });
  const outcomes: JobOutcome[] = [];
  worker.on('jobSettled', (e) => outcomes.push(e.outcome));
  workers.push(worker);
  return { client, clock, worker, outcomes };
}

/** Runs one job through the handler and returns the engine calls it caused. */
async function oneJob(
  handler: (job: Ctx) => unknown,
  jobOverrides: Parameters<FakeJobClient['addJobs']>[1] = {},
  extra: Partial<JobWorkerBaseOptions<unknown, unknown, unknown>> = {},
) {
  const setupResult = setup(handler, extra);
  setupResult.client.addJobs(1, jobOverrides);
  await until(() => setupResult.outcomes.length === 1, 'the job to settle');
  await flush(5);
  return setupResult;
}

describe('handler outcome → exactly one engine call', () => {
  it('a returned object completes the job with those variables', async () => {
    const { client, outcomes } = await oneJob(() => ({ paid: true, amount: 42 }));
    expect(client.actions).toEqual([
      { method: 'completeJob', input: { jobKey: expect.any(String), variables: { paid: true, amount: 42 } } },
    ]);
    expect(outcomes).toEqual(['completed']);
  });

  it('returning nothing completes the job without variables', async () => {
    const { client } = await oneJob(async () => undefined);
    expect(client.actions).toHaveLength(1);
    expect(client.actions[0]?.method).toBe('completeJob');
    expect(client.actions[0]?.input).not.toHaveProperty('variables');
  });

  it('a thrown error fails the job with retries − 1 and its message, the stack only in the log', async () => {
    const logger = createRecordingLogger();
    const { client, outcomes } = await oneJob(
      () => {
        throw new Error('card declined');
      },
      { retries: 3 },
      { logger },
    );
    expect(client.actions).toEqual([
      { method: 'failJob', input: { jobKey: expect.any(String), retries: 2, errorMessage: 'card declined' } },
    ]);
    expect(outcomes).toEqual(['failed']);
    const logged = logger.lines.find((l) => l.message === 'job handler failed');
    expect(logged?.fields.err).toHaveProperty('stack', expect.stringContaining('card declined'));
    expect(JSON.stringify(client.actions)).not.toContain('at ');
  });

  it('retries never go below zero', async () => {
    const { client } = await oneJob(
      () => {
        throw new Error('boom');
      },
      { retries: 0 },
    );
    expect(client.actions[0]?.input.retries).toBe(0);
  });

  it('a thrown JobError throws the BPMN error', async () => {
    const { client, outcomes } = await oneJob(() => {
      throw new JobError({ errorCode: 'OUT_OF_STOCK', errorMessage: 'none left', variables: { sku: 'A1' } });
    });
    expect(client.actions).toEqual([
      {
        method: 'throwJobError',
        input: {
          jobKey: expect.any(String),
          errorCode: 'OUT_OF_STOCK',
          errorMessage: 'none left',
          variables: { sku: 'A1' },
        },
      },
    ]);
    expect(outcomes).toEqual(['bpmnError']);
  });

  it('explicit fail sends its retries, back-off and variables', async () => {
    const { client } = await oneJob((job) =>
      job.fail({ errorMessage: 'later', retries: 7, retryBackOffMs: 5000, variables: { attempt: 2 } }),
    );
    expect(client.actions).toEqual([
      {
        method: 'failJob',
        input: {
          jobKey: expect.any(String),
          retries: 7,
          errorMessage: 'later',
          retryBackOff: 5000,
          variables: { attempt: 2 },
        },
      },
    ]);
  });

  it('explicit throwError and complete with a job result reach the engine as given', async () => {
    const first = await oneJob((job) => job.throwError({ errorCode: 'E1' }));
    expect(first.client.actions).toEqual([
      { method: 'throwJobError', input: { jobKey: expect.any(String), errorCode: 'E1' } },
    ]);
    const second = await oneJob((job) =>
      job.complete({ a: 1 }, { result: { type: 'userTask', denied: true, deniedReason: 'no' } }),
    );
    expect(second.client.actions[0]?.input).toMatchObject({
      variables: { a: 1 },
      result: { type: 'userTask', denied: true, deniedReason: 'no' },
    });
  });

  it('ignore sends nothing and counts the job as ignored', async () => {
    const { client, worker, outcomes } = await oneJob((job) => job.ignore());
    expect(client.actions).toEqual([]);
    expect(outcomes).toEqual(['ignored']);
    expect(worker.stats().ignored).toBe(1);
    expect(worker.stats().inFlight).toBe(0);
  });

  it('a second action is refused with JobSettledError and never sent; the return value is ignored', async () => {
    let second: unknown;
    const { client } = await oneJob(async (job) => {
      await job.complete({ first: true });
      second = await job.fail({ errorMessage: 'too late' }).catch((e: unknown) => e);
      return { ignored: true };
    });
    expect(client.actions).toEqual([
      { method: 'completeJob', input: { jobKey: expect.any(String), variables: { first: true } } },
    ]);
    expect(isJobSettledError(second)).toBe(true);
  });

  it('a throw after an action does not cause a second call', async () => {
    const { client } = await oneJob(async (job) => {
      await job.complete();
      throw new Error('after the fact');
    });
    expect(client.actions.map((a) => a.method)).toEqual(['completeJob']);
  });

  it('an action resolves with a receipt naming the outcome', async () => {
    let receipt: unknown;
    await oneJob(async (job) => {
      receipt = await job.complete();
      return receipt;
    });
    expect(receipt).toEqual({ action: 'complete', outcome: 'completed' });
  });

  it('a non-object return fails the job with a clear message', async () => {
    const { client } = await oneJob(() => 42 as never);
    expect(client.actions[0]?.method).toBe('failJob');
    expect(client.actions[0]?.input.errorMessage).toMatch(/returned a number; return an object/);
  });

  it('a handler that returns synchronously is handled like an async one', async () => {
    const { client } = await oneJob(() => ({ sync: true }));
    expect(client.actions[0]?.input.variables).toEqual({ sync: true });
  });

  it('counts outcomes in stats()', async () => {
    let n = 0;
    const { client, worker, outcomes } = setup(() => {
      n++;
      if (n === 1) return { ok: 1 };
      if (n === 2) throw new Error('x');
      throw new JobError({ errorCode: 'E' });
    });
    client.addJobs(3);
    await until(() => outcomes.length === 3, 'three outcomes');
    expect(worker.stats()).toMatchObject({ activated: 3, completed: 1, failed: 1, errored: 1, inFlight: 0 });
  });
});

describe('work is never lost', () => {
  it('retries a completion after network errors until it succeeds', async () => {
    const { client, clock, outcomes } = setup(() => ({ v: 1 }));
    client.actionFailure = (_call, attempt) =>
      attempt <= 3 ? new FakeNetworkError('socket hang up') : undefined;
    client.addJobs(1);
    await until(() => client.actions.length === 1, 'first attempt');
    await flush(5);
    expect(outcomes).toEqual([]);
    // Backoff delays of 125, 250 and 500 ms (random 0.5): all fall inside one second.
    await clock.advance(1_000);
    await until(() => outcomes.length === 1, 'settled');
    expect(outcomes).toEqual(['completed']);
    expect(client.actions).toHaveLength(4);
    expect(client.actions.every((a) => a.method === 'completeJob' && a.input.variables !== undefined)).toBe(
      true,
    );
    expect(client.accepted('completeJob')).toHaveLength(1);
  });

  it('drops the job on 404 or 409 without retrying', async () => {
    for (const status of [404, 409]) {
      const logger = createRecordingLogger();
      const gone = setup(() => ({}), { logger });
      gone.client.actionFailure = () => new FakeHttpError(status);
      gone.client.addJobs(1);
      await until(() => gone.outcomes.length === 1, 'dropped');
      await gone.clock.advance(60_000);
      expect(gone.client.actions).toHaveLength(1);
      expect(gone.outcomes).toEqual(['dropped']);
      expect(gone.worker.stats().dropped).toBe(1);
      expect(logger.lines.some((l) => l.level === 'warn' && /gone/.test(l.message ?? ''))).toBe(true);
    }
  });

  it('retries 503 and 429 answers', async () => {
    const busy = setup(() => ({}));
    busy.client.actionFailure = (_c, attempt) =>
      attempt === 1 ? new FakeHttpError(503) : attempt === 2 ? new FakeHttpError(429) : undefined;
    busy.client.addJobs(1);
    await until(() => busy.client.actions.length === 1, 'first');
    await busy.clock.advance(1_000);
    await until(() => busy.outcomes.length === 1, 'settled');
    expect(busy.client.actions).toHaveLength(3);
    expect(busy.outcomes).toEqual(['completed']);
  });

  it('stops retrying at the job deadline', async () => {
    const { client, clock, outcomes } = setup(() => ({}), { jobTimeoutMs: 5_000, backoffInitialMs: 1_000 });
    client.actionFailure = () => new FakeNetworkError('down');
    client.addJobs(1);
    await until(() => client.actions.length === 1, 'first attempt');
    await clock.advance(10_000);
    await until(() => outcomes.length === 1, 'given up');
    expect(outcomes).toEqual(['dropped']);
    // All attempts happened before the deadline.
    expect(client.actions.length).toBeGreaterThan(1);
    expect(clock.now()).toBeLessThanOrEqual(1_000_000 + 10_000);
  });

  it('a completion the engine refuses (400) fails the job instead of leaving it to time out', async () => {
    const { client, outcomes } = setup(() => ({ bad: true }));
    client.actionFailure = (call) => (call.method === 'completeJob' ? new FakeHttpError(400) : undefined);
    client.addJobs(1, { retries: 2 });
    await until(() => outcomes.length === 1, 'settled');
    expect(client.actions.map((a) => a.method)).toEqual(['completeJob', 'failJob']);
    expect(client.actions[1]?.input).toMatchObject({
      retries: 1,
      errorMessage: expect.stringMatching(/rejected the completion/),
    });
    expect(outcomes).toEqual(['failed']);
  });
});

describe('schemas', () => {
  const input = z.object({ amount: z.coerce.number().positive(), currency: z.enum(['EUR', 'USD']) });

  it('hands the parsed input to the handler', async () => {
    let seen: unknown;
    await oneJob(
      (job) => {
        seen = job.variables;
      },
      { variables: { amount: '12.5', currency: 'EUR', extra: 1 } },
      { inputSchema: input },
    );
    expect(seen).toEqual({ amount: 12.5, currency: 'EUR' });
  });

  it('fails the job with retries 0 and the issues when the input is invalid, without running the handler', async () => {
    let ran = false;
    const { client } = await oneJob(
      () => {
        ran = true;
      },
      { variables: { amount: -1, currency: 'GBP' }, retries: 3 },
      { inputSchema: input },
    );
    expect(ran).toBe(false);
    expect(client.actions).toHaveLength(1);
    expect(client.actions[0]?.method).toBe('failJob');
    expect(client.actions[0]?.input.retries).toBe(0);
    expect(client.actions[0]?.input.errorMessage).toMatch(/^Invalid input variables: amount: .+; currency: /);
  });

  it('validates the output and completes with the parsed value', async () => {
    const output = z.object({ receipt: z.string().default('none'), total: z.number() });
    const ok = await oneJob(() => ({ total: 3 }), {}, { outputSchema: output });
    expect(ok.client.actions[0]?.input.variables).toEqual({ receipt: 'none', total: 3 });
    const bad = await oneJob(() => ({ total: 'three' }), { retries: 3 }, { outputSchema: output });
    expect(bad.client.actions[0]).toMatchObject({
      method: 'failJob',
      input: { retries: 2, errorMessage: expect.stringMatching(/^Invalid output variables: total: /) },
    });
  });

  it('validates an explicit complete() the same way, once', async () => {
    const output = z.object({ total: z.string().transform((v) => Number(v)) });
    let receipt: unknown;
    const ok = await oneJob(
      async (job) => {
        receipt = await job.complete({ total: '7' });
        return receipt;
      },
      {},
      { outputSchema: output },
    );
    // Transformed once: validating the parsed value again would have rejected the number.
    expect(ok.client.actions).toEqual([
      { method: 'completeJob', input: { jobKey: expect.any(String), variables: { total: 7 } } },
    ]);
    expect(receipt).toEqual({ action: 'complete', outcome: 'completed' });
    const bad = await oneJob((job) => job.complete({ total: 7 }), { retries: 2 }, { outputSchema: output });
    expect(bad.client.actions).toEqual([
      {
        method: 'failJob',
        input: {
          jobKey: expect.any(String),
          retries: 1,
          errorMessage: expect.stringMatching(/^Invalid output variables: total: /),
        },
      },
    ]);
    expect(bad.outcomes).toEqual(['failed']);
  });

  it('validates custom headers', async () => {
    const headers = z.object({ region: z.string() });
    let seen: unknown;
    const ok = await oneJob(
      (job) => {
        seen = job.customHeaders;
      },
      { customHeaders: { region: 'eu' } },
      { customHeadersSchema: headers },
    );
    expect(seen).toEqual({ region: 'eu' });
    expect(ok.client.actions[0]?.method).toBe('completeJob');
    const bad = await oneJob(() => undefined, { customHeaders: {} }, { customHeadersSchema: headers });
    expect(bad.client.actions[0]?.input.errorMessage).toMatch(/^Invalid custom headers: region: /);
  });

  it('supports schemas with async refinements', async () => {
    const asyncSchema = z.object({ id: z.string() }).refine(async (v) => v.id !== 'taken', 'id is taken');
    const { client } = await oneJob(
      () => undefined,
      { variables: { id: 'taken' } },
      { inputSchema: asyncSchema },
    );
    expect(client.actions[0]?.input.errorMessage).toBe('Invalid input variables: id is taken');
  });
});

describe('job context', () => {
  it('carries the job fields, the client and a lazily created child logger', async () => {
    const logger = createRecordingLogger();
    let captured: Ctx | undefined;
    const { client } = setup(
      (job) => {
        captured = job;
        job.log.info({ step: 1 }, 'working');
      },
      { logger, workerName: 'w-1' },
    );
    const [job] = client.addJobs(1, { variables: { a: 1 }, retries: 4 });
    await until(() => client.actions.length === 1, 'done');
    expect(captured?.jobKey).toBe(job?.jobKey);
    expect(captured?.retries).toBe(4);
    expect(captured?.variables).toEqual({ a: 1 });
    expect(captured?.client).toBe(client);
    const line = logger.lines.find((l) => l.message === 'working');
    expect(line?.bindings).toEqual({ worker: 'w-1', jobType: 'test-job', jobKey: job?.jobKey });
  });

  it('creates no per-job logger when the handler does not log', async () => {
    const logger = createRecordingLogger();
    const { client } = setup(() => ({ ok: true }), { logger });
    const before = logger.childCalls;
    client.addJobs(25);
    await until(() => client.actions.length === 25, 'all completed');
    expect(logger.childCalls).toBe(before);
  });

  it('aborts the signal at the job deadline', async () => {
    let signal: AbortSignal | undefined;
    const { client, clock } = setup(async (job) => {
      signal = job.signal;
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
      return { late: true };
    });
    client.addJobs(1, { deadline: 1_000_000 + 8_000 });
    await until(() => signal !== undefined, 'handler started');
    await clock.advance(7_999);
    expect(signal?.aborted).toBe(false);
    await clock.advance(1);
    expect(signal?.aborted).toBe(true);
    expect(isJobAbortedError(signal?.reason)).toBe(true);
    expect(signal?.reason).toHaveProperty('code', 'JOB_DEADLINE');
  });

  it('uses the earlier of the engine deadline and activation + jobTimeoutMs (clock skew)', async () => {
    let signal: AbortSignal | undefined;
    const gate = deferred();
    const { client, clock } = setup(
      async (job) => {
        signal = job.signal;
        await gate.promise;
      },
      { jobTimeoutMs: 3_000 },
    );
    client.addJobs(1, { deadline: 1_000_000 + 60_000 });
    await until(() => signal !== undefined, 'handler started');
    await clock.advance(3_000);
    expect(signal?.aborted).toBe(true);
    gate.resolve();
  });
});
