// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { AsyncLocalStorage } from 'node:async_hooks';
import { createCamundaClient } from '@camunda-ts/client';
import { createJobWorker } from '../../src/index.js';

const worker = createJobWorker(createCamundaClient(), { jobType: 'audit', handler: async () => ({}) });
const current = new AsyncLocalStorage<string>();
worker.intercept({
  job: (info, run) => current.run(`job ${info.job.jobKey}`, run), // the handler sees current.getStore()
});
