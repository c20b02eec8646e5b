// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createBearerAuth } from '@camunda-ts/auth';
import { resolveConfig } from '@camunda-ts/config';
import { createTransport, isHttpError } from '../../src/index.js';

const config = resolveConfig(); // CAMUNDA_REST_ADDRESS, CAMUNDA_SDK_HTTP_TIMEOUT_MS, CAMUNDA_SDK_HTTP_RETRY_*, TLS …
const transport = createTransport({ config, auth: createBearerAuth({ token: process.env.TOKEN ?? '' }) });

try {
  const { body } = await transport.send<{ brokers: unknown[] }>(
    { operationId: 'getTopology', method: 'GET', pathTemplate: '/topology', retrySafe: true },
    { timeoutMs: 5_000, signal: AbortSignal.timeout(10_000) },
  );
  console.log(body.brokers.length, 'brokers');
} catch (error) {
  if (isHttpError(error)) console.error(error.status, error.problem.title, error.problem.detail);
  else throw error;
} finally {
  await transport.close();
}
