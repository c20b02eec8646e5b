// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '@camunda-ts/client';
import { createJobWorker, JobError, runWorkers } from '../../src/index.js';
import { z } from 'zod';

const client = createCamundaClient(); // CAMUNDA_REST_ADDRESS, credentials… from the environment

const payments = createJobWorker(client, {
  jobType: 'charge-card',
  maxConcurrentJobs: 16,
  inputSchema: z.object({ orderId: z.string(), amount: z.number().positive() }),
  outputSchema: z.object({ receiptId: z.string() }),
  handler: async (job) => {
    // job.variables is { orderId: string; amount: number }, already validated
    if (job.variables.amount > 10_000) {
      throw new JobError({ errorCode: 'AMOUNT_TOO_HIGH', errorMessage: 'Needs manual approval' });
    }
    job.log.info({ orderId: job.variables.orderId }, 'charging');
    const receiptId = await chargeCard(job.variables, { signal: job.signal });
    return { receiptId }; // completes the job with these variables
  },
});

// Resolves once every worker has stopped; Ctrl-C / SIGTERM stop them gracefully.
await runWorkers({ handleSignals: true }, payments);
await client.close();

async function chargeCard(order: { orderId: string; amount: number }, _: { signal: AbortSignal }) {
  return `receipt-${order.orderId}`;
}
