import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeDocumentCopies, readDocumentExamples } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples. Each ```ts example="name"``` block is kept in `test/readme-examples/` (imports pointing
 * at this package's source, the model at the demo's): the vitest example as `name.test.ts`, which vitest runs
 * with the other tests, the node:test example as `name.ts`, which this suite runs with `node --test`
 * (the copies are checked by `tools/build-config/readme-examples.ts`).
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(packageRoot, 'test', 'readme-examples');
const source = {
  document: join(packageRoot, 'README.md'),
  dir: examplesDir,
  imports: {
    '@camunda-ts/process-test/vitest': '../../src/vitest.js',
    '@camunda-ts/process-test': '../../src/index.js',
  },
  replacements: [["'./bpmn/order-fulfilment.bpmn'", "'../../demo/bpmn/order-fulfilment.bpmn'"]],
  fileName: (name: string) => (name === 'node-test' ? `${name}.ts` : `${name}.test.ts`),
} as const;
const examples = await readDocumentExamples(source);

describe('README examples', () => {
  describeDocumentCopies(source, examples);

  it('are the vitest example and the node:test example', () => {
    expect(examples.map((e) => e.file).sort()).toEqual(['node-test.ts', 'vitest-order.test.ts']);
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
