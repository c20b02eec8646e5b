// Logging: the SDK logs structured fields (operationId, status, durationMs, jobType, …) to any pino-style
// logger, and never a secret. Default: pino at CAMUNDA_SDK_LOG_LEVEL (default `error`), JSON on stdout.
import assert from 'node:assert/strict';
import { createCamundaClient, defaultRedactPaths } from '@camunda-ts/client';
import { pino } from 'pino';

// 1. Your own pino (here writing into an array), with the SDK's redaction paths and a child binding.
const lines: string[] = [];
const logger = pino(
  { level: 'trace', redact: [...defaultRedactPaths] },
  { write: (line: string) => void lines.push(line) },
).child({ service: 'billing' });
// At `trace` the SDK logs every request with its headers; CAMUNDA_SDK_LOG_LEVEL=silly adds the bodies.
const client = createCamundaClient({ logger, config: { CAMUNDA_SDK_LOG_LEVEL: 'trace' } });
await client.getTopology();
const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const call = records.find((record) => record.operationId === 'getTopology' && record.status === 200);
assert.ok(call, 'the call was logged with its operationId');
assert.equal(call.service, 'billing');
console.log(`pino: ${records.length} records, e.g. ${JSON.stringify(call)}`);

// Nothing secret reaches the log: credentials and the authorization header are redacted.
const request = records.find((record) => record.msg === 'http.request');
console.log(`Request headers as logged: ${JSON.stringify(request?.headers)}`);
const secrets = [client.config.auth.basic.password, client.config.auth.oauth.clientSecret]
  .filter((secret) => secret !== undefined)
  .map((secret) => secret.reveal());
const { username } = client.config.auth.basic;
for (const secret of secrets) {
  assert.ok(!lines.join('\n').includes(secret));
  const basic = Buffer.from(`${username}:${secret}`).toString('base64');
  assert.ok(!lines.join('\n').includes(basic));
}
await client.close();

// 2. Anything with debug/info/warn/error works: console, winston, or a small adapter of your own. Loggers
//    without `trace` are called message-first: logger.info(message, fields).
const seen: string[] = [];
const adapter = createCamundaClient({
  config: { CAMUNDA_SDK_LOG_LEVEL: 'debug' },
  logger: {
    debug: (message: unknown) => void seen.push(`debug ${String(message)}`),
    info: (message: unknown) => void seen.push(`info ${String(message)}`),
    warn: (message: unknown) => void seen.push(`warn ${String(message)}`),
    error: (message: unknown) => void seen.push(`error ${String(message)}`),
  },
});
await adapter.getTopology();
await adapter.close();
assert.ok(seen.length > 0);
console.log(`Adapter: ${seen.length} messages, e.g. "${seen[0]}"`);

// 3. Silence: CAMUNDA_SDK_LOG_LEVEL=silent, or pass `nullLogger`.
