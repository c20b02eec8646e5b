import type { LogLevel } from '@camunda-ts/config';
import { redactBody } from '@camunda-ts/http';
import type { Logger, LogMethod } from '@camunda-ts/types';
import type { DefaultLoggerOptions } from './create-default-logger.js';

const RANK: Readonly<Record<LogLevel, number>> = {
  silly: 10,
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  silent: Number.POSITIVE_INFINITY,
};

type ConsoleMethod = 'debug' | 'info' | 'warn' | 'error';

/**
 * The default logger of the `browser` and `worker` builds: the console, message first, at
 * `CAMUNDA_SDK_LOG_LEVEL`, with tokens and secrets in the fields redacted (pino is not part of these builds).
 */
export function createDefaultLogger(options: DefaultLoggerOptions): Logger {
  const threshold = RANK[options.level];
  const method = (rank: number, target: ConsoleMethod): LogMethod =>
    rank < threshold
      ? () => {}
      : (fields, message) => console[target](`[camunda-ts] ${message ?? ''}`, redactBody(fields));
  const logger: Logger = Object.freeze({
    trace: method(10, 'debug'),
    debug: method(20, 'debug'),
    info: method(30, 'info'),
    warn: method(40, 'warn'),
    error: method(50, 'error'),
    // Levels are only probed by `isLevelEnabled`: the transport builds no fields for a level that is off.
    isLevelEnabled: (level: string) => (RANK[level as LogLevel] ?? 0) >= threshold,
  });
  return logger;
}
