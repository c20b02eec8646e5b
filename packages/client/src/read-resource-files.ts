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
 * Reads every file before returning, so a missing or unreadable one fails with {@link ResourceFileError} before
 * anything is sent. Each becomes a `File` named after the file, with the MIME type of its extension.
 */
export async function readResourceFiles(paths: readonly string[]): Promise<File[]> {
  // Fetched on use, not imported: a client that deploys nothing from files never loads it.
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  return Promise.all(
    paths.map(async (path) => {
      let content: Buffer;
      try {
        content = await readFile(path);
      } catch (error) {
        throw new ResourceFileError(path, error);
      }
      return new File([content], basename(path), { type: resourceMimeType(path) });
    }),
  );
}
