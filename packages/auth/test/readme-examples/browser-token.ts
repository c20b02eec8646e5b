// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createBearerAuth } from '../../src/index.js';

// Stands in for your application's sign-in session.
const session = { currentToken: async () => ({ accessToken: 'the signed-in user’s access token' }) };

const auth = createBearerAuth({ getToken: async () => (await session.currentToken()).accessToken });
console.log(Object.keys(await auth.headers({}))); // [ 'authorization' ]
