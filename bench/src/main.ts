/**
 * `pnpm bench [--quick] [--only …]`: runs the suites, prints the results table, and writes results.json and
 * RESULTS.md (a full run) or .results/quick.{json,md} (a quick run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE } from './bench-options.js';
import { FULL_PROFILE, QUICK_PROFILE } from './bench-profile.js';
import { buildChildren } from './child/build-children.js';
import { type BenchResults, SUITE_IDS, type SuiteId, type SuiteResult } from './report/bench-results.js';
import { describeMachine } from './report/machine-info.js';
import { renderResultsMarkdown } from './report/render-results.js';
import { runBackpressureSuite } from './suites/backpressure-suite.js';
import { type BenchContext, createBenchContext } from './suites/bench-context.js';
import { runBrowserBundleSuite } from './suites/browser-bundle-suite.js';
import { runColdStartSuite } from './suites/cold-start-suite.js';
import { runE2eSuite } from './suites/e2e-suite.js';
import { runFootprintSuite } from './suites/footprint-suite.js';
import { runRequestSuite } from './suites/request-suite.js';
import { runSoakSuite } from './suites/soak-suite.js';
import { runWorkerSuite } from './suites/worker-suite.js';

const benchRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(benchRoot, '..');

const SUITES: Record<SuiteId, ((ctx: BenchContext) => Promise<SuiteResult>) | undefined> = {
  request: runRequestSuite,
  worker: runWorkerSuite,
  e2e: runE2eSuite,
  'cold-start': runColdStartSuite,
  footprint: runFootprintSuite,
  backpressure: runBackpressureSuite,
  soak: runSoakSuite,
  'browser-bundle': runBrowserBundleSuite,
};

function packageVersion(dir: string): string {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** Formats a committed output file with the repo's biome settings, so `biome ci` accepts it as written. */
/** Sections other runs own (the chaos suite's), carried over from the previous RESULTS.md. */
const KEPT_SECTION = /<!-- chaos:start -->[\s\S]*?<!-- chaos:end -->/;

function withKeptSections(markdown: string, previousFile: string): string {
  if (!existsSync(previousFile)) return markdown;
  const kept = KEPT_SECTION.exec(readFileSync(previousFile, 'utf8'))?.[0];
  return kept === undefined ? markdown : `${markdown.trimEnd()}\n\n${kept}\n`;
}

function formatLikeTheRepo(file: string): void {
  const biome = join(repoRoot, 'node_modules/.bin/biome');
  if (!existsSync(biome)) return;
  const result = spawnSync(biome, ['format', '--write', file], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) process.stderr.write(`biome could not format ${file}: ${result.stderr}\n`);
}

/** What profiling showed, written by hand: rendered into RESULTS.md after the goals. */
function readFindings(): string | undefined {
  const file = join(benchRoot, 'FINDINGS.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  if (options.render) {
    const results = JSON.parse(readFileSync(join(benchRoot, 'results.json'), 'utf8')) as BenchResults;
    writeFileSync(join(benchRoot, 'RESULTS.md'), renderResultsMarkdown(results, readFindings()));
    formatLikeTheRepo(join(benchRoot, 'RESULTS.md'));
    return;
  }
  const profile = options.quick ? QUICK_PROFILE : FULL_PROFILE;
  const started = Date.now();
  const startLoad = loadavg()[0] ?? 0;
  const cores = availableParallelism();
  if (startLoad > cores / 2) {
    process.stderr.write(
      `warning: load average ${startLoad.toFixed(2)} on ${cores} cores: other work is running, figures will be skewed\n`,
    );
  }
  const buildDir = join(benchRoot, '.bench-build');
  rmSync(buildDir, { recursive: true, force: true });
  const entries = await buildChildren(benchRoot, buildDir);
  const ctx = createBenchContext(benchRoot, profile, entries);

  const suites: SuiteResult[] = [];
  for (const id of options.suites) {
    const run = SUITES[id];
    if (run === undefined) continue;
    ctx.log(`${id} …`);
    const t0 = Date.now();
    suites.push(await run(ctx));
    ctx.log(`${id} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  const results: BenchResults = {
    schemaVersion: 1,
    mode: profile.mode,
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    machine: describeMachine(repoRoot, startLoad),
    versions: {
      '@camunda8/orchestration-cluster-api': packageVersion(
        join(benchRoot, 'node_modules/@camunda8/orchestration-cluster-api'),
      ),
      undici: packageVersion(join(benchRoot, 'node_modules/undici')),
      'fetch (Node bundled undici)': process.versions.undici ?? 'unknown',
    },
    settings: { ...profile },
    suites,
  };
  const markdown = renderResultsMarkdown(results, readFindings());
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const partial = options.suites.length < SUITE_IDS.length;
  if (options.quick || partial) {
    // Only a full run of every suite replaces the published results.
    const outDir = join(benchRoot, '.results');
    const name = [...(options.quick ? ['quick'] : []), ...(partial ? options.suites : [])].join('-');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${name}.json`), json);
    writeFileSync(join(outDir, `${name}.md`), markdown);
  } else {
    writeFileSync(join(benchRoot, 'results.json'), json);
    writeFileSync(join(benchRoot, 'RESULTS.md'), withKeptSections(markdown, join(benchRoot, 'RESULTS.md')));
    formatLikeTheRepo(join(benchRoot, 'results.json'));
    formatLikeTheRepo(join(benchRoot, 'RESULTS.md'));
  }
  rmSync(buildDir, { recursive: true, force: true });
  process.stdout.write(markdown);
  const rows = suites.flatMap((suite) => suite.scenarios.flatMap((scenario) => scenario.rows));
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  process.stderr.write(
    `${count('measured')} rows measured, ${count('missing')} not measured, ${count('pending')} pending, ` +
      `${count('failed')} failed (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
