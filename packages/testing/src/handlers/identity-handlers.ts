import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { authenticationHandlers } from './authentication-handlers.js';
import { authorizationHandlers } from './authorization-handlers.js';
import { groupHandlers } from './group-handlers.js';
import { mappingRuleHandlers } from './mapping-rule-handlers.js';
import { roleHandlers } from './role-handlers.js';
import { setupHandlers } from './setup-handlers.js';
import { tenantHandlers } from './tenant-handlers.js';
import { userHandlers } from './user-handlers.js';

/** Every identity and access operation: users, groups, roles, tenants, mapping rules, authorizations, setup. */
export function identityHandlers(
  identity: IdentityState,
  options: { readonly authorizationsEnabled: boolean },
): HandlerTable {
  return {
    ...userHandlers(identity),
    ...groupHandlers(identity),
    ...roleHandlers(identity),
    ...tenantHandlers(identity),
    ...mappingRuleHandlers(identity),
    ...authorizationHandlers(identity),
    ...authenticationHandlers(identity, options),
    ...setupHandlers(identity),
  };
}
