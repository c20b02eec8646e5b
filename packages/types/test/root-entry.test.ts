import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Imports an entry of the built package in a fresh Node process and reports every module URL Node loaded for it
 * (through a module hook), so the test sees what a user's process would load.
 */
function modulesLoadedBy(specifier: string, format: 'esm' | 'cjs'): string[] {
  if (!existsSync(`${packageDir}/dist/index.js`)) throw new Error('dist/ is missing: run `pnpm build` first');
  const hook = [
    'let port;',
    'export function initialize(data) { port = data.port; }',
    'export async function load(url, context, next) { port.postMessage(url); return next(url, context); }',
  ].join('\n');
  const script = `
    import { register, createRequire } from 'node:module';
    import { MessageChannel } from 'node:worker_threads';
    const { port1, port2 } = new MessageChannel();
    const loaded = [];
    const done = new Promise((resolve) => port1.on('message', (url) => url === 'data:text/javascript,' ? resolve() : loaded.push(url)));
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), { data: { port: port2 }, transferList: [port2] });
    if (${JSON.stringify(format)} === 'cjs') {
      const require = createRequire(process.cwd() + '/');
      require(${JSON.stringify(specifier)});
      for (const path of Object.keys(require.cache)) loaded.push(path);
    } else {
      await import(${JSON.stringify(specifier)});
    }
    await import('data:text/javascript,');
    await done;
    port1.close();
    process.stdout.write(JSON.stringify(loaded));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

const isZod = (url: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(url);

describe('entry points', () => {
  it.each(['esm', 'cjs'] as const)('the root entry loads no zod module (%s)', (format) => {
    const loaded = modulesLoadedBy('@camunda-ts/types', format);
    expect(loaded.some((url) => url.includes('/dist/index.'))).toBe(true);
    expect(loaded.filter(isZod)).toEqual([]);
  });

  it('the operations entry loads no zod module', () => {
    const loaded = modulesLoadedBy('@camunda-ts/types/operations', 'esm');
    expect(loaded.some((url) => url.includes('/dist/operations.'))).toBe(true);
    expect(loaded.filter(isZod)).toEqual([]);
  });

  it.each(['esm', 'cjs'] as const)(
    'the zod entry does load zod, so the checks above can see it (%s)',
    (format) => {
      expect(modulesLoadedBy('@camunda-ts/types/zod', format).some(isZod)).toBe(true);
    },
  );
});
