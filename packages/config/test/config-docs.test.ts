import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfigDocs } from '../scripts/render-config-docs.js';
import { CONFIG_SCHEMA } from '../src/config-schema.js';

describe('CONFIG.md', () => {
  it('matches the schema (run `pnpm docs:config` after changing a key)', () => {
    const onDisk = readFileSync(new URL('../CONFIG.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderConfigDocs());
  });

  it('documents every key and alias with its default', () => {
    const docs = renderConfigDocs();
    for (const def of CONFIG_SCHEMA) {
      expect(docs).toContain(`\`${def.name}\``);
      for (const alias of def.aliases) expect(docs).toContain(`alias \`${alias}\``);
      if (def.default !== undefined) expect(docs).toContain(`\`${String(def.default)}\``);
    }
  });

  it('changes when the schema changes', () => {
    const [first, ...rest] = CONFIG_SCHEMA;
    const edited = [{ ...first!, description: 'A different description.' }, ...rest];
    expect(renderConfigDocs(edited)).not.toBe(renderConfigDocs());
    expect(renderConfigDocs(edited)).toContain('A different description.');
  });
});
