import type { OpenApiDocument, SchemaObject, SpecMetadata } from './openapi.js';
import type {
  AdditionalProperties,
  ComponentNode,
  Doc,
  HoistedEnum,
  ObjectNode,
  PropertyNode,
  SchemaModel,
  SemanticKeyInfo,
  TypeNode,
} from './type-node.js';

const COMPONENT_REF_PREFIX = '#/components/schemas/';

/** Where a schema sits, used to name its inline enums. */
interface Context {
  /** Name of the component (or operation) the schema belongs to. */
  readonly owner: string;
  /** Name for an enum found at this position; undefined where an enum stays an inline union. */
  readonly enumName?: string;
  /** True when `enumName` names a new hoisted type (false for a component that is itself an enum). */
  readonly hoist?: boolean;
  /** `Component.property`, for the documentation of a hoisted enum. */
  readonly origin?: string;
}

/** Turns spec schemas into {@link TypeNode}s; one instance per document. */
export interface SchemaConverter {
  /** The model of every component schema (and the inline enums hoisted so far). */
  model(): SchemaModel;
  /**
   * Converts a schema found outside the components (an operation's parameter, body or response). Inline enums
   * stay inline unions.
   */
  convertInline(schema: SchemaObject, owner: string): TypeNode;
  /** The object shapes a node stands for (refs resolved, allOf flattened); undefined when not all objects. */
  objectShapes(node: TypeNode): readonly ObjectNode[] | undefined;
  /** Problems that did not stop generation (e.g. `required` naming an undeclared property). */
  readonly warnings: string[];
}

/** Name of the component a local `$ref` points at. */
export function refName(ref: string): string {
  if (!ref.startsWith(COMPONENT_REF_PREFIX)) {
    throw new Error(`unsupported $ref ${ref}: only ${COMPONENT_REF_PREFIX}<name> is handled in schemas`);
  }
  return ref.slice(COMPONENT_REF_PREFIX.length);
}

/** `camunda.document.type` → `CamundaDocumentType`; `$or` → `Or`. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Creates the converter for one document. */
export function createSchemaConverter(document: OpenApiDocument, metadata: SpecMetadata): SchemaConverter {
  const schemas = document.components.schemas;
  const semanticKeys = new Map<string, SemanticKeyInfo>(
    metadata.semanticKeys.map((key) => [key.name, keyConstraints(key.constraints)]),
  );
  for (const name of semanticKeys.keys()) {
    if (!(name in schemas)) {
      throw new Error(`spec-metadata names semantic key ${name}, which is not a schema`);
    }
  }
  const discriminatorValues = collectDiscriminatorValues(schemas);
  const hoisted = new Map<string, HoistedEnum>();
  const components = new Map<string, ComponentNode>();
  const inProgress = new Set<string>();
  const warnings: string[] = [];

  function component(name: string): ComponentNode {
    const done = components.get(name);
    if (done) return done;
    const schema = schemas[name];
    if (!schema) throw new Error(`$ref to unknown schema ${name}`);
    if (inProgress.has(name)) throw new Error(`schema ${name} contains itself through allOf`);
    inProgress.add(name);
    const key = semanticKeys.get(name);
    let type: TypeNode = key
      ? { kind: 'string', ...key }
      : convertNonNull(schema, { owner: name, enumName: name, hoist: false });
    const literals = discriminatorValues.get(name);
    if (literals && type.kind === 'object') type = applyDiscriminators(name, type, literals);
    const deprecated = schema['x-deprecated-enum-members'];
    const node: ComponentNode = {
      name,
      type,
      nullable: schema.nullable === true,
      doc: docOf(schema),
      ...(key ? { semanticKey: key } : {}),
      ...(deprecated
        ? {
            deprecatedMembers: new Map(deprecated.map((member) => [member.name, member.deprecatedInVersion])),
          }
        : {}),
    };
    inProgress.delete(name);
    components.set(name, node);
    return node;
  }

  function convert(schema: SchemaObject, ctx: Context): TypeNode {
    if (schema.$ref !== undefined) return { kind: 'ref', name: refName(schema.$ref) };
    const node = convertNonNull(schema, ctx);
    return schema.nullable === true && node.kind !== 'nullable' ? { kind: 'nullable', inner: node } : node;
  }

  function convertNonNull(schema: SchemaObject, ctx: Context): TypeNode {
    if (schema.$ref !== undefined) return { kind: 'ref', name: refName(schema.$ref) };
    if (schema.allOf) return convertAllOf(schema, ctx);
    const variants = schema.oneOf ?? schema.anyOf;
    if (variants) {
      const union = unionOf(variants.map((variant) => convert(variant, inner(ctx))));
      return hasOwnObjectParts(schema)
        ? { kind: 'intersection', members: [union, objectNode(schema, ctx)] }
        : union;
    }
    if (schema.enum) return enumNode(schema, ctx);
    switch (schema.type) {
      case 'array':
        return {
          kind: 'array',
          items: schema.items ? convert(schema.items, ctx) : { kind: 'unknown' },
          ...defined('minItems', schema.minItems),
          ...defined('maxItems', schema.maxItems),
        };
      case 'string':
        if (schema.format === 'binary') return { kind: 'binary' };
        return {
          kind: 'string',
          ...defined('minLength', schema.minLength),
          ...defined('maxLength', schema.maxLength),
          ...defined('pattern', schema.pattern),
          ...defined('format', schema.format),
        };
      case 'integer':
      case 'number':
        return {
          kind: 'number',
          integer: schema.type === 'integer',
          ...defined('minimum', schema.minimum),
          ...defined('maximum', schema.maximum),
        };
      case 'boolean':
        return { kind: 'boolean' };
      case 'object':
        return objectNode(schema, ctx);
      default:
        return hasOwnObjectParts(schema) ? objectNode(schema, ctx) : { kind: 'unknown' };
    }
  }

  function enumNode(schema: SchemaObject, ctx: Context): TypeNode {
    const values = (schema.enum ?? []).map((value) => {
      if (typeof value !== 'string') throw new Error(`${ctx.owner}: only string enums are supported`);
      return value;
    });
    if (ctx.enumName === undefined) return { kind: 'enum', values };
    if (ctx.hoist) {
      const name = ctx.enumName;
      if (name in schemas) throw new Error(`inline enum ${name} would clash with the component of that name`);
      const existing = hoisted.get(name);
      if (existing && existing.values.join('\n') !== values.join('\n')) {
        throw new Error(`two different inline enums would both be named ${name}`);
      }
      const doc = docOf(schema);
      const described = doc.description
        ? doc
        : { ...doc, description: `Values of \`${ctx.origin ?? name}\`.` };
      if (!existing) hoisted.set(name, { name, values, doc: described });
    }
    return { kind: 'enum', values, name: ctx.enumName };
  }

  function objectNode(schema: SchemaObject, ctx: Context): ObjectNode {
    const required = new Set(schema.required ?? []);
    const properties: PropertyNode[] = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      type: convert(property, {
        owner: ctx.owner,
        enumName: ctx.owner + pascalCase(name),
        hoist: true,
        origin: `${ctx.owner}.${name}`,
      }),
      required: required.has(name),
      doc: docOf(property),
    }));
    for (const name of required) {
      if (!schema.properties?.[name] && !schema.allOf) {
        warnings.push(`${ctx.owner}: required property ${name} is not declared; ignored`);
      }
    }
    return { kind: 'object', properties, additional: additionalOf(schema, ctx) };
  }

  function additionalOf(schema: SchemaObject, ctx: Context): AdditionalProperties {
    const additional = schema.additionalProperties;
    if (additional === undefined) return { kind: 'unspecified' };
    if (additional === true) return { kind: 'any' };
    if (additional === false) return { kind: 'none' };
    if (Object.keys(additional).length === 0) return { kind: 'any' };
    return { kind: 'typed', type: convert(additional, inner(ctx)) };
  }

  function convertAllOf(schema: SchemaObject, ctx: Context): TypeNode {
    const members = schema.allOf ?? [];
    const own = hasOwnObjectParts(schema);
    // `allOf: [ref]` with annotations only (description, nullable, …) is how the spec documents a reference.
    if (members.length === 1 && !own && !schema.oneOf && !schema.anyOf) return convert(members[0]!, ctx);
    const parts = members.map((member) => convert(member, inner(ctx)));
    const ownObject = own ? objectNode(schema, ctx) : undefined;
    const shapes = parts.map((part) => objectShapes(part));
    if (shapes.every((shape) => shape?.length === 1) && !schema.oneOf && !schema.anyOf) {
      return mergeObjects([...shapes.map((shape) => shape![0]!), ...(ownObject ? [ownObject] : [])], schema);
    }
    const all: TypeNode[] = [...parts, ...(ownObject ? [ownObject] : [])];
    const variants = schema.oneOf ?? schema.anyOf;
    if (variants) all.push(unionOf(variants.map((variant) => convert(variant, inner(ctx)))));
    return { kind: 'intersection', members: all };
  }

  function mergeObjects(objects: readonly ObjectNode[], schema: SchemaObject): ObjectNode {
    const byName = new Map<string, PropertyNode>();
    for (const object of objects) {
      for (const property of object.properties) {
        const earlier = byName.get(property.name);
        // A later declaration refines the type; a property required anywhere stays required.
        byName.set(property.name, {
          ...property,
          required: property.required || (earlier?.required ?? false),
        });
      }
    }
    for (const name of schema.required ?? []) {
      const property = byName.get(name);
      if (property) byName.set(name, { ...property, required: true });
      else warnings.push(`allOf: required property ${name} is not declared by any member; ignored`);
    }
    return {
      kind: 'object',
      properties: [...byName.values()],
      additional: mergedAdditional(objects, schema),
    };
  }

  function mergedAdditional(objects: readonly ObjectNode[], schema: SchemaObject): AdditionalProperties {
    if (schema.additionalProperties !== undefined) return additionalOf(schema, { owner: '' });
    const kinds = objects.map((object) => object.additional);
    return (
      kinds.find((kind) => kind.kind === 'none') ??
      kinds.find((kind) => kind.kind === 'any') ??
      kinds.find((kind) => kind.kind === 'typed') ?? { kind: 'unspecified' }
    );
  }

  function objectShapes(node: TypeNode): readonly ObjectNode[] | undefined {
    switch (node.kind) {
      case 'object':
        return [node];
      case 'ref':
        return objectShapes(component(node.name).type);
      case 'union': {
        const shapes = node.members.map((member) => objectShapes(member));
        return shapes.every((shape) => shape !== undefined) ? shapes.flat() : undefined;
      }
      default:
        return undefined;
    }
  }

  return {
    model() {
      for (const name of Object.keys(schemas).sort(compareStrings)) component(name);
      return {
        components: new Map([...components.entries()].sort(([a], [b]) => compareStrings(a, b))),
        hoistedEnums: new Map([...hoisted.entries()].sort(([a], [b]) => compareStrings(a, b))),
      };
    },
    convertInline(schema, owner) {
      return convert(schema, { owner });
    },
    objectShapes,
    warnings,
  };
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function inner(ctx: Context): Context {
  return { owner: ctx.owner };
}

function unionOf(members: readonly TypeNode[]): TypeNode {
  return members.length === 1 ? members[0]! : { kind: 'union', members };
}

function hasOwnObjectParts(schema: SchemaObject): boolean {
  return (
    schema.properties !== undefined ||
    schema.required !== undefined ||
    (schema.additionalProperties !== undefined && schema.type !== 'array')
  );
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function keyConstraints(constraints: SemanticKeyInfo): SemanticKeyInfo {
  return {
    ...defined('pattern', constraints.pattern),
    ...defined('minLength', constraints.minLength),
    ...defined('maxLength', constraints.maxLength),
  };
}

/** The documentation fields of a schema. */
export function docOf(schema: SchemaObject): Doc {
  return {
    ...defined('title', schema.title),
    ...defined('description', schema.description),
    ...(schema.deprecated === true ? { deprecated: true } : {}),
    ...defined('defaultValue', schema.default),
    ...(schema.readOnly === true ? { readOnly: true } : {}),
  };
}

/**
 * For each schema named by a discriminated `oneOf`, the discriminator values that select it: the mapping keys
 * that point at it, or its own name where the mapping leaves it out (the OpenAPI default).
 */
function collectDiscriminatorValues(
  schemas: Readonly<Record<string, SchemaObject>>,
): Map<string, Map<string, string[]>> {
  const result = new Map<string, Map<string, string[]>>();
  for (const name of Object.keys(schemas).sort(compareStrings)) {
    const schema = schemas[name]!;
    const discriminator = schema.discriminator;
    const variants = schema.oneOf ?? schema.anyOf;
    if (!discriminator || !variants) continue;
    const mapping = Object.entries(discriminator.mapping ?? {});
    for (const variant of variants) {
      if (variant.$ref === undefined) throw new Error(`${name}: discriminated variants must be $refs`);
      const target = refName(variant.$ref);
      const mapped = mapping.filter(([, ref]) => refName(ref) === target).map(([value]) => value);
      const values = mapped.length > 0 ? mapped : [target];
      const byProperty = result.get(target) ?? new Map<string, string[]>();
      const existing = byProperty.get(discriminator.propertyName) ?? [];
      byProperty.set(discriminator.propertyName, [...new Set([...existing, ...values])]);
      result.set(target, byProperty);
    }
  }
  return result;
}

function applyDiscriminators(name: string, object: ObjectNode, literals: Map<string, string[]>): ObjectNode {
  for (const property of literals.keys()) {
    if (!object.properties.some((candidate) => candidate.name === property)) {
      throw new Error(`${name} is a discriminated variant but declares no ${property} property`);
    }
  }
  return {
    ...object,
    properties: object.properties.map((property) => {
      const values = literals.get(property.name);
      return values ? { ...property, type: { kind: 'literal', values } } : property;
    }),
  };
}
