import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserBuildFindings, browserEntry } from '../../../tools/build-config/dist-probe.js';
import type * as AuthModule from '../src/index.js';

async function browserBuild(): Promise<typeof AuthModule> {
  return (await import(pathToFileURL(browserEntry()).href)) as typeof AuthModule;
}

describe('browser build', () => {
  it('contains no Node built-in, undici or file access', () => {
    expect(browserBuildFindings()).toEqual([]);
  });

  it('refuses OAuth client credentials, explaining that a secret in a page is public', async () => {
    const { createOAuthProvider, isAuthError } = await browserBuild();
    let error: unknown;
    try {
      createOAuthProvider({ url: 'http://127.0.0.1:1/token', clientId: 'app', clientSecret: 's3cret' });
    } catch (caught) {
      error = caught;
    }
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_RUNTIME' });
    expect((error as Error).message).toMatch(/secret would be readable by anyone/);
    expect((error as Error).message).toContain('createBearerAuth');
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('sends a bearer token from the application, and UTF-8 basic credentials', async () => {
    const browser = await browserBuild();
    const bearer = browser.createBearerAuth({ getToken: async () => 'user-token' });
    expect(await bearer.headers({})).toEqual({ authorization: 'Bearer user-token' });
    const options = { username: 'démo', password: 'pässword' };
    expect(await browser.createBasicAuth(options).headers({})).toEqual({
      authorization: `Basic ${Buffer.from('démo:pässword', 'utf8').toString('base64')}`,
    });
  });
});
