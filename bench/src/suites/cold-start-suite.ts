import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { MetricSpec, RatioSpec, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import { explainImportFailure } from '../runners/load-package.js';
import type { BenchContext } from './bench-context.js';
import { childEnvironment } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';

const run = promisify(execFile);

const TARGETS: ReadonlyArray<{ id: string; label: string; specifiers: readonly string[] }> = [
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

async function probe(ctx: BenchContext, specifiers: readonly string[]): Promise<ProbeResult> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probeScript(specifiers)], {
    cwd: ctx.benchRoot,
    env: childEnvironment(process.env),
    timeout: 60_000,
  });
  return JSON.parse(stdout) as ProbeResult;
}

/** Cold start and memory: each import in a fresh Node process, ESM, as an application would load it. */
export async function runColdStartSuite(ctx: BenchContext): Promise<SuiteResult> {
  const contenders: Contender[] = [];
  for (const target of TARGETS) {
    // One unrecorded run first: it also warms the file-system cache, so no contender pays for a cold disk.
    const first = await probe(ctx, target.specifiers);
    if (first.error !== null) {
      const error = Object.assign(new Error(first.error.message), { code: first.error.code });
      const reason = explainImportFailure(target.specifiers.join(' + '), error);
      contenders.push({ id: target.id, label: target.label, unavailable: { status: 'missing', reason } });
      continue;
    }
    contenders.push({ id: target.id, label: target.label });
  }
  const rows = await measureInRounds(contenders, ctx.profile.coldStartRounds, async (c) => {
    const result = await probe(ctx, TARGETS.find((t) => t.id === c.id)!.specifiers);
    if (result.error !== null) return { failed: result.error.message };
    return { importMs: result.importMs, readyMs: result.readyMs, rss: result.rss, heapUsed: result.heapUsed };
  });
  return {
    id: 'cold-start',
    title: 'Cold start and memory',
    method:
      `Each figure from ${ctx.profile.coldStartRounds} fresh \`node\` processes per package (ESM \`import()\` of the ` +
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
    ],
  };
}
