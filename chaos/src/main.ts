import { startEngineProcess } from './engine-process.js';
import { createDirectClient, type RunProfile, runScenario, type ScenarioResult } from './run-scenario.js';
import { scenarios } from './scenarios.js';
import { writeResultsSection } from './write-results-section.js';

// `pnpm chaos` runs every scenario at full length (about a minute and a half); `--short` scales the faults down so
// the whole run stays within a minute (the test suite runs it). `--only a,b` picks scenarios; `--write` (full run)
// puts the table into bench/RESULTS.md. Exit code 1 when a job was lost, a completion was accepted twice, a fault
// never fired, the worker did not stay running, or (full run) recovery exceeded its bound.
const args = process.argv.slice(2);
const short = args.includes('--short');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const write = args.includes('--write');

const profile: RunProfile = short
  ? {
      scale: 0.25,
      warmupMs: 500,
      continuousMs: 2_500,
      tailMs: 300,
      createEveryMs: 40,
      drainMs: 15_000,
      jobTimeoutMs: 2_000,
      backoffMaxMs: 1_000,
      httpTimeoutMs: 3_000,
      pollTimeoutMs: 1_000,
    }
  : {
      scale: 1,
      warmupMs: 2_000,
      continuousMs: 10_000,
      tailMs: 1_000,
      createEveryMs: 40,
      drainMs: 60_000,
      jobTimeoutMs: 4_000,
      backoffMaxMs: 2_000,
      httpTimeoutMs: 5_000,
      pollTimeoutMs: 2_000,
    };
// Recovery bound: the backoff ceiling, plus one request round trip and the activation that follows it.
const recoveryCeilingMs = profile.backoffMaxMs + 1_000;

// A seeded generator, so a run's dice rolls can be replayed.
let seed = Number(process.env.CHAOS_SEED ?? 17);
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<number> {
  const started = Date.now();
  // Tokens short enough to expire during the OAuth outage.
  const engine = await startEngineProcess(short ? 1_000 : 3_000);
  const direct = createDirectClient(engine, profile);
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios(profile.scale)) {
      if (only !== undefined && !only.has(scenario.name)) continue;
      process.stderr.write(`chaos: ${scenario.name}: ${scenario.description}\n`);
      results.push(await runScenario(scenario, engine, direct, profile, random));
    }
  } finally {
    await direct.close();
    await engine.stop();
  }

  const lines = [
    `Chaos run (${short ? 'short: faults scaled ×0.25' : 'full'}), seed ${process.env.CHAOS_SEED ?? 17}, ` +
      `job timeout ${profile.jobTimeoutMs} ms, backoff ceiling ${profile.backoffMaxMs} ms, ` +
      `recovery bound ${recoveryCeilingMs} ms, ${((Date.now() - started) / 1000).toFixed(1)} s in all`,
    '',
    row([
      'scenario',
      'faults injected',
      'activation errors',
      'jobs created',
      'completed',
      'lost',
      'handler runs',
      'duplicate completions accepted',
      'recovery after fault (ms)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...results.map((r) =>
      row([
        `${r.scenario.name}: ${r.scenario.description}`,
        r.faultsInjected,
        r.activationErrors,
        r.created,
        r.completed,
        r.lost,
        r.handlerRuns,
        r.duplicateCompletions,
        r.recoveryMs === undefined ? 'whole run' : r.recoveryMs,
      ]),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const problems: string[] = [];
  for (const r of results) {
    const name = r.scenario.name;
    if (r.lost > 0) problems.push(`${name}: ${r.lost} job(s) lost`);
    const duplicates = Math.max(r.duplicateCompletions, r.duplicateCompletionsSeenByWorker);
    if (duplicates > 0) problems.push(`${name}: ${duplicates} duplicate completion(s)`);
    // Each completed instance had its completion pass the proxy, and only a cut connection hides its answer;
    // more missing answers would mean the duplicate count saw too little.
    if (r.completed - r.completionsAccepted > r.answersCut) {
      problems.push(`${name}: the proxy saw ${r.completionsAccepted} of ${r.completed} completions`);
    }
    if (r.faultsInjected === 0) problems.push(`${name}: the fault was never injected`);
    if (r.workerState !== 'running') problems.push(`${name}: the worker ended ${r.workerState}`);
    if (r.scenario.faultMs !== undefined && r.recoveryMs === undefined)
      problems.push(`${name}: never recovered`);
    if (!short && r.recoveryMs !== undefined && r.recoveryMs > recoveryCeilingMs) {
      problems.push(`${name}: recovery took ${r.recoveryMs} ms, more than ${recoveryCeilingMs} ms`);
    }
  }
  const total = results.reduce((n, r) => n + r.lost, 0);
  process.stdout.write(
    problems.length === 0
      ? `chaos: ${results.length} scenarios, 0 jobs lost, 0 duplicate completions\n`
      : `chaos FAILED (${total} lost):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  if (write && !short && only === undefined) {
    const repoRoot = new URL('../..', import.meta.url).pathname;
    const file = writeResultsSection(repoRoot, resultsSection(lines, problems.length === 0));
    process.stderr.write(`chaos: wrote ${file}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

function resultsSection(table: readonly string[], passed: boolean): string {
  return [
    '## 9. Chaos: faults between the worker and the engine',
    '',
    'From `pnpm chaos -- --write` (chaos/): a worker (8 slots) and its client reach the in-memory engine (its own',
    'process, OAuth with short-lived tokens) through a fault-injecting TCP proxy; a second client, straight to the',
    'engine, creates a one-task process instance every 40 ms and counts the completed instances. "Lost" = created',
    'but not completed within 60 s after creation stopped; "duplicate completions accepted" = job keys whose',
    'completion the engine answered with a 2xx more than once, counted on the engine side of the proxy (so an',
    'answer lost on its way back still counts); "recovery" = from the end of the fault to the first accepted',
    'completion after it.',
    '',
    ...table,
    '',
    passed
      ? '> Every job finished, none twice, and every fault recovered within the backoff ceiling plus one request.'
      : '> This run did not meet the expectations; see the chaos output.',
  ].join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
