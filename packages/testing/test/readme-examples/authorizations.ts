// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { startTestEngine } from '../../src/index.js';

const engine = await startTestEngine({ auth: 'basic', authorizations: true });
const as = (user: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`,
});
const post = (path: string, body: unknown, user = 'demo') =>
  fetch(`${engine.restAddress}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as(user) },
    body: JSON.stringify(body),
  });

await post('/users', { username: 'alice', password: 'alice' });
await post('/authorizations', {
  ownerId: 'alice',
  ownerType: 'USER',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: 'order-process',
  permissionTypes: ['READ_PROCESS_DEFINITION', 'CREATE_PROCESS_INSTANCE'],
});
const denied = await post('/process-instances', { processDefinitionId: 'other-process' }, 'alice');
console.log(denied.status); // 403
await engine.stop();
