import { createConnectionPool } from '@camunda-ts/auth';
import type { CamundaConfig } from '@camunda-ts/config';
import type { Dispatcher } from 'undici';

/**
 * The transport's own connection pool: one keep-alive undici pool whose sockets trust the configured CA (on top of
 * Node's default trust store) and present the configured client certificate (mTLS) on every API request, and
 * which goes through `HTTP_PROXY`/`HTTPS_PROXY` unless `NO_PROXY` exempts the cluster (`createConnectionPool`).
 * Without a proxy it is the undici `Pool` of the cluster's origin: every API request goes there, so none pays
 * for an `Agent`'s lookup by origin. Asynchronous because undici is only loaded when a pool is first needed.
 */
export function createApiAgent(config: CamundaConfig): Promise<Dispatcher> {
  return createConnectionPool(config.tls, undefined, new URL(config.restAddress).origin);
}
