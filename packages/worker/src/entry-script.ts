import { pathToFileURL } from 'node:url';

/**
 * Location of a child entry script built beside this module: `thread-entry.js` from the ESM build,
 * `thread-entry.cjs` from the CommonJS build. The ESM build knows its own URL from `import.meta.url`; the CJS build
 * (where that is empty) uses `__filename`.
 */
export function entryScript(name: 'thread-entry' | 'process-entry'): URL {
  const here: string = import.meta.url ?? pathToFileURL(__filename).href;
  const extension = here.endsWith('.cjs') ? '.cjs' : '.js';
  return new URL(`./${name}${extension}`, here);
}
