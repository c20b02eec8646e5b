import { docComment, docLines, propertyKey, quote } from './code-format.js';
import type { ObjectNode, TypeNode } from './type-node.js';

/** What a rendering depends on beyond the node itself. */
export interface TsRenderContext {
  /** Components whose own schema is nullable: a reference to them is `Name | null`. */
  readonly nullableComponents: ReadonlySet<string>;
  /** `format: binary` in a request (`Blob`) or in a response (`Uint8Array`). */
  readonly binary: 'Blob' | 'Uint8Array';
  /** Every named type the rendering refers to, for the import list. */
  readonly used: Set<string>;
  /** How a named type is written (e.g. with a namespace prefix). */
  readonly qualify?: (name: string) => string;
}

interface Rendered {
  readonly text: string;
  /** The text is a top-level union or intersection and needs parentheses inside `[]` or `&`. */
  readonly compound: 'union' | 'intersection' | undefined;
  readonly nullable: boolean;
}

/** The TypeScript type for a node; object literals span lines indented from `indent`. */
export function renderTsType(node: TypeNode, indent: string, ctx: TsRenderContext): string {
  return render(node, indent, ctx).text;
}

function named(name: string, ctx: TsRenderContext): string {
  ctx.used.add(name);
  return ctx.qualify ? ctx.qualify(name) : name;
}

function render(node: TypeNode, indent: string, ctx: TsRenderContext): Rendered {
  const plain = (text: string): Rendered => ({ text, compound: undefined, nullable: false });
  switch (node.kind) {
    case 'ref': {
      const text = named(node.name, ctx);
      return ctx.nullableComponents.has(node.name)
        ? { text: `${text} | null`, compound: 'union', nullable: true }
        : plain(text);
    }
    case 'string':
      return plain('string');
    case 'number':
      return plain('number');
    case 'boolean':
      return plain('boolean');
    case 'binary':
      return plain(ctx.binary);
    case 'unknown':
      return plain('unknown');
    case 'enum':
      if (node.name !== undefined) return plain(named(node.name, ctx));
      return literalUnion(node.values);
    case 'literal':
      return literalUnion(node.values);
    case 'array': {
      const items = render(node.items, indent, ctx);
      return plain(items.compound ? `(${items.text})[]` : `${items.text}[]`);
    }
    case 'object':
      return plain(renderObject(node, indent, ctx));
    case 'union': {
      const members = node.members.map((member) => render(member, indent, ctx));
      const parts = members.map((member) =>
        member.compound === 'intersection' ? `(${member.text})` : member.text,
      );
      const nullable = members.some((member) => member.nullable);
      const withoutNull = parts.map((part) => part.replace(/ \| null$/, ''));
      const text = [...new Set(withoutNull)].join(' | ') + (nullable ? ' | null' : '');
      return { text, compound: 'union', nullable };
    }
    case 'intersection': {
      const members = node.members.map((member) => render(member, indent, ctx));
      const text = members.map((member) => (member.compound ? `(${member.text})` : member.text)).join(' & ');
      return { text, compound: 'intersection', nullable: false };
    }
    case 'nullable': {
      const inner = render(node.inner, indent, ctx);
      if (inner.nullable) return inner;
      const text = inner.compound === 'intersection' ? `(${inner.text})` : inner.text;
      return { text: `${text} | null`, compound: 'union', nullable: true };
    }
  }
}

function literalUnion(values: readonly string[]): Rendered {
  return {
    text: values.map(quote).join(' | '),
    compound: values.length > 1 ? 'union' : undefined,
    nullable: false,
  };
}

/** The body lines of an object type (properties with their docs, and an index signature where allowed). */
export function objectMembers(node: ObjectNode, indent: string, ctx: TsRenderContext): string[] {
  const lines: string[] = [];
  for (const property of node.properties) {
    lines.push(...docComment(docLines(property.doc), indent));
    const optional = property.required ? '' : '?';
    lines.push(
      `${indent}${propertyKey(property.name)}${optional}: ${renderTsType(property.type, indent, ctx)};`,
    );
  }
  const index = indexSignature(node, indent, ctx);
  if (index) lines.push(index);
  return lines;
}

function indexSignature(node: ObjectNode, indent: string, ctx: TsRenderContext): string | undefined {
  switch (node.additional.kind) {
    case 'any':
      return `${indent}[key: string]: unknown;`;
    case 'typed': {
      // Declared properties must fit the index signature; with properties present it can only be `unknown`.
      const type = node.properties.length === 0 ? renderTsType(node.additional.type, indent, ctx) : 'unknown';
      return `${indent}[key: string]: ${type};`;
    }
    default:
      return undefined;
  }
}

function renderObject(node: ObjectNode, indent: string, ctx: TsRenderContext): string {
  if (node.properties.length === 0) {
    switch (node.additional.kind) {
      case 'typed':
        return `Record<string, ${renderTsType(node.additional.type, indent, ctx)}>`;
      case 'none':
        return 'Record<string, never>';
      default:
        return 'Record<string, unknown>';
    }
  }
  return `{\n${objectMembers(node, `${indent}  `, ctx).join('\n')}\n${indent}}`;
}
