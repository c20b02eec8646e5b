// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '../../src/index.js';
import { pino } from 'pino';

const logger = pino({ level: 'warn' }).child({ service: 'billing' });
const client = createCamundaClient({ logger });
await client.getTopology();
await client.close();

// Loggers without `trace` (winston, console, plain objects) are called message-first: logger.info(message, fields).
const quiet = createCamundaClient({
  logger: { debug() {}, info() {}, warn: console.warn, error: console.error },
});
await quiet.close();
