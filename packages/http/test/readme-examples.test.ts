import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeDocumentExamples } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples: each ```ts example="name"``` block is kept as `test/readme-examples/name.ts` (imports of
 * this package pointing at its source), type-checked by `pnpm typecheck`, and run here against a local API on
 * 127.0.0.1 that answers the topology to the example's bearer token only.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'readme-token';

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/http': '../../src/index.js' },
  expectedOutput: { 'get-topology': [/^1 brokers$/m] },
  setup: async () => {
    const server = createServer((req, res) => {
      const authorized = req.headers.authorization === `Bearer ${TOKEN}`;
      if (req.method === 'GET' && req.url === '/v2/topology' && authorized) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ brokers: [{ nodeId: 0 }] }));
        return;
      }
      res.writeHead(401, { 'content-type': 'application/problem+json' });
      res.end(
        JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'no token' }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      env: {
        CAMUNDA_REST_ADDRESS: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`,
        TOKEN,
      },
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
});
