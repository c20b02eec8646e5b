import { MockAgent, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOAuthProvider } from '../src/index.js';

const ORIGIN = 'https://login.example.test';

let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});

afterEach(async () => {
  await agent.close();
});

describe('createOAuthProvider with an injected dispatcher', () => {
  it('sends the token request through the given dispatcher and leaves it open on close', async () => {
    agent
      .get(ORIGIN)
      .intercept({
        path: '/oauth/token',
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: (body) => new URLSearchParams(body).get('client_id') === 'mock-client',
      })
      .reply(200, { access_token: 'mocked', expires_in: 60 });

    const auth = createOAuthProvider({
      url: `${ORIGIN}/oauth/token`,
      clientId: 'mock-client',
      clientSecret: 'mock-secret',
      dispatcher: agent,
    });
    await expect(auth.headers({})).resolves.toEqual({ authorization: 'Bearer mocked' });
    await auth.close?.();

    agent.assertNoPendingInterceptors();
    // The dispatcher belongs to the caller: it still serves requests after the provider closed.
    agent.get(ORIGIN).intercept({ path: '/ping' }).reply(204, '');
    const { statusCode, body } = await request(`${ORIGIN}/ping`, { dispatcher: agent });
    await body.dump();
    expect(statusCode).toBe(204);
  });
});
