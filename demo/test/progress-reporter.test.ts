import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ProgressSnapshot, startProgressReporter } from '../src/progress-reporter.js';

function recorder(isTTY: boolean, columns?: number) {
  const writes: string[] = [];
  return {
    writes,
    output: { isTTY, ...(columns !== undefined && { columns }), write: (text: string) => writes.push(text) },
  };
}

let snapshot: ProgressSnapshot;
const set = (patch: Partial<ProgressSnapshot>) => {
  snapshot = { ...snapshot, ...patch };
};

beforeEach(() => {
  vi.useFakeTimers();
  snapshot = { completed: 0, failed: 0, total: 1_000, inFlight: 100, jobs: 0, elapsedMs: 0 };
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startProgressReporter', () => {
  it('prints a plain line every two seconds of run time where there is no terminal', () => {
    const { writes, output } = recorder(false);
    const reporter = startProgressReporter({ output, snapshot: () => snapshot });
    for (let ms = 250; ms <= 4_000; ms += 250) {
      set({ elapsedMs: ms, completed: ms / 10, jobs: ms / 2 });
      vi.advanceTimersByTime(250);
    }
    reporter.stop();
    expect(writes).toHaveLength(3); // at 2 s, at 4 s, and the final line
    expect(writes[0]).toMatch(/^progress: 200\/1,000 instances completed \(20%\), 100 inst\/s, /);
    expect(writes.every((line) => line.endsWith('\n') && !line.includes('\x1b'))).toBe(true);
    expect(writes[2]).toContain('400/1,000');
  });

  it('redraws one line in place on a terminal, never wider than the terminal', () => {
    const { writes, output } = recorder(true, 60);
    const reporter = startProgressReporter({ output, snapshot: () => snapshot });
    set({ elapsedMs: 500, completed: 500, jobs: 1_650 });
    vi.advanceTimersByTime(100);
    reporter.note('warn: something happened');
    reporter.stop();
    const lines = writes.join('').split('\r\x1b[2K').filter(Boolean);
    expect(lines.some((line) => line === 'warn: something happened\n')).toBe(true);
    const last = lines.at(-1) ?? '';
    expect(last).toMatch(/█+░+ 500\/1,000 50% · [\d,]+ inst\/s · 1,650 jobs · 500 ms\n$/);
    expect(Math.max(...lines.map((line) => line.trimEnd().length))).toBeLessThan(60);
  });
});
