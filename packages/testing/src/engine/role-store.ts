import type { KeyGenerator } from '../key-generator.js';
import { createNamedEntityStore, type NamedEntityStore } from './named-entity-store.js';

/** The engine's roles by id. */
export type RoleStore = NamedEntityStore;

/** Creates the role store. */
export function createRoleStore(keys: KeyGenerator): RoleStore {
  return createNamedEntityStore(keys);
}
