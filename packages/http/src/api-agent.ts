import { tlsConnectOptions } from '@camunda-ts/auth';
import type { CamundaConfig } from '@camunda-ts/config';
import { Agent } from 'undici';

/**
 * The transport's own connection pool: one keep-alive undici Agent whose sockets trust the configured CA and
 * present the configured client certificate (mTLS) on every API request.
 */
export function createApiAgent(config: CamundaConfig): Agent {
  const tls = tlsConnectOptions(config.tls);
  return Object.keys(tls).length === 0 ? new Agent() : new Agent({ connect: tls });
}
