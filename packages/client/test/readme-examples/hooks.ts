// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createCamundaClient } from '../../src/index.js';

const client = createCamundaClient({
  hooks: {
    onOperationEnd: (call) =>
      console.log(
        `${call.operationId} ${call.ok ? 'ok' : 'failed'} in ${call.durationMs.toFixed(1)} ms ` +
          `(attempts ${call.attempts}, retries ${call.retries}, gate wait ${call.gateWaitMs.toFixed(1)} ms)`,
      ),
    // Per HTTP attempt; returned headers are added to the request (e.g. a W3C traceparent).
    beforeRequest: (attempt) => ({ 'x-request-id': `call-${attempt.callId}-${attempt.attempt}` }),
    onBackpressureChange: (change) =>
      console.log(`backpressure ${change.state.severity}, limit ${change.state.limit}`),
  },
});
await client.getTopology();
console.log(client.backpressureState());
await client.close();
