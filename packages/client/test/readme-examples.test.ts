import { fileURLToPath } from 'node:url';
import { bpmnFixtures, startTestEngine } from '@camunda-ts/testing';
import { describeDocumentExamples, engineEnvironment } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples, end to end: each ```ts example="name"``` block is kept as `test/readme-examples/name.ts`
 * (with `@camunda-ts/client` pointing at this package's source), so `pnpm typecheck` checks it, and every example
 * not marked `norun` runs against the in-memory engine.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/client': '../../src/index.js' },
  expectedOutput: {
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
  },
  // The examples deploy `./order-process.bpmn` and friends from the working directory, each on an empty engine.
  setup: () =>
    engineEnvironment(() => startTestEngine({ validateResponses: true }), {
      files: Object.fromEntries(Object.values(bpmnFixtures).map((f) => [f.resourceName, f.xml])),
      resetEach: true,
    }),
});
