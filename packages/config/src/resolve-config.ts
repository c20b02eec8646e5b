import type { AuthStrategy, CamundaConfig } from './camunda-config.js';
import { ConfigError, type ConfigIssue, type ConfigIssueCode } from './config-error.js';
import { configHost } from './config-host.js';
import type { ConfigOverrides } from './config-overrides.js';
import {
  CONFIG_SCHEMA,
  type ConfigKey,
  type ConfigKeyDefinition,
  type ConfigWarning,
} from './config-schema.js';
import { deepFreeze } from './deep-freeze.js';
import { type ConfigValueDescription, displayValue, recordDescription } from './describe-config.js';
import { loadEnvFile } from './load-env-file.js';
import { type ParsedValue, parseValue, type RawValue, usesFanaticalMode } from './parse-value.js';
import { Secret } from './secret.js';
import { suggestKey } from './suggest-key.js';

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

/** Environment names that may belong to this SDK; an unknown one earns an `UNKNOWN_KEY` warning. */
const OWN_PREFIXES = ['CAMUNDA_', 'ZEEBE_'];

/**
 * Resolves the SDK configuration from defaults < `.env` (when `CAMUNDA_LOAD_ENVFILE` asks) < environment <
 * `overrides`. Returns one deep-frozen `CamundaConfig` (with `warnings` for settings that were accepted but
 * deserve attention), or throws a `ConfigError` listing every problem.
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
      const path = configHost.resolvePath(cwd, expandHome(setting.value));
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
  const warnings: ConfigWarning[] = [];
  resolveSharedTargets(picks, shadowedBy, issues, warnings);

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
    throw new ConfigError(
      [...issues].sort((a, b) => rank(a) - rank(b)),
      [...warnings, ...settingWarnings(picks), ...unknownNameWarnings([dotenv, env])],
    );
  }

  // The disk cache switch wins over a configured directory: auth sees one unambiguous setting.
  if (parsed.get('CAMUNDA_TOKEN_DISK_CACHE_DISABLE') === true && picks.has('CAMUNDA_TOKEN_CACHE_DIR')) {
    parsed.delete('CAMUNDA_TOKEN_CACHE_DIR');
    shadowedBy.set('CAMUNDA_TOKEN_CACHE_DIR', 'CAMUNDA_TOKEN_DISK_CACHE_DISABLE');
  }
  parsed.set('CAMUNDA_AUTH_STRATEGY', strategy);
  const supportLogPath = parsed.get('CAMUNDA_SUPPORT_LOG_FILE_PATH');
  if (typeof supportLogPath === 'string') {
    parsed.set('CAMUNDA_SUPPORT_LOG_FILE_PATH', configHost.resolvePath(cwd, expandHome(supportLogPath)));
  }

  warnings.push(...settingWarnings(picks), ...unknownNameWarnings([dotenv, env]));
  const built = buildConfig(parsed);
  built.warnings = warnings.map((warning) => Object.freeze(warning));
  const config = deepFreeze(built) as unknown as CamundaConfig;
  recordDescription(config, describeEntries(picks, parsed, shadowedBy, inferred));
  return config;
}

/** `~` and `~/…` name the home directory, as a shell would expand them. */
function expandHome(path: string): string {
  if (path === '~') return configHost.homeDir();
  if (path.startsWith('~/') || path.startsWith('~\\'))
    return configHost.resolvePath(configHost.homeDir(), path.slice(2));
  return path;
}

/** One warning per accepted setting that deserves attention: deprecated aliases, other SDKs' keys, `fanatical`. */
function settingWarnings(picks: ReadonlyMap<string, Pick>): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  for (const def of CONFIG_SCHEMA) {
    const pick = picks.get(def.name);
    if (pick === undefined || pick.layer.source === 'default') continue;
    const aliasNote = def.aliasNotes?.[pick.variable];
    if (aliasNote !== undefined) {
      warnings.push({
        code: 'LEGACY_KEY',
        key: pick.variable,
        message: `${pick.variable} ${aliasNote}; it is read as ${def.name}, set that instead`,
        suggestion: def.name,
      });
    }
    if (def.compat !== undefined) {
      const instead = def.compat.suggestion === undefined ? '' : `; see ${def.compat.suggestion}`;
      warnings.push({
        code: def.compat.code,
        key: pick.variable,
        message: `${pick.variable} ${def.compat.note}${instead}`,
        ...(def.compat.suggestion === undefined ? {} : { suggestion: def.compat.suggestion }),
      });
    }
    if (def.type === 'validation' && usesFanaticalMode(pick.raw)) {
      warnings.push({
        code: 'CONVERTED_VALUE',
        key: pick.variable,
        message: `${pick.variable}: the official SDK's 'fanatical' mode is read as 'strict' (a payload that does not match the spec throws a ValidationError)`,
        suggestion: 'strict',
      });
    }
  }
  return warnings;
}

/** An unknown `CAMUNDA_*` / `ZEEBE_*` name has no effect: say so once, with the nearest known name. */
function unknownNameWarnings(layers: readonly Layer[]): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const seen = new Set<string>();
  for (const layer of layers) {
    for (const name of Object.keys(layer.values)) {
      if (seen.has(name) || knownNames.has(name) || present(layer.values[name]) === undefined) continue;
      if (!OWN_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
      seen.add(name);
      const suggestion = suggestKey(name, knownNames);
      const hint = suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
      warnings.push({
        code: 'UNKNOWN_KEY',
        key: name,
        message: `${name} (from ${LAYER_WORDING[layer.source]}) is not a camunda-ts setting and has no effect${hint}`,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
  }
  return warnings;
}

function present(value: unknown): unknown {
  return value === undefined || value === null || value === '' ? undefined : value;
}

function isRawValue(value: unknown): value is RawValue {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Secret ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}

function plain(value: RawValue): string {
  if (Array.isArray(value)) return value.join(',');
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

/**
 * Keys that feed one setting: the higher layer wins. In one layer, inline PEM wins over its `…_PATH` (as in both
 * official SDKs, with a warning); any other pair set in one layer is a conflict.
 */
function resolveSharedTargets(
  picks: Map<string, Pick>,
  shadowedBy: Map<string, string>,
  issues: ConfigIssue[],
  warnings: ConfigWarning[],
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
    const tied = group.filter((def) => rankOf(def) === top);
    const inline = tied.find((def) => def.type === 'pem');
    const winners =
      inline !== undefined && tied.every((def) => def === inline || def.type === 'file') ? [inline] : tied;
    const [first] = winners as [ConfigKeyDefinition, ...ConfigKeyDefinition[]];
    for (const def of tied) {
      if (def === first || winners.length > 1) continue;
      const variable = (picks.get(def.name) as Pick).variable;
      const winner = (picks.get(first.name) as Pick).variable;
      warnings.push({
        code: 'IGNORED_KEY',
        key: variable,
        message: `${variable} is ignored: ${winner} is set in the same place and the inline value wins; set only one`,
        suggestion: winner,
      });
    }
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
    if (value !== undefined) {
      node[leaf] = def.toConfig !== undefined && typeof value === 'number' ? def.toConfig(value) : value;
    } else if (!def.omitWhenUnset && !(leaf in node)) node[leaf] = undefined;
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
  if (Array.isArray(raw)) return JSON.stringify(raw.join(','));
  if (typeof raw !== 'string') return String(raw);
  const text = def.type === 'url' || def.type === 'rest-url' ? raw.replace(/\/\/[^/?#]*@/, '//***@') : raw;
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

function describeType(value: unknown): string {
  if (typeof value !== 'object') return typeof value;
  return Array.isArray(value) ? 'an array' : 'an object';
}
