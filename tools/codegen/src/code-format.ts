import type { Doc } from './type-node.js';

/** First line of every generated file. */
export const GENERATED_HEADER = '// Generated from the OpenAPI spec — do not edit';

/** The line width the emitters aim for (Biome's setting for the repository). */
export const LINE_WIDTH = 110;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written without quotes as a property key. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A single-quoted TypeScript string literal. */
export function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`;
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : quote(name);
}

/**
 * A regular expression literal for a spec pattern. Patterns use Unicode classes (`\p{L}`), so the `u` flag is
 * used whenever the pattern compiles with it.
 */
export function regexLiteral(pattern: string): string {
  let flags = 'u';
  try {
    new RegExp(pattern, 'u');
  } catch {
    flags = '';
    new RegExp(pattern);
  }
  // Escape `/` that is not already escaped, so the literal ends where it should.
  let source = '';
  let escaped = false;
  for (const char of pattern) {
    if (char === '/' && !escaped) source += '\\/';
    else source += char;
    escaped = char === '\\' && !escaped;
  }
  return `/${source}/${flags}`;
}

/** Text of one TSDoc block, ready to place: `*\/` cannot end the comment early, `@` cannot start a tag. */
function sanitize(line: string): string {
  return line.replaceAll('*/', '*\\/').replace(/^(\s*)@/, '$1\\@');
}

/** The lines of a doc comment built from spec documentation plus extra tag lines. */
export function docLines(doc: Doc | undefined, tags: readonly string[] = []): string[] {
  const text = (doc?.description ?? doc?.title ?? '').trim();
  const lines = text === '' ? [] : text.split('\n').map((line) => sanitize(line.trimEnd()));
  const extra: string[] = [];
  if (doc?.defaultValue !== undefined) extra.push(`@defaultValue \`${JSON.stringify(doc.defaultValue)}\``);
  if (doc?.deprecated) extra.push('@deprecated');
  extra.push(...tags);
  if (lines.length > 0 && extra.length > 0) lines.push('');
  return [...lines, ...extra];
}

/** A doc comment at the given indentation; empty when there is nothing to say. */
export function docComment(lines: readonly string[], indent: string): string[] {
  if (lines.length === 0) return [];
  const single = `${indent}/** ${lines[0]} */`;
  if (lines.length === 1 && single.length <= LINE_WIDTH) return [single];
  return [
    `${indent}/**`,
    ...lines.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)),
    `${indent} */`,
  ];
}

/** Joins lines into file text with a final newline. */
export function fileText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
