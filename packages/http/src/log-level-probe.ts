import type { LogLevel } from '@camunda-ts/config';
import { type Logger, nullLogger } from '@camunda-ts/types';

/** Levels the transport logs at. */
export type TransportLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const RANK: Readonly<Record<LogLevel, number>> = {
  silly: 5,
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  silent: Number.POSITIVE_INFINITY,
};

/**
 * A cheap "would this level be written?" check, so that log fields are only built when they are used. pino's
 * own `isLevelEnabled` is asked when present (its level can change at run time); otherwise the configured level
 * decides. The null logger is never enabled.
 */
export function logLevelProbe(logger: Logger, configured: LogLevel): (level: TransportLogLevel) => boolean {
  if (logger === nullLogger) return () => false;
  const isLevelEnabled = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  if (typeof isLevelEnabled === 'function') return (level) => isLevelEnabled.call(logger, level);
  const threshold = RANK[configured];
  return (level) => RANK[level] >= threshold;
}
