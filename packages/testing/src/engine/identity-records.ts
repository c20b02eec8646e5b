/** A user of the engine: a Basic-auth login. The password is kept only as a scrypt hash. */
export interface UserEntity {
  readonly key: string;
  readonly username: string;
  name: string | null;
  email: string | null;
  passwordHash: string;
}

/** A group, role or tenant: an id, a display name and an optional description. */
export interface NamedEntity {
  readonly key: string;
  readonly id: string;
  name: string;
  description: string | null;
}

/** A mapping rule: token principals whose claim `claimName` holds `claimValue` are its members. */
export interface MappingRuleEntity {
  readonly key: string;
  readonly mappingRuleId: string;
  claimName: string;
  claimValue: string;
  name: string;
}

/** Owner types of authorizations and members of groups, roles and tenants. */
export type OwnerType = 'USER' | 'CLIENT' | 'ROLE' | 'GROUP' | 'MAPPING_RULE' | 'UNSPECIFIED';

/** A grant of permissions on a resource type to one owner. */
export interface AuthorizationEntity {
  readonly key: string;
  ownerId: string;
  ownerType: OwnerType;
  resourceType: string;
  /** `*` for every resource of the type; null for a property-based grant. */
  resourceId: string | null;
  /** A property-based grant (`assignee`, `candidateUsers`, `candidateGroups` of user tasks); else null. */
  resourcePropertyName: string | null;
  permissionTypes: string[];
}
