import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient();
const { signalKey } = await client.broadcastSignal({
  signalName: 'inventory-updated',
  variables: { sku: 'A-1' },
});
console.log(`Broadcast signal ${signalKey}`);
await client.close();
