import type { Logger, LogMethod } from '@camunda-ts/types';

/**
 * Any logger the client accepts: pino-style loggers (`trace/debug/info/warn/error(fields, message)`, e.g. pino,
 * bunyan), winston, `console`, or any object with `debug/info/warn/error`.
 */
export interface LoggerLike {
  /** Most verbose level; its presence marks a pino-style (fields-first) logger. */
  trace?(first: unknown, ...rest: unknown[]): unknown;
  /** Debug level. */
  debug(first: unknown, ...rest: unknown[]): unknown;
  /** Info level. */
  info(first: unknown, ...rest: unknown[]): unknown;
  /** Warn level. */
  warn(first: unknown, ...rest: unknown[]): unknown;
  /** Error level. */
  error(first: unknown, ...rest: unknown[]): unknown;
  /** winston's most verbose level, used for `trace` when there is no `trace`. */
  silly?(first: unknown, ...rest: unknown[]): unknown;
  /** A logger with these fields bound, when the logger supports it. */
  child?(bindings: Record<string, unknown>): unknown;
}

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/**
 * Normalises a {@link LoggerLike} into the SDK's pino-style {@link Logger}. A logger with a `trace` method is
 * taken to be pino-style and used unchanged; `console` and loggers without `trace` (winston, simple objects) are
 * called message-first, `logger.info(message, fields)`, which both print well.
 */
export function toLogger(logger: LoggerLike): Logger {
  if (!isConsoleLike(logger) && typeof logger.trace === 'function') return logger as unknown as Logger;
  return messageFirst(logger, {});
}

function isConsoleLike(logger: LoggerLike): boolean {
  const candidate = logger as { log?: unknown; table?: unknown };
  return logger === console || (typeof candidate.log === 'function' && typeof candidate.table === 'function');
}

function messageFirst(target: LoggerLike, bindings: Record<string, unknown>): Logger {
  const hasBindings = Object.keys(bindings).length > 0;
  const method = (level: Level): LogMethod => {
    // console.trace prints a stack trace, so console's trace goes to debug; winston's `silly` is its trace.
    const fn =
      level === 'trace'
        ? isConsoleLike(target)
          ? target.debug
          : (target.trace ?? target.silly)
        : target[level];
    if (typeof fn !== 'function') return () => {};
    return (fields, message) => {
      fn.call(target, message ?? '', hasBindings ? { ...bindings, ...fields } : fields);
    };
  };
  return {
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    child: (childBindings) => {
      if (typeof target.child === 'function' && !isConsoleLike(target)) {
        return messageFirst(target.child(childBindings) as LoggerLike, bindings);
      }
      return messageFirst(target, { ...bindings, ...childBindings });
    },
  };
}
