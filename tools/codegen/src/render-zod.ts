import { propertyKey, quote, regexLiteral } from './code-format.js';
import { concat, flat, group, type Layout } from './layout.js';
import type { ObjectNode, TypeNode } from './type-node.js';

/** What a zod rendering depends on beyond the node itself. */
export interface ZodRenderContext {
  /** Components whose schema constant is already defined above; others are reached through `z.lazy`. */
  readonly defined: ReadonlySet<string>;
  /** `format: binary` in a request (`Blob`) or in a response (`Uint8Array`). */
  readonly binary: 'Blob' | 'Uint8Array';
}

/** The name of a component's zod schema constant. */
export function schemaConstName(component: string): string {
  return `${component}Schema`;
}

/** The zod expression for a node. */
export function renderZod(node: TypeNode, ctx: ZodRenderContext): Layout {
  switch (node.kind) {
    case 'ref': {
      const name = schemaConstName(node.name);
      return ctx.defined.has(node.name) ? name : `z.lazy(() => ${name})`;
    }
    case 'string': {
      const pattern = node.pattern === undefined ? undefined : regexLiteral(node.pattern);
      const bounds = [
        ...(node.minLength === undefined ? [] : [['min', 'minLength', node.minLength] as const]),
        ...(node.maxLength === undefined ? [] : [['max', 'maxLength', node.maxLength] as const]),
      ];
      // More than two chained calls with a pattern argument would make Biome break the chain onto many lines,
      // so a pattern with bounds goes into one `.check(…)`.
      if (pattern !== undefined && bounds.length > 0) {
        const checks = [...bounds.map(([, check, value]) => `z.${check}(${value})`), `z.regex(${pattern})`];
        return `z.string().check(${checks.join(', ')})`;
      }
      const calls = bounds.map(([method, , value]) => `.${method}(${value})`).join('');
      return `z.string()${calls}${pattern === undefined ? '' : `.regex(${pattern})`}`;
    }
    case 'number': {
      let text = node.integer ? 'z.int()' : 'z.number()';
      if (node.minimum !== undefined) text += `.min(${node.minimum})`;
      if (node.maximum !== undefined) text += `.max(${node.maximum})`;
      return text;
    }
    case 'boolean':
      return 'z.boolean()';
    case 'binary':
      return `z.instanceof(${ctx.binary})`;
    case 'unknown':
      return 'z.unknown()';
    case 'enum':
      return concat('z.enum(', group('[', node.values.map(quote), ']'), ')');
    case 'literal':
      return node.values.length === 1
        ? `z.literal(${quote(node.values[0]!)})`
        : concat('z.enum(', group('[', node.values.map(quote), ']'), ')');
    case 'array': {
      let suffix = '';
      if (node.minItems !== undefined) suffix += `.min(${node.minItems})`;
      if (node.maxItems !== undefined) suffix += `.max(${node.maxItems})`;
      return concat('z.array(', renderZod(node.items, ctx), `)${suffix}`);
    }
    case 'object':
      return renderObject(node, ctx);
    case 'union':
      return concat(
        'z.union(',
        group(
          '[',
          node.members.map((member) => renderZod(member, ctx)),
          ']',
        ),
        ')',
      );
    case 'intersection':
      return node.members
        .map((member) => renderZod(member, ctx))
        .reduce((left, right) => concat('z.intersection(', group('', [left, right], ''), ')'));
    case 'nullable':
      return chain(renderZod(node.inner, ctx), 'nullable');
  }
}

/**
 * `inner.method()` for a one-line schema; `z.method(inner)` when `inner` may break over lines, where a trailing
 * method call would turn into a member chain.
 */
function chain(inner: Layout, method: 'nullable' | 'exactOptional'): Layout {
  const oneLine = flat(inner);
  return oneLine !== undefined && oneLine.length <= SHORT
    ? `${oneLine}.${method}()`
    : group(`z.${method}(`, [inner], ')');
}

/** Up to this width a schema counts as short enough never to break, so a method call may follow it. */
const SHORT = 60;

function renderObject(node: ObjectNode, ctx: ZodRenderContext): Layout {
  if (node.properties.length === 0) {
    switch (node.additional.kind) {
      case 'typed':
        return concat('z.record(z.string(), ', renderZod(node.additional.type, ctx), ')');
      case 'none':
        return 'z.strictObject({})';
      default:
        return 'z.record(z.string(), z.unknown())';
    }
  }
  const shape = group(
    '{',
    node.properties.map((property) =>
      concat(
        `${propertyKey(property.name)}: `,
        property.required
          ? renderZod(property.type, ctx)
          : chain(renderZod(property.type, ctx), 'exactOptional'),
      ),
    ),
    '}',
    { breakAlways: true, padded: true },
  );
  switch (node.additional.kind) {
    case 'none':
      return concat('z.strictObject(', shape, ')');
    case 'typed':
      return concat('z.object(', shape, ').catchall(', renderZod(node.additional.type, ctx), ')');
    default:
      // OpenAPI allows properties the schema does not declare; keep them rather than strip them.
      return concat('z.looseObject(', shape, ')');
  }
}
