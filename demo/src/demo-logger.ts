import type { Logger, LogMethod } from '@camunda-ts/client';

/** A line sink for the demo's messages (the progress reporter's `note`, or the console before it runs). */
export type NoteSink = (line: string) => void;

function describe(fields: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'err' && value instanceof Error) parts.push(`${value.name}: ${value.message}`);
    else if (value !== undefined && typeof value !== 'object') parts.push(`${key}=${String(value)}`);
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The SDK's logger for the demo: warnings and errors become readable lines above the progress bar; the rest is
 * dropped. (Without a logger the SDK logs JSON with pino, which is what a service wants, not a terminal demo.)
 */
export function createDemoLogger(sink: () => NoteSink, bindings: Record<string, unknown> = {}): Logger {
  const ignore: LogMethod = () => {};
  const line =
    (level: string): LogMethod =>
    (fields, message) =>
      sink()(`${level}: ${message ?? ''}${describe({ ...bindings, ...fields })}`);
  return {
    trace: ignore,
    debug: ignore,
    info: ignore,
    warn: line('warn'),
    error: line('error'),
    child: (more) => createDemoLogger(sink, { ...bindings, ...more }),
  };
}
