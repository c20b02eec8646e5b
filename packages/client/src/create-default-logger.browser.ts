import type { LogLevel } from '@camunda-ts/config';
import { redactBody } from '@camunda-ts/http';
import type { LogMethod } from '@camunda-ts/types';
import type { DefaultLogger, DefaultLoggerOptions } from './create-default-logger.js';

type Level = DefaultLogger['level'];

const RANK: Readonly<Record<LogLevel, number>> = {
  silly: 10,
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  silent: Number.POSITIVE_INFINITY,
};

/** Where each level goes: `console.trace` prints a stack, so trace goes to `console.debug`. */
const CONSOLE: Readonly<
  Record<'trace' | 'debug' | 'info' | 'warn' | 'error', 'debug' | 'info' | 'warn' | 'error'>
> = { trace: 'debug', debug: 'debug', info: 'info', warn: 'warn', error: 'error' };

/**
 * The default logger of the `browser` and `worker` builds: the console, message first, at
 * `CAMUNDA_SDK_LOG_LEVEL`, with tokens and secrets in the fields redacted (pino is not part of these builds). Same
 * shape as the Node build's: a settable `level`, `isLevelEnabled`, and `child` loggers that follow it.
 */
export function createDefaultLogger(options: DefaultLoggerOptions): DefaultLogger {
  const shared = { level: (options.level === 'silly' ? 'trace' : options.level) as Level };
  return consoleLogger(shared, {});
}

function consoleLogger(shared: { level: Level }, bindings: Record<string, unknown>): DefaultLogger {
  const enabled = (level: string) => (RANK[level as LogLevel] ?? 0) >= RANK[shared.level];
  const method =
    (level: keyof typeof CONSOLE): LogMethod =>
    (fields, message) => {
      if (!enabled(level)) return;
      console[CONSOLE[level]](`[camunda-ts] ${message ?? ''}`, redactBody({ ...bindings, ...fields }));
    };
  return {
    get level(): Level {
      return shared.level;
    },
    set level(level: Level) {
      shared.level = level;
    },
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    isLevelEnabled: enabled,
    child: (more) => consoleLogger(shared, { ...bindings, ...more }),
  };
}
