/** Hands out engine keys: int64 values as decimal strings, unique and strictly increasing. */
export interface KeyGenerator {
  next(): string;
}

// Zeebe encodes the partition in the high bits of a key (partition << 51); the engine plays partition 1, so its
// keys look like a real cluster's (2251799813685249, …) and stay exact in a double far beyond any test's needs.
const PARTITION_ONE_BASE = 2 ** 51;

/** Creates a key generator for partition 1. */
export function createKeyGenerator(): KeyGenerator {
  let counter = 0;
  return {
    next() {
      counter += 1;
      return String(PARTITION_ONE_BASE + counter);
    },
  };
}
