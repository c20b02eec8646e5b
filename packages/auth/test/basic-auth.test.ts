import { inspect } from 'node:util';
import { Secret } from '@camunda-ts/config';
import { describe, expect, it } from 'vitest';
import { createBasicAuth } from '../src/index.js';

describe('createBasicAuth', () => {
  it('sends user:password base64-encoded', async () => {
    const auth = createBasicAuth({ username: 'demo', password: new Secret('p@ss:word') });
    const { authorization } = await auth.headers({});
    expect(authorization?.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(authorization?.slice('Basic '.length) ?? '', 'base64').toString('utf8')).toBe(
      'demo:p@ss:word',
    );
    expect(auth.kind).toBe('basic');
  });

  it('hands out a fresh object per call, so a caller cannot alter the next request', async () => {
    const auth = createBasicAuth({ username: 'demo', password: 'demo' });
    const first = await auth.headers({});
    first.authorization = 'tampered';
    await expect(auth.headers({})).resolves.toEqual({ authorization: 'Basic ZGVtbzpkZW1v' });
  });

  it('has the same header at hand without waiting, a fresh object each time', async () => {
    const auth = createBasicAuth({ username: 'demo', password: 'demo' });
    const now = auth.headersNow?.();
    expect(now).toEqual(await auth.headers({}));
    if (now !== undefined) now.authorization = 'tampered';
    expect(auth.headersNow?.()).toEqual({ authorization: 'Basic ZGVtbzpkZW1v' });
  });

  it('does not show the password when inspected', () => {
    const auth = createBasicAuth({ username: 'demo', password: 'hunter2-password' });
    const shown = inspect(auth, { showHidden: true, depth: 5 });
    expect(shown).not.toContain('hunter2-password');
    expect(shown).not.toContain(Buffer.from('demo:hunter2-password').toString('base64'));
  });
});
