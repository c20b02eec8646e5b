// Your own auth provider: any object with kind, headers() and invalidate() is used as given. Here tokens come
// from a token service of our own (in this example the OAuth endpoint of the cluster, asked with fetch).
import assert from 'node:assert/strict';
import { type AuthProvider, createCamundaClient } from '@camunda-ts/client';

let tokenRequests = 0;

async function fetchToken(): Promise<string> {
  tokenRequests++;
  const response = await fetch(process.env.CAMUNDA_OAUTH_URL ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.CAMUNDA_CLIENT_ID ?? '',
      client_secret: process.env.CAMUNDA_CLIENT_SECRET ?? '',
      audience: process.env.CAMUNDA_TOKEN_AUDIENCE ?? '',
    }),
  });
  if (!response.ok) throw new Error(`Token service answered ${response.status}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Single-flight: concurrent callers share one pending token; a 401 drops it and the next call fetches anew. */
function createTokenServiceAuth(): AuthProvider {
  let token: Promise<string> | undefined;
  return {
    kind: 'token-service',
    async headers() {
      token ??= fetchToken().catch((error: unknown) => {
        token = undefined; // do not cache a failure
        throw error;
      });
      return { authorization: `Bearer ${await token}` };
    },
    invalidate() {
      token = undefined; // called after a 401; the request is then retried once with fresh headers
    },
  };
}

const auth = createTokenServiceAuth();
const client = createCamundaClient({ auth });
try {
  await Promise.all(Array.from({ length: 10 }, () => client.getTopology()));
  assert.equal(tokenRequests, 1);
  console.log(`10 concurrent calls, ${tokenRequests} token request`);

  // After invalidate() (what a 401 triggers) the next call fetches a new token.
  auth.invalidate('rotated');
  await client.getTopology();
  assert.equal(tokenRequests, 2);
  console.log(`After invalidate: ${tokenRequests} token requests`);
} finally {
  await client.close(); // a provider passed in stays yours: close() leaves it alone
}
