import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bpmnFixtures, startTestEngine, type TestEngine } from '@camunda-ts/testing';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** What each README example must print when run against the in-memory engine. */
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
const clientEntry = join(packageRoot, 'src', 'index.ts');
// Inside the package so the examples resolve its dependencies (pino) like a user's project would.
const workDir = join(packageRoot, 'node_modules', '.cache', 'readme-examples');

interface Example {
  /** The `example="…"` tag; `undefined` for code that is shown but not run (TLS, API outline). */
  readonly name: string | undefined;
  readonly code: string;
}

async function readmeExamples(): Promise<Example[]> {
  const readme = await readFile(join(packageRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts(?: example="([^"]+)")?\n([\s\S]*?)```/g)].map((match) => ({
    name: match[1],
    code: match[2] as string,
  }));
}

/** The example as a module of the user's project: `@camunda-ts/client` resolves to this package's source. */
function asModule(code: string): string {
  return `${code.replaceAll("from '@camunda-ts/client'", `from ${JSON.stringify(clientEntry.replace(/\.ts$/, '.js'))}`)}\nexport {};\n`;
}

let engine: TestEngine;
const savedEnv = { ...process.env };
const savedCwd = process.cwd();

beforeAll(async () => {
  engine = await startTestEngine({ validateResponses: true });
  await mkdir(workDir, { recursive: true });
  for (const fixture of Object.values(bpmnFixtures)) {
    await writeFile(join(workDir, fixture.resourceName), fixture.xml);
  }
  for (const key of Object.keys(process.env)) if (key.startsWith('CAMUNDA_') || key.startsWith('ZEEBE_')) delete process.env[key];
  process.env['CAMUNDA_REST_ADDRESS'] = engine.restAddress;
  process.chdir(workDir);
});

afterAll(async () => {
  process.chdir(savedCwd);
  process.env = savedEnv;
  await engine?.stop();
  await rm(workDir, { recursive: true, force: true });
});

const allExamples = await readmeExamples();
const examples = allExamples.filter((e): e is Example & { name: string } => e.name !== undefined);

describe('README examples against @camunda-ts/testing', () => {
  it('every runnable example has expectations, and every expectation an example', () => {
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED_OUTPUT).sort());
  });

  it('every example with imports type-checks', async () => {
    const dir = join(workDir, 'typecheck');
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    for (const [index, example] of allExamples.entries()) {
      if (!example.code.includes("from '@camunda-ts/client'")) continue;
      const file = join(dir, `example-${index}.ts`);
      await writeFile(file, asModule(example.code));
      files.push(file);
    }
    const base = ts.readConfigFile(join(packageRoot, '..', '..', 'tsconfig.base.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, dir);
    const program = ts.createProgram(files, { ...options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(files.length).toBeGreaterThan(examples.length);
    expect(problems).toEqual([]);
  });

  for (const example of examples) {
    it(`runs "${example.name}"`, async () => {
      // Each example starts from an empty engine, as on a fresh cluster.
      engine.reset();
      const file = join(workDir, `${example.name}.ts`);
      await writeFile(file, asModule(example.code));
      const lines: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
      try {
        await import(pathToFileURL(file).href);
      } finally {
        log.mockRestore();
      }
      const output = lines.join('\n');
      for (const pattern of EXPECTED_OUTPUT[example.name] ?? []) expect(output).toMatch(pattern);
      expect(engine.violations()).toEqual([]);
    });
  }
});
