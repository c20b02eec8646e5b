import { definePackageBuild } from '../../tools/build-config/tsup.js';

export default definePackageBuild({
  entry: { index: 'src/index.ts', vitest: 'src/vitest.ts' },
  // vitest is an optional peer: the `/vitest` entry imports it, the core never does.
  overrides: { external: ['vitest'] },
});
