const SENSITIVE_FIELDS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'token',
  'access_token',
  'accessToken',
  'refresh_token',
  'id_token',
  'client_secret',
  'clientSecret',
  'password',
  'passphrase',
  'secret',
];

/**
 * pino `redact` paths the default logger masks: authorization headers, tokens and secrets, at the top level
 * and one or two levels deep (request/response objects, headers). Use them in your own pino instance too.
 */
export const defaultRedactPaths: readonly string[] = Object.freeze(
  SENSITIVE_FIELDS.flatMap((field) => {
    const plain = /^[A-Za-z_$][\w$]*$/.test(field);
    const top = plain ? field : `["${field}"]`;
    const member = plain ? `.${field}` : `["${field}"]`;
    return [top, `*${member}`, `*.*${member}`, `headers${member}`, `*.headers${member}`];
  }),
);
