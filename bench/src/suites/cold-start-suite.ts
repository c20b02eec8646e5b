import { execFile } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type {
  ContenderRow,
  LimitSpec,
  MetricSpec,
  RatioSpec,
  ScenarioResult,
  SuiteResult,
} from '../report/bench-results.js';
import { computeLimits, computeRatios } from '../report/compute-ratios.js';
import { summarize } from '../report/stats.js';
import { explainImportFailure } from '../runners/load-package.js';
import type { BenchContext } from './bench-context.js';
import { childEnvironment } from './bench-context.js';
import { type Contender, measureInRounds } from './measure-in-rounds.js';

const run = promisify(execFile);

interface Target {
  readonly id: string;
  readonly label: string;
  readonly specifiers: readonly string[];
  /** Also build a client after the import: `createCamundaClient` of the first specifier, timed with it. */
  readonly createClient?: boolean;
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
  {
    id: 'official-create',
    label: '@camunda8/orchestration-cluster-api, import() + createCamundaClient()',
    specifiers: ['@camunda8/orchestration-cluster-api'],
    createClient: true,
  },
  {
    id: 'camunda-ts-client-create',
    label: '@camunda-ts/client, import() + createCamundaClient()',
    specifiers: ['@camunda-ts/client'],
    createClient: true,
  },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'importMs', label: 'import() (+ createCamundaClient())', unit: 'ms', better: 'lower' },
  { id: 'readyMs', label: 'process start → ready', unit: 'ms', better: 'lower' },
  { id: 'rss', label: 'RSS after', unit: 'bytes', better: 'lower' },
  { id: 'rssAdded', label: 'RSS added over bare node', unit: 'bytes', better: 'lower' },
  { id: 'heapUsed', label: 'heap used after', unit: 'bytes', better: 'lower' },
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
  {
    numerator: 'camunda-ts-client-create',
    denominator: 'official-create',
    metric: 'importMs',
    goal: { text: '≤ 0.34× the official SDK’s', atMost: 0.34 },
  },
];

const LIMITS: readonly LimitSpec[] = [
  { row: 'camunda-ts-client-create', metric: 'rssAdded', goal: { text: '≤ 8 MB', atMost: 8e6 } },
];

/** Each row's RSS minus bare node's RSS of the same round: what loading (and creating) adds. */
function withRssAdded(rows: readonly ContenderRow[]): ContenderRow[] {
  const baseline = rows.find((r) => r.id === 'node' && r.status === 'measured')?.metrics.rss?.runs;
  return rows.map((row) => {
    const rss = row.metrics.rss?.runs;
    if (baseline === undefined || rss === undefined || rss.length !== baseline.length) return row;
    return { ...row, metrics: { ...row.metrics, rssAdded: summarize(rss.map((v, i) => v - baseline[i]!)) } };
  });
}

/** Precedes the probe's report on stdout, so that whatever a package prints does not get in its way. */
const REPORT_MARK = '@@probe@@';

/**
 * The probe a fresh process runs: time the `import()`s (and the client's creation, with only an address and no
 * auth, as the other suites configure it), then report memory, as JSON on stdout.
 */
function probeScript(target: Target): string {
  const load = target.specifiers
    .map((s, i) => `${i === 0 ? 'const pkg = ' : ''}await import(${JSON.stringify(s)});`)
    .join(' ');
  const config = { CAMUNDA_REST_ADDRESS: 'http://127.0.0.1:1', CAMUNDA_AUTH_STRATEGY: 'NONE' };
  const create = target.createClient
    ? `globalThis.client = pkg.createCamundaClient({ config: ${JSON.stringify(config)} });`
    : '';
  return [
    'let error = null;',
    'const t0 = performance.now();',
    `try { ${load} ${create} } catch (e) { error = { code: e?.code ?? null, message: String(e?.message ?? e) }; }`,
    'const t1 = performance.now();',
    'const m = process.memoryUsage();',
    `process.stdout.write(${JSON.stringify(`\n${REPORT_MARK}`)} + JSON.stringify({ importMs: t1 - t0, readyMs: t1, rss: m.rss, heapUsed: m.heapUsed, error }));`,
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
async function probe(cwd: string, target: Target): Promise<ProbeResult> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probeScript(target)], {
    cwd,
    env: childEnvironment(process.env),
    timeout: 60_000,
  });
  return JSON.parse(stdout.slice(stdout.lastIndexOf(REPORT_MARK) + REPORT_MARK.length)) as ProbeResult;
}

/** Probes each target once per round (after one unrecorded run each, which also warms the file-system cache). */
async function measureTargets(cwd: string, targets: readonly Target[], rounds: number) {
  const contenders: Contender[] = [];
  for (const target of targets) {
    const first = await probe(cwd, target);
    if (first.error !== null) {
      const error = Object.assign(new Error(first.error.message), { code: first.error.code });
      const reason = explainImportFailure(target.specifiers.join(' + '), error);
      contenders.push({ id: target.id, label: target.label, unavailable: { status: 'missing', reason } });
      continue;
    }
    contenders.push({ id: target.id, label: target.label });
  }
  return measureInRounds(contenders, rounds, async (c) => {
    const result = await probe(cwd, targets.find((t) => t.id === c.id)!);
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
    metrics: [{ id: 'importMs', label: 'import()', unit: 'ms', better: 'lower' }],
    rows,
    ratios: [],
    notes: ['Imports overlap (the workspace packages share undici, zod, …), so the rows do not add up.'],
  };
}

/** Cold start and memory: each import in a fresh Node process, ESM, as an application would load it. */
export async function runColdStartSuite(ctx: BenchContext): Promise<SuiteResult> {
  const { profile } = ctx;
  const rows = withRssAdded(await measureTargets(ctx.benchRoot, TARGETS, profile.coldStartRounds));
  // The breakdown is a guide, not a comparison: fewer rounds in a quick run.
  const breakdown = await clientBreakdown(ctx, profile.mode === 'quick' ? 1 : profile.coldStartRounds);
  return {
    id: 'cold-start',
    title: 'Cold start and memory',
    method:
      `Each figure from ${profile.coldStartRounds} fresh \`node\` processes per package (ESM \`import()\` of the ` +
      'package root, timed with `performance.now()`; "process start → ready" also counts Node’s own start-up; the ' +
      '`createCamundaClient()` rows also build a client with an address and no auth, as an application does ' +
      'first), taking turns; one unrecorded run per package first warms the file-system cache. RSS added is each ' +
      'run’s RSS minus bare node’s in the same round.',
    scenarios: [
      {
        id: 'import',
        title: 'import() in a fresh process',
        metrics: METRICS,
        rows,
        ratios: computeRatios(rows, RATIOS),
        limits: computeLimits(rows, LIMITS),
        notes: [],
      },
      ...(breakdown === null ? [] : [breakdown]),
    ],
  };
}
