// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '@camunda-ts/client';
import { adHocSubProcessResult, createJobWorker, userTaskResult } from '../../src/index.js';

const client = createCamundaClient();

// A user-task listener: approve with corrections, or deny with a reason.
createJobWorker(client, {
  jobType: 'expense-review',
  handler: (job) => {
    if (job.variables.amount === undefined) {
      return { result: userTaskResult({ denied: true, deniedReason: 'The amount is missing' }) };
    }
    // A listener job completes without variables: the engine refuses them, as Camunda does.
    return { result: userTaskResult({ corrections: { assignee: 'anna', priority: 80 } }) };
  },
});

// An ad-hoc sub-process: choose which elements run next.
createJobWorker(client, {
  jobType: 'plan-research',
  handler: async (job) =>
    job.complete(
      {},
      {
        result: adHocSubProcessResult({
          activateElements: [{ elementId: 'search-papers', variables: { topic: job.variables.topic } }],
          isCompletionConditionFulfilled: false,
        }),
      },
    ),
});
