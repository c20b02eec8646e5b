import type { Secret } from '@camunda-ts/config';

/** A secret as a plain string or as a config `Secret`; either way it is kept out of sight. */
export type SecretInput = string | Pick<Secret, 'reveal'>;

/**
 * Wraps a secret in a closure so it lives on no enumerable property: `util.inspect` of a provider or its
 * options object never shows it.
 */
export function revealer(secret: SecretInput): () => string {
  return typeof secret === 'string' ? () => secret : () => secret.reveal();
}
