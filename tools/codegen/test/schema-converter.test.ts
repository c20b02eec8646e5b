import { describe, expect, it } from 'vitest';
import { createSchemaConverter, pascalCase } from '../src/schema-converter.js';
import type { ObjectNode, TypeNode } from '../src/type-node.js';
import { fixtureSpec } from './fixture-spec.js';

function model() {
  const { document, metadata } = fixtureSpec();
  return createSchemaConverter(document, metadata).model();
}

function objectOf(name: string): ObjectNode {
  const type = model().components.get(name)?.type;
  if (type?.kind !== 'object') throw new Error(`${name} is not an object`);
  return type;
}

function property(object: ObjectNode, name: string) {
  const found = object.properties.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no property ${name}`);
  return found;
}

describe('createSchemaConverter', () => {
  it('models every component, sorted by name', () => {
    const names = [...model().components.keys()];
    expect(names).toEqual([...names].sort());
    expect(names).toContain('Thing');
    expect(names).toHaveLength(Object.keys(fixtureSpec().document.components.schemas).length);
  });

  it('flattens allOf: members first, then own properties, required merged from every level', () => {
    const thing = objectOf('Thing');
    expect(thing.properties.map((p) => p.name)).toEqual([
      'thingKey',
      'note',
      'shape',
      'tags',
      'color',
      'extra',
    ]);
    expect(property(thing, 'thingKey').required).toBe(true);
    // `note` is declared by the base and made required by the child.
    expect(property(thing, 'note').required).toBe(true);
    expect(property(thing, 'tags').required).toBe(false);
  });

  it('reads `allOf: [ref]` with annotations as a documented reference', () => {
    const thingKey = property(objectOf('Base'), 'thingKey');
    expect(thingKey.type).toEqual({ kind: 'ref', name: 'ThingKey' });
    expect(thingKey.doc.description).toBe('The thing.');
    expect(property(objectOf('Base'), 'note').type).toEqual({ kind: 'nullable', inner: { kind: 'string' } });
  });

  it('turns the semantic keys of the metadata into key components with their constraints', () => {
    const key = model().components.get('ThingKey')!;
    expect(key.semanticKey).toEqual({ pattern: '^-?[0-9]+$', minLength: 1, maxLength: 25 });
    expect(model().components.get('LongKey')?.semanticKey).toBeUndefined();
    expect(model().components.get('AnyKey')?.type).toEqual({
      kind: 'union',
      members: [
        { kind: 'ref', name: 'ThingKey' },
        { kind: 'ref', name: 'OtherKey' },
      ],
    });
  });

  it('gives each discriminated variant the literal that selects it (mapped or implicit)', () => {
    expect(property(objectOf('Circle'), 'kind').type).toEqual({ kind: 'literal', values: ['circle'] });
    expect(property(objectOf('Square'), 'kind').type).toEqual({ kind: 'literal', values: ['Square'] });
    expect(property(objectOf('Circle'), 'kind').required).toBe(true);
  });

  it('names inline enums after their component and property', () => {
    const hoisted = model().hoistedEnums.get('ThingShape');
    expect(hoisted?.values).toEqual(['ROUND', 'SQUARE']);
    expect(hoisted?.doc.description).toBe('Values of `Thing.shape`.');
    expect(property(objectOf('Thing'), 'shape').type).toEqual({
      kind: 'enum',
      values: ['ROUND', 'SQUARE'],
      name: 'ThingShape',
    });
  });

  it('keeps component enums as their own named type with deprecated members', () => {
    const color = model().components.get('ColorEnum')!;
    expect(color.type).toEqual({ kind: 'enum', values: ['RED', 'GREEN', 'OLD'], name: 'ColorEnum' });
    expect(color.deprecatedMembers?.get('OLD')).toBe('8.9.0');
  });

  it('records component nullability apart from the shape', () => {
    const maybe = model().components.get('MaybeRequest')!;
    expect(maybe.nullable).toBe(true);
    expect(maybe.type.kind).toBe('object');
  });

  it('reads additionalProperties', () => {
    expect(objectOf('Square').additional).toEqual({ kind: 'none' });
    expect(objectOf('Circle').additional).toEqual({ kind: 'unspecified' });
    const extra = property(objectOf('Thing'), 'extra').type as ObjectNode;
    expect(extra.additional).toEqual({ kind: 'any' });
  });

  it('keeps array and number constraints', () => {
    expect(property(objectOf('Thing'), 'tags').type).toEqual({
      kind: 'array',
      items: { kind: 'string' },
      maxItems: 3,
    } satisfies TypeNode);
    expect(property(objectOf('Square'), 'side').type).toEqual({ kind: 'number', integer: true, minimum: 1 });
  });

  it('refuses an inline enum whose name clashes with a component', () => {
    const { document, metadata } = fixtureSpec();
    const schemas = {
      ...document.components.schemas,
      Box: { type: 'object', properties: { color: { type: 'string', enum: ['X'] } } },
      BoxColor: { type: 'string' },
    } as const;
    const converter = createSchemaConverter({ ...document, components: { schemas } }, metadata);
    expect(() => converter.model()).toThrow(/BoxColor/);
  });

  it('refuses a semantic key the document does not define', () => {
    const { document, metadata } = fixtureSpec();
    const keys = [...metadata.semanticKeys, { name: 'GhostKey', constraints: {} }];
    expect(() => createSchemaConverter(document, { ...metadata, semanticKeys: keys })).toThrow(/GhostKey/);
  });
});

describe('pascalCase', () => {
  it('joins words with capitals, dropping separators', () => {
    expect(pascalCase('camunda.document.type')).toBe('CamundaDocumentType');
    expect(pascalCase('$or')).toBe('Or');
    expect(pascalCase('processInstanceKey')).toBe('ProcessInstanceKey');
  });
});
