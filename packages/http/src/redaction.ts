import { isFormData } from './is-form-data.js';

const REDACTED = '[REDACTED]';

/** Header names whose values are credentials. */
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);

/** Body members whose values are credentials (compared without case, `_` and `-`). */
const SECRET_KEY = /token|secret|password|passphrase|authorization|apikey|credential|cookie/i;

/** Member names whose values are credentials, as they appear in headers, token responses and config objects. */
const SECRET_FIELDS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'token',
  'access_token',
  'accessToken',
  'refresh_token',
  'refreshToken',
  'id_token',
  'client_secret',
  'clientSecret',
  'password',
  'passphrase',
  'secret',
  'apiKey',
];

/**
 * pino `redact` paths for loggers handed to camunda-ts (the client's default logger uses them): credential
 * headers and token/secret members at the top level, one or two levels down, and under `headers`. The transport
 * redacts what it logs itself; these paths are the second line for anything else that reaches the same logger.
 */
export const REDACT_PATHS: readonly string[] = Object.freeze(
  SECRET_FIELDS.flatMap((field) => {
    const member = /^[A-Za-z_$][\w$]*$/.test(field) ? `.${field}` : `["${field}"]`;
    const top = member.startsWith('.') ? field : member;
    return [top, `*${member}`, `*.*${member}`, `headers${member}`, `*.headers${member}`];
  }),
);

/** A copy of `headers` with credential values replaced by `[REDACTED]`. */
export function redactHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const name in headers) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : headers[name];
  }
  return out;
}

/** A deep copy of a JSON-like value with every token/secret/password member replaced by `[REDACTED]`. */
export function redactBody(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 20) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactBody(item, depth + 1));
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (isFormData(value)) return '[FormData]';
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key.replace(/[-_]/g, '')) ? REDACTED : redactBody(member, depth + 1);
  }
  return out;
}
