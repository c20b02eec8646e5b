// Copied from MIGRATING.md by the snippet check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import {
  createCamundaClient,
  isConfigError,
  isHttpError,
  isOperationError,
  ProcessDefinitionId,
  ProcessInstanceKey,
} from '@camunda-ts/client';

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
  // A status the operation documents narrows the error to its documented body; an unknown process is a 404.
  if (isOperationError(error, 'createProcessInstance')) console.log(`Rejected with ${error.status}`);
  else if (isHttpError(error)) console.log(`Rejected with ${error.status}`);
  else throw error;
}
await client.close();

try {
  createCamundaClient({ config: { CAMUNDA_AUTH_STRATEGY: 'OAUTH' } });
} catch (error) {
  if (!isConfigError(error)) throw error;
  for (const issue of error.issues) console.log(`${issue.code} ${issue.key}`);
}
