import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import ts from 'typescript';

/** Entry points of one package, keyed by output name (`index` → `dist/index.js`). */
export interface PackageBuildOptions {
  readonly entry: Record<string, string>;
  /** Extra tsup options for the rare package that needs them (applied to the Node build). */
  readonly overrides?: Options;
  /**
   * Also build `dist/browser/` from the `index` entry: ESM for browsers, web workers and edge runtimes (the
   * `browser` and `worker` export conditions), in which every `x.browser.ts` beside an imported `x.ts` replaces it.
   */
  readonly browser?: boolean;
}

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/** Folder of the browser build inside `dist/`; the Node build's clean leaves it alone. */
const BROWSER_DIR = 'browser';

/**
 * The one build recipe every package shares: ESM + CJS + declarations for both, Node 20 target; with `browser`,
 * also the runtime-neutral ESM build. Keeping it in one place means a package's `tsup.config.ts` only names its
 * entry points.
 */
export function definePackageBuild({ entry, overrides, browser }: PackageBuildOptions) {
  // Versions baked into code (user agent, telemetry scope) follow package.json, so a release never leaves them behind.
  const define = { __PACKAGE_VERSION__: JSON.stringify(packageVersion()) };
  const node: Options = {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: browser ? [`!${BROWSER_DIR}/**`] : true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    treeshake: true,
    shims: false,
    define,
    esbuildPlugins: [generatedWithoutComments()],
    ...overrides,
  };
  if (!browser) return defineConfig(node);
  return defineConfig([
    node,
    {
      // The package's main entry only: others (a CLI) are for Node.
      entry: { index: entry.index as string },
      format: ['esm'],
      outDir: `dist/${BROWSER_DIR}`,
      dts: false,
      clean: true,
      sourcemap: true,
      // What every current browser and Deno/Bun/edge runtime runs; a `node:` import fails this build.
      target: 'es2022',
      platform: 'browser',
      splitting: true,
      treeshake: true,
      shims: false,
      define,
      esbuildPlugins: [browserVariants()],
    },
  ]);
}

/**
 * Resolves a relative import of `./x.js` to `./x.browser.ts` when that file exists: the few modules that need
 * Node (files, `process.env`, undici, pino, `AsyncLocalStorage`) have a runtime-neutral twin with the same exports.
 */
export function browserVariants(): EsbuildPlugin {
  return {
    name: 'browser-variants',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const base = resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '');
        const variant = `${base}.browser.ts`;
        return existsSync(variant) ? { path: variant } : undefined;
      });
    },
  };
}

/** Generated sources: `src/generated/` of a package, as written by tools/codegen. */
const GENERATED_SOURCE = /[\\/]src[\\/]generated[\\/][^\\/]+\.ts$/;

/**
 * Compiles generated sources without their comments for the Node build. esbuild keeps the comments inside class
 * bodies, and the generated client's doc comments (one per operation, copied from the spec) are three quarters of
 * the client's JavaScript: every process that imports the client would read, decode and scan them, and hold them
 * in memory as part of the module's source, for nothing (the declarations, built separately, keep them).
 */
export function generatedWithoutComments(): EsbuildPlugin {
  return {
    name: 'generated-without-comments',
    setup(build) {
      build.onLoad({ filter: GENERATED_SOURCE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { outputText } = ts.transpileModule(source, {
          fileName: args.path,
          compilerOptions: {
            removeComments: true,
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ESNext,
            // Keeps the stack traces and source maps of the built output pointing at the generated file.
            inlineSourceMap: true,
            inlineSources: true,
          },
        });
        return { contents: outputText, loader: 'js' };
      });
    },
  };
}

/** The `version` of the package in the current directory (tsup and vitest run in the package's folder). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}
