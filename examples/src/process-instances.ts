// Start process instances by id or by key, wait for one to complete, inspect and cancel another.
import assert from 'node:assert/strict';
import { createCamundaClient, ProcessDefinitionId } from '@camunda-ts/client';
import { resourcePath, runTag } from './resources.js';

const client = createCamundaClient();

try {
  const { processes } = await client.deployResourcesFromFiles([
    resourcePath('greeting.bpmn'),
    resourcePath('invoice.bpmn'),
  ]);

  // By BPMN process id (the latest version), waiting for the instance to complete and fetching a variable.
  const completed = await client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.of('greeting'),
    variables: { name: 'Ada' },
    awaitCompletion: true,
    fetchVariables: ['greeting'],
  });
  assert.equal(completed.variables.greeting, 'Hello, Ada!');
  console.log(`Instance ${completed.processInstanceKey} completed: ${completed.variables.greeting}`);

  // By process definition key: that exact version. Keys from responses are typed, so they flow into requests.
  const invoice = processes.find((p) => p.processDefinitionId === 'invoice');
  assert.ok(invoice);
  const started = await client.createProcessInstance({
    processDefinitionKey: invoice.processDefinitionKey,
    variables: { orderId: 'A-100', amount: 120 },
    tags: [runTag('process-instances')],
  });
  console.log(`Started ${started.processInstanceKey} (invoice v${started.processDefinitionVersion})`);

  // No worker sends the invoice here, so the instance waits. Reads are eventually consistent: wait for it.
  const active = await client.getProcessInstance(
    { processInstanceKey: started.processInstanceKey },
    { consistency: { waitUpToMs: 10_000 } },
  );
  assert.equal(active.state, 'ACTIVE');

  await client.cancelProcessInstance({ processInstanceKey: started.processInstanceKey });
  const cancelled = await client.getProcessInstance(
    { processInstanceKey: started.processInstanceKey },
    { consistency: { waitUpToMs: 10_000, predicate: (instance) => instance.state !== 'ACTIVE' } },
  );
  assert.equal(cancelled.state, 'TERMINATED');
  console.log(`Cancelled ${started.processInstanceKey}: ${cancelled.state}`);
} finally {
  await client.close();
}
