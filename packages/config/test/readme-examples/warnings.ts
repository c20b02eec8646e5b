// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
import { resolveConfig } from '../../src/index.js';

const { warnings } = resolveConfig({ env: { CAMUNDA_REST_ADRESS: 'http://localhost:8080' } });
console.log(warnings[0]?.suggestion); // CAMUNDA_REST_ADDRESS
