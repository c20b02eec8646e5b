import { toGroupResult, toMappingRuleResult, toRoleResult } from '../api/identity-results.js';
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

/** Groups: create, read, update, delete, search; users, clients and mapping rules as members; their roles. */
export function groupHandlers(identity: IdentityState): HandlerTable {
  const spec: MembershipTargetSpec = { target: 'GROUP', label: 'group', store: identity.groups };
  const descriptor = namedDescriptor('group', 'groupId', identity.groups);
  const groupId = (params: Readonly<Record<string, string>>) => {
    const id = idParam(params, 'groupId');
    requireMembershipTarget(spec, id);
    return id;
  };
  const members = (id: string, type: 'USER' | 'CLIENT' | 'MAPPING_RULE') =>
    identity.memberships.members('GROUP', id, type);
  return {
    createGroup(req) {
      const b = bodyObject(req.body);
      const id = requiredString(b, 'groupId');
      const group = identity.groups.create(
        id,
        requiredString(b, 'name'),
        stringField(b, 'description') ?? null,
      );
      if (group === undefined)
        throw alreadyExists(
          'CREATE',
          `Expected to create group with ID '${id}', but a group with this ID already exists.`,
        );
      return { status: 201, body: toGroupResult(group) };
    },
    searchGroups(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toGroupResult), page);
    },
    getGroup(req) {
      const id = idParam(req.params, 'groupId');
      const group = identity.groups.get(id);
      if (group === undefined) throw notFoundBy('Group', 'id', id);
      return { status: 200, body: toGroupResult(group) };
    },
    updateGroup(req) {
      const id = idParam(req.params, 'groupId');
      const group = identity.groups.get(id);
      if (group === undefined)
        throw missing(
          'UPDATE',
          `Expected to update group with ID '${id}', but a group with this ID does not exist.`,
        );
      const b = bodyObject(req.body);
      group.name = requiredString(b, 'name');
      const description = stringField(b, 'description');
      if (description !== undefined) group.description = description;
      return { status: 200, body: toGroupResult(group) };
    },
    deleteGroup(req) {
      const id = idParam(req.params, 'groupId');
      if (!identity.groups.delete(id))
        throw missing(
          'DELETE',
          `Expected to delete group with ID '${id}', but a group with this ID does not exist.`,
        );
      identity.memberships.forget('GROUP', id);
      identity.authorizations.deleteOwnedBy('GROUP', id);
      return { status: 204 };
    },
    assignUserToGroup: (req) =>
      assignMember(identity, spec, idParam(req.params, 'groupId'), 'USER', idParam(req.params, 'username')),
    unassignUserFromGroup: (req) =>
      unassignMember(identity, spec, idParam(req.params, 'groupId'), 'USER', idParam(req.params, 'username')),
    assignClientToGroup: (req) =>
      assignMember(identity, spec, idParam(req.params, 'groupId'), 'CLIENT', idParam(req.params, 'clientId')),
    unassignClientFromGroup: (req) =>
      unassignMember(
        identity,
        spec,
        idParam(req.params, 'groupId'),
        'CLIENT',
        idParam(req.params, 'clientId'),
      ),
    assignMappingRuleToGroup: (req) =>
      assignMember(
        identity,
        spec,
        idParam(req.params, 'groupId'),
        'MAPPING_RULE',
        idParam(req.params, 'mappingRuleId'),
      ),
    unassignMappingRuleFromGroup: (req) =>
      unassignMember(
        identity,
        spec,
        idParam(req.params, 'groupId'),
        'MAPPING_RULE',
        idParam(req.params, 'mappingRuleId'),
      ),
    searchUsersForGroup(req) {
      return searchMembers('group user', 'username', members(groupId(req.params), 'USER'), req.body);
    },
    searchClientsForGroup(req) {
      return searchMembers('group client', 'clientId', members(groupId(req.params), 'CLIENT'), req.body);
    },
    searchMappingRulesForGroup(req) {
      const id = groupId(req.params);
      const { items, page } = runSearch(
        mappingRuleDescriptor(identity, () => members(id, 'MAPPING_RULE')),
        req.body,
      );
      return searchResponse(items.map(toMappingRuleResult), page);
    },
    searchRolesForGroup(req) {
      const id = groupId(req.params);
      const { items, page } = runSearch(
        namedDescriptor('role', 'roleId', identity.roles, () =>
          identity.memberships.targetsOf('GROUP', id, 'ROLE'),
        ),
        req.body,
      );
      return searchResponse(items.map(toRoleResult), page);
    },
  };
}
