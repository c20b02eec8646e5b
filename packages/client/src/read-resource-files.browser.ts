import { ResourceFileError } from './resource-file-error.js';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.bpmn': 'application/xml',
  '.dmn': 'application/xml',
  '.xml': 'application/xml',
  '.form': 'application/json',
  '.json': 'application/json',
  '.rpa': 'application/json',
};

/** MIME type sent for a deployment resource, chosen by file extension. */
export function resourceMimeType(path: string): string {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const extension = dot > slash + 1 ? path.slice(dot).toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/**
 * The `browser` and `worker` builds read no files: `deployResourcesFromFiles` fails before sending, and
 * `createDeployment({ resources: [file] })` takes `File` objects (from an `<input type="file">`, or
 * `new File([xml], 'order.bpmn')`).
 */
export async function readResourceFiles(paths: readonly string[]): Promise<File[]> {
  throw new ResourceFileError(
    paths[0] ?? '',
    Object.assign(
      new Error(
        'files cannot be read in the browser and worker builds; pass File objects to createDeployment({ resources })',
      ),
      { code: 'UNSUPPORTED_RUNTIME' },
    ),
  );
}
