#!/usr/bin/env node
// Checks the Nx project graph against tools/dependency-rules.json: every edge Nx finds (from package.json
// dependencies and from imports in any file) must be allowed, and runtime edges must come from `dependencies`.
// `--self-test` plants a forbidden import (config → client) and asserts that the check rejects it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rules = JSON.parse(readFileSync(join(root, 'tools/dependency-rules.json'), 'utf8')).projects;

function projectGraph() {
  const dir = mkdtempSync(join(tmpdir(), 'camunda-ts-graph-'));
  try {
    const file = join(dir, 'graph.json');
    execFileSync('pnpm', ['exec', 'nx', 'graph', `--file=${file}`], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
    return JSON.parse(readFileSync(file, 'utf8')).graph;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Returns the list of violations; empty when the graph follows the rules. */
function violations(graph) {
  const problems = [];
  for (const [project, node] of Object.entries(graph.nodes)) {
    if (!rules[project]) problems.push(`${project}: not listed in tools/dependency-rules.json`);
    void node;
  }
  for (const [source, edges] of Object.entries(graph.dependencies)) {
    const rule = rules[source];
    if (!rule) continue;
    const manifest = JSON.parse(
      readFileSync(join(root, graph.nodes[source].data.root, 'package.json'), 'utf8'),
    );
    const runtimeDeps = new Set(Object.keys(manifest.dependencies ?? {}));
    for (const { target } of edges) {
      if (!graph.nodes[target]) continue; // npm packages are not governed here
      if (rule.runtime.includes(target)) continue;
      // Test-only and peer edges are fine as long as they are not hard runtime dependencies.
      if ((rule.test.includes(target) || rule.peer?.includes(target)) && !runtimeDeps.has(target)) continue;
      problems.push(`${source} → ${target}: forbidden dependency`);
    }
  }
  return problems;
}

function check() {
  const graph = projectGraph();
  const problems = violations(graph);
  const edgeCount = Object.values(graph.dependencies)
    .flat()
    .filter((e) => graph.nodes[e.target]).length;
  return { problems, projects: Object.keys(graph.nodes).length, edgeCount };
}

if (process.argv.includes('--self-test')) {
  const probe = join(root, 'packages/config/src/forbidden-import-probe.ts');
  writeFileSync(probe, "export * from '@camunda-ts/client';\n");
  let result;
  try {
    result = check();
  } finally {
    rmSync(probe, { force: true });
  }
  const caught = result.problems.some((p) => p.startsWith('@camunda-ts/config → @camunda-ts/client'));
  console.log(
    caught
      ? 'graph self-test: a planted config → client import is rejected, as it must be'
      : 'graph self-test FAILED: a planted config → client import was not detected',
  );
  process.exit(caught ? 0 : 1);
} else {
  const { problems, projects, edgeCount } = check();
  if (problems.length > 0) {
    console.error(`dependency graph: ${problems.length} violation(s)`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`dependency graph: ${projects} projects, ${edgeCount} workspace edges, all allowed`);
}
