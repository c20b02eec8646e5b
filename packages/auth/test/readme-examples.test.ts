import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeDocumentExamples } from '../../../tools/build-config/readme-examples.js';

/**
 * The README's examples: each ```ts example="name"``` block is kept as `test/readme-examples/name.ts` (imports of
 * this package pointing at its source), type-checked by `pnpm typecheck`, and run here; the OAuth example against
 * a local token endpoint and API on 127.0.0.1 that accept only the token the endpoint issued.
 * After editing the README: `UPDATE_README_EXAMPLES=1 pnpm vitest run test/readme-examples.test.ts`.
 */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const CLIENT_ID = 'orders-service';
const CLIENT_SECRET = 'readme-secret';
const ACCESS_TOKEN = 'issued-token';

await describeDocumentExamples({
  document: `${packageRoot}README.md`,
  dir: `${packageRoot}test/readme-examples`,
  imports: { '@camunda-ts/auth': '../../src/index.js' },
  expectedOutput: {
    oauth: [/^200$/m],
    'from-config': [/^oauth$/m],
    'custom-provider': [/^\{"authorization":"Bearer s3cr3t"\}$/m],
    'browser-token': [/^\["authorization"\]$/m],
  },
  setup: async ({ workDir }) => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/oauth/token') {
          const form = new URLSearchParams(body);
          const valid =
            form.get('grant_type') === 'client_credentials' &&
            form.get('client_id') === CLIENT_ID &&
            form.get('client_secret') === CLIENT_SECRET;
          res.writeHead(valid ? 200 : 401, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify(
              valid
                ? { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 300 }
                : { error: 'invalid_client' },
            ),
          );
          return;
        }
        const authorized = req.headers.authorization === `Bearer ${ACCESS_TOKEN}`;
        res.writeHead(req.url === '/v2/topology' && authorized ? 200 : 401, {
          'content-type': 'application/json',
        });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      env: {
        CAMUNDA_OAUTH_URL: `${base}/oauth/token`,
        CAMUNDA_REST_ADDRESS: `${base}/v2`,
        CAMUNDA_CLIENT_ID: CLIENT_ID,
        CAMUNDA_CLIENT_SECRET: CLIENT_SECRET,
        // The token cache goes to `$HOME/.camunda`: the examples' own folder here.
        HOME: workDir,
      },
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
});
