import * as z from 'zod';
import type { SemanticKeyCompanion } from './semantic-key.js';

/**
 * The zod schema of a semantic key: a string that passes the companion's `is` check, typed as the branded key.
 * Validation rules live once, in the companion.
 */
export function semanticKeySchema<Key extends string>(companion: SemanticKeyCompanion<Key>): z.ZodType<Key> {
  const { pattern, minLength, maxLength } = companion.constraints;
  const rules = [
    pattern ? `matching ${pattern.source}` : undefined,
    minLength !== undefined || maxLength !== undefined
      ? `of length ${minLength ?? 0}..${maxLength ?? 'any'}`
      : undefined,
  ].filter((rule) => rule !== undefined);
  const message = `Expected a ${companion.typeName}${rules.length > 0 ? ` (a string ${rules.join(', ')})` : ''}`;
  return z.custom<Key>((value) => companion.is(value), { error: message });
}
