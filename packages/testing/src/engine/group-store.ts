import type { KeyGenerator } from '../key-generator.js';
import { createNamedEntityStore, type NamedEntityStore } from './named-entity-store.js';

/** The engine's groups by id. */
export type GroupStore = NamedEntityStore;

/** Creates the group store. */
export function createGroupStore(keys: KeyGenerator): GroupStore {
  return createNamedEntityStore(keys);
}
