import { createRequire } from 'node:module';
import type { LogLevel } from '@camunda-ts/config';
import { REDACT_PATHS } from '@camunda-ts/http';
import type { Logger } from '@camunda-ts/types';
import type * as Pino from 'pino';

/** Options of {@link createDefaultLogger}. */
export interface DefaultLoggerOptions {
  /** `CAMUNDA_SDK_LOG_LEVEL`; `silly` logs like `trace` (the transport adds bodies at that level). */
  readonly level: LogLevel;
  /** Where log lines go; stdout when omitted. */
  readonly destination?: Pino.DestinationStream;
}

let pinoModule: typeof Pino | undefined;

/**
 * pino, loaded with the first default logger rather than when the SDK is imported (an application that brings
 * its own logger never loads it). Synchronous, because a client is built synchronously: a `require` for this
 * file, located by `__filename` in the CJS build (which has no `import.meta`) and by `import.meta.url` in ESM.
 */
function loadPino(): typeof Pino {
  pinoModule ??= createRequire(typeof __filename === 'string' ? __filename : import.meta.url)(
    'pino',
  ) as typeof Pino;
  return pinoModule;
}

/**
 * The logger a client uses when none is given: pino, JSON lines, named `camunda-ts`, with authorization
 * headers, tokens and secrets redacted at every level.
 */
export function createDefaultLogger(options: DefaultLoggerOptions): Logger {
  const { pino } = loadPino();
  const level = options.level === 'silly' ? 'trace' : options.level;
  const config = {
    name: 'camunda-ts',
    level,
    redact: { paths: [...REDACT_PATHS], censor: '***' },
  };
  return options.destination === undefined ? pino(config) : pino(config, options.destination);
}
