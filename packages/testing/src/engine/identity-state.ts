import type { KeyGenerator } from '../key-generator.js';
import { type AuthorizationStore, createAuthorizationStore } from './authorization-store.js';
import { createGroupStore, type GroupStore } from './group-store.js';
import type { AuthorizationEntity, OwnerType } from './identity-records.js';
import { createMappingRuleStore, type MappingRuleStore } from './mapping-rule-store.js';
import { createMembershipStore, type MembershipStore } from './membership-store.js';
import { RESOURCE_PERMISSIONS } from './resource-permissions.js';
import { createRoleStore, type RoleStore } from './role-store.js';
import { createTenantStore, type TenantStore } from './tenant-store.js';
import { createUserStore, type UserStore } from './user-store.js';

/** Who sent a request: a Basic-auth user or the OAuth client a token was issued to, with the token's claims. */
export interface Principal {
  readonly type: 'USER' | 'CLIENT';
  readonly id: string;
  readonly claims: Readonly<Record<string, unknown>>;
}

/** What a principal may do: its groups, roles, tenants and mapping rules, and the grants that apply to it. */
export interface PrincipalAccess {
  readonly principal: Principal;
  readonly groups: readonly string[];
  readonly roles: readonly string[];
  readonly tenants: readonly string[];
  readonly mappingRules: readonly string[];
  /** Every authorization owned by the principal, its groups, roles or mapping rules. */
  readonly authorizations: readonly AuthorizationEntity[];
  /** True when a grant of `permission` on `resourceType` covers `*` or one of `resourceIds`. */
  isAuthorized(resourceType: string, permission: string, resourceIds?: readonly string[]): boolean;
  hasTenant(tenantId: string): boolean;
}

/** The identity entities of the engine and what they add up to for a principal. */
export interface IdentityState {
  readonly users: UserStore;
  readonly groups: GroupStore;
  readonly roles: RoleStore;
  readonly tenants: TenantStore;
  readonly mappingRules: MappingRuleStore;
  readonly authorizations: AuthorizationStore;
  readonly memberships: MembershipStore;
  accessOf(principal: Principal): PrincipalAccess;
  /** Drops everything created since start and restores the defaults. */
  reset(): void;
}

/** Users and clients that exist from the start (the configured credentials), each an admin. */
export interface IdentitySeed {
  readonly users: ReadonlyArray<{ readonly username: string; readonly password: string }>;
  readonly adminClients: readonly string[];
}

/** The tenant every resource belongs to unless it names another. */
export const DEFAULT_TENANT_ID = '<default>';

/** The roles a Camunda 8.10 cluster starts with. */
export const DEFAULT_ROLES: ReadonlyArray<{ readonly id: string; readonly name: string }> = [
  { id: 'admin', name: 'Admin' },
  { id: 'readonly-admin', name: 'Readonly Admin' },
  { id: 'connectors', name: 'Connectors' },
  { id: 'rpa', name: 'RPA' },
  { id: 'task-worker', name: 'Task Worker' },
  { id: 'app-integrations', name: 'App Integrations' },
];

// What the default roles may do beyond `admin` (everything) and `readonly-admin` (every read).
const ROLE_GRANTS: Readonly<Record<string, ReadonlyArray<readonly [string, readonly string[]]>>> = {
  connectors: [
    ['PROCESS_DEFINITION', ['READ_PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE']],
    ['MESSAGE', ['CREATE']],
    ['DOCUMENT', ['CREATE', 'READ', 'DELETE']],
  ],
  rpa: [
    ['PROCESS_DEFINITION', ['READ_PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE']],
    ['RESOURCE', ['READ']],
  ],
  'task-worker': [['PROCESS_DEFINITION', ['READ_PROCESS_DEFINITION', 'UPDATE_PROCESS_INSTANCE']]],
  'app-integrations': [
    ['PROCESS_DEFINITION', ['READ_PROCESS_DEFINITION', 'CREATE_PROCESS_INSTANCE', 'UPDATE_PROCESS_INSTANCE']],
    ['MESSAGE', ['CREATE']],
  ],
};

const isRead = (permission: string) => permission === 'READ' || permission.startsWith('READ_');

/** Creates the identity state, seeded with the default tenant and roles and the configured credentials. */
export function createIdentityState(keys: KeyGenerator, seed: IdentitySeed): IdentityState {
  const users = createUserStore(keys);
  const groups = createGroupStore(keys);
  const roles = createRoleStore(keys);
  const tenants = createTenantStore(keys);
  const mappingRules = createMappingRuleStore(keys);
  const authorizations = createAuthorizationStore(keys);
  const memberships = createMembershipStore();

  const grant = (roleId: string, resourceType: string, permissionTypes: readonly string[]) =>
    authorizations.create({
      ownerId: roleId,
      ownerType: 'ROLE',
      resourceType,
      resourceId: '*',
      resourcePropertyName: null,
      permissionTypes: [...permissionTypes],
    });

  const seedDefaults = () => {
    tenants.create(DEFAULT_TENANT_ID, 'Default', null);
    for (const role of DEFAULT_ROLES) roles.create(role.id, role.name, null);
    for (const [resourceType, permissions] of Object.entries(RESOURCE_PERMISSIONS)) {
      grant('admin', resourceType, permissions);
      const reads = permissions.filter(isRead);
      if (reads.length > 0) grant('readonly-admin', resourceType, reads);
    }
    for (const [roleId, grants] of Object.entries(ROLE_GRANTS))
      for (const [resourceType, permissions] of grants) grant(roleId, resourceType, permissions);
    for (const user of seed.users) {
      users.create(user.username, user.password, user.username, null);
      memberships.add({ memberType: 'USER', memberId: user.username, target: 'ROLE', targetId: 'admin' });
      memberships.add({
        memberType: 'USER',
        memberId: user.username,
        target: 'TENANT',
        targetId: DEFAULT_TENANT_ID,
      });
    }
    for (const clientId of seed.adminClients) {
      memberships.add({ memberType: 'CLIENT', memberId: clientId, target: 'ROLE', targetId: 'admin' });
      memberships.add({
        memberType: 'CLIENT',
        memberId: clientId,
        target: 'TENANT',
        targetId: DEFAULT_TENANT_ID,
      });
    }
  };
  seedDefaults();

  const accessOf = (principal: Principal): PrincipalAccess => {
    const rules = mappingRules.matching(principal.claims).map((r) => r.mappingRuleId);
    const direct: Array<readonly [OwnerType & ('USER' | 'CLIENT' | 'MAPPING_RULE'), string]> = [
      [principal.type, principal.id],
      ...rules.map((id) => ['MAPPING_RULE', id] as const),
    ];
    const groupIds = new Set<string>();
    for (const [type, id] of direct)
      for (const g of memberships.targetsOf(type, id, 'GROUP')) groupIds.add(g);
    const holders: Array<readonly ['USER' | 'CLIENT' | 'MAPPING_RULE' | 'GROUP', string]> = [
      ...direct,
      ...[...groupIds].map((id) => ['GROUP', id] as const),
    ];
    const roleIds = new Set<string>();
    for (const [type, id] of holders) for (const r of memberships.targetsOf(type, id, 'ROLE')) roleIds.add(r);
    const tenantIds = new Set<string>();
    for (const [type, id] of [...holders, ...[...roleIds].map((r) => ['ROLE', r] as const)]) {
      for (const t of memberships.targetsOf(type, id, 'TENANT')) tenantIds.add(t);
    }
    const owners = new Set<string>([
      ...holders.map(([type, id]) => `${type}\u0000${id}`),
      ...[...roleIds].map((id) => `ROLE\u0000${id}`),
    ]);
    const owned = [...authorizations.all()].filter((a) => owners.has(`${a.ownerType}\u0000${a.ownerId}`));
    return {
      principal,
      groups: [...groupIds],
      roles: [...roleIds],
      tenants: [...tenantIds],
      mappingRules: rules,
      authorizations: owned,
      isAuthorized(resourceType, permission, resourceIds = []) {
        return owned.some(
          (a) =>
            a.resourceType === resourceType &&
            a.permissionTypes.includes(permission) &&
            a.resourceId !== null &&
            (a.resourceId === '*' || resourceIds.includes(a.resourceId)),
        );
      },
      hasTenant: (tenantId) => tenantIds.has(tenantId),
    };
  };

  return {
    users,
    groups,
    roles,
    tenants,
    mappingRules,
    authorizations,
    memberships,
    accessOf,
    reset() {
      users.clear();
      groups.clear();
      roles.clear();
      tenants.clear();
      mappingRules.clear();
      authorizations.clear();
      memberships.clear();
      seedDefaults();
    },
  };
}
