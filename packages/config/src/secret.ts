import { inspect } from 'node:util';

const secretValue = new WeakMap<Secret, string>();
const MASK = '***';

/**
 * A secret string that never prints itself: `toString`, `JSON.stringify` and `util.inspect` all show
 * `***`. Call `reveal()` at the one place the raw value is needed (a header, a TLS option).
 */
export class Secret {
  constructor(value: string) {
    secretValue.set(this, value);
    Object.freeze(this);
  }

  /** The raw value. */
  reveal(): string {
    return secretValue.get(this) as string;
  }

  /** Always the mask. */
  toString(): string {
    return MASK;
  }

  /** Always the mask. */
  toJSON(): string {
    return MASK;
  }

  /** Always the mask. */
  [inspect.custom](): string {
    return MASK;
  }
}
