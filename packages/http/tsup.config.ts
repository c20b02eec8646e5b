import { definePackageBuild } from '../../tools/build-config/tsup.js';

export default definePackageBuild({
  entry: { index: 'src/index.ts' },
  browser: true,
  overrides: {
    // undici is loaded with `import()` on first use. The CJS build turns that into `require()`: CommonJS hosts
    // that run modules without ESM support (Jest without --experimental-vm-modules) reject a dynamic import.
    esbuildOptions(options, { format }) {
      if (format === 'cjs') options.supported = { ...options.supported, 'dynamic-import': false };
    },
  },
});
