// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import type { AuthProvider } from '../../src/index.js';

const vaultAuth: AuthProvider = {
  kind: 'vault',
  headers: async ({ signal }) => ({ authorization: `Bearer ${await readTokenFromVault(signal)}` }),
  invalidate: () => {},
};
console.log(await vaultAuth.headers({})); // { authorization: 'Bearer s3cr3t' }

// Stands in for your secret store's client.
async function readTokenFromVault(signal?: AbortSignal): Promise<string> {
  signal?.throwIfAborted();
  return 's3cr3t';
}
