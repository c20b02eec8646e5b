/**
 * Child process: one backpressure contender. Many eager callers create process instances against the engine in
 * capacity mode; the client's own retries and gate decide how often the engine must refuse.
 */
import { Agent, request } from 'undici';
import { serveParent } from '../child/serve-parent.js';
import { loadPackage } from './load-package.js';
import type { SetupResult } from './request-runner.js';
import {
  type CamundaTsClient,
  type CamundaTsClientModule,
  camundaTsConfig,
  type OfficialModule,
  officialConfig,
} from './request-subjects.js';
import { runLoad } from './run-load.js';

/** Who calls in the backpressure suite. */
export type BackpressureContenderId = 'reference' | 'camunda-ts-balanced' | 'camunda-ts-legacy' | 'official';

/** What one run produced, as the callers saw it. */
export interface BackpressureRunResult {
  readonly succeeded: number;
  /** Calls that gave up (retries exhausted or a queue full). */
  readonly failed: number;
  readonly firstError: string | null;
  readonly elapsedMs: number;
}

const PROCESS_ID = 'order-fulfilment';

let create: (() => Promise<unknown>) | undefined;
let close: () => Promise<void> = async () => {};

async function buildCaller(id: BackpressureContenderId, restAddress: string): Promise<SetupResult> {
  const input = { processDefinitionId: PROCESS_ID, variables: { orderId: 'order-bp', amount: 10 } };
  if (id === 'reference') {
    // Well-behaved callers, never more than the engine's capacity in flight: no retry, no gate needed.
    const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
    const body = JSON.stringify(input);
    const url = `${restAddress}/process-instances`;
    create = async () => {
      const res = await request(url, {
        dispatcher,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.body.dump();
      if (res.statusCode !== 200) throw new Error(`create answered ${res.statusCode}`);
    };
    close = () => dispatcher.close();
    return { ready: true };
  }
  if (id === 'official') {
    const loaded = await loadPackage<OfficialModule>('@camunda8/orchestration-cluster-api', [
      'createCamundaClient',
    ]);
    if (!loaded.ok) return { ready: false, reason: loaded.reason };
    const client = loaded.module.createCamundaClient({ config: officialConfig(restAddress) });
    create = () => client.createProcessInstance(input);
    return { ready: true };
  }
  const loaded = await loadPackage<CamundaTsClientModule>('@camunda-ts/client', ['createCamundaClient']);
  if (!loaded.ok) return { ready: false, reason: loaded.reason };
  const profile = id === 'camunda-ts-legacy' ? 'LEGACY' : 'BALANCED';
  const client: CamundaTsClient = loaded.module.createCamundaClient({
    config: { ...camundaTsConfig(restAddress), CAMUNDA_SDK_BACKPRESSURE_PROFILE: profile },
  });
  create = () => client.createProcessInstance(input);
  close = async () => {
    await client.close?.();
  };
  return { ready: true };
}

const api = {
  setup(p: { contender: BackpressureContenderId; restAddress: string }): Promise<SetupResult> {
    return buildCaller(p.contender, p.restAddress);
  },
  async run(p: { callers: number; durationMs: number }): Promise<BackpressureRunResult> {
    if (create === undefined) throw new Error('run before a successful setup');
    (globalThis as { gc?: () => void }).gc?.();
    const r = await runLoad(create, p.callers, p.durationMs);
    return { succeeded: r.completed, failed: r.errors, firstError: r.firstError, elapsedMs: r.elapsedMs };
  },
};

/** The methods this child serves. */
export type BackpressureRunnerApi = typeof api;

serveParent(api, () => close());
