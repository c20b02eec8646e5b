import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { loadSpec, specFolderExists } from './load-spec.js';
import { diffGeneratedFolders, removeTree, writeGeneration } from './write-generation.js';

/** Parsed command line. */
export interface CliOptions {
  readonly check: boolean;
  readonly specDir: string;
  readonly root: string;
}

const USAGE = `usage: generate [--check] [--spec-dir <dir>] [--root <repo root>]

  --check       regenerate into a temporary folder and fail on any difference from the committed output
  --spec-dir    folder holding rest-api.bundle.json and spec-metadata.json
                (default: $CAMUNDA_SPEC_DIR, else <repo root>/../shared/spec)
  --root        repository root to write into (default: two levels above tools/codegen)`;

/** Reads flags and environment; relative paths resolve against the current directory. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, defaultRoot: string): CliOptions {
  let check = false;
  let specDir: string | undefined;
  let root = defaultRoot;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      index += 1;
      return next;
    };
    if (arg === '--check') check = true;
    else if (arg === '--spec-dir') specDir = resolve(value());
    else if (arg === '--root') root = resolve(value());
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  specDir ??= env.CAMUNDA_SPEC_DIR ? resolve(env.CAMUNDA_SPEC_DIR) : join(root, '..', 'shared', 'spec');
  return { check, specDir, root };
}

/** Runs the generator; returns the process exit code. */
export function run(options: CliOptions, log: (line: string) => void): number {
  if (!specFolderExists(options.specDir)) {
    if (options.check) {
      log(`spec folder ${options.specDir} absent: generated-code check skipped`);
      return 0;
    }
    log(`spec folder ${options.specDir} not found (set CAMUNDA_SPEC_DIR or pass --spec-dir)`);
    return 1;
  }
  const started = performance.now();
  const generation = generate(loadSpec(options.specDir));
  for (const warning of generation.warnings) log(`warning: ${warning}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (options.check) {
    const temp = mkdtempSync(join(tmpdir(), 'camunda-ts-codegen-'));
    try {
      writeGeneration(temp, generation.files);
      const differences = diffGeneratedFolders(temp, options.root);
      if (differences.length > 0) {
        for (const difference of differences) log(difference);
        log(`generated code is out of date with ${options.specDir}: run \`pnpm generate\` in tools/codegen`);
        return 1;
      }
      log(`generated code matches the spec (${generation.files.length} files)`);
      return 0;
    } finally {
      removeTree(temp);
    }
  }
  const report = writeGeneration(options.root, generation.files);
  for (const path of report.written) log(`wrote ${path}`);
  for (const path of report.removed) log(`removed ${path}`);
  log(
    `${generation.files.length} files from ${options.specDir} in ${seconds} s (${report.unchanged} unchanged)`,
  );
  return 0;
}

function main(): void {
  const defaultRoot = fileURLToPath(new URL('../../../', import.meta.url));
  try {
    const options = parseArgs(process.argv.slice(2), process.env, resolve(defaultRoot));
    process.exitCode = run(options, (line) => console.log(line));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
