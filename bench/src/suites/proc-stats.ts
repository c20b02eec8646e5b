import { readFileSync } from 'node:fs';

/** Counters of one process from Linux's `/proc` (diagnostics only). */
export interface ProcStats {
  /** Times the main thread gave up the CPU to wait (`voluntary_ctxt_switches`). */
  readonly voluntarySwitches: number;
  /** Times the main thread was preempted (`nonvoluntary_ctxt_switches`). */
  readonly involuntarySwitches: number;
  /** User + system CPU of all threads, in microseconds. */
  readonly cpuUs: number;
  /** System CPU of all threads, in microseconds. */
  readonly systemUs: number;
  /** User + system CPU of the main thread (the event loop), in microseconds. */
  readonly mainThreadUs: number;
}

const CLOCK_TICK_US = 10_000;

/** The counters of `pid`, or `undefined` where there is no `/proc` (not Linux) or the process is gone. */
export function readProcStats(pid: number): ProcStats | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const process = cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    const main = cpuTicks(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8'));
    return {
      voluntarySwitches: statusField(status, 'voluntary_ctxt_switches'),
      involuntarySwitches: statusField(status, 'nonvoluntary_ctxt_switches'),
      cpuUs: (process.user + process.system) * CLOCK_TICK_US,
      systemUs: process.system * CLOCK_TICK_US,
      mainThreadUs: (main.user + main.system) * CLOCK_TICK_US,
    };
  } catch {
    return undefined;
  }
}

/** One line: what a process spent per job between two readings. */
export function describeProcStats(
  name: string,
  before: ProcStats | undefined,
  after: ProcStats | undefined,
  jobs: number,
): string {
  if (before === undefined || after === undefined || jobs <= 0) return `${name}: no /proc counters`;
  const per = (key: keyof ProcStats, digits: number) => ((after[key] - before[key]) / jobs).toFixed(digits);
  return (
    `${name}: per job CPU ${per('cpuUs', 1)} µs (system ${per('systemUs', 1)}, main thread ${per('mainThreadUs', 1)}), ` +
    `context switches ${per('voluntarySwitches', 3)} voluntary, ${per('involuntarySwitches', 3)} involuntary`
  );
}

/** One line: the CPU each other process (by name) spent between two readings, in milliseconds. */
export function describeIdleCpu(
  names: readonly string[],
  before: readonly (ProcStats | undefined)[],
  after: readonly (ProcStats | undefined)[],
): string {
  const spent = names.map((name, i) => {
    const b = before[i];
    const a = after[i];
    return `${name} ${b === undefined || a === undefined ? '?' : ((a.cpuUs - b.cpuUs) / 1000).toFixed(0)}`;
  });
  return `others meanwhile (CPU ms): ${spent.join(', ')}`;
}

/** `/proc/<pid>/stat` fields 14 and 15 (utime, stime) in clock ticks; the command name may contain spaces. */
function cpuTicks(stat: string): { user: number; system: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]), system: Number(fields[12]) };
}

function statusField(status: string, name: string): number {
  const line = status.split('\n').find((l) => l.startsWith(`${name}:`));
  return line === undefined ? Number.NaN : Number(line.slice(name.length + 1).trim());
}
