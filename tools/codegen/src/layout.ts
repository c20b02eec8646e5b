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

function flat(layout: Layout): string | undefined {
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
      const rest = index === layout.parts.length - 1 ? suffix : '';
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
