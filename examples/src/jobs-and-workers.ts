// A job worker with typed, validated variables; then the same work done by hand with the job operations.
import assert from 'node:assert/strict';
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import { createJobWorker } from '@camunda-ts/worker';
import { z } from 'zod';
import { resourcePath } from './resources.js';

const client = createCamundaClient();
const invoice = ProcessDefinitionId.of('invoice');

try {
  await client.deployResourcesFromFiles([resourcePath('invoice.bpmn')]);

  const worker = createJobWorker(client, {
    jobType: 'send-invoice',
    maxConcurrentJobs: 8,
    // Validated before the handler runs (bad input fails the job with every issue listed) and typed for it.
    inputSchema: z.object({ invoiceNumber: z.string(), amount: z.number().positive() }),
    customHeadersSchema: z.object({ channel: z.enum(['email', 'post']) }),
    outputSchema: z.object({ sentVia: z.string() }),
    handler: async (job) => {
      job.log.info({ invoiceNumber: job.variables.invoiceNumber }, 'sending invoice');
      return { sentVia: job.customHeaders.channel }; // completes the job with these variables
    },
  });

  const results = await Promise.all(
    [40, 120, 75].map((amount, index) =>
      client.createProcessInstance({
        processDefinitionId: invoice,
        variables: { orderId: `W-${index + 1}`, amount },
        awaitCompletion: true,
        fetchVariables: ['invoiceNumber', 'sentVia'],
      }),
    ),
  );
  for (const result of results) {
    assert.equal(result.variables.sentVia, 'email');
    console.log(`${result.variables.invoiceNumber} sent via ${result.variables.sentVia}`);
  }
  await worker.stop(); // stops polling, lets running handlers finish
  const stats = worker.stats();
  assert.equal(stats.completed, 3);
  console.log(`Worker: ${stats.completed} completed, ${stats.failed} failed, ${stats.polls} polls`);

  // By hand: activate (a long poll that answers as soon as a job exists), then complete.
  const { processInstanceKey } = await client.createProcessInstance({
    processDefinitionId: invoice,
    variables: { orderId: 'M-1', amount: 10 },
  });
  const { jobs } = await client.activateJobs({
    type: 'send-invoice',
    maxJobsToActivate: 1,
    timeout: 60_000, // the job is ours for a minute
    requestTimeout: 10_000, // wait up to 10 s for a job
    worker: 'examples-by-hand',
  });
  const job = jobs[0];
  assert.ok(job, 'a job was activated');
  assert.equal(job.processInstanceKey, processInstanceKey);
  await client.completeJob({ jobKey: job.jobKey, variables: { sentVia: 'post' } });
  const done = await client.getProcessInstance(
    { processInstanceKey },
    { consistency: { waitUpToMs: 10_000, predicate: (instance) => instance.state === 'COMPLETED' } },
  );
  console.log(`Completed job ${job.jobKey} by hand; instance ${done.state}`);
} finally {
  await client.close();
}
