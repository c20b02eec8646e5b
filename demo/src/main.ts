import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDemoLogger, type NoteSink } from './demo-logger.js';
import { parseDemoArgs } from './demo-options.js';
import { renderDemoSummary } from './demo-summary.js';
import { type DemoTarget, openDemoTarget } from './demo-target.js';
import { formatCount, formatDuration } from './format.js';
import { INVOICE_HANDLER, type OrderWorkers, startOrderWorkers } from './order-workers.js';
import { generateOrders } from './orders.js';
import { startProgressReporter } from './progress-reporter.js';
import { runOrders } from './run-orders.js';

const BPMN = fileURLToPath(new URL('../bpmn/order-fulfilment.bpmn', import.meta.url));
/** How long in-flight instances may still finish after Ctrl-C before the demo stops waiting for them. */
const INTERRUPT_GRACE_MS = 5_000;

const out = process.stdout;
const print = (line = '') => out.write(`${line}\n`);

async function main(): Promise<number> {
  const parsed = parseDemoArgs(process.argv.slice(2));
  if (parsed.kind === 'exit') {
    (parsed.exitCode === 0 ? process.stdout : process.stderr).write(`${parsed.text}\n`);
    return parsed.exitCode;
  }
  const { options } = parsed;
  if (!existsSync(INVOICE_HANDLER)) {
    process.stderr.write(
      `The thread handler ${fileURLToPath(INVOICE_HANDLER)} is not built: run the demo with \`pnpm demo\`.\n`,
    );
    return 1;
  }

  // Ctrl-C: the first stops starting instances and gives those in flight a grace period, the second stops
  // waiting for them, the third quits on the spot.
  const stopStarting = new AbortController();
  const abandon = new AbortController();
  let interrupts = 0;
  let lastSignalAt = Number.NEGATIVE_INFINITY;
  let stoppedBecause: string | undefined;
  let sink: NoteSink = (line) => process.stderr.write(`${line}\n`);
  const onSignal = (signal: NodeJS.Signals) => {
    // One Ctrl-C can arrive twice: from the terminal and relayed by tsx or pnpm.
    if (performance.now() - lastSignalAt < 300) return;
    lastSignalAt = performance.now();
    interrupts++;
    if (interrupts === 1) {
      stoppedBecause = `${signal}`;
      sink(
        `${signal}: starting no more instances; waiting up to ${formatDuration(INTERRUPT_GRACE_MS)} ` +
          'for those in flight (again to stop now)',
      );
      stopStarting.abort();
      setTimeout(() => abandon.abort(), INTERRUPT_GRACE_MS).unref();
    } else if (interrupts === 2) {
      sink(`${signal}: no longer waiting; shutting down (again to quit at once)`);
      abandon.abort();
    } else {
      process.exit(130);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const setupStart = performance.now();
  const logger = createDemoLogger(() => sink);
  print(
    `camunda-ts demo: ${formatCount(options.instances)} order-fulfilment instances, ` +
      `${formatCount(options.concurrency)} in flight`,
  );

  let target: DemoTarget;
  try {
    target = await openDemoTarget(process.env, logger);
  } catch (error) {
    process.stderr.write(`Could not reach the cluster: ${(error as Error).message}\n`);
    return 1;
  }
  let workers: OrderWorkers | undefined;
  try {
    const { client } = target;
    print(`Target: ${target.description}`);
    const deployment = await client.deployResourcesFromFiles([BPMN]);
    const deployed = deployment.processes[0];
    print(
      `Deployed ${deployed?.processDefinitionId} v${deployed?.processDefinitionVersion} ` +
        `(key ${deployed?.processDefinitionKey})`,
    );

    const orderWorkers = startOrderWorkers(client);
    workers = orderWorkers;
    const workerList = orderWorkers.report().map(({ type, strategy }) => `${type} (${strategy})`);
    print(`Workers: ${workerList.join(', ')}`);
    // A worker that ends on its own (e.g. a handler module that cannot load) ends the run.
    for (const [type, worker] of orderWorkers.workers) {
      void worker.finished.then((state) => {
        if (stopStarting.signal.aborted) return;
        stoppedBecause ??= `the ${type} worker ${state === 'failed' ? 'failed' : 'stopped'}`;
        stopStarting.abort();
        abandon.abort();
      });
    }

    const runId = `order-${Date.now().toString(36)}`;
    const orders = generateOrders(options.instances, options.seed, runId);
    const runStart = performance.now();
    const setupMs = runStart - setupStart;
    const deadline = runStart + options.timeoutMs;
    const deadlineTimer = setTimeout(() => {
      stoppedBecause ??= `timed out after ${formatDuration(options.timeoutMs)}`;
      stopStarting.abort();
      abandon.abort();
    }, options.timeoutMs + 10_000);
    deadlineTimer.unref();

    const run = runOrders({
      client,
      orders,
      concurrency: options.concurrency,
      deadline,
      stopStarting: stopStarting.signal,
      abandon: abandon.signal,
    });
    const jobsSoFar = () =>
      [...orderWorkers.workers.values()].reduce((sum, w) => {
        const s = w.stats();
        return sum + s.completed + s.failed + s.errored;
      }, 0);
    const reporter = startProgressReporter({
      output: out,
      snapshot: () => ({
        completed: run.state.completed,
        failed: run.state.failed,
        total: options.instances,
        inFlight: run.state.started - run.state.completed - run.state.failed,
        jobs: jobsSoFar(),
        elapsedMs: performance.now() - runStart,
      }),
    });
    sink = (line) => reporter.note(line);
    await run.done;
    const elapsedMs = performance.now() - runStart;
    clearTimeout(deadlineTimer);
    reporter.stop();

    stopStarting.abort();
    await orderWorkers.stop(INTERRUPT_GRACE_MS);
    print();
    print(
      renderDemoSummary({
        target: target.description,
        instances: options.instances,
        run: run.state,
        jobs: orderWorkers.report(),
        messagesPublished: orderWorkers.messagesPublished(),
        elapsedMs,
        setupMs,
        stoppedBecause,
      }),
    );
    if (interrupts > 0) return 130;
    return run.state.completed === options.instances ? 0 : 1;
  } catch (error) {
    sink(`The demo failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    return 1;
  } finally {
    stopStarting.abort();
    await workers?.stop(0);
    await target.close();
  }
}

process.exitCode = await main();
