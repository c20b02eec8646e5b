// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { createBackpressureGate } from '../../src/index.js';

const gate = createBackpressureGate({
  onChange: ({ reason, state }) => console.log(reason, state.severity, 'limit', state.limit),
});

// Stand-in for the engine: 4 calls in service at a time, 429 RESOURCE_EXHAUSTED beyond that.
let inService = 0;
async function send(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  if (inService >= 4) return 429;
  inService += 1;
  await new Promise((resolve) => setTimeout(resolve, 20));
  inService -= 1;
  return 200;
}

async function call(operation: string) {
  const permit = await gate.acquire({ operation });
  const sentAt = performance.now();
  try {
    const status = await send();
    const latencyMs = performance.now() - sentAt;
    gate.record(
      status === 429
        ? { type: 'overload', operation, status, latencyMs }
        : { type: 'success', operation, latencyMs },
    );
    return status;
  } catch (error) {
    gate.record({ type: 'error', operation });
    throw error;
  } finally {
    permit.release();
  }
}

let rejected = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    for (let i = 0; i < 10; i += 1) if ((await call('createProcessInstance')) === 429) rejected += 1;
  }),
);
console.log(`${rejected} of 320 calls rejected`, gate.state());
gate.close();
