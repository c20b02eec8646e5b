import { CAMUNDA_ERROR_BRAND, isCamundaError } from '@camunda-ts/types';
import { describe, expect, it } from 'vitest';
import { AuthError, isAuthError } from '../src/index.js';

describe('AuthError', () => {
  it('is a CamundaError with a stable name, a code and the status', () => {
    const cause = new Error('socket hang up');
    const error = new AuthError('Token endpoint answered 503', {
      code: 'TOKEN_REQUEST_FAILED',
      status: 503,
      cause,
    });
    expect(error.name).toBe('AuthError');
    expect(error.code).toBe('TOKEN_REQUEST_FAILED');
    expect(error.status).toBe(503);
    expect(error.cause).toBe(cause);
    expect(isCamundaError(error)).toBe(true);
    expect(isAuthError(error)).toBe(true);
  });

  it('is recognised by the guard when it comes from another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { name: 'AuthError', code: 'INVALID_CREDENTIALS' });
    Object.defineProperty(foreign, CAMUNDA_ERROR_BRAND, { value: true });
    expect(isAuthError(foreign)).toBe(true);
  });

  it('is not matched by the guard for other errors', () => {
    expect(isAuthError(new Error('AuthError'))).toBe(false);
    expect(isAuthError({ name: 'AuthError', code: 'INVALID_CREDENTIALS' })).toBe(false);
    expect(isAuthError(undefined)).toBe(false);
  });
});
