import type { KeyGenerator } from '../key-generator.js';

/**
 * A deployed generic resource: an RPA script (`.rpa`) or any other file, neither a process, a DRG nor a form.
 */
export interface GenericResourceRecord {
  readonly key: string;
  readonly resourceId: string;
  readonly version: number;
  readonly versionTag: string | null;
  readonly resourceName: string;
  readonly tenantId: string;
  /** The file's bytes as deployed (a generic resource need not be text). */
  readonly content: Uint8Array;
  readonly deploymentKey: string;
}

/** Deployed generic resources, versioned per tenant and id like every other resource. */
export interface ResourceStore {
  deploy(input: Omit<GenericResourceRecord, 'key' | 'version'>): GenericResourceRecord;
  get(key: string): GenericResourceRecord | undefined;
  all(): Iterable<GenericResourceRecord>;
  delete(key: string): boolean;
  clear(): void;
  /** Captures every resource; the returned function puts exactly them back (backups). */
  snapshot(): () => void;
}

/** Creates the store. */
export function createResourceStore(keys: KeyGenerator): ResourceStore {
  const byKey = new Map<string, GenericResourceRecord>();
  const latest = new Map<string, GenericResourceRecord>();
  const highest = new Map<string, number>();
  return {
    deploy(input) {
      const k = `${input.tenantId}\u0000${input.resourceId}`;
      const current = latest.get(k);
      // Zeebe redeploys nothing when both the bytes and the file name are unchanged.
      if (
        current !== undefined &&
        current.resourceName === input.resourceName &&
        Buffer.from(current.content).equals(input.content)
      )
        return current;
      const version = (highest.get(k) ?? 0) + 1;
      highest.set(k, version);
      const record: GenericResourceRecord = { ...input, key: keys.next(), version };
      byKey.set(record.key, record);
      latest.set(k, record);
      return record;
    },
    get: (key) => byKey.get(key),
    all: () => byKey.values(),
    delete(key) {
      const record = byKey.get(key);
      if (record === undefined) return false;
      byKey.delete(key);
      const k = `${record.tenantId}\u0000${record.resourceId}`;
      if (latest.get(k) === record) {
        const previous = [...byKey.values()].filter(
          (r) => r.tenantId === record.tenantId && r.resourceId === record.resourceId,
        );
        const last = previous[previous.length - 1];
        if (last === undefined) latest.delete(k);
        else latest.set(k, last);
      }
      return true;
    },
    snapshot() {
      const saved = [[...byKey], [...latest], [...highest]] as const;
      return () => {
        byKey.clear();
        latest.clear();
        highest.clear();
        for (const [k, v] of saved[0]) byKey.set(k, v);
        for (const [k, v] of saved[1]) latest.set(k, v);
        for (const [k, v] of saved[2]) highest.set(k, v);
      };
    },
    clear() {
      byKey.clear();
      latest.clear();
      highest.clear();
    },
  };
}
