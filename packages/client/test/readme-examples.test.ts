import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bpmnFixtures, startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The README's examples, end to end. Each ```ts example="name"``` block is kept as `test/readme-examples/name.ts`
 * (with `@camunda-ts/client` pointing at this package's source), so `pnpm typecheck` checks it; this suite checks
 * that the copies match the README and runs every example not marked `norun` against the in-memory engine.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

/** What each runnable example must print. */
const EXPECTED_OUTPUT: Record<string, RegExp[]> = {
  'quick-start': [/^Connected to Camunda 8\.10\.\d+ \(1 brokers\)$/m],
  deploy: [/^Deployed order-process v\d+$/m, /^Deployed user-task-process v\d+$/m],
  'create-instance': [/^Started \d+$/m, /^Started \d+ of version 1$/m],
  'await-completion': [/^Completed with \{"inStock":true\}$/m],
  messages: [/^Published message \d+$/m, /^Correlated to instance \d+$/m],
  signal: [/^Broadcast signal \d+$/m],
  search: [/^Visible: ACTIVE$/m, /^State: ACTIVE$/m, /^[1-9]\d* active instances$/m],
  'user-tasks': [/^Approve expense for ann, candidate groups finance, managers$/m],
  incidents: [/^Incident \d+: JOB_NO_RETRIES – warehouse offline$/m],
  errors: [/^No such instance$/m, /^(Rejected with|HTTP) \d{3}/m, /^Brokers: 1$/m],
  'custom-auth': [],
  'custom-logger': [],
  hooks: [/^getTopology ok in [\d.]+ ms \(attempts 1, retries 0, gate wait [\d.]+ ms\)$/m],
};

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
/** Heads each copy; the import order must stay the README's, where the client import sorts differently. */
const HEADER =
  '// Copied from README.md by test/readme-examples.test.ts; edit the README, not this file.\n' +
  '// biome-ignore-all assist/source/organizeImports: the order follows the README\n';
const examplesDir = join(packageRoot, 'test', 'readme-examples');

interface Example {
  readonly name: string;
  readonly runnable: boolean;
  /** The block as a module of this package's test folder. */
  readonly module: string;
}

async function readmeExamples(): Promise<Example[]> {
  const readme = await readFile(join(packageRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts example="([^"]+)"( norun)?\n([\s\S]*?)```/g)].map((match) => ({
    name: match[1] as string,
    runnable: match[2] === undefined,
    module:
      HEADER + (match[3] as string).replaceAll("from '@camunda-ts/client'", "from '../../src/index.js'"),
  }));
}

const examples = await readmeExamples();
const runnable = examples.filter((example) => example.runnable);

describe('README examples', () => {
  it('are kept as type-checked modules in test/readme-examples', async () => {
    if (process.env.UPDATE_README_EXAMPLES) {
      for (const file of await readdir(examplesDir)) await rm(join(examplesDir, file));
      for (const example of examples)
        await writeFile(join(examplesDir, `${example.name}.ts`), example.module);
    }
    const files = (await readdir(examplesDir)).sort();
    expect(files).toEqual(examples.map((example) => `${example.name}.ts`).sort());
    for (const example of examples) {
      expect(await readFile(join(examplesDir, `${example.name}.ts`), 'utf8'), example.name).toBe(
        example.module,
      );
    }
  });

  it('each runnable example has expected output, and each expectation an example', () => {
    expect(runnable.map((example) => example.name).sort()).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
  });
});

describe('README examples against @camunda-ts/testing', () => {
  let engine: TestEngine;
  let resources: string;
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();

  beforeAll(async () => {
    engine = await startTestEngine({ validateResponses: true });
    // The examples deploy `./order-process.bpmn` and friends from the working directory, as a user would.
    resources = await mkdtemp(join(tmpdir(), 'camunda-ts-readme-'));
    for (const fixture of Object.values(bpmnFixtures)) {
      await writeFile(join(resources, fixture.resourceName), fixture.xml);
    }
    for (const key of Object.keys(process.env)) {
      if (key.startsWith('CAMUNDA_') || key.startsWith('ZEEBE_')) delete process.env[key];
    }
    process.env.CAMUNDA_REST_ADDRESS = engine.restAddress;
    process.chdir(resources);
  });

  afterAll(async () => {
    process.chdir(savedCwd);
    process.env = savedEnv;
    await engine?.stop();
    if (resources) await rm(resources, { recursive: true, force: true });
  });

  for (const example of runnable) {
    it(`runs "${example.name}"`, async () => {
      // Each example starts from an empty engine, as on a fresh cluster.
      engine.reset();
      const lines: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
      try {
        await import(pathToFileURL(join(examplesDir, `${example.name}.ts`)).href);
      } finally {
        log.mockRestore();
      }
      const output = lines.join('\n');
      for (const pattern of EXPECTED_OUTPUT[example.name] ?? []) expect(output).toMatch(pattern);
      expect(engine.violations()).toEqual([]);
    });
  }
});
