// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '@camunda-ts/client';
import { createJobWorker } from '../../src/index.js';

const client = createCamundaClient();

createJobWorker(client, {
  jobType: 'render-report',
  jobTimeoutMs: 60_000,
  autoExtendTimeout: true, // keep the job for as long as the handler runs
  leases: true, // and never let a superseded activation complete it (Camunda 8.10+)
  handler: async (job) => {
    const report = await renderReport(job.variables, { signal: job.signal });
    return { reportUrl: report };
  },
});

async function renderReport(_: unknown, __: { signal: AbortSignal }) {
  return 'https://reports.example.com/1';
}
