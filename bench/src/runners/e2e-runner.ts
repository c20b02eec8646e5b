/**
 * Child process: runs the demo process (order fulfilment) end to end against the engine with one library: creates
 * instances, works every job type, publishes the payment confirmation, and times until each instance's last two
 * jobs (shipping and invoicing) are completed.
 */
import { serveParent } from '../child/serve-parent.js';
import { percentile, sortSamples } from '../report/stats.js';
import { createE2eAdapter, type DemoJob, type E2eAdapter, type E2eContenderId } from './e2e-subjects.js';
import type { SetupResult } from './request-runner.js';

/** Result of one end-to-end run. */
export interface E2eRunResult {
  readonly instances: number;
  readonly completed: number;
  readonly elapsedMs: number;
  /** Creation call to last job completed, per instance. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly firstError: string | null;
}

let adapter: E2eAdapter | undefined;

async function runInstances(
  a: E2eAdapter,
  p: { instances: number; concurrency: number; runId: string; timeoutMs: number },
): Promise<E2eRunResult> {
  const createdAt = new Map<string, number>();
  const doneAt = new Map<string, number>();
  const finals = new Map<string, number>();
  let errors = 0;
  let firstError: string | null = null;
  const fail = (error: unknown) => {
    errors += 1;
    firstError ??= error instanceof Error ? error.message : String(error);
  };
  let resolveDone: () => void = () => {};
  const allDone = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  const markFinal = (job: DemoJob) => {
    const count = (finals.get(job.processInstanceKey) ?? 0) + 1;
    finals.set(job.processInstanceKey, count);
    if (count === 2) {
      doneAt.set(job.processInstanceKey, performance.now());
      if (doneAt.size === p.instances) resolveDone();
    }
  };
  const nothing = async () => {};
  const workers = [
    a.startWorker(
      'payment',
      p.concurrency,
      async (job) => {
        await a.publishMessage('payment-confirmed', String(job.variables.orderId));
      },
      () => {},
    ),
    a.startWorker('review', p.concurrency, nothing, () => {}),
    a.startWorker('shipping', p.concurrency, nothing, markFinal),
    a.startWorker('invoicing', p.concurrency, nothing, markFinal),
  ];
  const started = performance.now();
  let next = 0;
  const creator = async () => {
    while (next < p.instances) {
      const i = next++;
      const t0 = performance.now();
      try {
        const result = (await a.createInstance({
          orderId: `order-${p.runId}-${i}`,
          amount: i % 2 === 0 ? 500 : 1_500,
        })) as { processInstanceKey?: unknown };
        createdAt.set(String(result.processInstanceKey), t0);
      } catch (error) {
        fail(error);
      }
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), p.timeoutMs);
  });
  await Promise.all(Array.from({ length: p.concurrency }, creator));
  const outcome = errors > 0 ? 'errors' : await Promise.race([allDone.then(() => 'done' as const), timedOut]);
  clearTimeout(timer);
  const elapsedMs = performance.now() - started;
  await Promise.all(workers.map((w) => w.stop()));
  if (outcome === 'timeout') {
    fail(
      new Error(`timed out after ${p.timeoutMs} ms with ${doneAt.size} of ${p.instances} instances finished`),
    );
  }
  const cycle = [...doneAt].flatMap(([key, t]) => {
    const t0 = createdAt.get(key);
    return t0 === undefined ? [] : [t - t0];
  });
  const sorted = sortSamples(cycle);
  return {
    instances: p.instances,
    completed: doneAt.size,
    elapsedMs,
    p50Ms: sorted.length > 0 ? percentile(sorted, 50) : Number.NaN,
    p99Ms: sorted.length > 0 ? percentile(sorted, 99) : Number.NaN,
    errors,
    firstError,
  };
}

const api = {
  async setup(p: { contender: E2eContenderId; restAddress: string }): Promise<SetupResult> {
    const created = await createE2eAdapter(p.contender, p.restAddress);
    if (!created.ok) return { ready: false, reason: created.reason };
    adapter = created.module;
    return { ready: true };
  },
  run(p: {
    instances: number;
    concurrency: number;
    runId: string;
    timeoutMs: number;
  }): Promise<E2eRunResult> {
    if (adapter === undefined) throw new Error('run before a successful setup');
    (globalThis as { gc?: () => void }).gc?.();
    return runInstances(adapter, p);
  },
};

/** The methods this child serves. */
export type E2eRunnerApi = typeof api;

serveParent(api, async () => {
  await adapter?.close();
});
