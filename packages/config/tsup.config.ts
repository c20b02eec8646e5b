import { definePackageBuild } from '../../tools/build-config/tsup.js';

export default definePackageBuild({ entry: { index: 'src/index.ts' }, browser: true });
