import type { TlsConfig } from '@camunda-ts/config';
import type { Dispatcher } from 'undici';
import type { ProxyEnvironment } from './create-connection-pool.js';

/**
 * The `browser` and `worker` builds have no connection pools: the runtime's `fetch` owns the connections (and
 * the browser its proxy settings). Asking for one fails with an explanation.
 */
export function createConnectionPool(
  _tls: TlsConfig | undefined,
  _env?: ProxyEnvironment,
  _origin?: string,
): Promise<Dispatcher> {
  return Promise.reject(
    new Error(
      'undici connection pools are not available in the browser and worker builds: requests go through fetch',
    ),
  );
}
