/**
 * The subset of OpenAPI 3.0.3 (and of the upstream bundler's metadata) the generator reads. Fields the generator
 * ignores are left out; everything is optional where the spec makes it optional.
 */

/** A JSON Schema object as OpenAPI 3.0 writes it (with `nullable` and the vendor extensions used here). */
export interface SchemaObject {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly format?: string;
  readonly title?: string;
  readonly description?: string;
  readonly nullable?: boolean;
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly default?: unknown;
  readonly example?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaObject>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaObject;
  readonly items?: SchemaObject;
  readonly allOf?: readonly SchemaObject[];
  readonly oneOf?: readonly SchemaObject[];
  readonly anyOf?: readonly SchemaObject[];
  readonly discriminator?: {
    readonly propertyName: string;
    readonly mapping?: Readonly<Record<string, string>>;
  };
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly 'x-semantic-type'?: string;
  readonly 'x-deprecated-enum-members'?: readonly {
    readonly name: string;
    readonly deprecatedInVersion?: string;
  }[];
}

/** One operation parameter (the spec only uses `path` and `query`). */
export interface ParameterObject {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly description?: string;
  readonly schema: SchemaObject;
}

/** A media type entry of a request or response. */
export interface MediaTypeObject {
  readonly schema?: SchemaObject;
}

/** A response, or a `$ref` to another response elsewhere in the document. */
export interface ResponseObject {
  readonly $ref?: string;
  readonly description?: string;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

/** One operation of a path. */
export interface OperationObject {
  readonly operationId: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly tags?: readonly string[];
  readonly parameters?: readonly ParameterObject[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: Readonly<Record<string, MediaTypeObject>>;
  };
  readonly responses: Readonly<Record<string, ResponseObject>>;
  readonly 'x-eventually-consistent'?: boolean;
}

/** The HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One HTTP method of a path item. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The bundled OpenAPI document. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Readonly<Record<string, Partial<Record<HttpMethod, OperationObject>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, SchemaObject>> };
}

/** One semantic key as the upstream bundler describes it in `spec-metadata.json`. */
export interface SemanticKeyMetadata {
  readonly name: string;
  readonly description?: string;
  readonly constraints: {
    readonly pattern?: string;
    readonly minLength?: number;
    readonly maxLength?: number;
  };
  readonly examples?: readonly string[];
  readonly flags?: { readonly deprecated?: boolean };
}

/** The parts of `spec-metadata.json` the generator reads. */
export interface SpecMetadata {
  readonly specHash: string;
  readonly semanticKeys: readonly SemanticKeyMetadata[];
  readonly operations: readonly { readonly operationId: string }[];
}
