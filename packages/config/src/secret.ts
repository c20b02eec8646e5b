/** `util.inspect.custom`, by its registered name: the same symbol without importing `node:util`. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
/** Deno's `Deno.inspect` hook. */
const DENO_INSPECT = Symbol.for('Deno.customInspect');

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

  /** Always the mask (`util.inspect`, `console.log` in Node and Bun). */
  [INSPECT](): string {
    return MASK;
  }

  /** Always the mask (`console.log` in Deno). */
  [DENO_INSPECT](): string {
    return MASK;
  }
}
