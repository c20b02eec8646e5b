import type { KeyGenerator } from '../key-generator.js';
import type { AuthorizationEntity, OwnerType } from './identity-records.js';

/** The engine's authorizations by key. */
export interface AuthorizationStore {
  get(key: string): AuthorizationEntity | undefined;
  create(grant: Omit<AuthorizationEntity, 'key'>): AuthorizationEntity;
  delete(key: string): boolean;
  /** Drops every authorization of an owner (when the owner is deleted). */
  deleteOwnedBy(ownerType: OwnerType, ownerId: string): void;
  all(): Iterable<AuthorizationEntity>;
  clear(): void;
}

/** Creates the authorization store. */
export function createAuthorizationStore(keys: KeyGenerator): AuthorizationStore {
  const byKey = new Map<string, AuthorizationEntity>();
  return {
    get: (key) => byKey.get(key),
    create(grant) {
      const entity: AuthorizationEntity = { key: keys.next(), ...grant };
      byKey.set(entity.key, entity);
      return entity;
    },
    delete: (key) => byKey.delete(key),
    deleteOwnedBy(ownerType, ownerId) {
      for (const [key, a] of byKey) if (a.ownerType === ownerType && a.ownerId === ownerId) byKey.delete(key);
    },
    all: () => byKey.values(),
    clear: () => byKey.clear(),
  };
}
