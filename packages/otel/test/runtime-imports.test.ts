import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url);
const IMPORT = /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)';/gm;

/** Module specifiers each source file loads at run time (type-only imports are erased). */
function runtimeImports(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(srcDir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, srcDir), 'utf8');
    const specifiers = [...text.matchAll(IMPORT)]
      .filter((match) => match[1] === undefined)
      .map((match) => match[2] as string);
    found.set(file, specifiers);
  }
  return found;
}

describe('what the package loads', () => {
  it('loads only @opentelemetry/api at run time: no SDK, and no @camunda-ts package', () => {
    const external = [...runtimeImports().values()].flat().filter((s) => !s.startsWith('.'));
    expect(new Set(external)).toEqual(new Set(['@opentelemetry/api']));
  });
});
