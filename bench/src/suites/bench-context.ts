import type { BenchProfile } from '../bench-profile.js';
import type { ChildName } from '../child/build-children.js';
import type { ChildApi } from '../child/child-protocol.js';
import { type ChildHandle, startChild } from '../child/start-child.js';

/** What every suite gets from the bench. */
export interface BenchContext {
  readonly benchRoot: string;
  readonly profile: BenchProfile;
  /** Compiled child entries by name. */
  readonly entries: Readonly<Record<ChildName, string>>;
  /** Progress line on stderr (the table goes to stdout). */
  log(message: string): void;
  /** Starts a compiled child as a plain Node process with a clean environment. */
  spawn<A extends ChildApi>(
    name: ChildName,
    label: string,
    execArgv?: readonly string[],
  ): Promise<ChildHandle<A>>;
}

/**
 * The environment children get: the bench's, minus anything that would configure a client behind the bench's
 * back (CAMUNDA_*, ZEEBE_*) or load code into it (NODE_OPTIONS).
 */
export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^(CAMUNDA_|ZEEBE_)/.test(key) && key !== 'NODE_OPTIONS'),
  );
}

/** Builds the context; `spawn` runs children in the bench folder (no `.env` there). */
export function createBenchContext(
  benchRoot: string,
  profile: BenchProfile,
  entries: Readonly<Record<ChildName, string>>,
): BenchContext {
  const env = childEnvironment(process.env);
  return {
    benchRoot,
    profile,
    entries,
    log: (message) => process.stderr.write(`${message}\n`),
    spawn: (name, label, execArgv = []) =>
      startChild(entries[name], {
        name: label,
        cwd: benchRoot,
        env,
        execArgv: [
          ...execArgv,
          ...profilerFlags(process.env.BENCH_CPU_PROF),
          ...extraFlags(process.env.BENCH_CHILD_FLAGS),
        ],
      }),
  };
}

/** `BENCH_CPU_PROF=<dir>`: every child writes a V8 CPU profile there when it exits (for `--cpu-prof` analysis). */
function profilerFlags(dir: string | undefined): string[] {
  return dir === undefined || dir === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/** `BENCH_CHILD_FLAGS='--max-semi-space-size=2'`: Node flags for every child (diagnostics, not for published runs). */
function extraFlags(flags: string | undefined): string[] {
  return flags === undefined ? [] : flags.split(' ').filter((flag) => flag !== '');
}
