/**
 * Child process: one worker-suite contender. `setup` loads its packages; `start` starts its worker once (it then
 * long-polls the stub, idle between runs); the bench drives runs through the stub and calls `close` at the end.
 */
import { join } from 'node:path';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { serveParent } from '../child/serve-parent.js';
import type { SetupResult } from './request-runner.js';
import {
  createWorkerFactory,
  type HandlerModules,
  type RunningWorker,
  type WorkerContenderId,
  type WorkerFactory,
} from './worker-subjects.js';

let factory: WorkerFactory | undefined;
let running: RunningWorker | undefined;

const api = {
  async setup(p: {
    contender: WorkerContenderId;
    baseUrl: string;
    concurrency: number;
    handlers: HandlerModules;
  }): Promise<SetupResult> {
    const created = await createWorkerFactory(p.contender, p.baseUrl, p.concurrency, p.handlers);
    if (!created.ok) return { ready: false, reason: created.reason };
    factory = created.module;
    return { ready: true };
  },
  start(p: { jobType: string }): null {
    if (factory === undefined) throw new Error('start before a successful setup');
    running ??= factory(p.jobType);
    return null;
  },
  gc(_p?: Record<string, never>): null {
    (globalThis as { gc?: () => void }).gc?.();
    return null;
  },
  /** Writes a heap snapshot into `dir` (named `<label>-<pid>.heapsnapshot`) and returns its path. */
  heapSnapshot(p: { dir: string; label: string }): string {
    return writeHeapSnapshot(join(p.dir, `${p.label}-${process.pid}.heapsnapshot`));
  },
  /** CPU time this process has used so far, user + system, in microseconds. */
  cpu(_p?: Record<string, never>): number {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  /** This process's memory: `rss` as it is, then `heapUsed` after a full collection (the live heap). */
  memory(_p?: Record<string, never>): { rss: number; heapUsed: number; heapUsedBeforeGc: number } {
    const { rss, heapUsed: heapUsedBeforeGc } = process.memoryUsage();
    (globalThis as { gc?: () => void }).gc?.();
    if (process.env.BENCH_MEMORY_DEBUG === '1') {
      // Where the memory is: V8's spaces (new space grows to its maximum at full speed) and off-heap buffers.
      const m = process.memoryUsage();
      const spaces = getHeapSpaceStatistics()
        .filter((space) => space.space_size > 0)
        .map((space) => `${space.space_name} ${(space.space_size / 1e6).toFixed(1)}`);
      const mb = (n: number) => (n / 1e6).toFixed(1);
      process.stderr.write(
        `rss ${mb(rss)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} (MB); ${spaces.join(', ')}\n`,
      );
    }
    return { rss, heapUsed: process.memoryUsage().heapUsed, heapUsedBeforeGc };
  },
};

/** The methods this child serves. */
export type WorkerRunnerApi = typeof api;

serveParent(api, async () => {
  await running?.stop();
});
