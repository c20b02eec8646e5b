import { type CamundaClient, createCamundaClient, nullLogger } from '@camunda-ts/client';
import { oneTaskProcess } from '@camunda-ts/testing';
import { createJobWorker } from '@camunda-ts/worker';
import type { EngineProcess } from './engine-process.js';
import { startFaultProxy } from './fault-proxy.js';

import type { Scenario } from './scenarios.js';

/** Timings of one run; the short run scales the full one down. */
export interface RunProfile {
  /** Multiplies every fault duration. */
  readonly scale: number;
  /** Normal traffic before the fault starts. */
  readonly warmupMs: number;
  /** Length of a whole-run fault (jobs are created throughout). */
  readonly continuousMs: number;
  /** Jobs keep being created this long after the fault ended. */
  readonly tailMs: number;
  /** One process instance every this many ms. */
  readonly createEveryMs: number;
  /** Longest wait for every job to finish after creation stopped. */
  readonly drainMs: number;
  /** The worker's job timeout: how soon a job whose activation or action was lost is handed out again. */
  readonly jobTimeoutMs: number;
  /** The worker's backoff ceiling (the recovery bound). */
  readonly backoffMaxMs: number;
  /** The client's per-request timeout. */
  readonly httpTimeoutMs: number;
  /** The worker's long-poll time. */
  readonly pollTimeoutMs: number;
}

/** The figures of one scenario. */
export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly created: number;
  /** Process instances the engine completed (its one job completed). */
  readonly completed: number;
  /** Created but not completed when the drain time ran out. */
  readonly lost: number;
  readonly handlerRuns: number;
  /** Job keys for which the engine accepted more than one completion (counted at the proxy, engine side). */
  readonly duplicateCompletions: number;
  /** Completions the engine accepted, counted at the proxy: equals `completed` when each job completed once. */
  readonly completionsAccepted: number;
  /**
   * Connections the API proxy cut or swallowed while an answer may have been on its way (resets, black hole, lost
   * activations): each can hide one accepted completion from the proxy's count.
   */
  readonly answersCut: number;
  /** Job keys for which the worker saw more than one completion accepted (should agree with the above). */
  readonly duplicateCompletionsSeenByWorker: number;
  /** From the end of the fault to the first completion after it; `undefined` for whole-run faults. */
  readonly recoveryMs: number | undefined;
  /** How often the proxy injected the fault. */
  readonly faultsInjected: number;
  /** Failed activations the worker saw (and backed off from). */
  readonly activationErrors: number;
  /** The worker's state at the end, before it was stopped: `running` unless something was permanent. */
  readonly workerState: string;
  /** Wall time of the scenario. */
  readonly elapsedMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function clientEnv(restAddress: string, tokenUrl: string, profile: RunProfile): Record<string, string> {
  return {
    CAMUNDA_REST_ADDRESS: restAddress,
    CAMUNDA_AUTH_STRATEGY: 'OAUTH',
    CAMUNDA_CLIENT_ID: 'camunda-ts-test',
    CAMUNDA_CLIENT_SECRET: 'camunda-ts-test-secret',
    CAMUNDA_OAUTH_URL: tokenUrl,
    CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'true',
    CAMUNDA_SDK_HTTP_TIMEOUT_MS: String(profile.httpTimeoutMs),
  };
}

/** A client straight to the engine, never through a proxy: it creates the work and counts the results. */
export function createDirectClient(engine: EngineProcess, profile: RunProfile): CamundaClient {
  return createCamundaClient({
    env: clientEnv(engine.restAddress, `${engine.restAddress}${engine.tokenPath}`, profile),
    logger: nullLogger,
  });
}

async function completedInstances(direct: CamundaClient, processId: string): Promise<number> {
  const result = await direct.searchProcessInstances({
    filter: { processDefinitionId: processId, state: 'COMPLETED' },
    page: { limit: 1 },
  } as never);
  return (result as { page: { totalItems: number } }).page.totalItems;
}

/**
 * Runs one scenario: a worker and its client talk to the engine through fault proxies (API and token endpoint)
 * while a direct client creates one process instance every `createEveryMs`; the fault is switched on and off on
 * schedule; then the run waits for every job to finish and counts.
 */
export async function runScenario(
  scenario: Scenario,
  engine: EngineProcess,
  direct: CamundaClient,
  profile: RunProfile,
  random: () => number,
): Promise<ScenarioResult> {
  const startedAt = Date.now();
  const processId = `chaos-${scenario.name}`;
  await direct.createDeployment({
    resources: [new File([oneTaskProcess(processId, processId)], `${processId}.bpmn`)],
  });
  const api = await startFaultProxy(engine.port, random);
  const token = await startFaultProxy(engine.port, random);
  const client = createCamundaClient({
    env: clientEnv(api.url, `${token.url}${engine.tokenPath}`, profile),
    logger: nullLogger,
  });
  let handlerRuns = 0;
  const worker = createJobWorker(client, {
    jobType: processId,
    maxConcurrentJobs: 8,
    jobTimeoutMs: profile.jobTimeoutMs,
    pollTimeoutMs: profile.pollTimeoutMs,
    backoffInitialMs: 50,
    backoffMaxMs: profile.backoffMaxMs,
    stopGraceMs: 2_000,
    handler: async () => {
      handlerRuns++;
      await sleep(5);
      return { handled: true };
    },
  });
  const completions = new Map<string, number>();
  const completedAt: number[] = [];
  worker.on('jobSettled', ({ job, outcome }) => {
    if (outcome !== 'completed') return;
    completions.set(job.jobKey, (completions.get(job.jobKey) ?? 0) + 1);
    completedAt.push(Date.now());
  });

  const proxy = scenario.target === 'api' ? api : token;
  const continuous = scenario.faultMs === undefined;
  const faultMs = continuous
    ? profile.continuousMs
    : Math.round((scenario.faultMs as number) * profile.scale);
  const warmupMs = continuous ? 0 : profile.warmupMs;

  let created = 0;
  let creating = true;
  const creator = (async () => {
    while (creating) {
      try {
        await direct.createProcessInstance({ processDefinitionId: processId } as never);
        created++;
      } catch {
        // The direct path has no faults; a failure here is not the worker's and is simply not counted.
      }
      await sleep(profile.createEveryMs);
    }
  })();

  if (continuous) await proxy.set(scenario.fault);
  await sleep(warmupMs);
  if (!continuous) await proxy.set(scenario.fault);
  await sleep(faultMs);
  await proxy.set({
    mode: 'pass',
    resetRatio: 0,
    latencyRatio: 0,
    lostActivationRatio: 0,
  });
  const faultEndedAt = Date.now();
  await sleep(profile.tailMs);
  creating = false;
  await creator;

  const drainUntil = Date.now() + profile.drainMs;
  let completed = await completedInstances(direct, processId);
  while (completed < created && Date.now() < drainUntil) {
    await sleep(100);
    completed = await completedInstances(direct, processId);
  }
  const { activationErrors, state: workerState } = worker.stats();
  await worker.stop({ graceMs: 1_000 });
  await client.close();
  const faultsInjected = proxy.counters[scenario.evidence];
  await Promise.all([api.close(), token.close()]);

  const firstAfter = completedAt.find((at) => at >= faultEndedAt);
  return {
    scenario,
    created,
    completed,
    lost: created - completed,
    handlerRuns,
    duplicateCompletions: [...api.acceptedCompletions.values()].filter((n) => n > 1).length,
    completionsAccepted: [...api.acceptedCompletions.values()].reduce((sum, n) => sum + n, 0),
    answersCut: api.counters.resets + api.counters.blackholed + api.counters.lostActivations,
    duplicateCompletionsSeenByWorker: [...completions.values()].filter((n) => n > 1).length,
    recoveryMs: continuous || firstAfter === undefined ? undefined : firstAfter - faultEndedAt,
    faultsInjected,
    activationErrors,
    workerState,
    elapsedMs: Date.now() - startedAt,
  };
}
