// Writes CONFIG.md from the key schema: `pnpm docs:config`. A test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { renderConfigDocs } from './render-config-docs.js';

const target = new URL('../CONFIG.md', import.meta.url);
writeFileSync(target, renderConfigDocs());
console.log(`wrote ${target.pathname}`);
