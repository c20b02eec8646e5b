// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
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
