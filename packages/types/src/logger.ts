/** One log method, pino-style: structured fields first, then an optional message. */
export type LogMethod = (fields: Record<string, unknown>, message?: string) => void;

/**
 * What camunda-ts needs of a logger. pino satisfies it directly; any object with these methods
 * (winston, a console adapter) does too. `child` is optional.
 */
export interface Logger {
  /** Most verbose: every request and response (bodies only at `silly`). */
  readonly trace: LogMethod;
  /** Diagnostic events: retries, token refreshes, responses. */
  readonly debug: LogMethod;
  /** Notable lifecycle events. */
  readonly info: LogMethod;
  /** Something went wrong and was handled. */
  readonly warn: LogMethod;
  /** Something went wrong and was not handled. */
  readonly error: LogMethod;
  /** A logger that adds `bindings` to every record (optional). */
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
