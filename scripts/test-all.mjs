#!/usr/bin/env node
// The whole test suite, as CI and a newcomer run it: lint, sync check, codegen drift, build, typecheck, unit and
// integration tests, packaging checks, round trips of the engine's operations, dependency graph, examples, the
// runtime smoke suite (Node, Deno, Bun, headless Chromium), chaos short run, API docs, benchmark smoke run. Nothing
// is replayed from the Nx cache. Every step runs even when an earlier one failed, so one run reports everything;
// the last line is the test total.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const specDir = process.env.CAMUNDA_SPEC_DIR ?? join(root, '..', 'shared', 'spec');

/** Project folders that hold a package.json (packages/*, tools/*, and the top-level bench, chaos, demo, examples, smoke). */
function projectDirs() {
  const dirs = [];
  for (const group of ['packages', 'tools']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      if (existsSync(join(base, name, 'package.json'))) dirs.push(join(base, name));
    }
  }
  for (const name of ['bench', 'chaos', 'demo', 'examples', 'smoke']) {
    if (existsSync(join(root, name, 'package.json'))) dirs.push(join(root, name));
  }
  return dirs;
}

function hasScript(dir, script) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return Boolean(manifest.scripts?.[script]);
}

const steps = [
  {
    name: 'headless Chromium for the browser suites (installed when missing)',
    cmd: ['bash', 'scripts/ensure-chromium.sh'],
  },
  { name: 'lint and format (biome)', cmd: ['pnpm', 'exec', 'biome', 'ci', '.'] },
  { name: 'nx sync:check', cmd: ['pnpm', 'exec', 'nx', 'sync:check'] },
  {
    name: 'generated code matches the spec',
    cmd: ['pnpm', '--filter', '@camunda-ts/codegen', 'run', 'generate', '--check'],
    when: () => existsSync(join(root, 'tools/codegen/package.json')),
    skipNote: () => (existsSync(specDir) ? undefined : `spec folder ${specDir} absent: drift check skipped`),
  },
  {
    name: 'build, typecheck, lint, test, publint + attw (all projects)',
    cmd: [
      'pnpm',
      'exec',
      'nx',
      'run-many',
      '-t',
      'build',
      'typecheck',
      'lint',
      'test',
      'check-package',
      '--skip-nx-cache',
      '--parallel=2',
      '--outputStyle=stream',
    ],
  },
  {
    name: 'every implemented operation has a round trip through the client (scripts/check-round-trips.mjs)',
    cmd: ['node', 'scripts/check-round-trips.mjs'],
  },
  {
    name: 'the round-trip check catches an implemented operation without a round trip',
    cmd: ['node', 'scripts/check-round-trips.mjs', '--self-test'],
  },
  { name: 'dependency graph', cmd: ['node', 'scripts/check-graph.mjs'] },
  {
    name: 'dependency graph rejects a forbidden import',
    cmd: ['node', 'scripts/check-graph.mjs', '--self-test'],
  },
  {
    name: 'examples run against the in-memory engine',
    cmd: ['pnpm', '--filter', '@camunda-ts/examples', 'run', 'run-all'],
    when: () => existsSync(join(root, 'examples/package.json')),
  },
  {
    name: 'runtime smoke suite: Node, Deno, Bun, headless Chromium (browser bundle)',
    cmd: ['pnpm', '--filter', '@camunda-ts/smoke', 'run', 'smoke'],
    when: () => existsSync(join(root, 'smoke/package.json')),
  },
  {
    // Worker and client through a fault-injecting proxy; fails on any lost job or accepted duplicate completion.
    name: 'chaos suite, short run (under a minute)',
    cmd: ['pnpm', '--filter', '@camunda-ts/chaos', 'run', 'chaos', '--short'],
    when: () => existsSync(join(root, 'chaos/package.json')),
  },
  {
    name: 'API docs build with every export documented (typedoc)',
    cmd: ['pnpm', 'run', 'docs'],
  },
  {
    name: 'benchmark smoke run',
    cmd: ['pnpm', '--filter', '@camunda-ts/bench', 'run', 'bench', '--quick'],
    when: () => existsSync(join(root, 'bench/package.json')),
  },
];

for (const dir of projectDirs()) rmSync(join(dir, '.test-results'), { recursive: true, force: true });

const failedSteps = [];
const started = Date.now();
for (const step of steps) {
  if (step.when && !step.when()) continue;
  const note = step.skipNote?.();
  console.log(`\n=== ${step.name}${note ? ` (${note})` : ''}`);
  const t0 = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`=== ${ok ? 'ok' : 'FAILED'}: ${step.name} (${seconds} s)`);
  if (!ok) failedSteps.push(step.name);
}

// Totals over every project's vitest JSON report; a project with tests but no report counts as one failure.
let passed = 0;
let failed = 0;
const missing = [];
for (const dir of projectDirs()) {
  if (!hasScript(dir, 'test') && !hasScript(dir, 'smoke')) continue;
  const report = join(dir, '.test-results', 'results.json');
  if (!existsSync(report)) {
    missing.push(dir.slice(root.length));
    failed += 1;
    continue;
  }
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  passed += numPassedTests;
  failed += numFailedTests;
}

// Coverage figures that tests write as one-line summaries (`.test-results/summary-*.txt`), e.g. the search sweep.
for (const dir of projectDirs()) {
  const results = join(dir, '.test-results');
  if (!existsSync(results)) continue;
  for (const name of readdirSync(results).sort()) {
    if (name.startsWith('summary-') && name.endsWith('.txt')) {
      process.stdout.write(readFileSync(join(results, name), 'utf8'));
    }
  }
}

console.log(`\nelapsed ${((Date.now() - started) / 1000).toFixed(0)} s`);
const roundTrips = join(root, 'packages/client/.test-results/round-trips.json');
if (existsSync(roundTrips)) {
  const { withRoundTrip, total } = JSON.parse(readFileSync(roundTrips, 'utf8'));
  console.log(`operations with a round trip: ${withRoundTrip}/${total}`);
}
if (missing.length > 0) console.log(`no test report from: ${missing.join(', ')}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
