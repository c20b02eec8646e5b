import { definePackageTests } from '../../tools/build-config/vitest.js';

// Test files share one module graph per worker: the engine's zod schemas are loaded once, not once per file.
export default definePackageTests({ isolate: false });
