import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Markers around the chaos section of bench/RESULTS.md; the bench keeps what lies between them. */
export const SECTION_START = '<!-- chaos:start -->';
/** End marker of the chaos section. */
export const SECTION_END = '<!-- chaos:end -->';

/**
 * Replaces the chaos section of `bench/RESULTS.md` (appending it the first time) with `markdown`, then formats
 * the file as the repository does.
 */
export function writeResultsSection(repoRoot: string, markdown: string): string {
  const file = join(repoRoot, 'bench', 'RESULTS.md');
  const current = readFileSync(file, 'utf8');
  const section = `${SECTION_START}\n\n${markdown.trim()}\n\n${SECTION_END}`;
  const start = current.indexOf(SECTION_START);
  const end = current.indexOf(SECTION_END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + SECTION_END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  const biome = join(repoRoot, 'node_modules', '.bin', 'biome');
  if (existsSync(biome)) spawnSync(biome, ['format', '--write', file], { cwd: repoRoot, stdio: 'ignore' });
  return file;
}
