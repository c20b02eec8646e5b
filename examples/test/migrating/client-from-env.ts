// Copied from MIGRATING.md by the snippet check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '@camunda-ts/client';

// Reads the CAMUNDA_* variables of either official SDK.
const client = createCamundaClient();
for (const warning of client.config.warnings) console.log(`${warning.code}: ${warning.message}`);

const topology = await client.getTopology();
console.log(`Connected to ${topology.gatewayVersion} (${topology.brokers.length} brokers)`);
await client.close();
