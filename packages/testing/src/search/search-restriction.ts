import { AsyncLocalStorage } from 'node:async_hooks';
import type { SearchDescriptor } from './search-query.js';

/**
 * What the caller of a search may see: given the descriptor of the entity searched, a predicate over its items,
 * or undefined when every item is visible.
 */
export type SearchRestriction = <T>(descriptor: SearchDescriptor<T>) => ((item: T) => boolean) | undefined;

// The restriction travels with the request through async context, so every search handler is filtered without
// knowing about authorizations or tenants.
const current = new AsyncLocalStorage<SearchRestriction>();

/** Runs `fn` with every search inside it filtered by `restriction`. */
export function withSearchRestriction<R>(restriction: SearchRestriction, fn: () => R): R {
  return current.run(restriction, fn);
}

/** The restriction of the request being handled, if any. */
export function currentSearchRestriction(): SearchRestriction | undefined {
  return current.getStore();
}
