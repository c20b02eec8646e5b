import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../src/demo-options.js';

describe('parseDemoArgs', () => {
  it('runs 1,000 instances, 100 in flight, by default', () => {
    expect(parseDemoArgs([])).toEqual({
      kind: 'run',
      options: { instances: 1_000, concurrency: 100, timeoutMs: 300_000, seed: 1 },
    });
  });

  it('reads short and long options, and the lone `--` pnpm may pass through', () => {
    const parsed = parseDemoArgs(['--', '-n', '2,500', '--concurrency', '32', '--timeout-seconds', '60']);
    expect(parsed).toEqual({
      kind: 'run',
      options: { instances: 2_500, concurrency: 32, timeoutMs: 60_000, seed: 1 },
    });
  });

  it('never keeps more instances in flight than there are', () => {
    const parsed = parseDemoArgs(['--instances', '10']);
    expect(parsed.kind === 'run' && parsed.options.concurrency).toBe(10);
  });

  it('rejects values that are not positive integers, naming each, with exit code 2', () => {
    const parsed = parseDemoArgs(['--instances', '0', '--seed', 'x']);
    expect(parsed.kind).toBe('exit');
    if (parsed.kind !== 'exit') return;
    expect(parsed.exitCode).toBe(2);
    expect(parsed.text).toContain('--instances must be a positive integer (got "0")');
    expect(parsed.text).toContain('--seed must be a positive integer (got "x")');
  });

  it('rejects unknown options and answers --help with the usage', () => {
    const unknown = parseDemoArgs(['--fast']);
    expect(unknown.kind === 'exit' && unknown.exitCode).toBe(2);
    const help = parseDemoArgs(['-h']);
    expect(help.kind === 'exit' && help.exitCode).toBe(0);
    expect(help.kind === 'exit' && help.text).toMatch(/^Usage: pnpm demo/);
  });
});
