import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A schema object of the spec, as far as the tests read it. */
export interface SpecSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly example?: unknown;
  readonly enum?: readonly string[];
  readonly nullable?: boolean;
  readonly properties?: Readonly<Record<string, SpecSchema>>;
  readonly required?: readonly string[];
  readonly allOf?: readonly SpecSchema[];
  readonly oneOf?: readonly SpecSchema[];
  readonly anyOf?: readonly SpecSchema[];
  readonly items?: SpecSchema;
}

/** The parts of the spec the tests compare the generated code with. */
export interface SpecFixture {
  readonly schemas: Readonly<Record<string, SpecSchema>>;
  readonly metadata: {
    readonly specHash: string;
    readonly semanticKeys: readonly {
      readonly name: string;
      readonly examples?: readonly string[];
      readonly constraints: {
        readonly pattern?: string;
        readonly minLength?: number;
        readonly maxLength?: number;
      };
    }[];
    readonly operations: readonly {
      readonly operationId: string;
      readonly path: string;
      readonly method: string;
      readonly eventuallyConsistent: boolean;
      readonly successStatus: number;
      readonly pathParams: readonly string[];
      readonly queryParams: readonly { readonly name: string }[];
      readonly requestBodySchemaRef?: string;
      readonly successResponseSchemaRef?: string;
      readonly optionalTenantIdInBody: boolean;
    }[];
  };
}

/**
 * The spec folder the code was generated from: `CAMUNDA_SPEC_DIR`, else `../shared/spec` beside the repository.
 * These tests compare generated code with its source, so they need it and say so when it is missing.
 */
export function loadSpecFixture(): SpecFixture {
  const dir =
    process.env.CAMUNDA_SPEC_DIR ?? fileURLToPath(new URL('../../../../shared/spec/', import.meta.url));
  const bundle = `${dir}/rest-api.bundle.json`;
  if (!existsSync(bundle)) {
    throw new Error(`spec not found at ${dir}: set CAMUNDA_SPEC_DIR to the spec folder`);
  }
  const document = JSON.parse(readFileSync(bundle, 'utf8')) as {
    components: { schemas: SpecFixture['schemas'] };
  };
  const metadata = JSON.parse(readFileSync(`${dir}/spec-metadata.json`, 'utf8')) as SpecFixture['metadata'];
  return { schemas: document.components.schemas, metadata };
}

/** Name of the component a `#/components/schemas/X` reference points at. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}
