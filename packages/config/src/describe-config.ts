import type { CamundaConfig } from './camunda-config.js';
import { CONFIG_SCHEMA, type ConfigKey, type ConfigKeyDefinition } from './config-schema.js';
import { Secret } from './secret.js';

/**
 * Where a value came from: a layer (`default`, `.env`, `env`, `override`), `inferred` (the auth strategy when
 * unset), `unset`, or `unknown` for a config that `resolveConfig` did not produce.
 */
export type ConfigSource = 'default' | '.env' | 'env' | 'override' | 'inferred' | 'unset' | 'unknown';

/** One key's effective value, safe to log: secrets are `***`, PEM text is summarised, file keys show the path. */
export interface ConfigValueDescription {
  /** The canonical key name. */
  readonly key: ConfigKey;
  /** The effective value; secrets masked as `***`. */
  readonly value: string | number | boolean | undefined;
  /** Which layer supplied the value. */
  readonly source: ConfigSource;
  /** The alias that supplied the value, when it was not the canonical name. */
  readonly via?: string;
  /** The key that took this one's effect: a higher-layer PEM path over inline PEM, or the disk cache switch. */
  readonly shadowedBy?: ConfigKey;
}

const MASK = '***';
const descriptions = new WeakMap<CamundaConfig, readonly ConfigValueDescription[]>();

/** Remembers how `config` was resolved, for `describeConfig`. The config itself stays exactly `CamundaConfig`. */
export function recordDescription(config: CamundaConfig, entries: readonly ConfigValueDescription[]): void {
  descriptions.set(config, Object.freeze(entries.map((entry) => Object.freeze(entry))));
}

/** A log-safe rendering of one parsed value. */
export function displayValue(def: ConfigKeyDefinition, value: unknown): ConfigValueDescription['value'] {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Secret || def.secret) return MASK;
  if (def.type === 'pem' || def.type === 'file') return `PEM (${String(value).length} characters)`;
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'object') {
    const { request, response } = value as { request: string; response: string };
    return request === response ? request : `req:${request},res:${response}`;
  }
  return value as string | number | boolean;
}

/**
 * Every key's effective value and where it came from (default, .env, env, override, inferred), secrets
 * masked. Handy at startup: `console.table(describeConfig(config))` or `logger.info({ config: … })`.
 */
export function describeConfig(config: CamundaConfig): readonly ConfigValueDescription[] {
  const recorded = descriptions.get(config);
  if (recorded !== undefined) return recorded;
  // A config built by hand: the values are there, their origins are not.
  return Object.freeze(
    CONFIG_SCHEMA.map((def) => {
      const value = def.type === 'file' ? undefined : displayValue(def, readPath(config, def.target));
      return Object.freeze({ key: def.name as ConfigKey, value, source: 'unknown' as const });
    }),
  );
}

function readPath(root: unknown, path: string | undefined): unknown {
  if (path === undefined) return undefined;
  let node = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
