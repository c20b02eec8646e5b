/**
 * Temporary: the same structural `Logger` as `@camunda-ts/types`, which the worker may only reach through the
 * client's re-exports. When the client builds, this file re-exports its `Logger`, `nullLogger` and `childLogger`.
 */

/** One log method, pino-style: structured fields first, then an optional message. */
export type LogMethod = (fields: Record<string, unknown>, message?: string) => void;

/** What the worker needs of a logger: pino satisfies it directly; `child` is optional. */
export interface Logger {
  readonly trace: LogMethod;
  readonly debug: LogMethod;
  readonly info: LogMethod;
  readonly warn: LogMethod;
  readonly error: LogMethod;
  readonly child?: (bindings: Record<string, unknown>) => Logger;
}

const noop: LogMethod = () => {};

/** A logger that discards everything. */
export const nullLogger: Logger = Object.freeze({
  trace: noop,
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => nullLogger,
});

/** `logger.child(bindings)` when the logger has one, else the logger itself. */
export function childLogger(logger: Logger, bindings: Record<string, unknown>): Logger {
  return logger.child ? logger.child(bindings) : logger;
}
