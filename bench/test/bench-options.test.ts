import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../src/bench-options.js';
import { FULL_PROFILE, QUICK_PROFILE } from '../src/bench-profile.js';
import { SUITE_IDS } from '../src/report/bench-results.js';

describe('parseBenchArgs', () => {
  it('runs every suite in full mode by default', () => {
    expect(parseBenchArgs([])).toEqual({
      quick: false,
      suites: [...SUITE_IDS],
      help: false,
      render: false,
    });
  });
  it('accepts --quick, also after a `--` separator as pnpm passes it', () => {
    expect(parseBenchArgs(['--', '--quick']).quick).toBe(true);
  });
  it('keeps the bench order whatever the order given to --only', () => {
    expect(parseBenchArgs(['--only', 'worker,request']).suites).toEqual(['request', 'worker']);
    expect(parseBenchArgs(['--only=footprint']).suites).toEqual(['footprint']);
  });
  it('names the bad argument', () => {
    expect(() => parseBenchArgs(['--only', 'nope'])).toThrow(/unknown suite "nope"/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
    expect(() => parseBenchArgs(['--only'])).toThrow(/needs a list/);
  });
});

describe('profiles', () => {
  it('quick mode uses smaller counts than the full run everywhere', () => {
    expect(QUICK_PROFILE.requestDurationMs).toBeLessThan(FULL_PROFILE.requestDurationMs);
    expect(QUICK_PROFILE.workerJobs).toBeLessThan(FULL_PROFILE.workerJobs);
    expect(QUICK_PROFILE.e2eInstances).toBeLessThan(FULL_PROFILE.e2eInstances);
    expect(QUICK_PROFILE.backpressureDurationMs).toBeLessThan(FULL_PROFILE.backpressureDurationMs);
  });
  it('the full worker run uses the 20,000 jobs at 32 concurrent that issue 12 asks for', () => {
    expect(FULL_PROFILE.workerJobs).toBe(20_000);
    expect(FULL_PROFILE.workerConcurrency).toBe(32);
  });
});

describe('--soak', () => {
  it('runs only the soak, in full or quick mode', () => {
    expect(parseBenchArgs(['--soak'])).toMatchObject({ quick: false, suites: ['soak'] });
    expect(parseBenchArgs(['--soak', '--quick'])).toMatchObject({ quick: true, suites: ['soak'] });
    expect(parseBenchArgs(['--render']).render).toBe(true);
    expect(parseBenchArgs(['--soak', '--only', 'worker']).suites).toEqual(['worker', 'soak']);
  });
  it('soaks a million jobs in the full run and fewer in the quick one', () => {
    expect(FULL_PROFILE.soakJobs).toBe(1_000_000);
    expect(QUICK_PROFILE.soakJobs).toBeLessThan(FULL_PROFILE.soakJobs);
  });
});
