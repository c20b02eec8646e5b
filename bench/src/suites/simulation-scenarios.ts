import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ContenderRow, MetricSpec, ScenarioResult } from '../report/bench-results.js';
import { summarize } from '../report/stats.js';

const run = promisify(execFile);

const METRICS: readonly MetricSpec[] = [
  { id: 'goodputPct', label: 'goodput, of the capacity limit', unit: 'percent', better: 'higher' },
  { id: 'rejectedPct', label: 'attempts rejected', unit: 'percent', better: 'lower' },
  { id: 'failedCallsPct', label: 'calls that gave up', unit: 'percent', better: 'lower' },
  { id: 'p99CallMs', label: 'p99 call', unit: 'ms', better: 'lower' },
];

interface SimulationResult {
  readonly client: string;
  readonly goodputPct: number;
  readonly rejectedPct: number;
  readonly failedCallsPct: number;
  readonly p99CallMs: number;
}

interface SimulationScenario {
  readonly scenario: { readonly title: string };
  readonly results: readonly SimulationResult[];
}

function isSimulationOutput(value: unknown): value is SimulationScenario[] {
  return (
    Array.isArray(value) &&
    value.every(
      (s) =>
        typeof s?.scenario?.title === 'string' &&
        Array.isArray(s.results) &&
        s.results.every(
          (r: Record<string, unknown>) =>
            typeof r.client === 'string' &&
            ['goodputPct', 'rejectedPct', 'failedCallsPct', 'p99CallMs'].every(
              (k) => typeof r[k] === 'number',
            ),
        ),
    )
  );
}

function failedScenario(reason: string): ScenarioResult {
  const row: ContenderRow = { id: 'simulation', label: 'simulation', status: 'failed', reason, metrics: {} };
  return {
    id: 'simulation',
    title: 'virtual-time simulation',
    metrics: METRICS,
    rows: [row],
    ratios: [],
    notes: [],
  };
}

/**
 * The backpressure package's own simulation (`packages/backpressure/scripts/simulate.ts --json`): the gate in
 * virtual time against a server model, deterministic, beside the measured figures. Run as the package runs it
 * (through tsx, from its folder).
 */
export async function simulationScenarios(benchRoot: string): Promise<ScenarioResult[]> {
  const packageDir = join(benchRoot, 'node_modules/@camunda-ts/backpressure');
  const script = join(packageDir, 'scripts/simulate.ts');
  if (!existsSync(script)) return [failedScenario('packages/backpressure/scripts/simulate.ts is absent')];
  const tsxCli = createRequire(join(benchRoot, 'package.json')).resolve('tsx/cli');
  let output: unknown;
  try {
    const { stdout } = await run(process.execPath, [tsxCli, script, '--json'], {
      cwd: packageDir,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    output = JSON.parse(stdout);
  } catch (error) {
    return [
      failedScenario(
        `the simulation failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      ),
    ];
  }
  if (!isSimulationOutput(output)) return [failedScenario('the simulation printed JSON of an unknown shape')];
  return output.map((s, i) => ({
    id: `simulation-${i + 1}`,
    title: `virtual-time simulation: ${s.scenario.title}`,
    metrics: METRICS,
    rows: s.results.map(
      (r): ContenderRow => ({
        id: r.client,
        label: r.client,
        status: 'measured',
        metrics: {
          goodputPct: summarize([r.goodputPct]),
          rejectedPct: summarize([r.rejectedPct]),
          failedCallsPct: summarize([r.failedCallsPct]),
          p99CallMs: summarize([r.p99CallMs]),
        },
      }),
    ),
    ratios: [],
    notes:
      i === 0
        ? ['From `pnpm simulate` in packages/backpressure (seeded, virtual time): one run, no spread.']
        : [],
  }));
}
