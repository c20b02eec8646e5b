import type { CamundaConfig } from '@camunda-ts/config';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AuthError,
  type AuthErrorCode,
  type AuthProvider,
  createAuthProvider,
  createBearerAuth,
  isAuthError,
  type TlsConnectOptions,
  tlsConnectOptions,
} from '../src/index.js';

describe('AuthProvider', () => {
  it('accepts a user-written object of the same shape', () => {
    const custom = {
      kind: 'vault',
      headers: async (_ctx: { signal?: AbortSignal }) => ({ authorization: 'Bearer from-vault' }),
      invalidate: () => {},
    };
    expectTypeOf(custom).toExtend<AuthProvider>();
  });

  it('rejects objects that do not return string headers', () => {
    const numericHeaders = { kind: 'x', headers: async () => ({ authorization: 1 }), invalidate: () => {} };
    expectTypeOf(numericHeaders).not.toExtend<AuthProvider>();
  });

  it('requires invalidate', () => {
    // @ts-expect-error invalidate is part of the contract
    const wrong: AuthProvider = { kind: 'x', headers: async () => ({}) };
    expectTypeOf(wrong).toEqualTypeOf<AuthProvider>();
  });
});

describe('factories', () => {
  it('createAuthProvider takes the resolved config', () => {
    expectTypeOf(createAuthProvider).parameter(0).toExtend<Pick<CamundaConfig, 'auth' | 'tls'>>();
    expectTypeOf<CamundaConfig>().toExtend<Parameters<typeof createAuthProvider>[0]>();
    expectTypeOf(createAuthProvider).returns.toEqualTypeOf<AuthProvider>();
  });

  it('createBearerAuth needs a token or a token function', () => {
    // @ts-expect-error neither token nor getToken
    createBearerAuth({});
    expectTypeOf(createBearerAuth({ token: 't' })).toEqualTypeOf<AuthProvider>();
  });

  it('tlsConnectOptions returns plain strings', () => {
    expectTypeOf(tlsConnectOptions).returns.toEqualTypeOf<TlsConnectOptions>();
    expectTypeOf<TlsConnectOptions['key']>().toEqualTypeOf<string | undefined>();
  });
});

describe('isAuthError', () => {
  it('narrows to AuthError with a closed set of codes', () => {
    const error: unknown = new Error('x');
    if (isAuthError(error)) {
      expectTypeOf(error).toEqualTypeOf<AuthError>();
      expectTypeOf(error.code).toEqualTypeOf<AuthErrorCode>();
      expectTypeOf(error.name).toEqualTypeOf<'AuthError'>();
    }
  });
});
