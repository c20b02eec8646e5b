import type { KeyGenerator } from '../key-generator.js';
import { createNamedEntityStore, type NamedEntityStore } from './named-entity-store.js';

/** The engine's tenants by id. */
export type TenantStore = NamedEntityStore;

/** Creates the tenant store. */
export function createTenantStore(keys: KeyGenerator): TenantStore {
  return createNamedEntityStore(keys);
}
