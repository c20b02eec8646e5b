import type { Logger } from '@camunda-ts/client';

/** One captured log line. */
export interface LogLine {
  readonly level: string;
  readonly bindings: Record<string, unknown>;
  readonly fields: Record<string, unknown>;
  readonly message: string | undefined;
}

/** A logger that records every line with its bindings, and counts `child` calls. */
export interface RecordingLogger extends Logger {
  readonly lines: LogLine[];
  childCalls: number;
}

export function createRecordingLogger(): RecordingLogger {
  const root = { lines: [] as LogLine[], childCalls: 0 };
  const make = (bindings: Record<string, unknown>): Logger => {
    const method =
      (level: string) =>
      (fields: Record<string, unknown>, message?: string): void => {
        root.lines.push({ level, bindings, fields, message });
      };
    return {
      trace: method('trace'),
      debug: method('debug'),
      info: method('info'),
      warn: method('warn'),
      error: method('error'),
      child: (more) => {
        root.childCalls++;
        return make({ ...bindings, ...more });
      },
    };
  };
  const logger = make({});
  return Object.assign(logger, {
    lines: root.lines,
    get childCalls() {
      return root.childCalls;
    },
    set childCalls(v: number) {
      root.childCalls = v;
    },
  }) as RecordingLogger;
}
