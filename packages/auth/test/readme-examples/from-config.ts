// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { resolveConfig } from '@camunda-ts/config';
import { createAuthProvider } from '../../src/index.js';

const auth = createAuthProvider(resolveConfig());
console.log(auth.kind); // oauth with CAMUNDA_CLIENT_ID/SECRET, basic with a username and password, else none
await auth.close?.();
