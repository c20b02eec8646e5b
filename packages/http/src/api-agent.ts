import { tlsConnectOptions } from '@camunda-ts/auth';
import type { CamundaConfig } from '@camunda-ts/config';
import type { Agent } from 'undici';
import { loadUndici } from './load-undici.js';

/**
 * The transport's own connection pool: one keep-alive undici Agent whose sockets trust the configured CA and
 * present the configured client certificate (mTLS) on every API request. Asynchronous because undici is only
 * loaded when a pool is first needed.
 */
export async function createApiAgent(config: CamundaConfig): Promise<Agent> {
  const tls = tlsConnectOptions(config.tls);
  const { Agent } = await loadUndici();
  return Object.keys(tls).length === 0 ? new Agent() : new Agent({ connect: tls });
}
