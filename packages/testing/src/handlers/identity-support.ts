import type {
  AuthorizationEntity,
  MappingRuleEntity,
  NamedEntity,
  UserEntity,
} from '../engine/identity-records.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { MembershipTarget, MemberType } from '../engine/membership-store.js';
import type { NamedEntityStore } from '../engine/named-entity-store.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import { badRequest, searchResponse } from './handler-support.js';

/** A 409 `ALREADY_EXISTS` problem. */
export function alreadyExists(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'ALREADY_EXISTS', status: 409, title: 'ALREADY_EXISTS' });
}

/** A 404 `NOT_FOUND` problem with Camunda's wording. */
export function missing(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'NOT_FOUND', status: 404, title: 'NOT_FOUND' });
}

/** A 403 `FORBIDDEN` problem. */
export function forbidden(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'FORBIDDEN', status: 403, title: 'FORBIDDEN' });
}

/** A required, non-blank string property. */
export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`No ${field} provided.`);
  return value;
}

/** A path parameter (already matched by the router, so present). */
export function idParam(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  if (value === undefined || value === '') throw badRequest(`Path parameter '${name}' must not be empty`);
  return value;
}

/** `UserResult`. */
export const toUserResult = (u: UserEntity) => ({ username: u.username, name: u.name, email: u.email });

/** `GroupResult`. */
export const toGroupResult = (g: NamedEntity) => ({
  groupId: g.id,
  name: g.name,
  description: g.description,
});

/** `RoleResult`. */
export const toRoleResult = (r: NamedEntity) => ({ roleId: r.id, name: r.name, description: r.description });

/** `TenantResult`. */
export const toTenantResult = (t: NamedEntity) => ({
  tenantId: t.id,
  name: t.name,
  description: t.description,
});

/** `MappingRuleResult`. */
export const toMappingRuleResult = (m: MappingRuleEntity) => ({
  mappingRuleId: m.mappingRuleId,
  claimName: m.claimName,
  claimValue: m.claimValue,
  name: m.name,
});

/** `AuthorizationResult`. */
export const toAuthorizationResult = (a: AuthorizationEntity) => ({
  authorizationKey: a.key,
  ownerId: a.ownerId,
  ownerType: a.ownerType,
  resourceType: a.resourceType,
  resourceId: a.resourceId,
  resourcePropertyName: a.resourcePropertyName,
  permissionTypes: [...a.permissionTypes],
});

/** An id-only member list (`{ username }`, `{ clientId }`, `{ groupId }`) as a searchable collection. */
export function memberDescriptor<F extends string>(
  entity: string,
  field: F,
  ids: () => readonly string[],
): SearchDescriptor<{ readonly id: string }> {
  const get = { kind: 'string', get: (m: { readonly id: string }) => m.id } as const;
  return {
    entity,
    key: (m) => m.id,
    all: () => ids().map((id) => ({ id })),
    filters: { [field]: get },
    sorts: { [field]: get },
  };
}

/** Runs a member search and shapes the items as `{ [field]: id }`. */
export function searchMembers<F extends string>(
  entity: string,
  field: F,
  ids: readonly string[],
  body: unknown,
) {
  const { items, page } = runSearch(
    memberDescriptor(entity, field, () => ids),
    body,
  );
  return searchResponse(
    items.map((m) => ({ [field]: m.id })),
    page,
  );
}

/** Where members are added: the store of the target entity and how Camunda names it in messages. */
export interface MembershipTargetSpec {
  readonly target: MembershipTarget;
  readonly label: 'group' | 'role' | 'tenant';
  readonly store: NamedEntityStore;
}

function requireTarget(spec: MembershipTargetSpec, targetId: string, adding: boolean): void {
  if (spec.store.get(targetId) !== undefined) return;
  if (spec.label === 'tenant') {
    throw missing(
      `Expected to ${adding ? 'add entity to' : 'remove entity from'} tenant with ID '${targetId}', but no tenant with this ID exists.`,
    );
  }
  throw missing(
    `Expected to update ${spec.label} with ID '${targetId}', but a ${spec.label} with this ID does not exist.`,
  );
}

/** The target must exist; a search of its members answers 404 otherwise. */
export function requireMembershipTarget(spec: MembershipTargetSpec, targetId: string): void {
  if (spec.store.get(targetId) === undefined) {
    throw missing(`${spec.label[0]?.toUpperCase()}${spec.label.slice(1)} with ID '${targetId}' not found`);
  }
}

function memberExists(identity: IdentityState, memberType: MemberType, memberId: string): boolean {
  switch (memberType) {
    // Users and clients may be assigned before they exist, as with an external identity provider.
    case 'USER':
    case 'CLIENT':
      return true;
    case 'GROUP':
      return identity.groups.get(memberId) !== undefined;
    case 'ROLE':
      return identity.roles.get(memberId) !== undefined;
    case 'MAPPING_RULE':
      return identity.mappingRules.get(memberId) !== undefined;
  }
}

/** Adds a member to a group, role or tenant with Camunda's checks and rejections. */
export function assignMember(
  identity: IdentityState,
  spec: MembershipTargetSpec,
  targetId: string,
  memberType: MemberType,
  memberId: string,
): { status: 204 } {
  requireTarget(spec, targetId, true);
  if (!memberExists(identity, memberType, memberId)) {
    throw missing(
      `Expected to add an entity with ID '${memberId}' and type '${memberType}' to ${spec.label} with ID '${targetId}', but the entity does not exist.`,
    );
  }
  if (!identity.memberships.add({ memberType, memberId, target: spec.target, targetId })) {
    const message = `Expected to add entity with ID '${memberId}' to ${spec.label} with ID '${targetId}', but the entity is already assigned to ${spec.label === 'tenant' ? 'the tenant' : `this ${spec.label}`}.`;
    // Camunda rejects a repeated tenant assignment as an invalid argument, the others as a conflict.
    throw spec.label === 'tenant' ? badRequest(message) : alreadyExists(message);
  }
  return { status: 204 };
}

/** Removes a member from a group, role or tenant. */
export function unassignMember(
  identity: IdentityState,
  spec: MembershipTargetSpec,
  targetId: string,
  memberType: MemberType,
  memberId: string,
): { status: 204 } {
  requireTarget(spec, targetId, false);
  if (!identity.memberships.remove({ memberType, memberId, target: spec.target, targetId })) {
    throw missing(
      `Expected to remove entity with ID '${memberId}' from ${spec.label} with ID '${targetId}', but the entity is not assigned to this ${spec.label}.`,
    );
  }
  return { status: 204 };
}

/** The search descriptor of roles, groups or tenants restricted to some ids (all when undefined). */
export function namedDescriptor(
  entity: string,
  idField: string,
  store: NamedEntityStore,
  only?: () => readonly string[],
): SearchDescriptor<NamedEntity> {
  const fields = {
    [idField]: { kind: 'string', get: (e: NamedEntity) => e.id },
    name: { kind: 'string', get: (e: NamedEntity) => e.name },
  } as const;
  return {
    entity,
    key: (e) => e.key,
    all: () => {
      if (only === undefined) return store.all();
      const ids = new Set(only());
      return [...store.all()].filter((e) => ids.has(e.id));
    },
    filters: fields,
    // Tenants also sort by their key; the other request schemas do not offer it.
    sorts: { ...fields, key: { kind: 'key', get: (e: NamedEntity) => e.key } },
  };
}

/** The search descriptor of mapping rules, restricted to some ids (all when undefined). */
export function mappingRuleDescriptor(
  identity: IdentityState,
  only?: () => readonly string[],
): SearchDescriptor<MappingRuleEntity> {
  const fields = {
    mappingRuleId: { kind: 'string', get: (m: MappingRuleEntity) => m.mappingRuleId },
    claimName: { kind: 'string', get: (m: MappingRuleEntity) => m.claimName },
    claimValue: { kind: 'string', get: (m: MappingRuleEntity) => m.claimValue },
    name: { kind: 'string', get: (m: MappingRuleEntity) => m.name },
  } as const;
  return {
    entity: 'mapping rule',
    key: (m) => m.key,
    all: () => {
      if (only === undefined) return identity.mappingRules.all();
      const ids = new Set(only());
      return [...identity.mappingRules.all()].filter((m) => ids.has(m.mappingRuleId));
    },
    filters: fields,
    sorts: fields,
  };
}
