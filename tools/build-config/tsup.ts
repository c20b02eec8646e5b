import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** Entry points of one package, keyed by output name (`index` → `dist/index.js`). */
export interface PackageBuildOptions {
  readonly entry: Record<string, string>;
  /** Extra tsup options for the rare package that needs them. */
  readonly overrides?: Options;
}

/**
 * The one build recipe every package shares: ESM + CJS + declarations for both, Node 20 target.
 * Keeping it in one place means a package's `tsup.config.ts` only names its entry points.
 */
export function definePackageBuild({ entry, overrides }: PackageBuildOptions) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    shims: false,
    // Versions baked into code (user agent, telemetry scope) follow package.json, so a release never leaves them behind.
    define: { __PACKAGE_VERSION__: JSON.stringify(packageVersion()) },
    ...overrides,
  });
}

/** The `version` of the package in the current directory (tsup and vitest run in the package's folder). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}
