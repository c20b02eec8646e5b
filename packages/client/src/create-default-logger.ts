import type { LogLevel } from '@camunda-ts/config';
import { REDACT_PATHS } from '@camunda-ts/http';
import type { Logger, LogMethod } from '@camunda-ts/types';
import type * as Pino from 'pino';

/** Options of {@link createDefaultLogger}. */
export interface DefaultLoggerOptions {
  /** `CAMUNDA_SDK_LOG_LEVEL`; `silly` logs like `trace` (the transport adds bodies at that level). */
  readonly level: LogLevel;
  /** Where log lines go; stdout when omitted. */
  readonly destination?: Pino.DestinationStream;
}

/**
 * The default logger: the SDK's {@link Logger}, plus pino's `level` (readable and settable at run time) and
 * `isLevelEnabled`, which the transport asks before it builds log fields.
 */
export interface DefaultLogger extends Logger {
  /** The level records must reach to be written (`silly` reads as `trace`); settable. */
  level: PinoLevel;
  /** Whether a record at `level` would be written now. */
  isLevelEnabled(level: string): boolean;
  /** A logger that adds `bindings` to every record; it follows this logger's level. */
  child(bindings: Record<string, unknown>): DefaultLogger;
}

/** The levels of the default logger: pino's, without `silly`. */
export type PinoLevel = Exclude<LogLevel, 'silly'>;
type Method = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const RANK: Readonly<Record<string, number>> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  silent: Number.POSITIVE_INFINITY,
};

let pinoModule: typeof Pino | undefined;

/**
 * pino, loaded when the first record is written rather than when the SDK is imported or a client is built (an
 * application that brings its own logger, or logs nothing, never loads it). Synchronous, because logging is: a
 * `require` for this file, located by `__filename` in the CJS build (which has no `import.meta`) and by
 * `import.meta.url` in ESM. `node:module` is fetched here too, not imported: it brings Node's source-map support.
 */
function loadPino(): typeof Pino {
  pinoModule ??= process
    .getBuiltinModule('node:module')
    .createRequire(typeof __filename === 'string' ? __filename : import.meta.url)('pino') as typeof Pino;
  return pinoModule;
}

/** What a logger and its children share: the level, and pino once it exists. */
interface Shared {
  threshold: number;
  level: PinoLevel;
  root: Pino.Logger | undefined;
  readonly create: () => Pino.Logger;
}

/**
 * The logger a client uses when none is given: pino, JSON lines, named `camunda-ts`, with authorization
 * headers, tokens and secrets redacted at every level. Records below the level are dropped before pino is
 * involved, and pino itself is loaded only when the first record at an enabled level is written: with level
 * `silent`, or `error` and no error, pino is never loaded.
 */
export function createDefaultLogger(options: DefaultLoggerOptions): DefaultLogger {
  const level = options.level === 'silly' ? 'trace' : options.level;
  const { destination } = options;
  const shared: Shared = {
    threshold: RANK[level] ?? Number.POSITIVE_INFINITY,
    level,
    root: undefined,
    create: () => {
      const { pino } = loadPino();
      // pino writes whatever reaches it: the level is applied here, so that children follow a change of it.
      const config = {
        name: 'camunda-ts',
        level: 'trace',
        redact: { paths: [...REDACT_PATHS], censor: '***' },
      };
      return destination === undefined ? pino(config) : pino(config, destination);
    },
  };
  return lazyLogger(shared, () => {
    shared.root ??= shared.create();
    return shared.root;
  });
}

function lazyLogger(shared: Shared, resolve: () => Pino.Logger): DefaultLogger {
  let target: Pino.Logger | undefined;
  const real = (): Pino.Logger => {
    target ??= resolve();
    return target;
  };
  const method =
    (name: Method): LogMethod =>
    (fields, message) => {
      if ((RANK[name] as number) < shared.threshold) return;
      const logger = real();
      if (message === undefined) logger[name](fields);
      else logger[name](fields, message);
    };
  return {
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    get level(): PinoLevel {
      return shared.level;
    },
    set level(value: PinoLevel) {
      const rank = RANK[value];
      if (rank === undefined) throw new RangeError(`unknown log level "${String(value)}"`);
      shared.level = value;
      shared.threshold = rank;
    },
    isLevelEnabled: (name) => (RANK[name] ?? Number.NEGATIVE_INFINITY) >= shared.threshold,
    child: (bindings) => lazyLogger(shared, () => real().child(bindings)),
  };
}
