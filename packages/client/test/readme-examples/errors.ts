// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import {
  createCamundaClient,
  createCamundaResultClient,
  isHttpError,
  isOperationError,
  isTimeoutError,
  ProcessDefinitionId,
  ProcessInstanceKey,
} from '../../src/index.js';

const client = createCamundaClient();

try {
  await client.getProcessInstance({ processInstanceKey: ProcessInstanceKey.of('2251799813685249') });
} catch (error) {
  if (isHttpError(error) && error.status === 404) console.log('No such instance');
  else throw error;
}

try {
  await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.of('no-such-process') });
} catch (error) {
  if (isOperationError(error, 'createProcessInstance')) {
    // error.status: 400 | 409 | 500 | 503 | 504, error.problem: the RFC 9457 problem detail
    console.log(`Rejected with ${error.status}: ${error.problem.detail}`);
  } else if (isHttpError(error)) {
    console.log(`HTTP ${error.status} ${error.title}: ${error.detail}`); // a status the spec does not list here
  } else if (isTimeoutError(error)) {
    console.log(`Gave up after ${error.timeoutMs} ms`);
  } else {
    throw error;
  }
}

// Prefer values to exceptions? The result client resolves { ok, value } | { ok, error } instead.
const results = createCamundaResultClient();
const result = await results.getTopology();
if (result.ok) console.log(`Brokers: ${result.value.brokers.length}`);
else console.log(`Failed: ${result.error.name} ${result.error.message}`);

await Promise.all([client.close(), results.close()]);
