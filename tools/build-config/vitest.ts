import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { packageVersion } from './tsup.js';

/**
 * The one test recipe every package shares. Type-level tests (`*.test-d.ts`) run through vitest's
 * typecheck mode; a JSON report lands in `.test-results/` so the root test command can add up totals.
 */
export function definePackageTests(overrides: ViteUserConfig['test'] = {}) {
  return defineConfig({
    define: { __PACKAGE_VERSION__: JSON.stringify(packageVersion()) },
    test: {
      include: ['test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      reporters: ['default', 'json'],
      outputFile: { json: '.test-results/results.json' },
      testTimeout: 20_000,
      hookTimeout: 20_000,
      passWithNoTests: false,
      ...overrides,
    },
  });
}
