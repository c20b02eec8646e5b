import type { CamundaConfig } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';

/** Logs each warning of a resolved config once at `warn`, with its code, key and suggestion as fields. */
export function logConfigWarnings(config: CamundaConfig, logger: Logger): void {
  for (const warning of config.warnings) {
    const fields = {
      code: warning.code,
      key: warning.key,
      ...(warning.suggestion === undefined ? {} : { suggestion: warning.suggestion }),
    };
    logger.warn(fields, warning.message);
  }
}
