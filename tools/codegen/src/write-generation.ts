import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GENERATED_DIRS, type GeneratedFile } from './generate.js';
import { compareStrings } from './schema-converter.js';

/** What a write changed, as paths relative to the root. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/**
 * Writes the files under `root` and removes every other file in the generated folders, so a schema that left the
 * spec leaves no stale file behind. Files whose text is already right are not touched.
 */
export function writeGeneration(root: string, files: readonly GeneratedFile[]): WriteReport {
  const wanted = new Map(files.map((file) => [file.path, file.contents]));
  for (const path of wanted.keys()) {
    if (!GENERATED_DIRS.some((dir) => path.startsWith(`${dir}/`))) {
      throw new Error(`refusing to write ${path}: outside the generated folders`);
    }
  }
  const removed: string[] = [];
  for (const dir of GENERATED_DIRS) {
    for (const path of listFiles(root, dir)) {
      if (!wanted.has(path)) {
        rmSync(join(root, path));
        removed.push(path);
      }
    }
  }
  const written: string[] = [];
  let unchanged = 0;
  for (const [path, contents] of wanted) {
    const target = join(root, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === contents) {
      unchanged += 1;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    written.push(path);
  }
  return { written, removed, unchanged };
}

/** Files under `root/dir`, as paths relative to `root`, sorted. */
export function listFiles(root: string, dir: string): string[] {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(base);
  return found.sort(compareStrings);
}

/** Differences between the generated folders of two roots: `expected` is the fresh output. */
export function diffGeneratedFolders(expectedRoot: string, actualRoot: string): string[] {
  const differences: string[] = [];
  for (const dir of GENERATED_DIRS) {
    const expected = listFiles(expectedRoot, dir);
    const actual = new Set(listFiles(actualRoot, dir));
    for (const path of expected) {
      if (!actual.has(path)) differences.push(`missing: ${path}`);
      else if (
        readFileSync(join(expectedRoot, path), 'utf8') !== readFileSync(join(actualRoot, path), 'utf8')
      ) {
        differences.push(`differs: ${path}`);
      }
      actual.delete(path);
    }
    for (const path of actual) differences.push(`not generated: ${path}`);
  }
  return differences;
}

/** Removes a folder tree (used for the temporary output of a check). */
export function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
