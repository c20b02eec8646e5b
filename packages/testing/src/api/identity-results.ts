import type {
  AuthorizationEntity,
  MappingRuleEntity,
  NamedEntity,
  UserEntity,
} from '../engine/identity-records.js';

// Shapes of the spec's identity result schemas; nullable fields are null, never absent.

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
