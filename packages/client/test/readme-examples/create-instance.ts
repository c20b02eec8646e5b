// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient, ProcessDefinitionId } from '../../src/index.js';

const client = createCamundaClient();
const { processes } = await client.deployResourcesFromFiles(['./order-process.bpmn']);

// By id: the latest deployed version.
const byId = await client.createProcessInstance({
  processDefinitionId: ProcessDefinitionId.of('order-process'),
  variables: { order: { items: 3, total: 120 } },
});
console.log(`Started ${byId.processInstanceKey}`);

// By key: keys from responses flow straight into requests, typed (a JobKey is not a ProcessDefinitionKey).
const byKey = await client.createProcessInstance({
  processDefinitionKey: processes[0]!.processDefinitionKey,
});
console.log(`Started ${byKey.processInstanceKey} of version ${byKey.processDefinitionVersion}`);

await client.close();
