import type { LogLevel } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import { type DestinationStream, pino } from 'pino';
import { defaultRedactPaths } from './default-redact-paths.js';

/** Options of {@link createDefaultLogger}. */
export interface DefaultLoggerOptions {
  /** `CAMUNDA_SDK_LOG_LEVEL`; `silly` logs like `trace` (the transport adds bodies at that level). */
  readonly level: LogLevel;
  /** Where log lines go; stdout when omitted. */
  readonly destination?: DestinationStream;
}

/**
 * The logger a client uses when none is given: pino, JSON lines, named `camunda-ts`, with authorization
 * headers, tokens and secrets redacted at every level.
 */
export function createDefaultLogger(options: DefaultLoggerOptions): Logger {
  const level = options.level === 'silly' ? 'trace' : options.level;
  const config = {
    name: 'camunda-ts',
    level,
    redact: { paths: [...defaultRedactPaths], censor: '***' },
  };
  return options.destination === undefined ? pino(config) : pino(config, options.destination);
}
