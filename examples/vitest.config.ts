import { definePackageTests } from '../tools/build-config/vitest.js';

// The real-cluster suite runs whole programs against a remote cluster: give them time.
export default definePackageTests({ testTimeout: 120_000, hookTimeout: 60_000 });
