// The smoke scenario every runtime runs unchanged: deploy, start and await an instance, search, a typed error.
// Plain JavaScript with no imports, so that Node, Deno, Bun and a browser page load the very same file; the
// caller hands in the client and whatever completes the scenario's jobs.

/** A process with one service task: `smoke-task` doubles `n`. */
export const SMOKE_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                  id="smoke-definitions" targetNamespace="http://camunda.org/smoke">
  <bpmn:process id="smoke" name="Smoke" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>to-task</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="to-task" sourceRef="start" targetRef="double" />
    <bpmn:serviceTask id="double" name="Double">
      <bpmn:extensionElements><zeebe:taskDefinition type="smoke-task" /></bpmn:extensionElements>
      <bpmn:incoming>to-task</bpmn:incoming>
      <bpmn:outgoing>to-end</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="to-end" sourceRef="double" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>to-end</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;

/** The job type of the scenario's service task. */
export const SMOKE_JOB_TYPE = 'smoke-task';

/** What a job handler of the scenario returns for a job's variables. */
export function smokeJobResult(variables) {
  return { doubled: variables.n * 2 };
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs the scenario and returns one `{ name, ok, error? }` per step. `startJobs(client)` starts whatever
 * completes `smoke-task` jobs (a job worker, or activate/complete by hand) and returns its stop function.
 */
export async function runScenario({ client, isHttpError, runtime, startJobs }) {
  const results = [];
  const tag = `smoke-${runtime}`;
  const step = async (name, fn) => {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: String(error?.stack ?? error) });
    }
  };

  await step('topology', async () => {
    const topology = await client.getTopology();
    assert(typeof topology.gatewayVersion === 'string', 'the topology names the gateway version');
  });

  await step('deploy', async () => {
    const file = new File([SMOKE_BPMN], 'smoke.bpmn', { type: 'application/xml' });
    const deployment = await client.createDeployment({ resources: [file] });
    const ids = deployment.deployments.map((item) => item.processDefinition?.processDefinitionId);
    assert(ids.includes('smoke'), `the deployment contains the smoke process, got ${JSON.stringify(ids)}`);
  });

  await step('start and await an instance', async () => {
    const stop = await startJobs(client);
    try {
      const result = await client.createProcessInstance(
        { processDefinitionId: 'smoke', variables: { n: 21 }, tags: [tag], awaitCompletion: true },
        { timeoutMs: 30_000 },
      );
      assert(result.variables.doubled === 42, `the job doubled n, got ${JSON.stringify(result.variables)}`);
    } finally {
      await stop();
    }
  });

  await step('search', async () => {
    const page = await client.searchProcessInstances(
      { filter: { tags: [tag] } },
      { consistency: { waitUpToMs: 10_000, predicate: (found) => found.items.length > 0 } },
    );
    assert(
      page.items[0]?.state === 'COMPLETED',
      `the instance is found completed, got ${page.items[0]?.state}`,
    );
  });

  await step('typed error', async () => {
    let error;
    try {
      await client.getProcessInstance({ processInstanceKey: '2251799813999999' });
    } catch (caught) {
      error = caught;
    }
    assert(isHttpError(error), `an HttpError, got ${error}`);
    assert(error.status === 404 && error.name === 'HttpError', `status 404, got ${error.status}`);
  });

  return results;
}
