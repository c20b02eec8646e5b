import { parseArgs } from 'node:util';

/** What one run of the demo does. */
export interface DemoOptions {
  /** Process instances to run to completion. */
  readonly instances: number;
  /** Instances in flight at once (each one an `awaitCompletion` call). */
  readonly concurrency: number;
  /** Give up on instances still running after this long. */
  readonly timeoutMs: number;
  /** Seed of the generated orders: the same seed gives the same orders. */
  readonly seed: number;
}

/** The result of reading the command line: options to run with, or text to print and an exit code. */
export type ParsedDemoArgs =
  | { readonly kind: 'run'; readonly options: DemoOptions }
  | { readonly kind: 'exit'; readonly text: string; readonly exitCode: number };

/** Shown by `--help` and after a bad argument. */
export const DEMO_USAGE = `Usage: pnpm demo [options]

Runs order-fulfilment instances end to end: on the in-memory engine of @camunda-ts/testing, or on the cluster at
CAMUNDA_REST_ADDRESS when it is set (credentials from the usual CAMUNDA_* variables).

Options:
  -n, --instances <n>        process instances to complete (default 1000)
  -c, --concurrency <n>      instances in flight at once (default 100)
      --timeout-seconds <n>  give up on instances still running after this long (default 300)
      --seed <n>             seed of the generated orders (default 1)
  -h, --help                 show this text

Exit code: 0 when every instance completed, 1 otherwise, 130 when interrupted (Ctrl-C).`;

const DEFAULTS: DemoOptions = { instances: 1_000, concurrency: 100, timeoutMs: 300_000, seed: 1 };

function positiveInteger(name: string, raw: string | undefined, fallback: number): number | string {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll('_', '').replaceAll(',', ''));
  return Number.isSafeInteger(value) && value > 0
    ? value
    : `--${name} must be a positive integer (got "${raw}")`;
}

/** Reads the demo's command line (without the `node` and script entries). */
export function parseDemoArgs(argv: readonly string[]): ParsedDemoArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      // pnpm passes a lone `--` through when the user separates script arguments with one.
      args: argv.filter((arg) => arg !== '--'),
      options: {
        instances: { type: 'string', short: 'n' },
        concurrency: { type: 'string', short: 'c' },
        'timeout-seconds': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'exit', text: `${(error as Error).message}\n\n${DEMO_USAGE}`, exitCode: 2 };
  }
  if (values.help === true) return { kind: 'exit', text: DEMO_USAGE, exitCode: 0 };

  const str = (name: string) => values[name] as string | undefined;
  const instances = positiveInteger('instances', str('instances'), DEFAULTS.instances);
  const concurrency = positiveInteger('concurrency', str('concurrency'), DEFAULTS.concurrency);
  const timeoutSeconds = positiveInteger(
    'timeout-seconds',
    str('timeout-seconds'),
    DEFAULTS.timeoutMs / 1000,
  );
  const seed = positiveInteger('seed', str('seed'), DEFAULTS.seed);
  const problems = [instances, concurrency, timeoutSeconds, seed].filter((v) => typeof v === 'string');
  if (problems.length > 0)
    return { kind: 'exit', text: `${problems.join('\n')}\n\n${DEMO_USAGE}`, exitCode: 2 };
  return {
    kind: 'run',
    options: {
      instances: instances as number,
      concurrency: Math.min(concurrency as number, instances as number),
      timeoutMs: (timeoutSeconds as number) * 1000,
      seed: seed as number,
    },
  };
}
