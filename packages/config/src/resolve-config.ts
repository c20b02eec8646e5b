import type { AuthStrategy, CamundaConfig } from './camunda-config.js';
import { ConfigError, type ConfigIssue, type ConfigIssueCode } from './config-error.js';
import { configHost } from './config-host.js';
import type { ConfigOverrides } from './config-overrides.js';
import { CONFIG_SCHEMA, type ConfigKey, type ConfigKeyDefinition } from './config-schema.js';
import { deepFreeze } from './deep-freeze.js';
import { type ConfigValueDescription, displayValue, recordDescription } from './describe-config.js';
import { loadEnvFile } from './load-env-file.js';
import { type ParsedValue, parseValue, type RawValue } from './parse-value.js';
import { Secret } from './secret.js';

/** Inputs of `resolveConfig`; all optional. */
export interface ResolveConfigOptions {
  /**
   * Environment to read. Default `process.env` (read once, never modified); none in the `browser` and `worker`
   * builds, where configuration is explicit.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Explicit settings, the highest-precedence layer; keys mirror the env names. */
  readonly overrides?: ConfigOverrides;
  /** Directory against which `.env` and relative TLS paths are resolved. Default `process.cwd()` (Node build). */
  readonly cwd?: string;
}

type LayerSource = 'default' | '.env' | 'env' | 'override';

interface Layer {
  readonly source: LayerSource;
  /** Higher wins. */
  readonly rank: number;
  readonly values: Readonly<Record<string, unknown>>;
}

/** The value one key takes, and from where. */
interface Pick {
  readonly layer: Layer;
  /** The name that supplied it: the canonical key or an alias. */
  readonly variable: string;
  readonly raw: RawValue;
}

const LAYER_WORDING: Record<LayerSource, string> = {
  default: 'the defaults',
  '.env': '.env',
  env: 'the environment',
  override: 'overrides',
};

const definitions = new Map<string, ConfigKeyDefinition>(CONFIG_SCHEMA.map((def) => [def.name, def]));
const knownNames = new Set(CONFIG_SCHEMA.flatMap((def) => [def.name, ...def.aliases]));
const schemaOrder = new Map<string, number>(CONFIG_SCHEMA.map((def, index) => [def.name, index]));

function definition(key: ConfigKey): ConfigKeyDefinition {
  return definitions.get(key) as ConfigKeyDefinition;
}

/**
 * Resolves the SDK configuration from defaults < `.env` (when `CAMUNDA_LOAD_ENVFILE` asks) < environment <
 * `overrides`. Returns one deep-frozen `CamundaConfig`, or throws a `ConfigError` listing every problem.
 */
export function resolveConfig(options: ResolveConfigOptions = {}): CamundaConfig {
  const cwd = options.cwd ?? configHost.defaultCwd();
  const issues: ConfigIssue[] = [];
  const overrides: Readonly<Record<string, unknown>> = options.overrides ?? {};
  for (const name of Object.keys(overrides)) {
    if (!knownNames.has(name)) {
      issues.push({
        code: 'UNKNOWN_KEY',
        key: name,
        message: `overrides name an unknown key ${JSON.stringify(name)}`,
      });
    }
  }

  const defaults: Layer = {
    source: 'default',
    rank: 0,
    values: Object.fromEntries(CONFIG_SCHEMA.map((def) => [def.name, def.default])),
  };
  const env: Layer = { source: 'env', rank: 2, values: options.env ?? configHost.defaultEnv() };
  const override: Layer = { source: 'override', rank: 3, values: overrides };

  // The env file is chosen by the layers above it, then becomes a layer itself.
  const envFileKey = definition('CAMUNDA_LOAD_ENVFILE');
  const envFilePick = pickValue(envFileKey, [env, override], issues);
  let dotenvValues: Readonly<Record<string, unknown>> = {};
  if (envFilePick !== undefined) {
    const setting = parseValue(envFileKey, envFilePick.raw, cwd);
    if (setting.ok && typeof setting.value === 'string' && configHost.filesUnsupported !== undefined) {
      issues.push({
        code: 'UNSUPPORTED_RUNTIME',
        key: envFileKey.name,
        message: `${label(envFileKey, envFilePick)} asks for an env file, but ${configHost.filesUnsupported}`,
      });
    } else if (setting.ok && typeof setting.value === 'string') {
      const path = configHost.resolvePath(cwd, setting.value);
      const loaded = loadEnvFile(path);
      if (loaded.ok) dotenvValues = loaded.values;
      else {
        issues.push({
          code: 'UNREADABLE_FILE',
          key: envFileKey.name,
          message: `${label(envFileKey, envFilePick)} names an env file that cannot be read: ${JSON.stringify(path)} (${loaded.reason})`,
        });
      }
    }
  }
  const dotenv: Layer = { source: '.env', rank: 1, values: dotenvValues };
  const layers = [defaults, dotenv, env, override];

  const picks = new Map<string, Pick>();
  for (const def of CONFIG_SCHEMA) {
    const pick = def === envFileKey ? envFilePick : pickValue(def, layers, issues);
    if (pick !== undefined) picks.set(def.name, pick);
  }

  const shadowedBy = new Map<string, string>();
  resolveSharedTargets(picks, shadowedBy, issues);

  const parsed = new Map<string, ParsedValue>();
  for (const def of CONFIG_SCHEMA) {
    const pick = picks.get(def.name);
    if (pick === undefined || shadowedBy.has(def.name) || def === envFileKey) continue;
    const result = parseValue(def, pick.raw, cwd);
    if (result.ok) parsed.set(def.name, result.value);
    else {
      const value = result.namesValue ? '' : `, got ${showRaw(def, pick.raw)}`;
      issues.push(issue(result.code, def, `${label(def, pick)} ${result.problem}${value}`));
    }
  }

  const { strategy, inferred } = authStrategy(picks, parsed, issues);
  checkRequired(strategy, inferred, picks, issues);
  checkOrder(
    'CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS',
    'CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS',
    parsed,
    picks,
    issues,
  );
  checkOrder(
    'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_BASE_MS',
    'CAMUNDA_SDK_BACKPRESSURE_BACKOFF_MAX_MS',
    parsed,
    picks,
    issues,
  );

  if (issues.length > 0) {
    const rank = (issue: ConfigIssue) => schemaOrder.get(issue.key) ?? -1;
    throw new ConfigError([...issues].sort((a, b) => rank(a) - rank(b)));
  }

  // The disk cache switch wins over a configured directory: auth sees one unambiguous setting.
  if (parsed.get('CAMUNDA_TOKEN_DISK_CACHE_DISABLE') === true && picks.has('CAMUNDA_TOKEN_CACHE_DIR')) {
    parsed.delete('CAMUNDA_TOKEN_CACHE_DIR');
    shadowedBy.set('CAMUNDA_TOKEN_CACHE_DIR', 'CAMUNDA_TOKEN_DISK_CACHE_DISABLE');
  }
  parsed.set('CAMUNDA_AUTH_STRATEGY', strategy);

  const config = deepFreeze(buildConfig(parsed)) as unknown as CamundaConfig;
  recordDescription(config, describeEntries(picks, parsed, shadowedBy, inferred));
  return config;
}

function present(value: unknown): unknown {
  return value === undefined || value === null || value === '' ? undefined : value;
}

function isRawValue(value: unknown): value is RawValue {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Secret
  );
}

function plain(value: RawValue): string {
  return value instanceof Secret ? value.reveal() : String(value);
}

/**
 * The value a key takes from the highest layer that sets it. Within one layer an alias counts only when the
 * canonical name is unset; both set to different values is a conflict (reported for every layer).
 */
function pickValue(
  def: ConfigKeyDefinition,
  layers: readonly Layer[],
  issues: ConfigIssue[],
): Pick | undefined {
  let winner: Pick | undefined;
  for (const layer of layers) {
    let chosen: Pick | undefined;
    for (const name of [def.name, ...def.aliases]) {
      const raw = present(layer.values[name]);
      if (raw === undefined) continue;
      if (!isRawValue(raw)) {
        const message = `${name} from ${LAYER_WORDING[layer.source]} must be a string, number, boolean or Secret, got ${describeType(raw)}`;
        issues.push(issue('INVALID_TYPE', def, message));
        continue;
      }
      if (chosen === undefined) chosen = { layer, variable: name, raw };
      else if (plain(chosen.raw) !== plain(raw)) {
        const values = def.secret ? '' : ` (${showRaw(def, chosen.raw)} and ${showRaw(def, raw)})`;
        const message = `${chosen.variable} and its alias ${name} are both set in ${LAYER_WORDING[layer.source]} to different values${values}; keep one`;
        issues.push(issue('CONFLICT', def, message));
      }
    }
    if (chosen !== undefined) winner = chosen;
  }
  return winner;
}

/** Keys that feed one setting (inline PEM and its `…_PATH`): the higher layer wins, one layer may set only one. */
function resolveSharedTargets(
  picks: Map<string, Pick>,
  shadowedBy: Map<string, string>,
  issues: ConfigIssue[],
): void {
  const byTarget = new Map<string, ConfigKeyDefinition[]>();
  for (const def of CONFIG_SCHEMA) {
    if (def.target === undefined || !picks.has(def.name)) continue;
    byTarget.set(def.target, [...(byTarget.get(def.target) ?? []), def]);
  }
  for (const group of byTarget.values()) {
    if (group.length < 2) continue;
    const rankOf = (def: ConfigKeyDefinition) => (picks.get(def.name) as Pick).layer.rank;
    const top = Math.max(...group.map(rankOf));
    const winners = group.filter((def) => rankOf(def) === top);
    const [first] = winners as [ConfigKeyDefinition, ...ConfigKeyDefinition[]];
    if (winners.length > 1) {
      const names = winners.map((def) => def.name).join(' and ');
      const where = LAYER_WORDING[(picks.get(first.name) as Pick).layer.source];
      issues.push(issue('CONFLICT', first, `${names} are both set in ${where}; set only one`));
    }
    for (const def of group) if (def !== first) shadowedBy.set(def.name, first.name);
  }
}

function authStrategy(
  picks: ReadonlyMap<string, Pick>,
  parsed: ReadonlyMap<string, ParsedValue>,
  issues: ConfigIssue[],
): { strategy: AuthStrategy; inferred: boolean } {
  const explicit = parsed.get('CAMUNDA_AUTH_STRATEGY') as AuthStrategy | undefined;
  if (explicit !== undefined) return { strategy: explicit, inferred: false };
  // A strategy that failed to parse is already an issue; infer nothing on top of it.
  if (picks.has('CAMUNDA_AUTH_STRATEGY')) return { strategy: 'NONE', inferred: false };
  const oauth = ['CAMUNDA_CLIENT_ID', 'CAMUNDA_CLIENT_SECRET'].filter((key) => picks.has(key));
  const basic = ['CAMUNDA_BASIC_AUTH_USERNAME', 'CAMUNDA_BASIC_AUTH_PASSWORD'].filter((key) =>
    picks.has(key),
  );
  if (oauth.length > 0 && basic.length > 0) {
    const message = `CAMUNDA_AUTH_STRATEGY is unset but both OAuth (${oauth.join(', ')}) and basic (${basic.join(', ')}) credentials are set; set CAMUNDA_AUTH_STRATEGY to OAUTH or BASIC`;
    issues.push(issue('CONFLICT', definition('CAMUNDA_AUTH_STRATEGY'), message));
    return { strategy: 'NONE', inferred: true };
  }
  if (oauth.length > 0) return { strategy: 'OAUTH', inferred: true };
  if (basic.length > 0) return { strategy: 'BASIC', inferred: true };
  return { strategy: 'NONE', inferred: true };
}

function checkRequired(
  strategy: AuthStrategy,
  inferred: boolean,
  picks: ReadonlyMap<string, Pick>,
  issues: ConfigIssue[],
): void {
  const why = `when CAMUNDA_AUTH_STRATEGY is ${strategy}${inferred ? ' (inferred from the credentials set)' : ''}`;
  const required: Record<AuthStrategy, readonly ConfigKey[]> = {
    NONE: [],
    OAUTH: ['CAMUNDA_CLIENT_ID', 'CAMUNDA_CLIENT_SECRET'],
    BASIC: ['CAMUNDA_BASIC_AUTH_USERNAME', 'CAMUNDA_BASIC_AUTH_PASSWORD'],
  };
  for (const key of required[strategy]) {
    if (!picks.has(key)) issues.push(issue('MISSING_REQUIRED', definition(key), `${key} is required ${why}`));
  }

  const cert = picks.has('CAMUNDA_MTLS_CERT') || picks.has('CAMUNDA_MTLS_CERT_PATH');
  const key = picks.has('CAMUNDA_MTLS_KEY') || picks.has('CAMUNDA_MTLS_KEY_PATH');
  const passphrase = picks.has('CAMUNDA_MTLS_KEY_PASSPHRASE');
  if (cert && !key) {
    const message = 'CAMUNDA_MTLS_KEY or CAMUNDA_MTLS_KEY_PATH is required when an mTLS certificate is set';
    issues.push(issue('MISSING_REQUIRED', definition('CAMUNDA_MTLS_KEY'), message));
  } else if (passphrase && !key) {
    const message =
      'CAMUNDA_MTLS_KEY or CAMUNDA_MTLS_KEY_PATH is required when CAMUNDA_MTLS_KEY_PASSPHRASE is set';
    issues.push(issue('MISSING_REQUIRED', definition('CAMUNDA_MTLS_KEY'), message));
  }
  if (key && !cert) {
    const message = 'CAMUNDA_MTLS_CERT or CAMUNDA_MTLS_CERT_PATH is required when an mTLS key is set';
    issues.push(issue('MISSING_REQUIRED', definition('CAMUNDA_MTLS_CERT'), message));
  }
}

/** A base delay above its maximum is a contradiction, not something to clamp silently. */
function checkOrder(
  lowKey: ConfigKey,
  highKey: ConfigKey,
  parsed: ReadonlyMap<string, ParsedValue>,
  picks: ReadonlyMap<string, Pick>,
  issues: ConfigIssue[],
): void {
  const low = parsed.get(lowKey);
  const high = parsed.get(highKey);
  if (typeof low !== 'number' || typeof high !== 'number' || low <= high) return;
  const where = (key: ConfigKey) => picks.get(key)?.layer.source ?? 'default';
  const message = `${lowKey} (${low}, from ${LAYER_WORDING[where(lowKey)]}) must not exceed ${highKey} (${high}, from ${LAYER_WORDING[where(highKey)]})`;
  issues.push(issue('OUT_OF_RANGE', definition(lowKey), message));
}

function buildConfig(parsed: ReadonlyMap<string, ParsedValue>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const def of CONFIG_SCHEMA) {
    if (def.target === undefined) continue;
    const value = parsed.get(def.name);
    const path = def.target.split('.');
    const leaf = path.pop() as string;
    let node = root;
    for (const part of path) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    // Keys sharing a target: only the parsed (winning) one writes a value.
    if (value !== undefined) node[leaf] = value;
    else if (!def.omitWhenUnset && !(leaf in node)) node[leaf] = undefined;
  }
  return root;
}

function describeEntries(
  picks: ReadonlyMap<string, Pick>,
  parsed: ReadonlyMap<string, ParsedValue>,
  shadowedBy: ReadonlyMap<string, string>,
  inferred: boolean,
): ConfigValueDescription[] {
  return CONFIG_SCHEMA.map((def): ConfigValueDescription => {
    const key = def.name as ConfigKey;
    const pick = picks.get(def.name);
    if (pick === undefined) {
      if (def.name === 'CAMUNDA_AUTH_STRATEGY' && inferred) {
        return { key, value: displayValue(def, parsed.get(def.name)), source: 'inferred' };
      }
      return { key, value: undefined, source: 'unset' };
    }
    const shadow = shadowedBy.get(def.name) as ConfigKey | undefined;
    const value =
      def.type === 'file' || def.type === 'envfile'
        ? String(pick.raw)
        : shadow === undefined
          ? displayValue(def, parsed.get(def.name))
          : displayValue(def, pick.raw);
    return {
      key,
      value,
      source: pick.layer.source,
      ...(pick.variable === def.name ? {} : { via: pick.variable }),
      ...(shadow === undefined ? {} : { shadowedBy: shadow }),
    };
  });
}

function issue(code: ConfigIssueCode, def: ConfigKeyDefinition, message: string): ConfigIssue {
  return { code, key: def.name, message };
}

function label(def: ConfigKeyDefinition, pick: Pick): string {
  const alias = pick.variable === def.name ? '' : ` (alias of ${def.name})`;
  return `${pick.variable}${alias} from ${LAYER_WORDING[pick.layer.source]}`;
}

/** A raw value as it may appear in a message: secrets masked, URL credentials hidden, long text cut. */
function showRaw(def: ConfigKeyDefinition, raw: RawValue): string {
  if (raw instanceof Secret || (def.secret && def.type !== 'file')) return '***';
  if (typeof raw !== 'string') return String(raw);
  const text = def.type === 'url' || def.type === 'rest-url' ? raw.replace(/\/\/[^/?#]*@/, '//***@') : raw;
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

function describeType(value: unknown): string {
  if (typeof value !== 'object') return typeof value;
  return Array.isArray(value) ? 'an array' : 'an object';
}
