import type { TlsConfig } from '@camunda-ts/config';

/** Node TLS connect options (a subset of `tls.ConnectionOptions`), secrets already revealed. */
export interface TlsConnectOptions {
  /** Trusted CAs (PEM), set when a CA is configured: Node's root certificates plus that CA. */
  ca?: string[];
  /** Client certificate for mTLS (PEM). */
  cert?: string;
  /** Client private key for mTLS (PEM). */
  key?: string;
  /** Passphrase of the client key. */
  passphrase?: string;
}

/**
 * Turns the resolved TLS config into Node TLS connect options, for undici's `new Agent({ connect })`. The token
 * endpoint and the API share this one function, so both trust the same CA and present the same client
 * certificate. A configured CA is added to Node's bundled roots rather than replacing them, so a private CA
 * for the cluster does not break a public token endpoint (and vice versa).
 */
export function tlsConnectOptions(tls: TlsConfig): TlsConnectOptions {
  const options: TlsConnectOptions = {};
  // node:tls is fetched here rather than imported: loading it costs more than the rest of this package.
  if (tls.ca !== undefined) options.ca = [...process.getBuiltinModule('node:tls').rootCertificates, tls.ca];
  if (tls.cert !== undefined) options.cert = tls.cert;
  if (tls.key !== undefined) options.key = tls.key.reveal();
  if (tls.passphrase !== undefined) options.passphrase = tls.passphrase.reveal();
  return options;
}
