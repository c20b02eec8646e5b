// Copied from README.md by test/readme-examples.test.ts; edit the README, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the README
import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient({
  config: {
    CAMUNDA_REST_ADDRESS: 'https://camunda.internal:8443',
    CAMUNDA_CA_CERT_PATH: './certs/ca.pem',
    CAMUNDA_MTLS_CERT_PATH: './certs/client.pem',
    CAMUNDA_MTLS_KEY_PATH: './certs/client-key.pem',
    // CAMUNDA_MTLS_KEY_PASSPHRASE: process.env.KEY_PASSPHRASE,
  },
});
await client.getTopology();
await client.close();
