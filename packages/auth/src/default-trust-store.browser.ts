import type { TrustStoreFiles, TrustStoreSource } from './default-trust-store.js';

/** The `browser` and `worker` builds have no Node trust store to read: the runtime's own store applies. */
export function defaultTrustStore(
  _source?: TrustStoreSource,
  _env?: Readonly<Record<string, string | undefined>>,
  _files?: TrustStoreFiles,
): string[] {
  return [];
}
