import type { ConfigSchema } from './config-schema.js';
import type { Secret } from './secret.js';

type KeyDefinition = ConfigSchema[number];

/** What an override may hold for one key: the env string, or the typed value it parses to. */
export type ConfigOverrideValue<D extends KeyDefinition> = D['type'] extends 'integer' | 'number'
  ? number | string
  : D['type'] extends 'boolean' | 'envfile'
    ? boolean | string
    : D['type'] extends 'file'
      ? string
      : D['type'] extends 'list'
        ? string | readonly string[]
        : D extends {
              /** Marks a secret key. */
              readonly secret: true;
            }
          ? string | Secret
          : D extends {
                /** An enumerated key. */
                readonly type: 'enum';
                /** Its accepted values. */
                readonly values: readonly (infer V extends string)[];
              }
            ? V | (string & {})
            : string;

/**
 * Explicit settings, the highest-precedence layer. Keys mirror the environment variable names (aliases
 * included); values are env strings or their typed form (`CAMUNDA_SDK_HTTP_TIMEOUT_MS: 10_000`). `undefined`
 * and `''` count as unset.
 */
export type ConfigOverrides = {
  readonly [D in KeyDefinition as D['name'] | D['aliases'][number]]?: ConfigOverrideValue<D> | undefined;
};
