// Incidents: a job that runs out of retries raises one; fix the cause, resolve it, and the instance goes on.
import assert from 'node:assert/strict';
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import { resourcePath } from './resources.js';

const client = createCamundaClient();

try {
  await client.deployResourcesFromFiles([resourcePath('invoice.bpmn')]);
  const { processInstanceKey } = await client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('invoice'),
    variables: { orderId: 'I-1', amount: 99 },
  });

  const activate = async () => {
    const { jobs } = await client.activateJobs({
      type: 'send-invoice',
      maxJobsToActivate: 1,
      timeout: 60_000,
      requestTimeout: 10_000,
    });
    assert.equal(jobs[0]?.processInstanceKey, processInstanceKey);
    return jobs[0];
  };

  // The mail server is down and the worker gives up: no retries left raises an incident.
  const job = await activate();
  await client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'Mail server unreachable' });

  const { items } = await client.searchIncidents(
    { filter: { processInstanceKey, state: 'ACTIVE' } },
    { consistency: { waitUpToMs: 10_000 } },
  );
  const incident = items[0];
  assert.ok(incident);
  assert.equal(incident.errorType, 'JOB_NO_RETRIES');
  console.log(`Incident ${incident.incidentKey}: ${incident.errorType} – ${incident.errorMessage}`);
  const withIncident = await client.getProcessInstance({ processInstanceKey });
  assert.equal(withIncident.hasIncident, true);

  // The mail server is back: give the job a retry, then resolve the incident.
  await client.updateJob({ jobKey: job.jobKey, changeset: { retries: 1 } });
  await client.resolveIncident({ incidentKey: incident.incidentKey });
  const resolved = await client.getIncident(
    { incidentKey: incident.incidentKey },
    { consistency: { waitUpToMs: 10_000, predicate: (i) => i.state === 'RESOLVED' } },
  );
  console.log(`Incident ${resolved.state}`);

  // The job can be activated again; this time it succeeds.
  const retried = await activate();
  await client.completeJob({ jobKey: retried.jobKey });
  const done = await client.getProcessInstance(
    { processInstanceKey },
    { consistency: { waitUpToMs: 10_000, predicate: (pi) => pi.state === 'COMPLETED' } },
  );
  console.log(`Instance ${done.state}`);
} finally {
  await client.close();
}
