import { toUserResult } from '../api/identity-results.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { bodyObject } from './handler-support.js';
import { forbidden } from './identity-support.js';
import { createUserFrom } from './user-handlers.js';

const ADMIN_ROLE = 'admin';

/** `createAdminUser`: the first admin of a cluster, allowed only while the admin role has no user. */
export function setupHandlers(identity: IdentityState): HandlerTable {
  return {
    createAdminUser(req) {
      // Camunda rejects every failed setup with FORBIDDEN, a taken username included.
      const username = bodyObject(req.body).username;
      if (typeof username === 'string' && identity.users.get(username) !== undefined) {
        throw forbidden(
          `Expected to create user with username '${username}', but a user with this username already exists`,
        );
      }
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
