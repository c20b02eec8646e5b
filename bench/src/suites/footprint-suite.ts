import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ClosureEntry, packageClosure } from '../footprint/package-closure.js';
import type { ContenderRow, MetricSpec, RatioSpec, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import { formatValue } from '../report/format-value.js';
import { summarize } from '../report/stats.js';
import type { BenchContext } from './bench-context.js';

const TARGETS: ReadonlyArray<{ id: string; label: string; name: string; workspaceFolder: string | null }> = [
  {
    id: 'official',
    label: '@camunda8/orchestration-cluster-api',
    name: '@camunda8/orchestration-cluster-api',
    workspaceFolder: null,
  },
  {
    id: 'camunda-ts-client',
    label: '@camunda-ts/client',
    name: '@camunda-ts/client',
    workspaceFolder: 'client',
  },
  {
    id: 'camunda-ts-worker',
    label: '@camunda-ts/worker',
    name: '@camunda-ts/worker',
    workspaceFolder: 'worker',
  },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'bytes', label: 'installed size', unit: 'bytes', better: 'lower' },
  { id: 'packages', label: 'packages', unit: 'count', better: 'lower' },
  { id: 'files', label: 'files', unit: 'count', better: 'lower' },
];

const RATIOS: readonly RatioSpec[] = [
  { numerator: 'camunda-ts-client', denominator: 'official', metric: 'bytes' },
  { numerator: 'camunda-ts-worker', denominator: 'official', metric: 'bytes' },
];

/** The camunda-ts workspace packages a closure needs built (their `dist` is what gets published). */
function unbuilt(closure: readonly ClosureEntry[], repoRoot: string): string[] {
  return closure
    .filter((e) => e.workspace)
    .map((e) => e.name.replace('@camunda-ts/', ''))
    .filter((folder) => !existsSync(join(repoRoot, 'packages', folder, 'dist')));
}

/** Installed size of each package with its whole dependency closure. */
export async function runFootprintSuite(ctx: BenchContext): Promise<SuiteResult> {
  const repoRoot = join(ctx.benchRoot, '..');
  const rows: ContenderRow[] = [];
  const notes: string[] = [];
  const sizeCache = new Map<string, Promise<{ bytes: number; files: number }>>();
  for (const target of TARGETS) {
    const dir = join(ctx.benchRoot, 'node_modules', target.name);
    if (!existsSync(join(dir, 'package.json'))) {
      rows.push({
        id: target.id,
        label: target.label,
        status: 'missing',
        reason: `${target.name} is not installed`,
        metrics: {},
      });
      continue;
    }
    let closure: ClosureEntry[];
    try {
      closure = await packageClosure(dir, join(repoRoot, 'packages'), sizeCache);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      rows.push({ id: target.id, label: target.label, status: 'failed', reason, metrics: {} });
      continue;
    }
    const notBuilt = unbuilt(closure, repoRoot);
    if (notBuilt.length > 0) {
      const reason = notBuilt
        .map((f) => `@camunda-ts/${f} is not built yet (run \`pnpm build\` in packages/${f})`)
        .join('; ');
      rows.push({ id: target.id, label: target.label, status: 'missing', reason, metrics: {} });
      continue;
    }
    const bytes = closure.reduce((sum, e) => sum + e.bytes, 0);
    const files = closure.reduce((sum, e) => sum + e.files, 0);
    rows.push({
      id: target.id,
      label: target.label,
      status: 'measured',
      metrics: {
        bytes: summarize([bytes]),
        packages: summarize([closure.length]),
        files: summarize([files]),
      },
    });
    const bySize = [...closure].sort((a, b) => b.bytes - a.bytes);
    const shown = bySize.slice(0, 8).map((e) => `${e.name} ${e.version} ${formatValue(e.bytes, 'bytes')}`);
    const rest = bySize.slice(8);
    if (rest.length > 0) {
      const restBytes = rest.reduce((sum, e) => sum + e.bytes, 0);
      shown.push(`${rest.length} more ${formatValue(restBytes, 'bytes')}`);
    }
    notes.push(`${target.label}: ${shown.join(', ')}.`);
  }
  return {
    id: 'footprint',
    title: 'Installed size',
    method:
      'Each package with its dependency closure (dependencies, non-optional peer dependencies, installed optional ' +
      'dependencies), resolved through node_modules from the lockfile’s install. Third-party packages count the bytes ' +
      'of their installed files (npm’s unpacked size); camunda-ts packages count what `npm pack` would publish ' +
      '(their built `dist`, README, package.json), not their source folders. No network.',
    scenarios: [
      {
        id: 'installed-size',
        title: 'installed size with dependencies',
        metrics: METRICS,
        rows,
        ratios: computeRatios(rows, RATIOS),
        notes,
      },
    ],
  };
}
