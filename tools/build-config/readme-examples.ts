import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Shared by the suites that keep a document's TypeScript examples compiling and running: every ```ts block of
// the document is named (```ts example="name"```, or `norun` after the name for one that cannot run in a test)
// unless it is not a program (a signature, a browser-only page) and says so (```ts reference```). Each named one is
// kept as a module in a test folder (so the package's `typecheck` compiles it), compared with the document, and,
// unless `norun`, imported with the environment it needs while what it prints is checked.
// After editing the document: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.

/** One named TypeScript block of a document, as the module kept beside the tests. */
export interface DocumentExample {
  readonly name: string;
  /** False for a block marked `norun`: compiled and compared, never run. */
  readonly runnable: boolean;
  /** File name of the copy in the examples folder. */
  readonly file: string;
  /** The block as a module of the examples folder: header, then the block with its imports rewritten. */
  readonly module: string;
}

/** Where a document's examples are and how they become modules of the package's test folder. */
export interface DocumentExamplesSource {
  /** Absolute path of the Markdown document. */
  readonly document: string;
  /** Absolute path of the folder of copies (e.g. `<package>/test/readme-examples`). */
  readonly dir: string;
  /** The info-string attribute naming a block; `example` unless told. */
  readonly attribute?: string;
  /** Import specifiers replaced in each copy, e.g. `{ '@camunda-ts/http': '../../src/index.js' }`. */
  readonly imports?: Readonly<Record<string, string>>;
  /** Further literal replacements applied to each copy (paths of resources, …). */
  readonly replacements?: readonly (readonly [string, string])[];
  /**
   * File name of a copy; `name.ts` unless told. A copy named `….test.ts` is a test file of its own, which vitest
   * runs with the package's other tests: it is compared here, never imported.
   */
  readonly fileName?: (name: string) => string;
}

/** What running the examples needs: expected output, environment, and a server when they talk to one. */
export interface DocumentExamplesRun extends DocumentExamplesSource {
  /** What each runnable example must print on `console.log`, one pattern per line or fragment. */
  readonly expectedOutput: Readonly<Record<string, readonly RegExp[]>>;
  /** Started once before the examples run (given the fresh working directory they run in); stopped after. */
  readonly setup?: (context: { readonly workDir: string }) => Promise<ExampleEnvironment>;
}

/** The world the examples run in. */
export interface ExampleEnvironment {
  /** Variables set (all other `CAMUNDA_*`/`ZEEBE_*` variables are cleared) while the examples run. */
  readonly env?: Readonly<Record<string, string>>;
  /** Files written to a fresh working directory, which the examples run in. */
  readonly files?: Readonly<Record<string, string>>;
  /** Before each example (e.g. empty the engine). */
  readonly beforeEach?: () => void | Promise<void>;
  /** After each example has run (e.g. assert that the engine saw no contract violation). */
  readonly afterEach?: (name: string) => void | Promise<void>;
  readonly stop?: () => void | Promise<void>;
}

/** What {@link engineEnvironment} uses of `@camunda-ts/testing`'s engine (the build tools do not depend on it). */
export interface ExampleEngine {
  readonly restAddress: string;
  reset(): void;
  violations(): readonly unknown[];
  stop(): Promise<void>;
}

/** Options of {@link engineEnvironment}. */
export interface EngineEnvironmentOptions {
  /** Variables besides `CAMUNDA_REST_ADDRESS`. */
  readonly env?: Readonly<Record<string, string>>;
  /** Files for the working directory (e.g. the BPMN models the examples deploy from it, as a user would). */
  readonly files?: Readonly<Record<string, string>>;
  /** Empty the engine before each example, as on a fresh cluster. */
  readonly resetEach?: boolean;
}

/**
 * The examples against an in-memory engine started by `start`: its address in `CAMUNDA_REST_ADDRESS`, and an
 * example fails when the engine saw a response that breaks the spec.
 */
export async function engineEnvironment(
  start: () => Promise<ExampleEngine>,
  options: EngineEnvironmentOptions = {},
): Promise<ExampleEnvironment> {
  const engine = await start();
  return {
    env: { CAMUNDA_REST_ADDRESS: engine.restAddress, ...options.env },
    ...(options.files === undefined ? {} : { files: options.files }),
    ...(options.resetEach === true ? { beforeEach: () => engine.reset() } : {}),
    afterEach: () => expect(engine.violations()).toEqual([]),
    stop: () => engine.stop(),
  };
}

function headerFor(document: string, attribute: string): string {
  return (
    `// Copied from ${basename(document)} by the ${attribute} check (tools/build-config/readme-examples.ts); ` +
    'edit the document, not this file.\n' +
    '// biome-ignore-all assist/source/organizeImports: the order follows the document\n'
  );
}

/** The document's TypeScript blocks as modules; throws on a ```ts block without a name (or `reference`). */
export async function readDocumentExamples(source: DocumentExamplesSource): Promise<DocumentExample[]> {
  const attribute = source.attribute ?? 'example';
  const text = await readFile(source.document, 'utf8');
  const header = headerFor(source.document, attribute);
  const named = new RegExp(`^${attribute}="([^"]+)"( norun)?$`);
  const examples: DocumentExample[] = [];
  for (const match of text.matchAll(/^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm)) {
    const info = (match[2] ?? '').trim();
    if (info === 'reference') continue;
    const found = named.exec(info);
    if (!found) {
      throw new Error(
        `${basename(source.document)}: a TypeScript block has no ${attribute}="…" (info string: "${info}")`,
      );
    }
    const name = found[1] as string;
    let body = match[3] as string;
    for (const [specifier, target] of Object.entries(source.imports ?? {})) {
      body = body.replaceAll(`from '${specifier}'`, `from '${target}'`);
    }
    for (const [from, to] of source.replacements ?? []) body = body.replaceAll(from, to);
    examples.push({
      name,
      runnable: found[2] === undefined,
      file: source.fileName?.(name) ?? `${name}.ts`,
      module: header + body,
    });
  }
  return examples;
}

/**
 * The copies check: the folder holds exactly one module per named block, equal to it.
 * `UPDATE_README_EXAMPLES=1` rewrites the folder from the document first.
 */
export function describeDocumentCopies(source: DocumentExamplesSource, examples: readonly DocumentExample[]) {
  it(`are kept as type-checked modules in ${basename(source.dir)}/`, async () => {
    expect(examples.length, 'the document has at least one example').toBeGreaterThan(0);
    expect(new Set(examples.map((e) => e.name)).size, 'example names are unique').toBe(examples.length);
    if (process.env.UPDATE_README_EXAMPLES) {
      await mkdir(source.dir, { recursive: true });
      for (const file of await readdir(source.dir)) await rm(join(source.dir, file));
      for (const example of examples) await writeFile(join(source.dir, example.file), example.module);
    }
    const files = (await readdir(source.dir)).sort();
    expect(files).toEqual(examples.map((example) => example.file).sort());
    for (const example of examples) {
      expect(await readFile(join(source.dir, example.file), 'utf8'), example.name).toBe(example.module);
    }
  });
}

/**
 * The whole check for one document: the copies match it, every runnable example has expected output (and every
 * expectation an example), and each runnable example, imported in turn, prints what it must.
 */
export async function describeDocumentExamples(options: DocumentExamplesRun): Promise<void> {
  const examples = await readDocumentExamples(options);
  const runnable = examples.filter((example) => example.runnable && !example.file.endsWith('.test.ts'));
  const label = basename(options.document);

  describe(`${label} examples`, () => {
    describeDocumentCopies(options, examples);

    it('each runnable example has expected output, and each expectation an example', () => {
      expect(runnable.length, 'at least one example runs').toBeGreaterThan(0);
      expect(runnable.map((example) => example.name).sort()).toEqual(
        Object.keys(options.expectedOutput).sort(),
      );
    });
  });

  describe(`${label} examples, run`, () => {
    let environment: ExampleEnvironment = {};
    let workDir: string | undefined;
    const savedEnv = { ...process.env };
    const savedCwd = process.cwd();

    beforeAll(async () => {
      workDir = await mkdtemp(join(tmpdir(), 'camunda-ts-examples-'));
      environment = (await options.setup?.({ workDir })) ?? {};
      for (const [name, content] of Object.entries(environment.files ?? {})) {
        await writeFile(join(workDir, name), content);
      }
      for (const key of Object.keys(process.env)) {
        if (key.startsWith('CAMUNDA_') || key.startsWith('ZEEBE_')) delete process.env[key];
      }
      Object.assign(process.env, environment.env ?? {});
      process.chdir(workDir);
    });

    afterAll(async () => {
      process.chdir(savedCwd);
      process.env = savedEnv;
      await environment.stop?.();
      if (workDir) await rm(workDir, { recursive: true, force: true });
    });

    for (const example of runnable) {
      it(`runs "${example.name}"`, async () => {
        await environment.beforeEach?.();
        const lines: string[] = [];
        const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
          lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
        });
        try {
          await import(pathToFileURL(join(options.dir, example.file)).href);
        } finally {
          log.mockRestore();
        }
        const output = lines.join('\n');
        for (const pattern of options.expectedOutput[example.name] ?? []) expect(output).toMatch(pattern);
        await environment.afterEach?.(example.name);
      });
    }
  });
}
