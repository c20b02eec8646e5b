import { fileURLToPath } from 'node:url';
import { describeDocumentExamples } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples: each ```ts example="name"``` block is kept as `test/readme-examples/name.ts` (imports of
 * this package pointing at its source), type-checked by `pnpm typecheck`, and run here.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/backpressure': '../../src/index.js' },
  expectedOutput: { gate: [/^\d+ of 320 calls rejected /m, /^decrease soft limit \d+$/m] },
});
