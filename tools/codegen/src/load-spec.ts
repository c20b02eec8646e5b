import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiDocument, SpecMetadata } from './openapi.js';

/** The spec as the generator consumes it: the bundled document and the bundler's metadata. */
export interface LoadedSpec {
  readonly document: OpenApiDocument;
  readonly metadata: SpecMetadata;
}

/** The two files a spec folder must hold. */
export const SPEC_FILES = { document: 'rest-api.bundle.json', metadata: 'spec-metadata.json' } as const;

/** True when `dir` holds both spec files. */
export function specFolderExists(dir: string): boolean {
  return existsSync(join(dir, SPEC_FILES.document)) && existsSync(join(dir, SPEC_FILES.metadata));
}

/** Reads the spec folder. Throws with the missing path when a file is absent or not JSON. */
export function loadSpec(dir: string): LoadedSpec {
  const document = readJson(join(dir, SPEC_FILES.document)) as OpenApiDocument;
  const metadata = readJson(join(dir, SPEC_FILES.metadata)) as SpecMetadata;
  if (!document.openapi?.startsWith('3.0')) {
    throw new Error(`${SPEC_FILES.document}: expected OpenAPI 3.0.x, found ${String(document.openapi)}`);
  }
  return { document, metadata };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`cannot read ${path}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new Error(`${path} is not valid JSON`, { cause });
  }
}
