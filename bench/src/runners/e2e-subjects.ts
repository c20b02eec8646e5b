import { type Loaded, loadPackage } from './load-package.js';
import { camundaTsConfig, officialConfig } from './request-subjects.js';

/** Who runs the demo process end to end. */
export type E2eContenderId = 'camunda-ts' | 'official';

/** The job fields the demo's handlers read. */
export interface DemoJob {
  readonly processInstanceKey: string;
  readonly variables: { readonly orderId?: unknown };
}

/** One library's way of doing the demo's calls. */
export interface E2eAdapter {
  createInstance(variables: Record<string, unknown>): Promise<unknown>;
  publishMessage(name: string, correlationKey: string): Promise<unknown>;
  /**
   * Starts a worker for `jobType` taking `concurrency` jobs at once: `before` runs first, then the job is completed,
   * then `after` runs once the engine acknowledged the completion.
   */
  startWorker(
    jobType: string,
    concurrency: number,
    before: (job: DemoJob) => Promise<void>,
    after: (job: DemoJob) => void,
  ): { stop(): Promise<void> };
  close(): Promise<void>;
}

interface Completable extends DemoJob {
  complete(): Promise<unknown>;
}

interface CamundaTsE2eClient {
  createProcessInstance(input: Record<string, unknown>): Promise<unknown>;
  publishMessage(input: Record<string, unknown>): Promise<unknown>;
  close?(): Promise<void> | void;
}

interface CamundaTsModules {
  readonly client: { createCamundaClient(o: { config: Record<string, string> }): CamundaTsE2eClient };
  readonly worker: {
    createJobWorker(client: CamundaTsE2eClient, options: Record<string, unknown>): { stop(): Promise<void> };
  };
}

interface OfficialE2eClient {
  createProcessInstance(input: Record<string, unknown>): Promise<unknown>;
  publishMessage(input: Record<string, unknown>): Promise<unknown>;
  createJobWorker(config: Record<string, unknown>): { stop(): void };
}

const PROCESS_ID = 'order-fulfilment';
const MESSAGE_TTL_MS = 60_000;

async function camundaTsAdapter(restAddress: string): Promise<Loaded<E2eAdapter>> {
  const client = await loadPackage<CamundaTsModules['client']>('@camunda-ts/client', ['createCamundaClient']);
  if (!client.ok) return client;
  const worker = await loadPackage<CamundaTsModules['worker']>('@camunda-ts/worker', ['createJobWorker']);
  if (!worker.ok) return worker;
  const camunda = client.module.createCamundaClient({ config: camundaTsConfig(restAddress) });
  return {
    ok: true,
    module: {
      createInstance: (variables) =>
        camunda.createProcessInstance({ processDefinitionId: PROCESS_ID, variables }),
      publishMessage: (name, correlationKey) =>
        camunda.publishMessage({ name, correlationKey, timeToLive: MESSAGE_TTL_MS }),
      startWorker(jobType, concurrency, before, after) {
        return worker.module.createJobWorker(camunda, {
          jobType,
          maxConcurrentJobs: concurrency,
          executionStrategy: 'async',
          handler: async (job: Completable) => {
            await before(job);
            const receipt = await job.complete();
            after(job);
            return receipt;
          },
        });
      },
      close: async () => {
        await camunda.close?.();
      },
    },
  };
}

async function officialAdapter(restAddress: string): Promise<Loaded<E2eAdapter>> {
  const loaded = await loadPackage<{
    createCamundaClient(o: { config: Record<string, string> }): OfficialE2eClient;
  }>('@camunda8/orchestration-cluster-api', ['createCamundaClient']);
  if (!loaded.ok) return loaded;
  const camunda = loaded.module.createCamundaClient({ config: officialConfig(restAddress) });
  return {
    ok: true,
    module: {
      createInstance: (variables) =>
        camunda.createProcessInstance({ processDefinitionId: PROCESS_ID, variables }),
      publishMessage: (name, correlationKey) =>
        camunda.publishMessage({ name, correlationKey, timeToLive: MESSAGE_TTL_MS }),
      startWorker(jobType, concurrency, before, after) {
        const w = camunda.createJobWorker({
          jobType,
          maxParallelJobs: concurrency,
          jobTimeoutMs: 60_000,
          jobHandler: async (job: Completable) => {
            await before(job);
            const receipt = await job.complete();
            after(job);
            return receipt;
          },
        });
        // Stopped only once every instance is finished: no job is in flight, so nothing is cut short.
        return { stop: async () => w.stop() };
      },
      close: async () => {},
    },
  };
}

/** Builds the contender's adapter against the engine; an unavailable package says why. */
export function createE2eAdapter(id: E2eContenderId, restAddress: string): Promise<Loaded<E2eAdapter>> {
  return id === 'camunda-ts' ? camundaTsAdapter(restAddress) : officialAdapter(restAddress);
}
