// Copied from README.md by test/readme-examples.test.ts; edit the README, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the README
import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient();
const { signalKey } = await client.broadcastSignal({
  signalName: 'inventory-updated',
  variables: { sku: 'A-1' },
});
console.log(`Broadcast signal ${signalKey}`);
await client.close();
