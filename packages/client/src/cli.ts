#!/usr/bin/env node

// The `camunda-ts` bin. One command for now: `doctor`.
const USAGE = `Usage: camunda-ts doctor

Prints the configuration camunda-ts resolves from the environment (and .env when CAMUNDA_LOAD_ENVFILE asks),
with the source of every value and the warnings, then checks DNS, the connection and TLS, the OAuth token,
getTopology, and the server's version against the client's, and says in plain words what is wrong.
Exit code 0 when every check passed, 1 otherwise.`;

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'doctor' || rest.length > 0) {
    process.stderr.write(`Unknown command: ${args.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  // Imported here rather than at the top, so that the package's entry point is the only module holding the
  // client: the build then emits no chunk shared by both, which every application importing the client would
  // otherwise load as a second module with its own imports to resolve.
  const { runDoctor } = await import('./index.js');
  const report = await runDoctor({ out: (line) => process.stdout.write(`${line}\n`) });
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`camunda-ts: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
