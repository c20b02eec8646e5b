import { join } from 'node:path';
import { type Loaded, loadPackage } from './load-package.js';
import type { CamundaTsClient, CamundaTsClientModule } from './request-subjects.js';
import { camundaTsConfig, officialConfig } from './request-subjects.js';
import { startUndiciBatchLoop } from './undici-batch-loop.js';
import { startUndiciDispatchBatchLoop } from './undici-dispatch-batch-loop.js';
import { startUndiciJobLoop } from './undici-job-loop.js';

/** Who works the jobs of the worker suite. */
export type WorkerContenderId =
  | 'undici-loop'
  | 'undici-batch-loop'
  | 'undici-dispatch-batch-loop'
  | 'camunda-ts-async'
  | 'camunda-ts-async-baseline'
  | 'camunda-ts-thread'
  | 'official'
  | 'official-thread';

/** A started worker: it polls until stopped. */
export interface RunningWorker {
  stop(): Promise<void>;
}

/** The part of `@camunda-ts/worker` the bench drives. */
interface CamundaTsWorkerModule {
  createJobWorker(
    client: CamundaTsClient,
    options: Record<string, unknown>,
  ): { stop(o?: { graceMs?: number }): Promise<void> };
}

interface OfficialWorker {
  stop(): void;
  stopGracefully?(o: { waitUpToMs: number }): Promise<unknown>;
}

/** The part of the official client the worker suite drives. */
interface OfficialWorkerClient {
  createJobWorker(config: Record<string, unknown>): OfficialWorker;
  createThreadedJobWorker(config: Record<string, unknown>): OfficialWorker;
}

interface OfficialModule {
  createCamundaClient(options: { readonly config: Readonly<Record<string, string>> }): OfficialWorkerClient;
}

/** Starts a worker given the job type; built once per contender, started once, stopped at the end. */
export type WorkerFactory = (jobType: string) => RunningWorker;

/** Where the handler modules of the thread strategies are. */
export interface HandlerModules {
  readonly camundaTs: string;
  readonly official: string;
}

const JOB_TIMEOUT_MS = 60_000;

/**
 * Builds the contender's worker factory against the stub. Every worker takes `concurrency` jobs at once and
 * completes each without variables; everything else stays at the library's defaults.
 */
export async function createWorkerFactory(
  id: WorkerContenderId,
  baseUrl: string,
  concurrency: number,
  handlers: HandlerModules,
): Promise<Loaded<WorkerFactory>> {
  switch (id) {
    case 'undici-loop':
      return {
        ok: true,
        module: (jobType) =>
          startUndiciJobLoop({ baseUrl, jobType, concurrency, threshold: Math.max(1, concurrency >> 2) }),
      };
    case 'undici-batch-loop':
      return { ok: true, module: (jobType) => startUndiciBatchLoop({ baseUrl, jobType, concurrency }) };
    case 'undici-dispatch-batch-loop':
      return {
        ok: true,
        module: (jobType) => startUndiciDispatchBatchLoop({ baseUrl, jobType, concurrency }),
      };
    case 'camunda-ts-async':
    case 'camunda-ts-async-baseline':
    case 'camunda-ts-thread': {
      // The baseline: the built packages of another checkout (BENCH_BASELINE_ROOT), for paired before/after runs.
      const root = id === 'camunda-ts-async-baseline' ? process.env.BENCH_BASELINE_ROOT : undefined;
      const client = await loadPackage<CamundaTsClientModule>(
        root === undefined ? '@camunda-ts/client' : join(root, 'packages/client/dist/index.js'),
        ['createCamundaClient'],
      );
      if (!client.ok) return client;
      const worker = await loadPackage<CamundaTsWorkerModule>(
        root === undefined ? '@camunda-ts/worker' : join(root, 'packages/worker/dist/index.js'),
        ['createJobWorker'],
      );
      if (!worker.ok) return worker;
      const camunda = client.module.createCamundaClient({ config: camundaTsConfig(baseUrl) });
      const handler =
        id !== 'camunda-ts-thread'
          ? { executionStrategy: 'async', handler: async () => undefined }
          : { executionStrategy: 'thread', handler: { module: handlers.camundaTs, export: 'default' } };
      return {
        ok: true,
        module: (jobType) => {
          const w = worker.module.createJobWorker(camunda, {
            jobType,
            maxConcurrentJobs: concurrency,
            jobTimeoutMs: JOB_TIMEOUT_MS,
            ...handler,
          });
          return {
            async stop() {
              await w.stop({ graceMs: 2_000 });
              await camunda.close?.();
            },
          };
        },
      };
    }
    case 'official':
    case 'official-thread': {
      const loaded = await loadPackage<OfficialModule>('@camunda8/orchestration-cluster-api', [
        'createCamundaClient',
      ]);
      if (!loaded.ok) return loaded;
      const camunda = loaded.module.createCamundaClient({ config: officialConfig(baseUrl) });
      return {
        ok: true,
        module: (jobType) => {
          const common = { jobType, maxParallelJobs: concurrency, jobTimeoutMs: JOB_TIMEOUT_MS };
          const w =
            id === 'official'
              ? camunda.createJobWorker({
                  ...common,
                  jobHandler: (job: { complete(): unknown }) => job.complete(),
                })
              : camunda.createThreadedJobWorker({ ...common, handlerModule: handlers.official });
          return {
            async stop() {
              if (w.stopGracefully) await w.stopGracefully({ waitUpToMs: 2_000 });
              else w.stop();
            },
          };
        },
      };
    }
  }
}
