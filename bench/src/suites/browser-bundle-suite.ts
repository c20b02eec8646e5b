import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { browserBundleSize, topologyApp } from '../bundle/browser-bundle-size.js';
import type { ContenderRow, MetricSpec, RatioSpec, SuiteResult } from '../report/bench-results.js';
import { computeRatios } from '../report/compute-ratios.js';
import { formatValue } from '../report/format-value.js';
import { summarize } from '../report/stats.js';
import type { BenchContext } from './bench-context.js';

const CONTENDERS: ReadonlyArray<{
  id: string;
  label: string;
  name: string;
  /** The official SDK imports Node built-ins; they are left out of its bundle and named in the notes. */
  allowNodeBuiltins: boolean;
}> = [
  {
    id: 'official',
    label: '@camunda8/orchestration-cluster-api',
    name: '@camunda8/orchestration-cluster-api',
    allowNodeBuiltins: true,
  },
  {
    id: 'camunda-ts-client',
    label: '@camunda-ts/client',
    name: '@camunda-ts/client',
    allowNodeBuiltins: false,
  },
];

const METRICS: readonly MetricSpec[] = [
  { id: 'gzip', label: 'minified + gzipped', unit: 'bytes', better: 'lower' },
  { id: 'minified', label: 'minified', unit: 'bytes', better: 'lower' },
];

const RATIOS: readonly RatioSpec[] = [
  {
    numerator: 'camunda-ts-client',
    denominator: 'official',
    metric: 'gzip',
    goal: { text: '≤ 0.5× of the official SDK’s', atMost: 0.5 },
  },
];

/** The browser bundle of the same small application (create a client, call getTopology) for each SDK. */
export async function runBrowserBundleSuite(ctx: BenchContext): Promise<SuiteResult> {
  const rows: ContenderRow[] = [];
  const notes: string[] = [];
  for (const contender of CONTENDERS) {
    const { id, label, name } = contender;
    if (!existsSync(join(ctx.benchRoot, 'node_modules', name, 'package.json'))) {
      rows.push({ id, label, status: 'missing', reason: `${name} is not installed`, metrics: {} });
      continue;
    }
    try {
      const size = await browserBundleSize(topologyApp(name), ctx.benchRoot, contender.allowNodeBuiltins);
      rows.push({
        id,
        label,
        status: 'measured',
        metrics: { gzip: summarize([size.gzipBytes]), minified: summarize([size.minifiedBytes]) },
      });
      const builtins =
        size.nodeBuiltins.length === 0
          ? 'no Node built-in'
          : `Node built-ins left out of the bundle: ${size.nodeBuiltins.join(', ')}`;
      notes.push(
        `${label}: ${formatValue(size.gzipBytes, 'bytes')} gzipped; ${builtins}; bundles ${size.packages.join(', ')}.`,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
      rows.push({ id, label, status: 'failed', reason, metrics: {} });
    }
  }
  return {
    id: 'browser-bundle',
    title: 'Browser bundle size',
    method:
      'The same application for each SDK — create a client, call getTopology — bundled by esbuild as ' +
      '`esbuild --bundle --platform=browser --format=esm --minify` would (no code splitting: lazily imported modules ' +
      'count), then gzipped at level 9. camunda-ts resolves its `browser` builds; the official SDK’s bundle only ' +
      'builds with its Node built-ins left external. Deterministic for given versions: one run.',
    scenarios: [
      {
        id: 'topology-app',
        title: 'create a client and call getTopology, bundled for the browser',
        metrics: METRICS,
        rows,
        ratios: computeRatios(rows, RATIOS),
        notes,
      },
    ],
  };
}
