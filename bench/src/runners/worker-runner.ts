/**
 * Child process: one worker-suite contender. `setup` loads its packages; `start` starts its worker once (it then
 * long-polls the stub, idle between runs); the bench drives runs through the stub and calls `close` at the end.
 */
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
};

/** The methods this child serves. */
export type WorkerRunnerApi = typeof api;

serveParent(api, async () => {
  await running?.stop();
});
