import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** What one browser bundle weighs, and what went into it. */
export interface BundleSize {
  /** Minified JavaScript, bytes. */
  readonly minifiedBytes: number;
  /** The minified JavaScript gzipped at level 9, bytes. */
  readonly gzipBytes: number;
  /** Node built-ins the package imports, which a browser bundle cannot contain (empty: none). */
  readonly nodeBuiltins: readonly string[];
  /** npm packages (and workspace packages) bundled, by name. */
  readonly packages: readonly string[];
}

/** The same small application for every contender: create a client, ask for the topology. */
export function topologyApp(packageName: string): string {
  return [
    `import { createCamundaClient } from '${packageName}';`,
    `const client = createCamundaClient({ config: { CAMUNDA_REST_ADDRESS: 'http://127.0.0.1:8080/v2' } });`,
    'console.log(await client.getTopology());',
    '',
  ].join('\n');
}

const NODE_BUILTINS = new Set(builtinModules);

/**
 * Bundles `source` as `esbuild --bundle --platform=browser --minify` does (ESM, no code splitting, so lazily
 * imported modules count too), resolving packages from `resolveDir`. A Node built-in cannot be bundled for a
 * browser: with `allowNodeBuiltins` they are left external and listed (what a bundler's "ignore" fallback
 * would do); without it the build fails, as it does for an application.
 */
export async function browserBundleSize(
  source: string,
  resolveDir: string,
  allowNodeBuiltins: boolean,
): Promise<BundleSize> {
  const nodeBuiltins = new Set<string>();
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: allowNodeBuiltins
      ? [
          {
            name: 'node-builtins-external',
            setup(builder) {
              builder.onResolve({ filter: /^[a-z_/:]+$/ }, (args) => {
                const name = args.path.replace(/^node:/, '');
                if (!NODE_BUILTINS.has(name) && !args.path.startsWith('node:')) return undefined;
                nodeBuiltins.add(name.split('/')[0] as string);
                return { path: args.path, external: true };
              });
            },
          },
        ]
      : [],
  });
  const code = Buffer.concat(result.outputFiles.map((file) => file.contents));
  const packages = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const inNodeModules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    const inWorkspace = /(?:^|\/)packages\/([^/]+)\/dist\//.exec(input);
    if (inNodeModules?.[1] !== undefined) packages.add(inNodeModules[1]);
    else if (inWorkspace?.[1] !== undefined) packages.add(`@camunda-ts/${inWorkspace[1]}`);
  }
  return {
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    nodeBuiltins: [...nodeBuiltins].sort(),
    packages: [...packages].sort(),
  };
}
