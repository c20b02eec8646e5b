// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient();
const { signalKey } = await client.broadcastSignal({
  signalName: 'inventory-updated',
  variables: { sku: 'A-1' },
});
console.log(`Broadcast signal ${signalKey}`);
await client.close();
