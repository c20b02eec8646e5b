import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Shared by the packages whose tests check what their built output loads (tests run in the package's folder).

/** The two builds of the package, as a consumer loads them. */
export type DistFormat = 'esm' | 'cjs';

/** Path of the built entry point of `format` of the package under test. */
export function distEntry(format: DistFormat): string {
  return join(process.cwd(), 'dist', format === 'esm' ? 'index.js' : 'index.cjs');
}

/** Precedes the report on stdout, so that log lines the body prints do not get in its way. */
const REPORT_MARK = '\n@@report@@';

// `loaded(name)`: whether a file of the npm package `name` has been loaded. ESM imports of CommonJS packages
// (undici, pino) go through the CommonJS loader too, so its cache answers for both builds.
const HELPERS = `
const REPORT_MARK = ${JSON.stringify(REPORT_MARK)};
const loaded = (name) => {
  const marker = sep + 'node_modules' + sep + name + sep;
  return Object.keys(moduleCache).some((file) => file.includes(marker));
};
const report = (value) => process.stdout.write(REPORT_MARK + JSON.stringify(value));
`;

/**
 * Runs `body` in a fresh node process after loading the built package as `pkg` (`import()` for ESM, `require`
 * for CJS), and returns what the body passed to `report(value)`. The body may `await`; `loaded(name)` tells
 * whether an npm package has been loaded so far.
 */
export async function probeDist(format: DistFormat, body: string): Promise<unknown> {
  const script =
    format === 'esm'
      ? `import { createRequire } from 'node:module';
import { sep } from 'node:path';
const moduleCache = createRequire(import.meta.url).cache;${HELPERS}
const pkg = await import(${JSON.stringify(pathToFileURL(distEntry('esm')).href)});
${body}`
      : `const { sep } = require('node:path');
const moduleCache = require.cache;${HELPERS}
const pkg = require(${JSON.stringify(distEntry('cjs'))});
(async () => {
${body}
})().catch((error) => { console.error(error); process.exitCode = 1; });`;
  const { stdout } = await run(
    process.execPath,
    [`--input-type=${format === 'esm' ? 'module' : 'commonjs'}`, '-e', script],
    { cwd: process.cwd(), timeout: 20_000 },
  );
  const at = stdout.lastIndexOf(REPORT_MARK);
  if (at === -1) throw new Error(`The probe reported nothing; it printed: ${stdout}`);
  return JSON.parse(stdout.slice(at + REPORT_MARK.length)) as unknown;
}

/** Precedes the list `builtinsLoadedBy` reports. */
const BUILTINS_MARK = '\n@@builtins@@';

/**
 * The Node built-in modules (as `process.moduleLoadList` names them, e.g. `fs/promises`, `internal/mime`) that
 * loading the package's `format` build as `pkg` and then running `body` load, in a fresh node process that
 * imports nothing else: what the package itself makes Node load. The body may `await`.
 */
export async function builtinsLoadedBy(format: DistFormat, body: string): Promise<string[]> {
  const entry = distEntry(format);
  const load =
    format === 'esm'
      ? `const pkg = await import(${JSON.stringify(pathToFileURL(entry).href)});`
      : `const pkg = require(${JSON.stringify(entry)});`;
  // The list is taken before `process.stdout` is touched: its first use loads streams.
  const report = `const added = process.moduleLoadList
  .filter((name) => !before.has(name) && name.startsWith('NativeModule '))
  .map((name) => name.slice('NativeModule '.length));
process.stdout.write(${JSON.stringify(BUILTINS_MARK)} + JSON.stringify(added));`;
  const script =
    format === 'esm'
      ? `const before = new Set(process.moduleLoadList);\n${load}\n${body}\n${report}`
      : `const before = new Set(process.moduleLoadList);\n(async () => {\n${load}\n${body}\n${report}\n})().catch((error) => { console.error(error); process.exitCode = 1; });`;
  const { stdout } = await run(
    process.execPath,
    [`--input-type=${format === 'esm' ? 'module' : 'commonjs'}`, '-e', script],
    { cwd: process.cwd(), timeout: 20_000 },
  );
  const at = stdout.lastIndexOf(BUILTINS_MARK);
  if (at === -1) throw new Error(`The probe reported nothing; it printed: ${stdout}`);
  return JSON.parse(stdout.slice(at + BUILTINS_MARK.length)) as string[];
}

/** Path of the browser build's entry point (`dist/browser/index.js`) of the package under test. */
export function browserEntry(): string {
  return join(process.cwd(), 'dist', 'browser', 'index.js');
}

/** What the `browser`/`worker` builds must not contain: Node built-ins, Node-only packages, the environment. */
const NODE_ONLY: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a node: built-in', pattern: /["']node:[a-z_/]+["']/ },
  {
    what: 'a bare Node built-in',
    pattern: /from\s*["'](fs|path|os|util|http|https|net|tls|crypto|module|async_hooks)["']/,
  },
  { what: 'require()', pattern: /\brequire\(/ },
  { what: 'process.env or another process member', pattern: /\bprocess\.[a-zA-Z]/ },
  { what: 'undici', pattern: /(from\s*|import\()\s*["']undici["']/ },
  { what: 'pino', pattern: /(from\s*|import\()\s*["']pino["']/ },
  { what: 'Buffer', pattern: /\bBuffer\.[a-zA-Z]/ },
];

/**
 * Every Node-only construct in the browser build's JavaScript files, as `file: what` lines; empty when the
 * build is runtime-neutral. Comments are stripped first, so a comment that names undici is no finding.
 */
export function browserBuildFindings(): string[] {
  const dir = join(process.cwd(), 'dist', 'browser');
  const findings: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:"'`\\])\/\/.*$/gm, '$1');
    for (const { what, pattern } of NODE_ONLY) if (pattern.test(code)) findings.push(`${file}: ${what}`);
  }
  return findings;
}

/**
 * Every line of the Node build's JavaScript that holds a character outside ASCII, as `file:line` entries. One such
 * character anywhere (a dash in a comment) makes V8 hold the whole module source as a two-byte string: twice the
 * memory of the module's text in every process that loads it.
 */
export function nonAsciiDistLines(): string[] {
  const dir = join(process.cwd(), 'dist');
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((name) => /\.(c?js)$/.test(name))) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if ([...line].some((char) => (char.codePointAt(0) ?? 0) > 0x7f)) found.push(`${file}:${index + 1}`);
    });
  }
  return found;
}
