import { toMappingRuleResult, toRoleResult } from '../api/identity-results.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch } from '../search/search-query.js';
import { bodyObject, notFoundBy, searchResponse, stringField } from './handler-support.js';
import { mappingRuleDescriptor, namedDescriptor, searchMembers } from './identity-descriptors.js';
import { alreadyExists, idParam, missing, requiredString } from './identity-support.js';
import {
  assignMember,
  type MembershipTargetSpec,
  requireMembershipTarget,
  unassignMember,
} from './membership-commands.js';

/** Roles: create, read, update, delete, search; users, clients, groups and mapping rules as members. */
export function roleHandlers(identity: IdentityState): HandlerTable {
  const spec: MembershipTargetSpec = { target: 'ROLE', label: 'role', store: identity.roles };
  const descriptor = namedDescriptor('role', 'roleId', identity.roles);
  const roleId = (params: Readonly<Record<string, string>>) => {
    const id = idParam(params, 'roleId');
    requireMembershipTarget(spec, id);
    return id;
  };
  const members = (id: string, type: 'USER' | 'CLIENT' | 'GROUP' | 'MAPPING_RULE') =>
    identity.memberships.members('ROLE', id, type);
  const assign = (type: 'USER' | 'CLIENT' | 'GROUP' | 'MAPPING_RULE', param: string) =>
    ((req) =>
      assignMember(
        identity,
        spec,
        idParam(req.params, 'roleId'),
        type,
        idParam(req.params, param),
      )) satisfies HandlerTable[string];
  const unassign = (type: 'USER' | 'CLIENT' | 'GROUP' | 'MAPPING_RULE', param: string) =>
    ((req) =>
      unassignMember(
        identity,
        spec,
        idParam(req.params, 'roleId'),
        type,
        idParam(req.params, param),
      )) satisfies HandlerTable[string];
  return {
    createRole(req) {
      const b = bodyObject(req.body);
      const id = requiredString(b, 'roleId');
      const role = identity.roles.create(
        id,
        requiredString(b, 'name'),
        stringField(b, 'description') ?? null,
      );
      if (role === undefined)
        throw alreadyExists(
          'CREATE',
          `Expected to create role with ID '${id}', but a role with this ID already exists.`,
        );
      return { status: 201, body: toRoleResult(role) };
    },
    searchRoles(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toRoleResult), page);
    },
    getRole(req) {
      const id = idParam(req.params, 'roleId');
      const role = identity.roles.get(id);
      if (role === undefined) throw notFoundBy('Role', 'id', id);
      return { status: 200, body: toRoleResult(role) };
    },
    updateRole(req) {
      const id = idParam(req.params, 'roleId');
      const role = identity.roles.get(id);
      if (role === undefined)
        throw missing(
          'UPDATE',
          `Expected to update role with ID '${id}', but a role with this ID does not exist.`,
        );
      const b = bodyObject(req.body);
      role.name = requiredString(b, 'name');
      const description = stringField(b, 'description');
      if (description !== undefined) role.description = description;
      return { status: 200, body: toRoleResult(role) };
    },
    deleteRole(req) {
      const id = idParam(req.params, 'roleId');
      if (!identity.roles.delete(id))
        throw missing(
          'DELETE',
          `Expected to delete role with ID '${id}', but a role with this ID does not exist.`,
        );
      identity.memberships.forget('ROLE', id);
      identity.authorizations.deleteOwnedBy('ROLE', id);
      return { status: 204 };
    },
    assignRoleToUser: assign('USER', 'username'),
    unassignRoleFromUser: unassign('USER', 'username'),
    assignRoleToClient: assign('CLIENT', 'clientId'),
    unassignRoleFromClient: unassign('CLIENT', 'clientId'),
    assignRoleToGroup: assign('GROUP', 'groupId'),
    unassignRoleFromGroup: unassign('GROUP', 'groupId'),
    assignRoleToMappingRule: assign('MAPPING_RULE', 'mappingRuleId'),
    unassignRoleFromMappingRule: unassign('MAPPING_RULE', 'mappingRuleId'),
    searchUsersForRole(req) {
      return searchMembers('role user', 'username', members(roleId(req.params), 'USER'), req.body);
    },
    searchClientsForRole(req) {
      return searchMembers('role client', 'clientId', members(roleId(req.params), 'CLIENT'), req.body);
    },
    searchGroupsForRole(req) {
      return searchMembers('role group', 'groupId', members(roleId(req.params), 'GROUP'), req.body);
    },
    searchMappingRulesForRole(req) {
      const id = roleId(req.params);
      const { items, page } = runSearch(
        mappingRuleDescriptor(identity, () => members(id, 'MAPPING_RULE')),
        req.body,
      );
      return searchResponse(items.map(toMappingRuleResult), page);
    },
  };
}
