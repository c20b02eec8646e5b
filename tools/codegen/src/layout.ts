import { LINE_WIDTH } from './code-format.js';

/**
 * A tiny pretty-printer for generated expressions: a bracketed list stays on one line when it fits and breaks
 * into one item per line (with trailing commas) when it does not — the same choices Biome makes.
 */
export type Layout = string | LayoutGroup | LayoutConcat;

/** A bracketed, comma-separated list. */
export interface LayoutGroup {
  readonly kind: 'group';
  readonly open: string;
  readonly items: readonly Layout[];
  readonly close: string;
  /** Always one item per line (used for object literals). */
  readonly breakAlways?: boolean;
  /** Spaces inside the brackets when flat: `{ a }` rather than `[a]`. */
  readonly padded?: boolean;
}

/** Parts printed one after another. */
export interface LayoutConcat {
  readonly kind: 'concat';
  readonly parts: readonly Layout[];
}

/** A list in brackets. */
export function group(
  open: string,
  items: readonly Layout[],
  close: string,
  options: { breakAlways?: boolean; padded?: boolean } = {},
): LayoutGroup {
  return { kind: 'group', open, items, close, ...options };
}

/** Parts in sequence. */
export function concat(...parts: Layout[]): LayoutConcat {
  return { kind: 'concat', parts };
}

/** The layout on one line; undefined when it must break (an object literal with members). */
export function flat(layout: Layout): string | undefined {
  if (typeof layout === 'string') return layout;
  if (layout.kind === 'concat') {
    let text = '';
    for (const part of layout.parts) {
      const printed = flat(part);
      if (printed === undefined) return undefined;
      text += printed;
    }
    return text;
  }
  if (layout.breakAlways && layout.items.length > 0) return undefined;
  const items: string[] = [];
  for (const item of layout.items) {
    const printed = flat(item);
    if (printed === undefined) return undefined;
    items.push(printed);
  }
  if (items.length === 0) return `${layout.open}${layout.close}`;
  const pad = layout.padded ? ' ' : '';
  return `${layout.open}${pad}${items.join(', ')}${pad}${layout.close}`;
}

/**
 * Prints `layout` starting at `column`, continuation lines indented by `indent`. `suffix` is what follows on the
 * same line (e.g. `;`), counted against the width.
 */
export function print(layout: Layout, indent: string, column: number, suffix = ''): string {
  const oneLine = flat(layout);
  if (oneLine !== undefined && column + oneLine.length + suffix.length <= LINE_WIDTH) return oneLine;
  if (typeof layout === 'string') return layout;
  if (layout.kind === 'concat') {
    let text = '';
    layout.parts.forEach((part, index) => {
      // What follows this part on its last line counts against the width too.
      const following = layout.parts.slice(index + 1).map(flat);
      const rest = following.every((text) => text !== undefined) ? following.join('') + suffix : suffix;
      const lastLine = text.slice(text.lastIndexOf('\n') + 1);
      const startColumn = text.includes('\n') ? lastLine.length : column + text.length;
      text += print(part, indent, startColumn, rest);
    });
    return text;
  }
  const inner = `${indent}  `;
  const items = layout.items.map((item) => `${inner}${print(item, inner, inner.length, ',')},`);
  return `${layout.open}\n${items.join('\n')}\n${indent}${layout.close}`;
}

/** Width of what a layout prints before its first possible line break. */
function openingWidth(layout: Layout): number {
  if (typeof layout === 'string') return layout.length;
  if (layout.kind === 'group') return layout.open.length;
  let width = 0;
  for (const part of layout.parts) {
    if (typeof part === 'string') width += part.length;
    else return width + openingWidth(part);
  }
  return width;
}

/**
 * `head` followed by `value` (an assignment or a property), laid out as Biome does: on one line when it fits;
 * else broken inside `value` when its opening still fits after `head`; else `value` moves to the next line, indented.
 * `head` includes the indentation of its line, `indent`.
 */
export function printAssignment(head: string, value: Layout, suffix: string, indent = ''): string {
  const oneLine = flat(value);
  if (oneLine !== undefined && head.length + oneLine.length + suffix.length <= LINE_WIDTH) {
    return `${head}${oneLine}${suffix}`;
  }
  if (typeof value !== 'string' && head.length + openingWidth(value) <= LINE_WIDTH) {
    return `${head}${print(value, indent, head.length, suffix)}${suffix}`;
  }
  const inner = `${indent}  `;
  return `${head.trimEnd()}\n${inner}${print(value, inner, inner.length, suffix)}${suffix}`;
}
