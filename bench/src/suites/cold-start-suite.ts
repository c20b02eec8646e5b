import { execFile } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MetricSpec, RatioSpec, ScenarioResult, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import { explainImportFailure } from '../runners/load-package.js';
import type { BenchContext } from './bench-context.js';
import { childEnvironment } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';

const run = promisify(execFile);

interface Target {
  readonly id: string;
  readonly label: string;
  readonly specifiers: readonly string[];
}

const TARGETS: readonly Target[] = [
  { id: 'node', label: 'node, nothing imported (baseline)', specifiers: [] },
  {
    id: 'official',
    label: '@camunda8/orchestration-cluster-api',
    specifiers: ['@camunda8/orchestration-cluster-api'],
  },
  { id: 'camunda-ts-client', label: '@camunda-ts/client', specifiers: ['@camunda-ts/client'] },
  { id: 'camunda-ts-worker', label: '@camunda-ts/worker alone', specifiers: ['@camunda-ts/worker'] },
  {
    id: 'camunda-ts-client-worker',
    label: '@camunda-ts/client + @camunda-ts/worker (a worker application)',
    specifiers: ['@camunda-ts/client', '@camunda-ts/worker'],
  },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'importMs', label: 'import()', unit: 'ms', better: 'lower' },
  { id: 'readyMs', label: 'process start → imported', unit: 'ms', better: 'lower' },
  { id: 'rss', label: 'RSS after import', unit: 'bytes', better: 'lower' },
  { id: 'heapUsed', label: 'heap used after import', unit: 'bytes', better: 'lower' },
];

const RATIOS: readonly RatioSpec[] = [
  {
    numerator: 'camunda-ts-client',
    denominator: 'official',
    metric: 'importMs',
    goal: { text: '≤ ⅓ of the official SDK’s', atMost: 1 / 3 },
  },
  { numerator: 'camunda-ts-client-worker', denominator: 'official', metric: 'importMs' },
  { numerator: 'camunda-ts-client', denominator: 'official', metric: 'rss' },
];

/** The probe a fresh process runs: time the `import()`s, then report memory, as JSON on stdout. */
function probeScript(specifiers: readonly string[]): string {
  const load = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join(' ');
  return [
    'let error = null;',
    'const t0 = performance.now();',
    `try { ${load} } catch (e) { error = { code: e?.code ?? null, message: String(e?.message ?? e) }; }`,
    'const t1 = performance.now();',
    'const m = process.memoryUsage();',
    'process.stdout.write(JSON.stringify({ importMs: t1 - t0, readyMs: t1, rss: m.rss, heapUsed: m.heapUsed, error }));',
  ].join('\n');
}

interface ProbeResult {
  readonly importMs: number;
  readonly readyMs: number;
  readonly rss: number;
  readonly heapUsed: number;
  readonly error: { code: string | null; message: string } | null;
}

/** One fresh process importing `specifiers`, resolved from `cwd` as an application there would resolve them. */
async function probe(cwd: string, specifiers: readonly string[]): Promise<ProbeResult> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probeScript(specifiers)], {
    cwd,
    env: childEnvironment(process.env),
    timeout: 60_000,
  });
  return JSON.parse(stdout) as ProbeResult;
}

/** Probes each target once per round (after one unrecorded run each, which also warms the file-system cache). */
async function measureTargets(cwd: string, targets: readonly Target[], rounds: number) {
  const contenders: Contender[] = [];
  for (const target of targets) {
    const first = await probe(cwd, target.specifiers);
    if (first.error !== null) {
      const error = Object.assign(new Error(first.error.message), { code: first.error.code });
      const reason = explainImportFailure(target.specifiers.join(' + '), error);
      contenders.push({ id: target.id, label: target.label, unavailable: { status: 'missing', reason } });
      continue;
    }
    contenders.push({ id: target.id, label: target.label });
  }
  return measureInRounds(contenders, rounds, async (c) => {
    const result = await probe(cwd, targets.find((t) => t.id === c.id)!.specifiers);
    if (result.error !== null) return { failed: result.error.message };
    return { importMs: result.importMs, readyMs: result.readyMs, rss: result.rss, heapUsed: result.heapUsed };
  });
}

/**
 * Where the client's import time goes: each of its runtime dependencies imported alone, resolved from the
 * client's own folder. Not a comparison: a guide for whoever makes the client start faster.
 */
async function clientBreakdown(ctx: BenchContext, rounds: number): Promise<ScenarioResult | null> {
  const link = join(ctx.benchRoot, 'node_modules/@camunda-ts/client');
  if (!existsSync(join(link, 'package.json'))) return null;
  const dir = realpathSync(link);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const targets: Target[] = [
    {
      id: '@camunda-ts/client',
      label: '@camunda-ts/client (everything)',
      specifiers: ['@camunda-ts/client'],
    },
    ...Object.keys(manifest.dependencies ?? {})
      .sort()
      .map((name) => ({ id: name, label: name, specifiers: [name] })),
  ];
  const rows = await measureTargets(dir, targets, rounds);
  return {
    id: 'client-breakdown',
    title: 'import() of @camunda-ts/client’s dependencies, each alone',
    metrics: METRICS.slice(0, 1),
    rows,
    ratios: [],
    notes: ['Imports overlap (the workspace packages share undici, zod, …), so the rows do not add up.'],
  };
}

/** Cold start and memory: each import in a fresh Node process, ESM, as an application would load it. */
export async function runColdStartSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const rows = await measureTargets(ctx.benchRoot, TARGETS, profile.coldStartRounds);
  // The breakdown is a guide, not a comparison: fewer rounds in a quick run.
  const breakdown = await clientBreakdown(ctx, profile.mode === 'quick' ? 1 : profile.coldStartRounds);
  return {
    id: 'cold-start',
    title: 'Cold start and memory',
    method:
      `Each figure from ${profile.coldStartRounds} fresh \`node\` processes per package (ESM \`import()\` of the ` +
      'package root, timed with `performance.now()`; "process start → imported" also counts Node’s own start-up), ' +
      'taking turns; one unrecorded run per package first warms the file-system cache.',
    scenarios: [
      {
        id: 'import',
        title: 'import() in a fresh process',
        metrics: METRICS,
        rows,
        ratios: computeRatios(rows, RATIOS),
        notes: [],
      },
      ...(breakdown === null ? [] : [breakdown]),
    ],
  };
}
