import { describe, expect, it } from 'vitest';
import { docComment, docLines, propertyKey, quote, regexLiteral } from '../src/code-format.js';
import { concat, group, print, printAssignment } from '../src/layout.js';
import { renderTsType, type TsRenderContext } from '../src/render-ts-type.js';
import { renderZod } from '../src/render-zod.js';
import type { TypeNode } from '../src/type-node.js';

function tsContext(nullable: string[] = []): TsRenderContext {
  return { nullableComponents: new Set(nullable), binary: 'Blob', used: new Set() };
}

function zod(node: TypeNode, defined: string[] = []): string {
  return print(renderZod(node, { defined: new Set(defined), binary: 'Blob' }), '', 0);
}

describe('renderTsType', () => {
  it('renders references, adding null for nullable components once', () => {
    const ctx = tsContext(['Maybe']);
    expect(renderTsType({ kind: 'ref', name: 'Maybe' }, '', ctx)).toBe('Maybe | null');
    expect(renderTsType({ kind: 'nullable', inner: { kind: 'ref', name: 'Maybe' } }, '', ctx)).toBe(
      'Maybe | null',
    );
    expect(renderTsType({ kind: 'array', items: { kind: 'ref', name: 'Maybe' } }, '', ctx)).toBe(
      '(Maybe | null)[]',
    );
    expect([...ctx.used]).toEqual(['Maybe']);
  });

  it('renders unions, literals and records', () => {
    const ctx = tsContext();
    const union: TypeNode = { kind: 'union', members: [{ kind: 'string' }, { kind: 'ref', name: 'Filter' }] };
    expect(renderTsType(union, '', ctx)).toBe('string | Filter');
    expect(renderTsType({ kind: 'literal', values: ['a', 'b'] }, '', ctx)).toBe("'a' | 'b'");
    const record: TypeNode = { kind: 'object', properties: [], additional: { kind: 'any' } };
    expect(renderTsType(record, '', ctx)).toBe('Record<string, unknown>');
  });

  it('renders inline objects with optional markers, quoted keys and docs', () => {
    const node: TypeNode = {
      kind: 'object',
      additional: { kind: 'unspecified' },
      properties: [
        { name: 'id', type: { kind: 'string' }, required: true, doc: { description: 'The id.' } },
        { name: 'camunda.type', type: { kind: 'number', integer: true }, required: false, doc: {} },
      ],
    };
    expect(renderTsType(node, '', tsContext())).toBe(
      "{\n  /** The id. */\n  id: string;\n  'camunda.type'?: number;\n}",
    );
  });
});

describe('renderZod', () => {
  it('renders string constraints, folding a pattern with bounds into one check', () => {
    expect(zod({ kind: 'string', minLength: 1 })).toBe('z.string().min(1)');
    expect(zod({ kind: 'string', pattern: '^a/b$' })).toBe('z.string().regex(/^a\\/b$/u)');
    expect(zod({ kind: 'string', pattern: '^x$', maxLength: 3 })).toBe(
      'z.string().check(z.maxLength(3), z.regex(/^x$/u))',
    );
  });

  it('reaches schemas defined later through z.lazy', () => {
    expect(zod({ kind: 'ref', name: 'Later' })).toBe('z.lazy(() => LaterSchema)');
    expect(zod({ kind: 'ref', name: 'Earlier' }, ['Earlier'])).toBe('EarlierSchema');
  });

  it('renders objects by their additionalProperties, optional fields exactly optional', () => {
    const properties = [
      { name: 'a', type: { kind: 'boolean' } as const, required: true, doc: {} },
      { name: 'b', type: { kind: 'nullable', inner: { kind: 'string' } } as const, required: false, doc: {} },
    ];
    expect(zod({ kind: 'object', properties, additional: { kind: 'none' } })).toBe(
      'z.strictObject({\n  a: z.boolean(),\n  b: z.string().nullable().exactOptional(),\n})',
    );
    expect(zod({ kind: 'object', properties, additional: { kind: 'unspecified' } })).toMatch(
      /^z\.looseObject\(/,
    );
    expect(zod({ kind: 'object', properties: [], additional: { kind: 'any' } })).toBe(
      'z.record(z.string(), z.unknown())',
    );
  });

  it('renders unions, literals, enums and binary parts', () => {
    expect(zod({ kind: 'literal', values: ['x'] })).toBe("z.literal('x')");
    expect(zod({ kind: 'enum', values: ['A', 'B'] })).toBe("z.enum(['A', 'B'])");
    expect(zod({ kind: 'union', members: [{ kind: 'string' }, { kind: 'number', integer: false }] })).toBe(
      'z.union([z.string(), z.number()])',
    );
    expect(zod({ kind: 'binary' })).toBe('z.instanceof(Blob)');
  });
});

describe('layout', () => {
  it('keeps a list on one line when it fits and breaks it with trailing commas when not', () => {
    const short = concat('f(', group('[', ['a', 'b'], ']'), ')');
    expect(print(short, '', 0)).toBe('f([a, b])');
    const long = group(
      '[',
      Array.from({ length: 12 }, (_, i) => `'item-number-${i}'`),
      ']',
    );
    expect(print(long, '', 0).split('\n')).toEqual([
      '[',
      ...Array.from({ length: 12 }, (_, i) => `  'item-number-${i}',`),
      ']',
    ]);
  });

  it('counts what follows a group against the width', () => {
    const signature = concat(
      'method',
      group('(', ['input: Input', 'options?: Options'], ')'),
      `: ${'R'.repeat(80)} {`,
    );
    expect(print(signature, '', 0)).toContain('(\n  input: Input,\n  options?: Options,\n)');
  });

  it('moves an unbreakable value to the next line when the head is long', () => {
    const head = `export type ${'Long'.repeat(20)} = `;
    expect(printAssignment(head, 'Value', ';')).toBe(`${head}Value;`);
    expect(printAssignment(head, `(typeof ${'X'.repeat(40)})`, ';')).toBe(
      `${head.trimEnd()}\n  (typeof ${'X'.repeat(40)});`,
    );
  });
});

describe('code format helpers', () => {
  it('quotes strings and keys', () => {
    expect(quote("it's")).toBe("'it\\'s'");
    expect(propertyKey('$eq')).toBe('$eq');
    expect(propertyKey('camunda.document.type')).toBe("'camunda.document.type'");
  });

  it('uses the unicode flag for patterns with unicode classes', () => {
    expect(regexLiteral('^[\\p{L}_]+$')).toBe('/^[\\p{L}_]+$/u');
    expect(/^[\p{L}_]+$/u.test('prüfen')).toBe(true);
  });

  it('keeps doc comments from closing early or starting tags', () => {
    const lines = docLines({ description: 'Ends with */ here\n@internal looking', deprecated: true });
    expect(lines).toEqual(['Ends with *\\/ here', '\\@internal looking', '', '@deprecated']);
    expect(docComment(['One line.'], '  ')).toEqual(['  /** One line. */']);
  });
});
