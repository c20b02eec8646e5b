// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { startTestEngine } from '../../src/index.js';

const engine = await startTestEngine();
engine.setFaults({
  seed: 7, // same seed + same request order = same faults
  maxInFlight: 4,
  capacityStatus: 503, // more in flight → 503 (or 429) RESOURCE_EXHAUSTED
  latencyMs: { min: 5, max: 50 }, // or a fixed number
  resetProbability: 0.1, // destroy the connection before handling
  operations: ['completeJob'], // only these operations (default: all)
});
const topology = await fetch(`${engine.restAddress}/topology`);
console.log(topology.status); // 200: getTopology is not one of the faulted operations
await engine.stop();
