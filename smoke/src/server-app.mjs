// The scenario on a server runtime (Node, Deno, Bun): the client configured from the environment as any
// application would be, and a job worker with the async strategy completing the jobs.
import { createCamundaClient, isHttpError } from '@camunda-ts/client';
import { createJobWorker } from '@camunda-ts/worker';
import { runScenario, SMOKE_JOB_TYPE, smokeJobResult } from './scenario.mjs';

const runtime = process.env.SMOKE_RUNTIME ?? 'node';
const client = createCamundaClient();
try {
  const results = await runScenario({
    client,
    isHttpError,
    runtime,
    startJobs: async (owner) => {
      const worker = createJobWorker(owner, {
        jobType: SMOKE_JOB_TYPE,
        executionStrategy: 'async',
        handler: async (job) => smokeJobResult(job.variables),
      });
      return () => worker.stop();
    },
  });
  console.log(`@@smoke@@${JSON.stringify(results)}`);
} finally {
  await client.close();
}
