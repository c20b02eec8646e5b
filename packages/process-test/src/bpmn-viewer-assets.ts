import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// This module runs as ESM and as CJS: each build has one of the two locations.
const here = typeof __filename === 'string' ? __filename : import.meta.url;

/** The folder of bpmn-js's prebuilt viewer bundle (`bpmn-viewer.production.min.js` and `assets/`). */
export function bpmnViewerDist(): string {
  return dirname(createRequire(here).resolve('bpmn-js/dist/bpmn-viewer.production.min.js'));
}

/** The files a report page needs from the viewer's folder, relative to it. */
export const VIEWER_FILES = ['bpmn-viewer.production.min.js', 'assets'] as const;

/** Where the viewer's files go inside a report folder. */
export function viewerTarget(outDir: string): string {
  return join(outDir, 'bpmn-js');
}
