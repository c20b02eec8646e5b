// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createOAuthProvider, isAuthError } from '../../src/index.js';

const auth = createOAuthProvider({
  url: process.env.CAMUNDA_OAUTH_URL ?? 'https://login.cloud.camunda.io/oauth/token',
  clientId: process.env.CAMUNDA_CLIENT_ID ?? '',
  clientSecret: process.env.CAMUNDA_CLIENT_SECRET ?? '',
  audience: 'zeebe.camunda.io',
  cacheDir: `${process.env.HOME}/.camunda`,
});

try {
  const headers = await auth.headers({ signal: AbortSignal.timeout(10_000) });
  const res = await fetch(`${process.env.CAMUNDA_REST_ADDRESS}/topology`, { headers });
  console.log(res.status);
} catch (error) {
  // An AuthError's message never contains the secret.
  if (isAuthError(error)) console.error(error.code, error.message);
  else throw error;
} finally {
  await auth.close?.();
}
