/**
 * The generator's intermediate form of a schema: what a value looks like, with references by component name.
 * Every emitter (TypeScript types, zod schemas, operation types) renders from this one model, so the types and
 * the validators cannot drift apart.
 */
export type TypeNode =
  | RefNode
  | StringNode
  | NumberNode
  | { readonly kind: 'boolean' }
  | { readonly kind: 'binary' }
  | EnumNode
  | LiteralNode
  | ArrayNode
  | ObjectNode
  | { readonly kind: 'union'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'intersection'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'nullable'; readonly inner: TypeNode }
  | { readonly kind: 'unknown' };

/** A reference to a component schema by name. */
export interface RefNode {
  readonly kind: 'ref';
  readonly name: string;
}

/** A string with the constraints the spec states. */
export interface StringNode {
  readonly kind: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
}

/** A number; `integer` for the spec's `type: integer`. */
export interface NumberNode {
  readonly kind: 'number';
  readonly integer: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A string enum. `name` is set when the enum has a named type (a component, or a hoisted inline enum). */
export interface EnumNode {
  readonly kind: 'enum';
  readonly values: readonly string[];
  readonly name?: string;
}

/** A discriminator value (or values) that a union variant carries. */
export interface LiteralNode {
  readonly kind: 'literal';
  readonly values: readonly string[];
}

/** An array. */
export interface ArrayNode {
  readonly kind: 'array';
  readonly items: TypeNode;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** What an object allows beyond its declared properties. */
export type AdditionalProperties =
  /** The spec says nothing: OpenAPI allows extra properties, the types do not declare them. */
  | { readonly kind: 'unspecified' }
  /** `additionalProperties: true`. */
  | { readonly kind: 'any' }
  /** `additionalProperties: false`. */
  | { readonly kind: 'none' }
  /** `additionalProperties: <schema>`. */
  | { readonly kind: 'typed'; readonly type: TypeNode };

/** An object with its properties in spec order (allOf members flattened in). */
export interface ObjectNode {
  readonly kind: 'object';
  readonly properties: readonly PropertyNode[];
  readonly additional: AdditionalProperties;
}

/** Documentation carried from the spec into TSDoc. */
export interface Doc {
  readonly title?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly defaultValue?: unknown;
  readonly readOnly?: boolean;
}

/** One property of an object. */
export interface PropertyNode {
  readonly name: string;
  readonly type: TypeNode;
  readonly required: boolean;
  readonly doc: Doc;
}

/** The constraints of a semantic key, from `spec-metadata.json`. */
export interface SemanticKeyInfo {
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** One component schema. */
export interface ComponentNode {
  readonly name: string;
  /** The component's shape, without its own `nullable` (see `nullable`). */
  readonly type: TypeNode;
  /** The component itself is `nullable: true`: references to it add `| null`. */
  readonly nullable: boolean;
  readonly doc: Doc;
  /** Set for the semantic keys: the component becomes a branded string. */
  readonly semanticKey?: SemanticKeyInfo;
  /** Enum members the spec marks deprecated, with the version that deprecated them. */
  readonly deprecatedMembers?: ReadonlyMap<string, string | undefined>;
}

/** An inline enum given a name of its own, so it can have an `as const` object. */
export interface HoistedEnum {
  readonly name: string;
  readonly values: readonly string[];
  readonly doc: Doc;
}

/** Every named type the spec defines. */
export interface SchemaModel {
  /** Component schemas, sorted by name. */
  readonly components: ReadonlyMap<string, ComponentNode>;
  /** Inline enums of component properties, sorted by name. */
  readonly hoistedEnums: ReadonlyMap<string, HoistedEnum>;
}
