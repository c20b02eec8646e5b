import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture } from './support/load-dist.js';

const dist = (name: string): string => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));

/** Every module a built file reaches through static imports (relative ones followed, bare ones listed). */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const source = readFileSync(dist(name), 'utf8');
    for (const match of source.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g,
    )) {
      const target = match[1] ?? match[2] ?? match[3] ?? '';
      if (target.startsWith('./')) visit(target.slice(2));
      else bare.add(target);
    }
  };
  visit(entry);
  return bare;
}

describe('build output', () => {
  it('keeps the thread and process entry scripts light: no client, no zod, only Node built-ins', () => {
    for (const entry of ['thread-entry.js', 'thread-entry.cjs', 'process-entry.js', 'process-entry.cjs']) {
      const imports = [...staticImports(entry)];
      if (entry.startsWith('thread')) expect(imports).toContain('worker_threads');
      expect(
        imports.filter((i) => !i.startsWith('node:') && !['worker_threads', 'url', 'path'].includes(i)),
      ).toEqual([]);
    }
  });

  it('the CommonJS build runs thread and process handlers from require()', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [fixture('cjs-consumer.cjs')], {
      timeout: 15_000,
    });
    const results = JSON.parse(stdout) as Array<{ strategy: string; state: string; calls: unknown[] }>;
    expect(results).toEqual([
      {
        strategy: 'thread',
        state: 'stopped',
        calls: [
          {
            method: 'completeJob',
            input: { jobKey: '1', variables: expect.objectContaining({ doubled: 10 }) },
          },
        ],
      },
      {
        strategy: 'process',
        state: 'stopped',
        calls: [
          {
            method: 'completeJob',
            input: { jobKey: '1', variables: expect.objectContaining({ doubled: 10 }) },
          },
        ],
      },
    ]);
  });
});
