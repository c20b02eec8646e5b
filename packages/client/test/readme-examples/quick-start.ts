// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '../../src/index.js';

// Zero config: reads CAMUNDA_REST_ADDRESS, CAMUNDA_AUTH_STRATEGY, CAMUNDA_CLIENT_ID, … from process.env.
const client = createCamundaClient();

const topology = await client.getTopology();
console.log(`Connected to Camunda ${topology.gatewayVersion} (${topology.clusterSize} brokers)`);

await client.close();
