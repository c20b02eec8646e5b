import { SUITE_IDS, type SuiteId } from './report/bench-results.js';

/** Parsed command line of `pnpm bench`. */
export interface BenchOptions {
  readonly quick: boolean;
  /** Suites to run, in the bench's order. */
  readonly suites: readonly SuiteId[];
  readonly help: boolean;
  /** Only re-render RESULTS.md from results.json (and FINDINGS.md); nothing is measured. */
  readonly render: boolean;
}

/** The text `--help` prints. */
export const USAGE = `usage: pnpm bench [--quick] [--soak] [--only <suite>[,<suite>…]]

  --quick        small counts (CI smoke run); writes .results/quick.{json,md} instead of results.json/RESULTS.md
  --soak         only the soak: 1,000,000 jobs through one worker (50,000 with --quick); same as --only soak
  --render       measure nothing: rewrite RESULTS.md from results.json and FINDINGS.md
  --only         run only these suites: ${SUITE_IDS.join(', ')}
                 (a full run of some suites writes .results/<suites>.{json,md}, not results.json/RESULTS.md)
  --help         this text`;

/** Parses the bench's arguments; throws a RangeError naming the first bad one. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let quick = false;
  let help = false;
  let render = false;
  let only: SuiteId[] | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--quick') quick = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--render') render = true;
    else if (arg === '--soak') only = [...(only ?? []), 'soak'];
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value === undefined || value === '') throw new RangeError('--only needs a list of suites');
      only = [
        ...(only ?? []),
        ...value.split(',').map((name) => {
          const id = name.trim();
          if (!(SUITE_IDS as readonly string[]).includes(id)) {
            throw new RangeError(`unknown suite "${id}" (known: ${SUITE_IDS.join(', ')})`);
          }
          return id as SuiteId;
        }),
      ];
    } else throw new RangeError(`unknown argument "${arg}"`);
  }
  const suites = only === null ? [...SUITE_IDS] : SUITE_IDS.filter((id) => only.includes(id));
  return { quick, suites, help, render };
}
