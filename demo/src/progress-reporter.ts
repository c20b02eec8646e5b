import { formatCount, formatDuration, formatRate } from './format.js';

/** What the progress line shows. */
export interface ProgressSnapshot {
  readonly completed: number;
  readonly failed: number;
  readonly total: number;
  readonly inFlight: number;
  readonly jobs: number;
  readonly elapsedMs: number;
}

/** A live progress display. */
export interface ProgressReporter {
  /** Prints a message above the progress line (warnings and errors during the run). */
  note(line: string): void;
  /** Stops redrawing and leaves the final state on screen. */
  stop(): void;
}

/** Where the reporter writes: a stream, and whether it is an interactive terminal. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Options of {@link startProgressReporter}. */
export interface ProgressReporterOptions {
  readonly output: ProgressOutput;
  readonly snapshot: () => ProgressSnapshot;
  /** Redraw period on a terminal (default 100 ms). */
  readonly ttyIntervalMs?: number;
  /** Period of plain progress lines elsewhere, e.g. in CI logs (default 2 s). */
  readonly plainIntervalMs?: number;
}

const CLEAR_LINE = '\r\x1b[2K';
const MAX_BAR_WIDTH = 30;

/**
 * On a terminal, a bar redrawn in place with the instance rate over the last second; elsewhere (a CI log, a
 * pipe) one plain line every couple of seconds, which stays readable in a log file.
 */
export function startProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const { output, snapshot } = options;
  const tty = output.isTTY === true;
  // Completions over the last second, for the current rate; the summary reports the overall rate.
  const window: Array<{ at: number; completed: number }> = [];
  let lastPlain = -1;
  let stopped = false;

  const rate = (s: ProgressSnapshot): string => {
    window.push({ at: s.elapsedMs, completed: s.completed });
    while (window.length > 1 && (window[0] as { at: number }).at < s.elapsedMs - 1_000) window.shift();
    const first = window[0] as { at: number; completed: number };
    return formatRate(s.completed - first.completed, s.elapsedMs - first.at);
  };

  const ttyLine = (s: ProgressSnapshot): string => {
    const done = s.total === 0 ? 1 : (s.completed + s.failed) / s.total;
    const text =
      ` ${formatCount(s.completed)}/${formatCount(s.total)} ${Math.floor(done * 100)}%` +
      ` · ${rate(s)} inst/s · ${formatCount(s.jobs)} jobs` +
      `${s.failed > 0 ? ` · ${formatCount(s.failed)} failed` : ''} · ${formatDuration(s.elapsedMs)}`;
    // The bar takes what the text leaves of the terminal's width, within limits; the line never wraps.
    const columns = output.columns !== undefined && output.columns > 0 ? output.columns : 80;
    const width = Math.max(0, Math.min(MAX_BAR_WIDTH, columns - 1 - text.length));
    const filled = Math.round(done * width);
    const line = '█'.repeat(filled) + '░'.repeat(width - filled) + text;
    return line.length >= columns ? line.slice(0, columns - 1) : line;
  };

  const plainLine = (s: ProgressSnapshot): string =>
    `progress: ${formatCount(s.completed)}/${formatCount(s.total)} instances completed` +
    ` (${Math.floor(((s.completed + s.failed) / Math.max(1, s.total)) * 100)}%), ${rate(s)} inst/s,` +
    ` ${formatCount(s.inFlight)} in flight, ${formatCount(s.jobs)} jobs, ${formatCount(s.failed)} failed,` +
    ` ${formatDuration(s.elapsedMs)}\n`;

  const draw = (): void => {
    const s = snapshot();
    if (tty) {
      output.write(CLEAR_LINE + ttyLine(s));
      return;
    }
    const slot = Math.floor(s.elapsedMs / (options.plainIntervalMs ?? 2_000));
    if (slot !== lastPlain) {
      lastPlain = slot;
      output.write(plainLine(s));
    } else {
      rate(s);
    }
  };

  const timer = setInterval(draw, tty ? (options.ttyIntervalMs ?? 100) : 250);
  if (tty) draw();
  else lastPlain = 0;
  return {
    note(line) {
      if (stopped || !tty) {
        output.write(`${line}\n`);
        return;
      }
      output.write(`${CLEAR_LINE}${line}\n`);
      draw();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      const s = snapshot();
      output.write(tty ? `${CLEAR_LINE}${ttyLine(s)}\n` : plainLine(s));
    },
  };
}
