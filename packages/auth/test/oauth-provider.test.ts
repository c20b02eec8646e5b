import { inspect } from 'node:util';
import { Secret } from '@camunda-ts/config';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AuthProvider,
  createOAuthProvider,
  isAuthError,
  type OAuthProviderOptions,
} from '../src/index.js';
import { manualClock, recordingLogger, recordingSleep } from './support/fakes.js';
import { issuedToken, startTokenServer, type TokenServer } from './support/token-server.js';

const CLIENT_SECRET = 'client-secret-value-7f3a';

let server: TokenServer;
const providers: AuthProvider[] = [];

beforeEach(async () => {
  server = await startTokenServer();
});

afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await server.close();
});

function provider(overrides: Partial<OAuthProviderOptions> = {}): AuthProvider {
  const created = createOAuthProvider({
    url: server.url,
    clientId: 'my-client',
    clientSecret: new Secret(CLIENT_SECRET),
    audience: 'zeebe.camunda.io',
    timeoutMs: 2_000,
    retry: { max: 3, baseDelayMs: 100 },
    sleep: recordingSleep().sleep,
    ...overrides,
  });
  providers.push(created);
  return created;
}

/** Polls until the assertion holds: background work finishes on its own schedule. */
const eventually = (assertion: () => unknown) => vi.waitFor(assertion, { interval: 1, timeout: 5_000 });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createOAuthProvider: token request', () => {
  it('posts the client-credentials form and returns a bearer header', async () => {
    const auth = provider({ scope: 'read write' });

    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });

    expect(auth.kind).toBe('oauth');
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.form).toEqual({
      grant_type: 'client_credentials',
      client_id: 'my-client',
      client_secret: CLIENT_SECRET,
      audience: 'zeebe.camunda.io',
      scope: 'read write',
    });
  });

  it('leaves out an empty audience and an unset scope', async () => {
    const auth = provider({ audience: '', clientSecret: CLIENT_SECRET });
    await auth.headers({});
    expect(server.requests[0]?.form).toEqual({
      grant_type: 'client_credentials',
      client_id: 'my-client',
      client_secret: CLIENT_SECRET,
    });
  });

  it('sends one token request for 100 concurrent callers', async () => {
    const auth = provider();
    const results = await Promise.all(Array.from({ length: 100 }, () => auth.headers({})));
    expect(server.requests).toHaveLength(1);
    expect(new Set(results.map((headers) => headers.authorization))).toEqual(
      new Set([`Bearer ${issuedToken(1)}`]),
    );
  });

  it('accepts expires_in sent as a numeric string', async () => {
    server.reply({ status: 200, json: { access_token: 'string-expiry', expires_in: '600' } });
    const clock = manualClock();
    const auth = provider({ now: clock.now });
    await expect(auth.headers({})).resolves.toEqual({ authorization: 'Bearer string-expiry' });
    clock.advance(500_000);
    await auth.headers({});
    expect(server.requests).toHaveLength(1);
  });
});

describe('createOAuthProvider: token lifecycle', () => {
  it('reuses the token until the refresh point, then refreshes it before it expires', async () => {
    const clock = manualClock();
    const auth = provider({ now: clock.now });
    await auth.headers({});

    // expires_in 3600 s: the margin is 5 % = 180 s, so the refresh point is at 3420 s.
    clock.advance(3_419_000);
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(1);

    clock.advance(2_000);
    // Still valid: served at once while the new token is fetched in the background.
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    await eventually(async () => {
      expect(await auth.headers({})).toEqual({ authorization: `Bearer ${issuedToken(2)}` });
    });
    expect(server.requests).toHaveLength(2);
  });

  it('refreshes a short-lived token 30 s before expiry', async () => {
    server.reply({ status: 200, json: { access_token: 'short', expires_in: 300 } });
    const clock = manualClock();
    const auth = provider({ now: clock.now });
    await auth.headers({});

    clock.advance(269_000);
    await auth.headers({});
    expect(server.requests).toHaveLength(1);

    clock.advance(2_000);
    await auth.headers({});
    await eventually(() => expect(server.requests).toHaveLength(2));
  });

  it('waits for a new token once the cached one has expired', async () => {
    const clock = manualClock();
    const auth = provider({ now: clock.now });
    await auth.headers({});
    clock.advance(3_600_000);
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(2)}` });
    expect(server.requests).toHaveLength(2);
  });

  it('keeps serving the current token when a background refresh fails', async () => {
    const clock = manualClock();
    const logger = recordingLogger();
    const auth = provider({ now: clock.now, logger, retry: { max: 0 } });
    await auth.headers({});
    server.reply({ status: 503, json: {} });
    clock.advance(3_500_000);

    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    await eventually(() =>
      expect(logger.records.some((record) => record.fields.event === 'oauth.token.failed')).toBe(true),
    );
    expect(server.requests).toHaveLength(2);

    // The failure cost nothing: the still valid token is served and the next call tries again.
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    await eventually(async () => {
      expect(await auth.headers({})).toEqual({ authorization: `Bearer ${issuedToken(2)}` });
    });
    expect(server.requests).toHaveLength(3);
  });

  it('fetches a new token after invalidate()', async () => {
    const auth = provider();
    await auth.headers({});
    auth.invalidate('401 from the API');
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(2)}` });
    expect(server.requests).toHaveLength(2);
  });

  it('has the header at hand without waiting only while a valid token is cached', async () => {
    const clock = manualClock();
    const auth = provider({ now: clock.now });
    // No token yet: the caller has to wait for headers(), and asking did not start a request.
    expect(auth.headersNow?.()).toBeUndefined();
    expect(server.requests).toHaveLength(0);

    await auth.headers({});
    expect(auth.headersNow?.()).toEqual({ authorization: `Bearer ${issuedToken(1)}` });

    // Past the refresh point the cached token is still served, and a refresh starts in the background.
    clock.advance(3_421_000);
    expect(auth.headersNow?.()).toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    await eventually(() =>
      expect(auth.headersNow?.()).toEqual({ authorization: `Bearer ${issuedToken(2)}` }),
    );
    expect(server.requests).toHaveLength(2);

    auth.invalidate('401 from the API');
    expect(auth.headersNow?.()).toBeUndefined();
    await auth.headers({});
    clock.advance(3_600_000 + 3_421_000);
    // Expired: headers() must fetch a new one.
    expect(auth.headersNow?.()).toBeUndefined();
  });

  it('has no header at hand once closed', async () => {
    const auth = provider();
    await auth.headers({});
    await auth.close?.();
    expect(auth.headersNow?.()).toBeUndefined();
  });
});

describe('createOAuthProvider: failures', () => {
  it('fails with INVALID_CREDENTIALS after one request on 401 and then fails fast for the negative-cache window', async () => {
    server.reply({
      status: 401,
      json: { error: 'invalid_client', error_description: 'Invalid client credentials' },
    });
    const clock = manualClock();
    const auth = provider({ now: clock.now, negativeCacheMs: 5_000 });

    const first = await rejection(auth.headers({}));
    expect(isAuthError(first)).toBe(true);
    expect(first).toMatchObject({ name: 'AuthError', code: 'INVALID_CREDENTIALS', status: 401 });
    expect((first as Error).message).toContain('invalid_client');
    expect(server.requests).toHaveLength(1);

    clock.advance(4_999);
    const second = await rejection(auth.headers({}));
    expect(second).toMatchObject({ name: 'AuthError', code: 'INVALID_CREDENTIALS' });
    expect(server.requests).toHaveLength(1);

    clock.advance(1);
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a 400', async () => {
    server.reply({ status: 400, json: { error: 'unauthorized_client' } });
    const { delays, sleep } = recordingSleep();
    const auth = provider({ sleep });
    await expect(auth.headers({})).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', status: 400 });
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('succeeds after 503 twice then 200, with full-jitter exponential backoff between attempts', async () => {
    server.reply({ status: 503, json: {} }, { status: 503, text: 'unavailable' });
    const { delays, sleep } = recordingSleep();
    const auth = provider({ sleep, random: () => 0.5, retry: { max: 3, baseDelayMs: 100 } });

    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(3);
    expect(delays).toEqual([50, 100]);
  });

  it('retries 429 as well', async () => {
    server.reply({ status: 429, json: {} });
    const auth = provider();
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after retry.max retries with TOKEN_REQUEST_FAILED', async () => {
    server.reply(...Array.from({ length: 5 }, () => ({ status: 502, json: {} })));
    const { delays, sleep } = recordingSleep();
    const auth = provider({
      sleep,
      retry: { max: 2, baseDelayMs: 100, maxDelayMs: 150 },
      random: () => 0.999,
    });

    const error = await rejection(auth.headers({}));
    expect(error).toMatchObject({ name: 'AuthError', code: 'TOKEN_REQUEST_FAILED', status: 502 });
    expect((error as Error).message).toContain('after 3 attempts');
    expect(server.requests).toHaveLength(3);
    // Delay ceilings 100, then min(150, 200).
    expect(delays).toEqual([99, 149]);
  });

  it('does not retry other client errors', async () => {
    server.reply({ status: 404, text: 'not found' });
    const auth = provider();
    await expect(auth.headers({})).rejects.toMatchObject({ code: 'TOKEN_REQUEST_FAILED', status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries a dropped connection', async () => {
    server.reply('drop');
    const auth = provider();
    await expect(auth.headers({})).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(2);
  });

  it('reports an unreachable endpoint as TOKEN_REQUEST_FAILED after the retries', async () => {
    const { url } = server;
    await server.close();
    server = await startTokenServer();
    const { delays, sleep } = recordingSleep();
    const auth = provider({ url, sleep, retry: { max: 2, baseDelayMs: 10 } });
    const error = await rejection(auth.headers({}));
    expect(error).toMatchObject({ name: 'AuthError', code: 'TOKEN_REQUEST_FAILED' });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(delays).toHaveLength(2);
  });

  it('bounds each attempt by timeoutMs', async () => {
    server.reply('hang', 'hang');
    // Long enough for the retry's request to reach the server on a loaded machine, short enough to time out.
    const auth = provider({ timeoutMs: 300, retry: { max: 1, baseDelayMs: 1 } });
    const error = await rejection(auth.headers({}));
    expect(error).toMatchObject({ code: 'TOKEN_REQUEST_FAILED' });
    expect((error as Error).message).toContain('timed out after 300 ms');
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['no access_token', { status: 200, json: { expires_in: 300 } }],
    ['no expires_in', { status: 200, json: { access_token: 'abc' } }],
    ['a negative expires_in', { status: 200, json: { access_token: 'abc', expires_in: -1 } }],
    ['a body that is not JSON', { status: 200, text: '<html>login</html>' }],
  ] as const)('raises TOKEN_RESPONSE_INVALID for a response with %s, without retrying', async (_, reply) => {
    server.reply(reply);
    const auth = provider();
    await expect(auth.headers({})).rejects.toMatchObject({
      name: 'AuthError',
      code: 'TOKEN_RESPONSE_INVALID',
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe('createOAuthProvider: abort and close', () => {
  it('rejects at once with the reason of an already aborted signal, without a request', async () => {
    const auth = provider();
    const reason = new Error('caller gave up');
    await expect(auth.headers({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it('lets one caller abort its wait while the shared request serves the others', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.reply({ after: released });
    const auth = provider();
    const controller = new AbortController();
    const aborted = auth.headers({ signal: controller.signal });
    const patient = auth.headers({});
    await eventually(() => expect(server.requests).toHaveLength(1));

    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    release();
    await expect(patient).resolves.toEqual({ authorization: `Bearer ${issuedToken(1)}` });
    expect(server.requests).toHaveLength(1);
  });

  it('fails in-flight and later calls after close()', async () => {
    server.reply('hang');
    const auth = provider({ timeoutMs: 10_000 });
    const pending = expect(auth.headers({})).rejects.toMatchObject({
      name: 'AuthError',
      code: 'TOKEN_REQUEST_FAILED',
    });
    await eventually(() => expect(server.requests).toHaveLength(1));
    await auth.close?.();
    await pending;
    await expect(auth.headers({})).rejects.toThrow('closed');
  });
});

describe('createOAuthProvider: secrets', () => {
  it('keeps the client secret out of inspect output and error messages, and tokens out of logs', async () => {
    server.reply({
      status: 401,
      json: { error: 'invalid_client', error_description: `bad secret ${CLIENT_SECRET}` },
    });
    const logger = recordingLogger();
    const clock = manualClock();
    const auth = provider({ logger, now: clock.now, clientSecret: CLIENT_SECRET });

    const error = await rejection(auth.headers({}));
    expect((error as Error).message).toContain('bad secret ***');
    expect(inspect(error, { depth: 10 })).not.toContain(CLIENT_SECRET);
    expect(inspect(auth, { depth: 10, showHidden: true })).not.toContain(CLIENT_SECRET);

    clock.advance(10_000);
    await auth.headers({});
    auth.invalidate('test');
    const logged = JSON.stringify(logger.records);
    expect(logger.records.map((record) => record.fields.event)).toEqual(
      expect.arrayContaining(['oauth.token.request', 'oauth.token.failed', 'oauth.token.refreshed']),
    );
    expect(logged).not.toContain(CLIENT_SECRET);
    expect(logged).not.toContain(issuedToken(1));
  });
});
