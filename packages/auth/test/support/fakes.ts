import type { Logger } from '@camunda-ts/types';

/** A clock the test moves by hand, in epoch milliseconds. */
export interface ManualClock {
  readonly now: () => number;
  advance(ms: number): void;
}

/** Starts at a fixed, realistic epoch so disk cache entries look like real ones. */
export function manualClock(start = Date.UTC(2030, 0, 1)): ManualClock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

/** One captured log call. */
export interface LogRecord {
  readonly level: string;
  readonly fields: Record<string, unknown>;
  readonly message: string | undefined;
}

/** A logger that keeps every call, bindings of `child` merged in, for assertions. */
export function recordingLogger(
  records: LogRecord[] = [],
  bindings: Record<string, unknown> = {},
): Logger & {
  readonly records: LogRecord[];
} {
  const method =
    (level: string) =>
    (fields: Record<string, unknown>, message?: string): void => {
      records.push({ level, fields: { ...bindings, ...fields }, message });
    };
  return {
    records,
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    child: (more) => recordingLogger(records, { ...bindings, ...more }),
  };
}

/** A `sleep` that returns at once and remembers the delays it was asked for. */
export function recordingSleep(): {
  readonly delays: number[];
  readonly sleep: (ms: number) => Promise<void>;
} {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}
