import { fileURLToPath } from 'node:url';
import { Tag } from '@camunda-ts/client';

/** Absolute path of a file in `examples/resources/`, wherever the example is run from. */
export function resourcePath(name: string): string {
  return fileURLToPath(new URL(`../resources/${name}`, import.meta.url));
}

/**
 * A tag unique to this run (tags are letters, digits, `_-:.`). Examples tag what they create and search by the
 * tag, so they give the same answers on a shared cluster that already holds earlier runs.
 */
export function runTag(prefix: string): Tag {
  return Tag.of(`${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
}
