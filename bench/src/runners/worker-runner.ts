/**
 * Child process: one worker-suite contender. `setup` loads its packages; `start` starts its worker once (it then
 * long-polls the stub, idle between runs); the bench drives runs through the stub and calls `close` at the end.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { serveParent } from '../child/serve-parent.js';
import { describeMemory } from './memory-breakdown.js';
import type { SetupResult } from './request-runner.js';
import {
  createWorkerFactory,
  type HandlerModules,
  type RunningWorker,
  type WorkerContenderId,
  type WorkerFactory,
} from './worker-subjects.js';

let factory: WorkerFactory | undefined;
let sampling: Session | undefined;

function post(session: Session, method: string, params: object): Promise<unknown> {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
}
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
  /**
   * Starts V8's sampling heap profiler. With `survivors`, it keeps only objects that survived a scavenge (those
   * that drive the young generation's growth); otherwise every allocation is sampled.
   */
  async startHeapSampling(p: { survivors: boolean }): Promise<null> {
    sampling ??= new Session();
    sampling.connect();
    await post(sampling, 'HeapProfiler.enable', {});
    await post(sampling, 'HeapProfiler.startSampling', {
      samplingInterval: Number(process.env.BENCH_HEAP_SAMPLING_INTERVAL ?? 4096),
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: !p.survivors,
    });
    return null;
  },
  /** Stops the sampling heap profiler and writes its profile into `dir` (`<label>-<pid>.heapprofile`). */
  async stopHeapSampling(p: { dir: string; label: string }): Promise<string> {
    if (sampling === undefined) throw new Error('stopHeapSampling before startHeapSampling');
    // Stopping collects all garbage, which would count the young garbage as survivors: scavenge it first.
    (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
    const { profile } = (await post(sampling, 'HeapProfiler.stopSampling', {})) as { profile: unknown };
    sampling.disconnect();
    const file = join(p.dir, `${p.label}-${process.pid}.heapprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  },
  /** CPU time this process has used so far, user + system, in microseconds. */
  cpu(_p?: Record<string, never>): number {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  /** This process's memory: `rss` as it is, then `heapUsed` after a full collection (the live heap). */
  memory(_p?: Record<string, never>): { rss: number; heapUsed: number; heapUsedBeforeGc: number } {
    const { rss, heapUsed: heapUsedBeforeGc } = process.memoryUsage();
    // Where the memory is, as sampled (before the collection): mappings by kind, V8's spaces, threads.
    if (process.env.BENCH_MEMORY_DEBUG === '1') process.stderr.write(`${describeMemory()}\n`);
    (globalThis as { gc?: () => void }).gc?.();
    return { rss, heapUsed: process.memoryUsage().heapUsed, heapUsedBeforeGc };
  },
};

/** The methods this child serves. */
export type WorkerRunnerApi = typeof api;

serveParent(api, async () => {
  await running?.stop();
});
