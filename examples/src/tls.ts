// TLS with a private CA, and mutual TLS with a client certificate. Everything comes from the environment:
//   CAMUNDA_REST_ADDRESS=https://…   CAMUNDA_CA_CERT_PATH   CAMUNDA_MTLS_CERT_PATH   CAMUNDA_MTLS_KEY_PATH
//   CAMUNDA_MTLS_KEY_PASSPHRASE (for an encrypted key). PEM text works too: CAMUNDA_CA_CERT, CAMUNDA_MTLS_CERT, …
// The same settings apply to the OAuth token endpoint.
import assert from 'node:assert/strict';
import { createCamundaClient, isNetworkError } from '@camunda-ts/client';

assert.ok(process.env.CAMUNDA_REST_ADDRESS?.startsWith('https://'), 'CAMUNDA_REST_ADDRESS is an https URL');

const client = createCamundaClient();
const topology = await client.getTopology();
console.log(`Connected over mutual TLS to Camunda ${topology.gatewayVersion}`);
await client.close();

// Without the client certificate a server that requires one ends the handshake.
const { CAMUNDA_MTLS_CERT_PATH, CAMUNDA_MTLS_KEY_PATH, CAMUNDA_MTLS_KEY_PASSPHRASE, ...withoutCertificate } =
  process.env;
const anonymous = createCamundaClient({ env: withoutCertificate });
await assert.rejects(anonymous.getTopology(), (error) => {
  assert.ok(isNetworkError(error));
  console.log(`Without a client certificate: ${error.name} (${error.code})`);
  return true;
});
await anonymous.close();

// Without the CA the server's certificate is not trusted.
const { CAMUNDA_CA_CERT_PATH, ...withoutCa } = process.env;
const untrusting = createCamundaClient({ env: withoutCa });
await assert.rejects(untrusting.getTopology(), (error) => isNetworkError(error));
console.log('Without the CA: the server certificate is rejected');
await untrusting.close();
