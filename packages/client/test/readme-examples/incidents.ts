// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '../../src/index.js';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./order-process.bpmn']);
const { processInstanceKey } = await client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('order-process'),
  variables: { order: { items: 1, total: 10 } },
});

// A job that fails with no retries left raises an incident.
const { jobs } = await client.activateJobs({ type: 'check-stock', maxJobsToActivate: 1, timeout: 30_000 });
const job = jobs[0]!;
await client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'warehouse offline' });

const { items } = await client.searchIncidents(
  { filter: { processInstanceKey } },
  { consistency: { waitUpToMs: 10_000 } },
);
const incident = items[0]!;
console.log(`Incident ${incident.incidentKey}: ${incident.errorType} – ${incident.errorMessage}`);

// Give the job another try, then resolve the incident.
await client.updateJob({ jobKey: job.jobKey, changeset: { retries: 1 } });
await client.resolveIncident({ incidentKey: incident.incidentKey });

await client.close();
