import { toAuthorizationResult, toTenantResult } from '../api/identity-results.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import { authorizationDescriptor } from './authorization-handlers.js';
import { searchResponse } from './handler-support.js';

/** The calling principal: who it is (`getAuthentication`) and what it may do (`searchOwnAuthorizations`). */
export function authenticationHandlers(
  identity: IdentityState,
  options: { readonly authorizationsEnabled: boolean },
): HandlerTable {
  const principalOf = (req: Parameters<HandlerTable[string]>[0]) => {
    if (req.principal === undefined) {
      throw new TestEngineError('The request is not authenticated: the engine runs without auth', {
        code: 'UNAUTHORIZED',
        status: 401,
        title: 'UNAUTHORIZED',
      });
    }
    return req.principal;
  };
  return {
    getAuthentication(req) {
      const principal = principalOf(req);
      const access = identity.accessOf(principal);
      const user = principal.type === 'USER' ? identity.users.get(principal.id) : undefined;
      const components = access.authorizations
        .filter((a) => a.resourceType === 'COMPONENT' && a.permissionTypes.includes('ACCESS'))
        .map((a) => a.resourceId ?? '')
        .filter((id) => id !== '');
      return {
        status: 200,
        body: {
          username: principal.id,
          displayName: user?.name ?? principal.id,
          email: user?.email ?? null,
          authorizedComponents: components.includes('*') ? ['*'] : [...new Set(components)],
          tenants: access.tenants.flatMap((id) => {
            const tenant = identity.tenants.get(id);
            return tenant === undefined ? [] : [toTenantResult(tenant)];
          }),
          groups: [...access.groups],
          roles: [...access.roles],
          salesPlanType: null,
          c8Links: {},
          canLogout: principal.type === 'USER',
        },
      };
    },
    searchOwnAuthorizations(req) {
      // Without auth there is no principal, and nobody holds a grant.
      const owned = req.principal === undefined ? [] : identity.accessOf(req.principal).authorizations;
      const { items, page } = runSearch(
        // Its own entity name: the caller always sees its own grants, whatever it may read of others'.
        authorizationDescriptor(() => owned, 'own authorization'),
        req.body,
      );
      const response = searchResponse(items.map(toAuthorizationResult), page);
      return {
        status: 200,
        body: { ...response.body, authorizationsEnabled: options.authorizationsEnabled },
      };
    },
  };
}
