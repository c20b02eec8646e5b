// OAuth 2.0 client credentials, configured from the environment or given in code.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createCamundaClient, createOAuthProvider, isHttpError } from '@camunda-ts/client';

// CAMUNDA_CLIENT_ID, CAMUNDA_CLIENT_SECRET, CAMUNDA_OAUTH_URL and CAMUNDA_TOKEN_AUDIENCE select OAuth by
// themselves (or set CAMUNDA_AUTH_STRATEGY=OAUTH).
const client = createCamundaClient();
assert.equal(client.config.auth.strategy, 'OAUTH');

// The secret is a Secret object: printing or logging the config never shows it.
const secret = process.env.CAMUNDA_CLIENT_SECRET ?? '';
assert.ok(secret.length > 0 && !inspect(client.config, { depth: 10 }).includes(secret));
console.log(
  `OAuth client ${client.config.auth.oauth.clientId}, secret ${client.config.auth.oauth.clientSecret}`,
);

// One token serves every call; concurrent callers share a single token request, and the token is renewed
// before it expires (and once after a 401).
const topologies = await Promise.all(Array.from({ length: 10 }, () => client.getTopology()));
console.log(
  `10 calls on one token: ${topologies.length} answers from Camunda ${topologies[0]?.gatewayVersion}`,
);
await client.close();

// The same, built in code: any provider object can be passed as `auth` (the client does not close it).
const oauth = createOAuthProvider({
  url: process.env.CAMUNDA_OAUTH_URL ?? '',
  clientId: process.env.CAMUNDA_CLIENT_ID ?? '',
  clientSecret: secret,
  audience: process.env.CAMUNDA_TOKEN_AUDIENCE,
});
const explicit = createCamundaClient({ auth: oauth });
await explicit.getTopology();
await explicit.close();
await oauth.close?.();

// Without credentials the API answers 401.
const anonymous = createCamundaClient({
  env: { CAMUNDA_REST_ADDRESS: process.env.CAMUNDA_REST_ADDRESS, CAMUNDA_AUTH_STRATEGY: 'NONE' },
});
await assert.rejects(anonymous.getTopology(), (error) => isHttpError(error) && error.status === 401);
console.log('Without a token: 401');
await anonymous.close();
