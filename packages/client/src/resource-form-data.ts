import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
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
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Reads every file first (so a missing or unreadable one fails with {@link ResourceFileError} before anything is
 * sent), then builds the multipart body of `createDeployment`: one `resources` part per file, named after it.
 */
export async function resourceFormData(paths: readonly string[], tenantId: string | undefined): Promise<FormData> {
  const contents = await Promise.all(
    paths.map(async (path) => {
      try {
        return await readFile(path);
      } catch (error) {
        throw new ResourceFileError(path, error);
      }
    }),
  );
  const form = new FormData();
  contents.forEach((content, index) => {
    const path = paths[index] as string;
    form.append('resources', new Blob([content], { type: resourceMimeType(path) }), basename(path));
  });
  if (tenantId !== undefined) form.append('tenantId', tenantId);
  return form;
}
