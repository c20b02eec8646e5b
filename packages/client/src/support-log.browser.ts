import { type CamundaConfig, ConfigError } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import type { SupportLog } from './support-log.js';

/** How many recent errors the support log keeps. */
export const SUPPORT_LOG_RECENT_ERRORS = 20;

/**
 * The support log is a file to attach to a ticket; the `browser` and `worker` builds write no files, so
 * `CAMUNDA_SUPPORT_LOG_ENABLED` is refused there with a `ConfigError` naming it.
 */
export function createSupportLog(_config: CamundaConfig, _logger: Logger): SupportLog {
  throw new ConfigError([
    {
      code: 'UNSUPPORTED_RUNTIME',
      key: 'CAMUNDA_SUPPORT_LOG_ENABLED',
      message:
        'CAMUNDA_SUPPORT_LOG_ENABLED asks for a support log file, but the browser and worker builds write no files: leave it unset there',
    },
  ]);
}
