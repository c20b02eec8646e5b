import { Secret } from '@camunda-ts/config';
import { describe, expect, it } from 'vitest';
import { createBearerAuth, isAuthError } from '../src/index.js';

describe('createBearerAuth', () => {
  it('sends a static token', async () => {
    const auth = createBearerAuth({ token: new Secret('static-token') });
    await expect(auth.headers({})).resolves.toEqual({ authorization: 'Bearer static-token' });
    expect(auth.kind).toBe('bearer');
  });

  it('asks the token function on every call and passes the caller signal', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    let n = 0;
    const auth = createBearerAuth({
      getToken: async ({ signal }) => {
        signals.push(signal);
        n += 1;
        return `token-${n}`;
      },
    });
    const controller = new AbortController();
    await expect(auth.headers({ signal: controller.signal })).resolves.toEqual({
      authorization: 'Bearer token-1',
    });
    await expect(auth.headers({})).resolves.toEqual({ authorization: 'Bearer token-2' });
    expect(signals).toEqual([controller.signal, undefined]);
  });

  it('refuses an empty token rather than sending a request without credentials', async () => {
    const auth = createBearerAuth({ getToken: () => '' });
    await expect(auth.headers({})).rejects.toMatchObject({
      name: 'AuthError',
      code: 'TOKEN_RESPONSE_INVALID',
    });
  });

  it('wraps a failing token function in an AuthError that keeps the cause', async () => {
    const cause = new Error('vault unreachable');
    const auth = createBearerAuth({
      getToken: () => {
        throw cause;
      },
    });
    const error = await auth.headers({}).catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'TOKEN_REQUEST_FAILED', cause });
  });

  it('rejects with the abort reason when the signal is already aborted', async () => {
    const reason = new Error('aborted by caller');
    const auth = createBearerAuth({ token: 'x' });
    await expect(auth.headers({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});
