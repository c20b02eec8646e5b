import { ConfigError, type TlsConfig } from '@camunda-ts/config';

/**
 * Refuses a caller-supplied dispatcher together with a configured CA or client certificate: a dispatcher brings
 * its own connection settings, so the TLS settings would be dropped without a word. Throws a `ConfigError`
 * (`CONFLICT`) naming the TLS keys and what to do instead; returns when `tls` holds nothing.
 */
export function rejectDispatcherWithTls(tls: TlsConfig): void {
  const keys = [
    ...(tls.ca === undefined ? [] : ['CAMUNDA_CA_CERT']),
    ...(tls.cert === undefined ? [] : ['CAMUNDA_MTLS_CERT']),
    ...(tls.key === undefined ? [] : ['CAMUNDA_MTLS_KEY']),
  ];
  if (keys.length === 0) return;
  throw new ConfigError(
    keys.map((key) => ({
      code: 'CONFLICT',
      key,
      message:
        `${key} is set together with a custom dispatcher, which would ignore it: configure TLS on the dispatcher ` +
        '(e.g. `new Agent({ connect: tlsConnectOptions(config.tls) })`) and leave the TLS settings unset, or drop the dispatcher',
    })),
  );
}
