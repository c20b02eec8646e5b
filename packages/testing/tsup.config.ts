import { definePackageBuild } from '../../tools/build-config/tsup.js';

export default definePackageBuild({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  // The Zeebe moddle descriptor is JSON; bundling it avoids JSON-module import attributes, which esbuild drops
  // from ESM output and Node 20 then refuses.
  overrides: { noExternal: ['zeebe-bpmn-moddle'] },
});
