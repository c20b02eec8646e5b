import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { forbidden, toUserResult } from './identity-support.js';
import { createUserFrom } from './user-handlers.js';

const ADMIN_ROLE = 'admin';

/** `createAdminUser`: the first admin of a cluster, allowed only while the admin role has no user. */
export function setupHandlers(identity: IdentityState): HandlerTable {
  return {
    createAdminUser(req) {
      if (identity.roles.get(ADMIN_ROLE) === undefined) {
        throw forbidden(`Expected to create admin user, but role with id '${ADMIN_ROLE}' does not exist`);
      }
      if (identity.memberships.members('ROLE', ADMIN_ROLE, 'USER').length > 0) {
        throw forbidden(
          `Expected to create admin user, but role with id '${ADMIN_ROLE}' already has one or more user assigned to it`,
        );
      }
      const user = createUserFrom(identity, req.body);
      identity.memberships.add({
        memberType: 'USER',
        memberId: user.username,
        target: 'ROLE',
        targetId: ADMIN_ROLE,
      });
      return { status: 201, body: toUserResult(user) };
    },
  };
}
