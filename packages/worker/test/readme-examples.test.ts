import { fileURLToPath } from 'node:url';
import { bpmnFixtures, startTestEngine } from '@camunda-ts/testing';
import { describeDocumentExamples, engineEnvironment } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples: each ```ts example="name"``` block is kept as `test/readme-examples/name.ts` (with
 * `@camunda-ts/worker` pointing at this package's source), type-checked by `pnpm typecheck`; the runnable ones run
 * here against the in-memory engine (services that run until stopped are `norun`).
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/worker': '../../src/index.js' },
  expectedOutput: {
    'order-flow': [/^Completed with \{"inStock":true,"shipped":true\}$/m],
  },
  setup: () =>
    engineEnvironment(() => startTestEngine({ validateResponses: true }), {
      env: { CAMUNDA_SDK_LOG_LEVEL: 'error' },
      files: { [bpmnFixtures.orderProcess.resourceName]: bpmnFixtures.orderProcess.xml },
      resetEach: true,
    }),
});
