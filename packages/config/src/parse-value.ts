import type { ValidationMode } from './camunda-config.js';
import type { ConfigIssueCode } from './config-error.js';
import { configHost } from './config-host.js';
import type { ConfigKeyDefinition } from './config-schema.js';
import { Secret } from './secret.js';

/** A raw value as one layer supplies it: env and `.env` give strings, overrides may give typed values. */
export type RawValue = string | number | boolean | Secret | readonly string[];

/** What a key's value becomes after parsing. `undefined` only for `envfile` words that turn loading off. */
export type ParsedValue =
  | string
  | number
  | boolean
  | Secret
  | { readonly request: ValidationMode; readonly response: ValidationMode }
  | readonly string[]
  | undefined;

/**
 * Result of parsing one raw value. On failure, `problem` completes "<key> …" (e.g. "must be an integer");
 * `namesValue` says it already quotes the offending value.
 */
export type ParseResult =
  | { readonly ok: true; readonly value: ParsedValue }
  | {
      readonly ok: false;
      readonly code: ConfigIssueCode;
      readonly problem: string;
      readonly namesValue?: true;
    };

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);
const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const VALIDATION_MODES: readonly ValidationMode[] = ['none', 'warn', 'strict'];
/** The official SDK's strictest mode; read as `strict` (with a warning from `resolveConfig`). */
const FANATICAL = 'fanatical';

function fail(code: ConfigIssueCode, problem: string): ParseResult {
  return { ok: false, code, problem };
}

function ok(value: ParsedValue): ParseResult {
  return { ok: true, value };
}

/** Parses one raw value by its key's type. Never throws: every failure becomes a `ParseResult`. */
export function parseValue(def: ConfigKeyDefinition, input: RawValue, cwd: string): ParseResult {
  let raw: string | number | boolean;
  if (Array.isArray(input)) {
    if (def.type !== 'list') return fail('INVALID_TYPE', 'takes a single value, not a list');
    return parseList(input.join(','));
  }
  if (input instanceof Secret) {
    if (!def.secret || def.type === 'file') return fail('INVALID_TYPE', 'takes a plain value, not a Secret');
    raw = input.reveal();
  } else {
    raw = input as string | number | boolean;
  }
  switch (def.type) {
    case 'integer':
      return parseInteger(def, raw);
    case 'number':
      return parseNumber(def, raw);
    case 'boolean':
      return parseBoolean(raw);
    case 'enum':
      return parseEnum(def, String(raw));
    case 'url':
      return parseUrl(String(raw), false);
    case 'rest-url':
      return parseUrl(String(raw), true);
    case 'validation':
      return parseValidation(String(raw));
    case 'envfile':
      return parseEnvFileSetting(raw);
    case 'list':
      return parseList(String(raw));
    case 'file':
      return readFile(def, String(raw), cwd);
    case 'pem': {
      const text = String(raw);
      // Env vars often carry PEM on one line with literal "\n"; restore the line breaks PEM needs.
      const pem = !text.includes('\n') && text.includes('\\n') ? text.replaceAll('\\n', '\n') : text;
      return ok(def.secret ? new Secret(pem) : pem);
    }
    case 'string':
      return ok(def.secret ? new Secret(String(raw)) : String(raw));
  }
}

/** Human wording of a key's bounds, e.g. "≥ 1" or "> 0 and < 1"; empty when unbounded. */
function rangeText(def: ConfigKeyDefinition): string {
  const parts: string[] = [];
  if (def.min !== undefined) parts.push(`≥ ${def.min}`);
  if (def.above !== undefined) parts.push(`> ${def.above}`);
  if (def.max !== undefined) parts.push(`≤ ${def.max}`);
  if (def.below !== undefined) parts.push(`< ${def.below}`);
  return parts.join(' and ');
}

function checkRange(def: ConfigKeyDefinition, n: number, kind: string): ParseResult {
  const inRange =
    (def.min === undefined || n >= def.min) &&
    (def.max === undefined || n <= def.max) &&
    (def.above === undefined || n > def.above) &&
    (def.below === undefined || n < def.below);
  return inRange ? ok(n) : fail('OUT_OF_RANGE', `must be ${kind} ${rangeText(def)}`);
}

function parseInteger(def: ConfigKeyDefinition, raw: string | number | boolean): ParseResult {
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' && INTEGER.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) return fail('INVALID_INTEGER', withRange('must be an integer', def));
  return checkRange(def, n, 'an integer');
}

function parseNumber(def: ConfigKeyDefinition, raw: string | number | boolean): ParseResult {
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return fail('INVALID_NUMBER', withRange('must be a number', def));
  return checkRange(def, n, 'a number');
}

function withRange(text: string, def: ConfigKeyDefinition): string {
  const range = rangeText(def);
  return range === '' ? text : `${text} ${range}`;
}

function parseBoolean(raw: string | number | boolean): ParseResult {
  if (typeof raw === 'boolean') return ok(raw);
  const word = String(raw).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('INVALID_BOOLEAN', 'must be one of true, false, 1, 0, yes, no, on, off');
}

function parseEnum(def: ConfigKeyDefinition, raw: string): ParseResult {
  const values = def.values ?? [];
  const wanted = raw.trim().toLowerCase();
  const match = values.find((value) => value.toLowerCase() === wanted);
  return match === undefined
    ? fail('INVALID_ENUM', `must be one of ${values.join(', ')} (any case)`)
    : ok(match);
}

function parseUrl(raw: string, restAddress: boolean): ParseResult {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail('INVALID_URL', 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail('INVALID_URL', 'must be an absolute http(s) URL');
  }
  // Credentials in a URL would surface in logs and describeConfig; they belong in the auth keys.
  if (url.username !== '' || url.password !== '') {
    return fail('INVALID_URL', 'must not contain credentials (use the auth keys)');
  }
  if (!restAddress) return ok(raw.trim());
  if (url.search !== '' || url.hash !== '')
    return fail('INVALID_URL', 'must not contain a query or fragment');
  let path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/v2')) path = `${path}/v2`;
  return ok(`${url.protocol}//${url.host}${path}`);
}

function parseValidation(raw: string): ParseResult {
  const problem = 'must be none, warn, strict (fanatical is read as strict), or req:<mode>,res:<mode>';
  const text = raw.trim().toLowerCase();
  const single = readMode(text);
  if (single !== undefined) return ok({ request: single, response: single });
  const sides: { req?: ValidationMode; res?: ValidationMode } = {};
  for (const part of text.split(',')) {
    const [side, mode, ...rest] = part.split(':').map((piece) => piece.trim());
    const parsedMode = readMode(mode);
    if ((side !== 'req' && side !== 'res') || parsedMode === undefined || rest.length > 0 || side in sides) {
      return fail('INVALID_ENUM', problem);
    }
    sides[side] = parsedMode;
  }
  return ok({ request: sides.req ?? 'none', response: sides.res ?? 'none' });
}

function readMode(word: string | undefined): ValidationMode | undefined {
  if (word === FANATICAL) return 'strict';
  return VALIDATION_MODES.find((mode) => mode === word);
}

/** True when a validation setting uses the official SDK's `fanatical` mode. */
export function usesFanaticalMode(raw: RawValue): boolean {
  return typeof raw === 'string' && raw.toLowerCase().includes(FANATICAL);
}

function parseList(raw: string): ParseResult {
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return ok(items.length === 0 ? undefined : Object.freeze(items));
}

function parseEnvFileSetting(raw: string | number | boolean): ParseResult {
  if (typeof raw === 'boolean') return ok(raw ? '.env' : undefined);
  const text = String(raw).trim();
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok('.env');
  if (FALSE_WORDS.has(word)) return ok(undefined);
  return ok(text);
}

function readFile(def: ConfigKeyDefinition, path: string, cwd: string): ParseResult {
  if (configHost.filesUnsupported !== undefined) {
    return {
      ok: false,
      code: 'UNSUPPORTED_RUNTIME',
      problem: `names a file, but ${configHost.filesUnsupported}`,
      namesValue: true,
    };
  }
  const fullPath = configHost.resolvePath(cwd, path);
  try {
    const content = configHost.readTextFile(fullPath);
    return ok(def.secret ? new Secret(content) : content);
  } catch (error) {
    // Only the error code: fs messages repeat the path and say nothing more.
    const code = (error as { code?: unknown } | null)?.code;
    const reason = typeof code === 'string' ? ` (${code})` : '';
    return {
      ok: false,
      code: 'UNREADABLE_FILE',
      problem: `names a file that cannot be read: ${JSON.stringify(fullPath)}${reason}`,
      namesValue: true,
    };
  }
}
