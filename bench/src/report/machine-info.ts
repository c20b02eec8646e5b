import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { MachineInfo } from './bench-results.js';

/** The machine the figures were taken on; `startLoad` is the load average sampled when the run began. */
export function describeMachine(repoRoot: string, startLoad: number): MachineInfo {
  let commit: string | null = null;
  try {
    commit =
      execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim() ||
      null;
  } catch {
    commit = null;
  }
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    commit,
    loadAverage: { start: startLoad, end: loadavg()[0] ?? 0 },
  };
}
