import { fileURLToPath } from 'node:url';
import { startTestEngine, type TestEngine, type TestEngineOptions } from '@camunda-ts/testing';
import { afterEach, expect } from 'vitest';
import { type CamundaClient, createCamundaClient } from '../../src/index.js';

// BPMN executed by the in-memory engine of @camunda-ts/testing, driven only through the client. The engine runs
// in fidelity mode on a manual clock: every response is checked against the spec, and time moves only when a
// test says so.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Path of a fixture in `test/engine-bpmn/fixtures`. */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/**
 * A started engine (closed after the test, failing it on any spec violation) and a client connected to it;
 * `options` add to the engine's manual clock and fidelity mode.
 */
export async function engineAndClient(
  options: TestEngineOptions = {},
): Promise<{ engine: TestEngine; client: CamundaClient }> {
  const engine = await startTestEngine({ clock: 'manual', validateResponses: true, ...options });
  cleanups.push(async () => {
    const violations = engine.violations();
    await engine.stop();
    expect(violations, 'engine responses that do not match the spec').toEqual([]);
  });
  const client = createCamundaClient({
    env: {},
    config: {
      CAMUNDA_REST_ADDRESS: engine.restAddress,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_SDK_LOG_LEVEL: 'silent',
    },
  });
  cleanups.push(() => client.close());
  return { engine, client };
}

type Key = Parameters<CamundaClient['getProcessInstance']>[0]['processInstanceKey'];

/** Starts an instance of the latest version of a process. */
export async function start(
  client: CamundaClient,
  processDefinitionId: string,
  variables: Record<string, unknown> = {},
) {
  const created = await client.createProcessInstance({
    processDefinitionId: processDefinitionId as never,
    variables,
  });
  return created.processInstanceKey;
}

/** `elementId:STATE` (or `elementId:TYPE:STATE` with `withType`) of every element instance, by key order. */
export async function trail(
  client: CamundaClient,
  processInstanceKey: Key,
  withType = false,
): Promise<string[]> {
  const { items } = await client.searchElementInstances({
    filter: { processInstanceKey },
    sort: [{ field: 'elementInstanceKey' }],
    page: { limit: 100 },
  });
  return items
    .filter((e) => e.type !== 'PROCESS')
    .map((e) => (withType ? `${e.elementId}:${e.type}:${e.state}` : `${e.elementId}:${e.state}`));
}

/** The variables of a process instance's own scope. */
export async function globals(
  client: CamundaClient,
  processInstanceKey: Key,
): Promise<Record<string, unknown>> {
  const { items } = await client.searchVariables({
    filter: { processInstanceKey, scopeKey: processInstanceKey as never },
  });
  return Object.fromEntries(items.map((v) => [v.name, JSON.parse(v.value) as unknown]));
}

/** Activates every job of a type (none waiting: an empty list). */
export async function activate(client: CamundaClient, type: string, max = 10) {
  const { jobs } = await client.activateJobs({
    type,
    maxJobsToActivate: max,
    timeout: 60_000,
    requestTimeout: -1,
  });
  return jobs;
}

/**
 * Activates the next job of a type, waiting for it (a long poll on wall time): a command sent just before may
 * still be on its way on another connection.
 */
export async function nextJob(client: CamundaClient, type: string) {
  const { jobs } = await client.activateJobs({
    type,
    maxJobsToActivate: 1,
    timeout: 60_000,
    requestTimeout: 10_000,
  });
  const job = jobs[0];
  if (job === undefined) throw new Error(`no '${type}' job to activate`);
  return job;
}

/** Activates the jobs of a type and completes each with the variables `each` returns. */
export async function completeAll(
  client: CamundaClient,
  type: string,
  each: (variables: Record<string, unknown>) => Record<string, unknown> = () => ({}),
): Promise<number> {
  const jobs = await activate(client, type);
  for (const job of jobs) await client.completeJob({ jobKey: job.jobKey, variables: each(job.variables) });
  return jobs.length;
}

/** The state of a process instance. */
export async function stateOf(client: CamundaClient, processInstanceKey: Key) {
  return (await client.getProcessInstance({ processInstanceKey })).state;
}
