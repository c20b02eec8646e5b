import { CamundaClient } from './camunda-client.js';
import type { CamundaClientOptions } from './camunda-client-options.js';

/**
 * Creates a client configured from `process.env` (`CAMUNDA_*`), with optional overrides, auth provider, logger,
 * dispatcher and hooks. Same as `new CamundaClient(options)`.
 */
export function createCamundaClient(options: CamundaClientOptions = {}): CamundaClient {
  return new CamundaClient(options);
}
