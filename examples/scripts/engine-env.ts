import type { TestEngine } from '@camunda-ts/testing';

/** The CAMUNDA_* settings a client needs for `engine`: its address and the credentials of its auth mode. */
export function engineEnv(engine: TestEngine): Record<string, string> {
  const env: Record<string, string> = { CAMUNDA_REST_ADDRESS: engine.restAddress };
  const credentials = engine.credentials;
  if (credentials.mode === 'basic') {
    env.CAMUNDA_BASIC_AUTH_USERNAME = credentials.username;
    env.CAMUNDA_BASIC_AUTH_PASSWORD = credentials.password;
  } else if (credentials.mode === 'oauth') {
    env.CAMUNDA_CLIENT_ID = credentials.clientId;
    env.CAMUNDA_CLIENT_SECRET = credentials.clientSecret;
    env.CAMUNDA_OAUTH_URL = engine.oauthUrl ?? '';
    env.CAMUNDA_TOKEN_AUDIENCE = credentials.audience;
  }
  return env;
}
