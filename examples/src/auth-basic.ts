// HTTP basic auth (Camunda Self-Managed with basic authentication).
import assert from 'node:assert/strict';
import { createBasicAuth, createCamundaClient, isHttpError } from '@camunda-ts/client';

// CAMUNDA_BASIC_AUTH_USERNAME and CAMUNDA_BASIC_AUTH_PASSWORD select basic auth by themselves.
const client = createCamundaClient();
assert.equal(client.config.auth.strategy, 'BASIC');
const topology = await client.getTopology();
console.log(`Signed in as ${client.config.auth.basic.username}: Camunda ${topology.gatewayVersion}`);
await client.close();

// Built in code instead, e.g. with credentials from a secret store.
const inCode = createCamundaClient({
  auth: createBasicAuth({
    username: process.env.CAMUNDA_BASIC_AUTH_USERNAME ?? '',
    password: process.env.CAMUNDA_BASIC_AUTH_PASSWORD ?? '',
  }),
});
await inCode.getTopology();
await inCode.close();

// A wrong password is answered with 401; the error carries the problem detail, never the credentials.
const wrong = createCamundaClient({ config: { CAMUNDA_BASIC_AUTH_PASSWORD: 'not-the-password' } });
await assert.rejects(wrong.getTopology(), (error) => {
  assert.ok(isHttpError(error) && error.status === 401);
  assert.ok(!String(error.message).includes('not-the-password'));
  console.log(`Wrong password: ${error.status} ${error.title}`);
  return true;
});
await wrong.close();
