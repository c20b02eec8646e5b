#!/usr/bin/env node
import { runCli } from './run-cli.js';

// The bin entry: start, then stop cleanly on SIGINT/SIGTERM and let the event loop drain.
async function main(): Promise<void> {
  const { engine, exitCode } = await runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = exitCode;
  if (engine === undefined) return;
  const shutdown = (signal: string) => {
    process.stdout.write(`Received ${signal}, stopping\n`);
    // Nothing should keep the process alive after stop; this unref'd timer only guards against a bug.
    setTimeout(() => process.exit(1), 5_000).unref();
    engine.stop().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        process.stderr.write(`Stop failed: ${(error as Error).message}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`camunda-ts-engine failed to start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
