// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { type AuthProvider, createCamundaClient } from '../../src/index.js';

let token: Promise<string> | undefined;
const fetchToken = async () => `token-${Date.now()}`; // e.g. from a vault or your identity provider

const vaultAuth: AuthProvider = {
  kind: 'vault',
  async headers() {
    token ??= fetchToken();
    return { authorization: `Bearer ${await token}` };
  },
  invalidate() {
    token = undefined; // called after a 401; the request is then retried once
  },
};

const client = createCamundaClient({ auth: vaultAuth });
await client.getTopology();
await client.close(); // a provider you pass in stays yours: close() does not close it
