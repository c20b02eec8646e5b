import type { KeyGenerator } from '../key-generator.js';
import type { NamedEntity } from './identity-records.js';

/** Groups, roles and tenants by id, in creation order. */
export interface NamedEntityStore {
  get(id: string): NamedEntity | undefined;
  /** Creates the entity; undefined when the id is taken. */
  create(id: string, name: string, description: string | null): NamedEntity | undefined;
  delete(id: string): boolean;
  all(): Iterable<NamedEntity>;
  clear(): void;
}

/** Creates a store of named entities (the shared shape of groups, roles and tenants). */
export function createNamedEntityStore(keys: KeyGenerator): NamedEntityStore {
  const byId = new Map<string, NamedEntity>();
  return {
    get: (id) => byId.get(id),
    create(id, name, description) {
      if (byId.has(id)) return undefined;
      const entity: NamedEntity = { key: keys.next(), id, name, description };
      byId.set(id, entity);
      return entity;
    },
    delete: (id) => byId.delete(id),
    all: () => byId.values(),
    clear: () => byId.clear(),
  };
}
