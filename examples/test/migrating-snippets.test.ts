import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bpmnFixtures, startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The TypeScript programs of MIGRATING.md, end to end. Each ```ts snippet="name"``` block is kept as
 * `test/migrating/name.ts`, so `pnpm typecheck` compiles it against the built packages; this suite checks that
 * the copies match the guide and runs each one against the in-memory engine.
 * After editing the guide: `UPDATE_MIGRATING_SNIPPETS=1 pnpm vitest run test/migrating-snippets.test.ts`.
 */

/** What each snippet must print. */
const EXPECTED_OUTPUT: Record<string, RegExp[]> = {
  'client-from-env': [/^Connected to 8\.\d+\.\d+ \(1 brokers\)$/m],
  'deploy-start-await': [/^Deployed order-process$/m, /^Completed with inStock=true$/m],
  'worker-outcomes': [
    /^Charged: 40$/m,
    /^Declined, customer notified$/m,
    /^Incident: negative amount$/m,
    /^Fraud instance: TERMINATED$/m,
  ],
  'search-and-paginate': [/^First page: 2 of 3$/m, /^Read once: 3$/m, /^All pages: 3$/m],
  errors: [/^No such instance$/m, /^Rejected with \d{3}$/m, /^MISSING_REQUIRED CAMUNDA_CLIENT_ID$/m],
};

const root = fileURLToPath(new URL('..', import.meta.url));
const guide = join(root, '..', 'MIGRATING.md');
const copies = join(root, 'test', 'migrating');
const HEADER =
  '// Copied from MIGRATING.md by test/migrating-snippets.test.ts; edit the guide, not this file.\n' +
  '// biome-ignore-all assist/source/organizeImports: the order follows the guide\n';

interface Snippet {
  readonly name: string;
  readonly module: string;
}

async function snippets(): Promise<Snippet[]> {
  const text = await readFile(guide, 'utf8');
  const all = [...text.matchAll(/```(\w+)([^\n]*)\n([\s\S]*?)```/g)];
  const typescript = all.filter((match) => match[1] === 'ts' || match[1] === 'typescript');
  return typescript.map((match) => {
    const name = /snippet="([^"]+)"/.exec(match[2] ?? '')?.[1];
    if (name === undefined) throw new Error(`MIGRATING.md has a TypeScript block without snippet="…"`);
    return { name, module: HEADER + (match[3] as string) };
  });
}

const found = await snippets();

describe('MIGRATING.md snippets', () => {
  it('every TypeScript block is a named snippet kept as a type-checked module in test/migrating', async () => {
    if (process.env.UPDATE_MIGRATING_SNIPPETS) {
      for (const file of await readdir(copies)) await rm(join(copies, file));
      for (const snippet of found) await writeFile(join(copies, `${snippet.name}.ts`), snippet.module);
    }
    const files = (await readdir(copies)).sort();
    expect(files).toEqual(found.map((snippet) => `${snippet.name}.ts`).sort());
    for (const snippet of found) {
      expect(await readFile(join(copies, `${snippet.name}.ts`), 'utf8'), snippet.name).toBe(snippet.module);
    }
  });

  it('each snippet has expected output, and each expectation a snippet', () => {
    expect(found.map((snippet) => snippet.name).sort()).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
  });
});

describe('MIGRATING.md snippets against @camunda-ts/testing', () => {
  let engine: TestEngine;
  let resources: string;
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();

  beforeAll(async () => {
    engine = await startTestEngine({ validateResponses: true });
    // The snippets deploy `./order-process.bpmn` and friends from the working directory, as a user would.
    resources = await mkdtemp(join(tmpdir(), 'camunda-ts-migrating-'));
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

  for (const snippet of found) {
    it(`runs "${snippet.name}"`, async () => {
      // Each snippet starts from an empty engine, as on a fresh cluster.
      engine.reset();
      const lines: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
      try {
        await import(pathToFileURL(join(copies, `${snippet.name}.ts`)).href);
      } finally {
        log.mockRestore();
      }
      const output = lines.join('\n');
      for (const pattern of EXPECTED_OUTPUT[snippet.name] ?? []) expect(output).toMatch(pattern);
      expect(engine.violations()).toEqual([]);
    });
  }
});
