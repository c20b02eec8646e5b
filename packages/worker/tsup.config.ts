import { definePackageBuild } from '../../tools/build-config/tsup.js';

// The thread and process entry scripts are their own outputs: the worker starts them by file location.
export default definePackageBuild({
  entry: {
    index: 'src/index.ts',
    'thread-entry': 'src/thread-entry.ts',
    'process-entry': 'src/process-entry.ts',
  },
});
