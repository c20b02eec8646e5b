import { describe, expect, it } from 'vitest';
import { describeIdleCpu, describeProcStats, readProcStats } from '../src/suites/proc-stats.js';

describe('readProcStats', () => {
  it.runIf(process.platform === 'linux')('reads the counters of a live process', () => {
    const stats = readProcStats(process.pid);
    expect(stats).toBeDefined();
    for (const value of Object.values(stats ?? {})) expect(Number.isFinite(value) && value >= 0).toBe(true);
    expect(stats?.mainThreadUs).toBeLessThanOrEqual(stats?.cpuUs ?? 0);
    expect(stats?.systemUs).toBeLessThanOrEqual(stats?.cpuUs ?? 0);
  });

  it('has nothing for a process that does not exist', () => {
    expect(readProcStats(2 ** 30)).toBeUndefined();
  });
});

describe('describeProcStats', () => {
  it('divides the differences by the jobs', () => {
    const before = { voluntarySwitches: 10, involuntarySwitches: 0, cpuUs: 0, systemUs: 0, mainThreadUs: 0 };
    const after = {
      voluntarySwitches: 30,
      involuntarySwitches: 5,
      cpuUs: 40_000,
      systemUs: 10_000,
      mainThreadUs: 30_000,
    };
    expect(describeProcStats('w', before, after, 1_000)).toBe(
      'w: per job CPU 40.0 µs (system 10.0, main thread 30.0), context switches 0.020 voluntary, 0.005 involuntary',
    );
    expect(describeProcStats('w', undefined, after, 1_000)).toBe('w: no /proc counters');
  });
});

describe('describeIdleCpu', () => {
  it('gives each other process its CPU between the readings in ms, and ? where a reading is missing', () => {
    const at = (cpuUs: number) => ({
      voluntarySwitches: 0,
      involuntarySwitches: 0,
      cpuUs,
      systemUs: 0,
      mainThreadUs: 0,
    });
    expect(
      describeIdleCpu(['a', 'b', 'c'], [at(0), at(5_000), undefined], [at(20_000), at(5_000), at(1)]),
    ).toBe('others meanwhile (CPU ms): a 20, b 0, c ?');
  });
});
