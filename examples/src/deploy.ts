// Deploy BPMN files and read back what the cluster made of them.
import assert from 'node:assert/strict';
import { createCamundaClient, isResourceFileError } from '@camunda-ts/client';
import { resourcePath } from './resources.js';

const client = createCamundaClient(); // CAMUNDA_REST_ADDRESS and credentials come from the environment

try {
  // Several files go in one deployment; every file is read before anything is sent.
  const deployment = await client.deployResourcesFromFiles([
    resourcePath('greeting.bpmn'),
    resourcePath('invoice.bpmn'),
  ]);
  for (const process of deployment.processes) {
    console.log(
      `Deployed ${process.processDefinitionId} v${process.processDefinitionVersion} ` +
        `(key ${process.processDefinitionKey})`,
    );
  }
  assert.deepEqual(deployment.processes.map((p) => p.processDefinitionId).sort(), ['greeting', 'invoice']);
  const greeting = deployment.processes.find((p) => p.processDefinitionId === 'greeting');
  assert.ok(greeting);

  // Deploying an unchanged file again creates no new version.
  const again = await client.deployResourcesFromFiles([resourcePath('greeting.bpmn')]);
  assert.equal(again.processes[0]?.processDefinitionVersion, greeting.processDefinitionVersion);

  // Definitions are searchable (an eventually consistent read: wait until the deployment shows up).
  const found = await client.searchProcessDefinitions(
    { filter: { processDefinitionKey: greeting.processDefinitionKey } },
    { consistency: { waitUpToMs: 10_000 } },
  );
  assert.equal(found.items[0]?.processDefinitionId, 'greeting');
  const xml = await client.getProcessDefinitionXML({ processDefinitionKey: greeting.processDefinitionKey });
  assert.match(String(xml), /compose-greeting/);
  console.log(`Read back ${found.items[0]?.name} (${String(xml).length} bytes of XML)`);

  // A missing file fails before anything reaches the cluster.
  await assert.rejects(client.deployResourcesFromFiles([resourcePath('no-such-file.bpmn')]), (error) =>
    isResourceFileError(error),
  );
  console.log('A missing file is reported before anything is sent');
} finally {
  await client.close();
}
