import { execFile } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The README's examples. Each ```ts example="name"``` block is kept in `test/readme-examples/` (imports pointing
 * at this package's source, the model at the demo's): the vitest example as `name.test.ts`, which vitest runs
 * with the other tests, the node:test example as `name.ts`, which this suite runs with `node --test`.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(packageRoot, 'test', 'readme-examples');
const HEADER =
  '// Copied from README.md by test/readme-examples.test.ts; edit the README, not this file.\n' +
  '// biome-ignore-all assist/source/organizeImports: the order follows the README\n';

interface Example {
  readonly file: string;
  readonly module: string;
}

async function readmeExamples(): Promise<Example[]> {
  const readme = await readFile(join(packageRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts example="([^"]+)"\n([\s\S]*?)```/g)].map((match) => {
    const name = match[1] as string;
    return {
      file: name === 'node-test' ? `${name}.ts` : `${name}.test.ts`,
      module:
        HEADER +
        (match[2] as string)
          .replaceAll("from '@camunda-ts/process-test/vitest'", "from '../../src/vitest.js'")
          .replaceAll("from '@camunda-ts/process-test'", "from '../../src/index.js'")
          .replaceAll("'./bpmn/order-fulfilment.bpmn'", "'../../demo/bpmn/order-fulfilment.bpmn'"),
    };
  });
}

describe('README examples', () => {
  it('are kept in test/readme-examples', async () => {
    const examples = await readmeExamples();
    expect(examples.map((e) => e.file).sort()).toEqual(['node-test.ts', 'vitest-order.test.ts']);
    if (process.env.UPDATE_README_EXAMPLES) {
      for (const file of await readdir(examplesDir)) await rm(join(examplesDir, file));
      for (const example of examples) await writeFile(join(examplesDir, example.file), example.module);
    }
    expect((await readdir(examplesDir)).sort()).toEqual(examples.map((e) => e.file).sort());
    for (const example of examples) {
      expect(await readFile(join(examplesDir, example.file), 'utf8'), example.file).toBe(example.module);
    }
  });

  it('runs the node:test example with node --test', async () => {
    const coverageDir = join(packageRoot, 'coverage', 'processes');
    try {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-reporter', 'tap', join(examplesDir, 'node-test.ts')],
        { cwd: packageRoot, timeout: 60_000, env: { ...process.env, CAMUNDA_SDK_LOG_LEVEL: 'error' } },
      );
      expect(stdout).toMatch(/^# pass 1$/m);
      expect(stdout).toMatch(/^# fail 0$/m);
      const json = JSON.parse(await readFile(join(coverageDir, 'coverage.json'), 'utf8')) as {
        processes: { processDefinitionId: string }[];
      };
      expect(json.processes.map((p) => p.processDefinitionId)).toEqual(['order-fulfilment']);
    } finally {
      await rm(join(packageRoot, 'coverage'), { recursive: true, force: true });
    }
  });
});
