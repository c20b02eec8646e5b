// Copied from MIGRATING.md by the snippet check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import {
  cancelProcessInstance,
  createJobWorker,
  JobError,
  JobFailure,
  updateJobRetries,
} from '@camunda-ts/worker';

const client = createCamundaClient();
await client.deployResourcesFromFiles(['./error-boundary-process.bpmn']);

const charges = createJobWorker(client, {
  jobType: 'charge-card',
  handler: async (job) => {
    const { amount, fraud } = job.variables as { amount: number; fraud?: boolean };
    // Official SDK: job.cancelWorkflow()
    if (fraud) return cancelProcessInstance(job);
    // Official SDK: job.error({ errorCode }); Python: raise JobError(...)
    if (amount > 1_000) throw new JobError({ errorCode: 'CARD_DECLINED', errorMessage: 'over the limit' });
    if (amount < 0) {
      // Python: raise JobFailure(message, retries=0); retries 0 raises an incident.
      throw new JobFailure({ message: 'negative amount', retries: 0 });
    }
    if (amount === 0) {
      // Official SDK: job.modifyRetries({ retries: 5 }) then job.fail({ errorMessage, retryBackOff })
      await updateJobRetries(job, 5);
      return job.fail({ errorMessage: 'nothing to charge yet', retryBackOffMs: 60_000 });
    }
    // Official SDK: job.complete({ charged: amount })
    return { charged: amount };
  },
});
const notifications = createJobWorker(client, { jobType: 'notify-customer', handler: () => undefined });

const processDefinitionId = ProcessDefinitionId.of('error-boundary-process');
const run = (variables: Record<string, unknown>) =>
  client.createProcessInstance({ processDefinitionId, variables, awaitCompletion: true });

const charged = await run({ amount: 40 });
console.log(`Charged: ${String(charged.variables.charged)}`);
await run({ amount: 5_000 }); // the error boundary leads to notify-customer
console.log('Declined, customer notified');

const negative = await client.createProcessInstance({ processDefinitionId, variables: { amount: -1 } });
const incidents = await client.searchIncidents(
  { filter: { processInstanceKey: negative.processInstanceKey } },
  { consistency: { waitUpToMs: 10_000 } },
);
console.log(`Incident: ${incidents.items[0]?.errorMessage}`);

const fraud = await client.createProcessInstance({
  processDefinitionId,
  variables: { amount: 1, fraud: true },
});
const cancelled = await client.getProcessInstance(
  { processInstanceKey: fraud.processInstanceKey },
  { consistency: { waitUpToMs: 10_000, predicate: (pi: { state: string }) => pi.state === 'TERMINATED' } },
);
console.log(`Fraud instance: ${cancelled.state}`);

await Promise.all([charges.stop(), notifications.stop()]);
await client.close();
