import type { TlsConfig } from '@camunda-ts/config';
import type { TlsConnectOptions } from './tls-connect-options.js';

/**
 * The `browser` and `worker` builds open no sockets of their own (the runtime's `fetch` does), so there are no
 * connect options to build; the `fetch` transport refuses TLS settings before any request.
 */
export function tlsConnectOptions(_tls: TlsConfig): TlsConnectOptions {
  return {};
}
