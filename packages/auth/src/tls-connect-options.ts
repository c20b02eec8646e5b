import type { TlsConfig } from '@camunda-ts/config';
import { defaultTrustStore } from './default-trust-store.js';

/** Node TLS connect options (a subset of `tls.ConnectionOptions`), secrets already revealed. */
export interface TlsConnectOptions {
  /** Trusted CAs (PEM), set when a CA is configured: Node's default trust store plus that CA. */
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
 * certificate. A configured CA is added to Node's full default trust store (bundled roots and
 * `NODE_EXTRA_CA_CERTS`, see {@link defaultTrustStore}) rather than replacing it, so a private CA for the cluster
 * breaks neither a public token endpoint nor a proxy or endpoint trusted through `NODE_EXTRA_CA_CERTS`.
 */
export function tlsConnectOptions(tls: TlsConfig): TlsConnectOptions {
  const options: TlsConnectOptions = {};
  // node:tls is fetched on use rather than imported: loading it costs more than the rest of this package.
  if (tls.ca !== undefined) options.ca = [...defaultTrustStore(), tls.ca];
  if (tls.cert !== undefined) options.cert = tls.cert;
  if (tls.key !== undefined) options.key = tls.key.reveal();
  if (tls.passphrase !== undefined) options.passphrase = tls.passphrase.reveal();
  return options;
}
