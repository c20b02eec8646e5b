import { fileURLToPath } from 'node:url';
import { bpmnFixtures, startTestEngine } from '@camunda-ts/testing';
import { describeDocumentExamples, engineEnvironment } from '../../tools/build-config/readme-examples.js';

/**
 * The TypeScript programs of MIGRATING.md, end to end: each ```ts snippet="name"``` block is kept as
 * `test/migrating/name.ts`, so `pnpm typecheck` compiles it against the built packages, and runs against the
 * in-memory engine.
 * After editing the guide: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/migrating-snippets.test.ts`.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

await describeDocumentExamples({
  document: `${root}../MIGRATING.md`,
  dir: `${root}test/migrating`,
  attribute: 'snippet',
  expectedOutput: {
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
  },
  // The examples deploy `./order-process.bpmn` and friends from the working directory, each on an empty engine.
  setup: () =>
    engineEnvironment(() => startTestEngine({ validateResponses: true }), {
      files: Object.fromEntries(Object.values(bpmnFixtures).map((f) => [f.resourceName, f.xml])),
      resetEach: true,
    }),
});
