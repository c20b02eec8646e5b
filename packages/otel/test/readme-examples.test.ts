import { fileURLToPath } from 'node:url';
import { startTestEngine } from '@camunda-ts/testing';
import { describeDocumentExamples, engineEnvironment } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples: each ```ts example="name"``` block is kept as `test/readme-examples/name.ts` (with
 * `@camunda-ts/otel` pointing at this package's source), type-checked by `pnpm typecheck`, and run here against
 * the in-memory engine. The OTLP setup is marked `reference`: its exporters and `@opentelemetry/sdk-node` are not
 * dependencies of this repository.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/otel': '../../src/index.js' },
  expectedOutput: { 'in-memory-spans': [/^getTopology GET \/v2\/topology$/m] },
  setup: () => engineEnvironment(() => startTestEngine({ validateResponses: true })),
});
