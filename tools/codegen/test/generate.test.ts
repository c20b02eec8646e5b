import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../src/code-format.js';
import { generate } from '../src/generate.js';
import { loadSpec, specFolderExists } from '../src/load-spec.js';
import { fixtureSpec } from './fixture-spec.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const specDir =
  process.env.CAMUNDA_SPEC_DIR ?? fileURLToPath(new URL('../../../../shared/spec/', import.meta.url));

/** The real spec: these tests check the generator against it and need it. */
function realSpec() {
  if (!specFolderExists(specDir)) throw new Error(`spec not found at ${specDir}: set CAMUNDA_SPEC_DIR`);
  return loadSpec(specDir);
}

describe('generate', () => {
  it('is deterministic: the same spec gives byte-identical files', () => {
    const spec = realSpec();
    const first = generate(spec);
    const second = generate(structuredClone(spec));
    expect(second.files).toEqual(first.files);
  });

  it('starts every file with the generated-code header and writes only into the generated folders', () => {
    for (const file of generate(realSpec()).files) {
      expect(file.contents.startsWith(`${GENERATED_HEADER}\n`)).toBe(true);
      expect(file.path).toMatch(/^packages\/(types|client|testing)\/src\/generated\//);
    }
  });

  it('reports no spec problems for the real spec', () => {
    expect(generate(realSpec()).warnings).toEqual([]);
  });

  it('exports the spec hash of the metadata', () => {
    const spec = realSpec();
    const hash = generate(spec).files.find((file) => file.path.endsWith('/spec-hash.ts'));
    expect(hash?.contents).toContain(`export const SPEC_HASH = '${spec.metadata.specHash}';`);
  });

  // One Biome process per generated file: slow on a loaded machine, so the budget is generous.
  it('emits code that Biome would leave as it is', { timeout: 180_000 }, () => {
    const biome = `${repoRoot}/node_modules/.bin/biome`;
    expect(existsSync(biome)).toBe(true);
    for (const file of [...generate(realSpec()).files, ...generate(fixtureSpec()).files]) {
      // A path outside src/generated, so Biome's ignore list does not skip the check.
      const formatted = execFileSync(biome, ['format', '--stdin-file-path=probe.ts'], {
        cwd: repoRoot,
        input: file.contents,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(formatted, file.path).toBe(file.contents);
    }
  });
});
