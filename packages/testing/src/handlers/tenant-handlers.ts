import { toMappingRuleResult, toRoleResult, toTenantResult } from '../api/identity-results.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch } from '../search/search-query.js';
import { bodyObject, notFoundBy, searchResponse, stringField } from './handler-support.js';
import { mappingRuleDescriptor, namedDescriptor, searchMembers } from './identity-descriptors.js';
import { alreadyExists, idParam, missing, requiredString } from './identity-support.js';
import { assignMember, type MembershipTargetSpec, unassignMember } from './membership-commands.js';

/** Tenants: create, read, update, delete, search; users, clients, groups, roles and mapping rules as members. */
export function tenantHandlers(identity: IdentityState): HandlerTable {
  const spec: MembershipTargetSpec = { target: 'TENANT', label: 'tenant', store: identity.tenants };
  const descriptor = namedDescriptor('tenant', 'tenantId', identity.tenants);
  // The spec documents only 200 for the member searches: an unknown tenant simply has no members.
  const members = (
    params: Readonly<Record<string, string>>,
    type: 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE',
  ) => identity.memberships.members('TENANT', idParam(params, 'tenantId'), type);
  type Member = 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE';
  const assign = (type: Member, param: string) =>
    ((req) =>
      assignMember(
        identity,
        spec,
        idParam(req.params, 'tenantId'),
        type,
        idParam(req.params, param),
      )) satisfies HandlerTable[string];
  const unassign = (type: Member, param: string) =>
    ((req) =>
      unassignMember(
        identity,
        spec,
        idParam(req.params, 'tenantId'),
        type,
        idParam(req.params, param),
      )) satisfies HandlerTable[string];
  return {
    createTenant(req) {
      const b = bodyObject(req.body);
      const id = requiredString(b, 'tenantId');
      const tenant = identity.tenants.create(
        id,
        requiredString(b, 'name'),
        stringField(b, 'description') ?? null,
      );
      if (tenant === undefined)
        throw alreadyExists(
          'CREATE',
          `Expected to create tenant with ID '${id}', but a tenant with this ID already exists`,
        );
      return { status: 201, body: toTenantResult(tenant) };
    },
    searchTenants(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toTenantResult), page);
    },
    getTenant(req) {
      const id = idParam(req.params, 'tenantId');
      const tenant = identity.tenants.get(id);
      if (tenant === undefined) throw notFoundBy('Tenant', 'id', id);
      return { status: 200, body: toTenantResult(tenant) };
    },
    updateTenant(req) {
      const id = idParam(req.params, 'tenantId');
      const tenant = identity.tenants.get(id);
      if (tenant === undefined)
        throw missing(
          'UPDATE',
          `Expected to update tenant with ID '${id}', but no tenant with this ID exists.`,
        );
      const b = bodyObject(req.body);
      tenant.name = requiredString(b, 'name');
      const description = stringField(b, 'description');
      if (description !== undefined) tenant.description = description;
      return { status: 200, body: toTenantResult(tenant) };
    },
    deleteTenant(req) {
      const id = idParam(req.params, 'tenantId');
      if (!identity.tenants.delete(id))
        throw missing(
          'DELETE',
          `Expected to delete tenant with ID '${id}', but no tenant with this ID exists.`,
        );
      identity.memberships.forget('TENANT', id);
      return { status: 204 };
    },
    assignUserToTenant: assign('USER', 'username'),
    unassignUserFromTenant: unassign('USER', 'username'),
    assignClientToTenant: assign('CLIENT', 'clientId'),
    unassignClientFromTenant: unassign('CLIENT', 'clientId'),
    assignGroupToTenant: assign('GROUP', 'groupId'),
    unassignGroupFromTenant: unassign('GROUP', 'groupId'),
    assignRoleToTenant: assign('ROLE', 'roleId'),
    unassignRoleFromTenant: unassign('ROLE', 'roleId'),
    assignMappingRuleToTenant: assign('MAPPING_RULE', 'mappingRuleId'),
    unassignMappingRuleFromTenant: unassign('MAPPING_RULE', 'mappingRuleId'),
    searchUsersForTenant: (req) =>
      searchMembers('tenant user', 'username', members(req.params, 'USER'), req.body),
    searchClientsForTenant: (req) =>
      searchMembers('tenant client', 'clientId', members(req.params, 'CLIENT'), req.body),
    searchGroupIdsForTenant: (req) =>
      searchMembers('tenant group', 'groupId', members(req.params, 'GROUP'), req.body),
    searchRolesForTenant(req) {
      const ids = members(req.params, 'ROLE');
      const { items, page } = runSearch(
        namedDescriptor('role', 'roleId', identity.roles, () => ids),
        req.body,
      );
      return searchResponse(items.map(toRoleResult), page);
    },
    searchMappingRulesForTenant(req) {
      const ids = members(req.params, 'MAPPING_RULE');
      const { items, page } = runSearch(
        mappingRuleDescriptor(identity, () => ids),
        req.body,
      );
      return searchResponse(items.map(toMappingRuleResult), page);
    },
  };
}
