import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../src/index.js';

describe('auth modes', () => {
  let engine: TestEngine | undefined;
  afterEach(async () => {
    await engine?.stop();
    engine = undefined;
  });

  const topology = (e: TestEngine, authorization?: string) =>
    fetch(`${e.restAddress}/topology`, { headers: authorization === undefined ? {} : { authorization } });

  it('basic: accepts the configured user and refuses everything else with a 401 problem', async () => {
    engine = await startTestEngine({
      auth: { mode: 'basic', username: 'ann', password: 'pw' },
      validateResponses: true,
    });
    const good = `Basic ${Buffer.from('ann:pw').toString('base64')}`;
    const bad = `Basic ${Buffer.from('ann:nope').toString('base64')}`;
    expect((await topology(engine, good)).status).toBe(200);
    const refused = await topology(engine, bad);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(((await refused.json()) as { title: string }).title).toBe('UNAUTHORIZED');
    expect((await topology(engine)).status).toBe(401);
    // getStatus needs no credentials, as in the spec.
    expect((await fetch(`${engine.restAddress}/status`)).status).toBe(204);
    const credentials = engine.credentials;
    expect(
      credentials.mode === 'basic' && credentials.username === 'ann' && credentials.password === 'pw',
    ).toBe(true);
    // The password never shows up when the engine or its credentials are printed.
    expect(JSON.stringify(credentials)).not.toContain('pw');
    expect(inspect(engine, { depth: 5 })).not.toContain("'pw'");
    expect(engine.violations()).toEqual([]);
  });

  it('oauth: issues expiring tokens on the engine clock and refuses requests without a valid one', async () => {
    engine = await startTestEngine({ auth: { mode: 'oauth', tokenTtlMs: 60_000 }, clock: 'manual' });
    expect(engine.oauthUrl).toBe(`${engine.restAddress.replace(/\/v2$/, '')}/oauth/token`);
    const credentials = engine.credentials;
    if (credentials.mode !== 'oauth') throw new Error('expected oauth credentials');
    const token = async (secret: string) =>
      fetch(engine?.oauthUrl ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: secret,
          audience: 'camunda-api',
        }).toString(),
      });
    expect((await token('wrong')).status).toBe(401);
    const issued = await token(credentials.clientSecret);
    expect(issued.status).toBe(200);
    const body = (await issued.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(60);

    expect((await topology(engine, `Bearer ${body.access_token}`)).status).toBe(200);
    expect((await topology(engine, `Bearer ${body.access_token}x`)).status).toBe(401);
    expect((await topology(engine)).status).toBe(401);
    engine.clock.advance(60_000);
    expect((await topology(engine, `Bearer ${body.access_token}`)).status).toBe(401);
    expect(engine.stats().tokenRequests).toBe(2);
  });

  it('oauth: accepts client credentials in a Basic header too', async () => {
    engine = await startTestEngine({ auth: 'oauth' });
    const res = await fetch(engine.oauthUrl ?? '', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('camunda-ts-test:camunda-ts-test-secret').toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(200);
  });
});
