import { fileURLToPath } from 'node:url';
import { describeDocumentExamples } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples: each ```ts example="name"``` block is kept in `test/readme-examples/` (with
 * `@camunda-ts/testing` pointing at this package's source), type-checked by `pnpm typecheck`. The vitest example is
 * kept as `vitest-order.test.ts`, which vitest runs with the other tests; the others run here.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/testing': '../../src/index.js' },
  fileName: (name) => (name === 'vitest-order' ? `${name}.test.ts` : `${name}.ts`),
  expectedOutput: { faults: [/^200$/m], authorizations: [/^403$/m] },
});
