import { describe, expect, it } from 'vitest';
import { isInvalidRequestError } from '../src/invalid-request-error.js';
import { compileUrlTemplate } from '../src/url-template.js';

const unassign = compileUrlTemplate('/tenants/{tenantId}/users/{username}', 'unassignUserFromTenant');

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('compileUrlTemplate', () => {
  it('fills and encodes every placeholder', () => {
    expect(unassign({ tenantId: 'a/b', username: 'bob smith' })).toBe('/tenants/a%2Fb/users/bob%20smith');
    expect(unassign({ tenantId: 7, username: '...' })).toBe('/tenants/7/users/...');
  });

  it.each([
    [{ tenantId: '..', username: 'bob' }, 'tenantId', 'must not be'],
    [{ tenantId: 't', username: '.' }, 'username', 'must not be'],
    [{ tenantId: '', username: 'bob' }, 'tenantId', 'is empty'],
    [{ username: 'bob' }, 'tenantId', 'is missing'],
    [{ tenantId: {}, username: 'bob' }, 'tenantId', 'string or a number'],
  ])('refuses %j with an InvalidRequestError, never a TypeError', (params, parameter, reason) => {
    const error = thrown(() => unassign(params as never));
    expect(error).not.toBeInstanceOf(TypeError);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'InvalidRequestError',
      code: 'INVALID_PATH_PARAMETER',
      operationId: 'unassignUserFromTenant',
      parameter,
    });
    expect((error as Error).message).toContain(reason);
  });
});
