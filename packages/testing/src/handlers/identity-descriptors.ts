import type { MappingRuleEntity, NamedEntity } from '../engine/identity-records.js';
import type { IdentityState } from '../engine/identity-state.js';
import type { NamedEntityStore } from '../engine/named-entity-store.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { searchResponse } from './handler-support.js';

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
