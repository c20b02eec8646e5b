// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { resolveConfig } from '../../src/index.js';

const config = resolveConfig({ overrides: { CAMUNDA_REST_ADDRESS: 'https://cluster.example.com/v2' } });
console.log(config.restAddress);
