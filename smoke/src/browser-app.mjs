// The scenario in a browser page: the client bundled for the browser, configured explicitly (a page has no
// environment), and the jobs completed by hand with activateJobs/completeJob (job workers are for servers).
import { createCamundaClient, isHttpError } from '@camunda-ts/client';
import { runScenario, SMOKE_JOB_TYPE, smokeJobResult } from './scenario.mjs';

/** Activates and completes `smoke-task` jobs until stopped. */
function completeJobsByHand(client) {
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const { jobs } = await client.activateJobs(
          {
            type: SMOKE_JOB_TYPE,
            maxJobsToActivate: 5,
            timeout: 30_000,
            requestTimeout: 5_000,
            worker: 'page',
          },
          { signal: controller.signal },
        );
        for (const job of jobs) {
          await client.completeJob({ jobKey: job.jobKey, variables: smokeJobResult(job.variables) });
        }
      } catch (error) {
        if (!controller.signal.aborted) throw error;
      }
    }
  })();
  return async () => {
    controller.abort();
    await loop;
  };
}

const restAddress = new URL(location.href).searchParams.get('engine');
const client = createCamundaClient({
  config: { CAMUNDA_REST_ADDRESS: restAddress, CAMUNDA_AUTH_STRATEGY: 'NONE' },
});
try {
  window.smokeResults = await runScenario({
    client,
    isHttpError,
    runtime: 'chromium',
    startJobs: async (owner) => completeJobsByHand(owner),
  });
} catch (error) {
  window.smokeResults = [{ name: 'page', ok: false, error: String(error?.stack ?? error) }];
} finally {
  await client.close();
}
