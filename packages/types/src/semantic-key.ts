import { InvalidKeyError, type InvalidKeyReason } from './invalid-key-error.js';

declare const semanticKeyBrand: unique symbol;

/**
 * A string branded with the name of its semantic type. Two different key types do not mix (a `JobKey` is not a
 * `ProcessInstanceKey`), yet every key is still a `string` wherever a string is expected.
 */
export type SemanticKey<Name extends string> = string & {
  /** Type-only brand: the key type's name. Never present at runtime. */
  readonly [semanticKeyBrand]: Name;
};

/** The rules a semantic key's value must follow, from the spec. */
export interface SemanticKeyConstraints {
  /** The value must match this. */
  readonly pattern?: RegExp;
  /** Shortest allowed value. */
  readonly minLength?: number;
  /** Longest allowed value. */
  readonly maxLength?: number;
}

/** The value-side companion of a semantic key type: `ProcessInstanceKey.of(raw)`, `ProcessInstanceKey.is(raw)`. */
export interface SemanticKeyCompanion<Key extends string> {
  /** The key type's name, e.g. `ProcessInstanceKey`. */
  readonly typeName: string;
  /** The rules a value must follow. */
  readonly constraints: SemanticKeyConstraints;
  /** Validates `raw` and returns it as the key type; throws {@link InvalidKeyError} when it does not fit. */
  of(raw: string): Key;
  /** True when `raw` is a string that fits the key type. */
  is(raw: unknown): raw is Key;
}

/**
 * Builds the companion of a semantic key type. The generated semantic-keys module calls this once per key with the
 * constraints from the spec.
 */
export function defineSemanticKey<Key extends string>(
  typeName: string,
  constraints: SemanticKeyConstraints,
): SemanticKeyCompanion<Key> {
  // Returns the broken rule without building an Error, so `is` stays cheap on hot validation paths.
  const problem = (raw: unknown): [InvalidKeyReason, string] | undefined => {
    if (typeof raw !== 'string') {
      return ['type', `expected a string, got ${raw === null ? 'null' : typeof raw}`];
    }
    const { minLength, maxLength, pattern } = constraints;
    if (minLength !== undefined && raw.length < minLength) {
      return ['minLength', `length ${raw.length} is below the minimum of ${minLength}`];
    }
    if (maxLength !== undefined && raw.length > maxLength) {
      return ['maxLength', `length ${raw.length} exceeds the maximum of ${maxLength}`];
    }
    if (pattern !== undefined && !pattern.test(raw)) {
      return ['pattern', `does not match the pattern ${pattern.source}`];
    }
    return undefined;
  };
  return Object.freeze({
    typeName,
    constraints: Object.freeze({ ...constraints }),
    of(raw: string): Key {
      const broken = problem(raw);
      if (broken) throw new InvalidKeyError(typeName, ...broken);
      return raw as Key;
    },
    is(raw: unknown): raw is Key {
      return problem(raw) === undefined;
    },
  });
}
