// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient();

// Every file is read before anything is sent: a missing one fails with a ResourceFileError naming it.
const deployment = await client.deployResourcesFromFiles([
  './order-process.bpmn',
  './user-task-process.bpmn',
]);
for (const process of deployment.processes) {
  console.log(`Deployed ${process.processDefinitionId} v${process.processDefinitionVersion}`);
}
// Also: deployment.decisions, .decisionRequirements, .forms, .resources, and .deployments as sent.

await client.close();
