import { ConfigError, type ConfigIssue, type TlsConfig } from '@camunda-ts/config';

const KEYS: Readonly<Record<keyof TlsConfig, string>> = {
  ca: 'CAMUNDA_CA_CERT',
  cert: 'CAMUNDA_MTLS_CERT',
  key: 'CAMUNDA_MTLS_KEY',
  passphrase: 'CAMUNDA_MTLS_KEY_PASSPHRASE',
};

/**
 * `fetch` has no way to add a CA or present a client certificate: rather than connect without the configured
 * trust, a transport on `fetch` refuses TLS settings with a `ConfigError` naming them. The runtime's (or the
 * browser's) own trust store applies instead.
 */
export function refuseTlsSettings(tls: TlsConfig): void {
  const issues: ConfigIssue[] = [];
  for (const name of ['ca', 'cert', 'key', 'passphrase'] as const) {
    if (tls[name] === undefined) continue;
    issues.push({
      code: 'UNSUPPORTED_RUNTIME',
      key: KEYS[name],
      message: `${KEYS[name]} (tls.${name}) is set, but the fetch transport cannot apply TLS settings: fetch offers no way to add a CA or a client certificate. Install the CA in the runtime's trust store and unset it, or use the undici transport (createTransport in the Node build).`,
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
}
