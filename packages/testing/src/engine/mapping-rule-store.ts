import type { KeyGenerator } from '../key-generator.js';
import type { MappingRuleEntity } from './identity-records.js';

/** The engine's mapping rules by id. */
export interface MappingRuleStore {
  get(mappingRuleId: string): MappingRuleEntity | undefined;
  /** The rule with this claim name and value, if any (a claim can be mapped only once). */
  byClaim(claimName: string, claimValue: string): MappingRuleEntity | undefined;
  create(rule: Omit<MappingRuleEntity, 'key'>): MappingRuleEntity;
  delete(mappingRuleId: string): boolean;
  all(): Iterable<MappingRuleEntity>;
  /** The rules a token's claims satisfy: the claim equals the value, or is an array holding it. */
  matching(claims: Readonly<Record<string, unknown>>): MappingRuleEntity[];
  clear(): void;
}

const claimHolds = (claim: unknown, value: string): boolean =>
  Array.isArray(claim)
    ? claim.some((c) => String(c) === value)
    : claim !== undefined && String(claim) === value;

/** Creates the mapping-rule store. */
export function createMappingRuleStore(keys: KeyGenerator): MappingRuleStore {
  const byId = new Map<string, MappingRuleEntity>();
  return {
    get: (id) => byId.get(id),
    byClaim(claimName, claimValue) {
      for (const rule of byId.values())
        if (rule.claimName === claimName && rule.claimValue === claimValue) return rule;
      return undefined;
    },
    create(rule) {
      const entity: MappingRuleEntity = { key: keys.next(), ...rule };
      byId.set(entity.mappingRuleId, entity);
      return entity;
    },
    delete: (id) => byId.delete(id),
    all: () => byId.values(),
    matching: (claims) =>
      [...byId.values()].filter((rule) => claimHolds(claims[rule.claimName], rule.claimValue)),
    clear: () => byId.clear(),
  };
}
