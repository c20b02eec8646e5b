// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createBearerAuth } from '@camunda-ts/auth';
import { resolveConfig } from '@camunda-ts/config';
import { createFetchTransport } from '../../src/index.js';

const transport = createFetchTransport({
  config: resolveConfig({ overrides: { CAMUNDA_REST_ADDRESS: 'http://127.0.0.1:8080/v2' } }),
  auth: createBearerAuth({ getToken: async () => 'the signed-in user’s access token' }),
});
const { body } = await transport.send({
  operationId: 'getTopology',
  method: 'GET',
  pathTemplate: '/topology',
  retrySafe: true,
});
console.log(body);
