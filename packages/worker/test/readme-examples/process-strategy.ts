// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '@camunda-ts/client';
import { createJobWorker } from '../../src/index.js';

const client = createCamundaClient();
createJobWorker(client, {
  jobType: 'resize-image',
  executionStrategy: 'process',
  handler: { module: new URL('./handlers/resize.js', import.meta.url) },
});
