// Copied from README.md by the example check (tools/build-config/readme-examples.ts); edit the document, not this file.
// biome-ignore-all assist/source/organizeImports: the order follows the document
// handlers/resize.ts (compiled to handlers/resize.js)
import { processJobHandler } from '../../src/index.js';

export default processJobHandler<{ url: string }, { thumbnail: string }>(async (job) => {
  // job.client does not exist here: the types say so
  return { thumbnail: await resize(job.variables.url) };
});

async function resize(url: string) {
  return `${url}?w=128`;
}
