import { buildOperations } from './build-operations.js';
import { emitSpecHash, emitTypesBarrel, emitZodBarrel } from './emit-barrel.js';
import { emitEnums } from './emit-enums.js';
import { componentUsage, emitModels } from './emit-models.js';
import { emitClientOperations, emitOperationTable, emitOperationTypes } from './emit-operations.js';
import { emitSearchFields } from './emit-search-fields.js';
import { emitSemanticKeys } from './emit-semantic-keys.js';
import { emitOperationSchemas, emitZodSchemas } from './emit-zod.js';
import type { LoadedSpec } from './load-spec.js';
import { createSchemaConverter } from './schema-converter.js';

/** The folders the generator owns, relative to the repository root. Everything in them is generated. */
export const GENERATED_DIRS = [
  'packages/types/src/generated',
  'packages/client/src/generated',
  'packages/testing/src/generated',
] as const;

/** One generated file: its path relative to the repository root and its full text. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** The result of a generation run. */
export interface Generation {
  readonly files: readonly GeneratedFile[];
  /** Problems in the spec that did not stop generation. */
  readonly warnings: readonly string[];
}

/** Generates every file from the spec. Pure: the same spec always gives the same files. */
export function generate(spec: LoadedSpec): Generation {
  const converter = createSchemaConverter(spec.document, spec.metadata);
  // Operations first: their inline schemas may name enums, which the model must then include.
  const operations = buildOperations(spec.document, converter);
  const model = converter.model();
  const types = GENERATED_DIRS[0];
  const client = GENERATED_DIRS[1];
  const files: GeneratedFile[] = [
    { path: `${types}/enums.ts`, contents: emitEnums(model) },
    { path: `${types}/index.ts`, contents: emitTypesBarrel(model) },
    { path: `${types}/models.ts`, contents: emitModels(model, componentUsage(operations)) },
    { path: `${types}/operation-types.ts`, contents: emitOperationTypes(model, operations) },
    { path: `${types}/operations.ts`, contents: emitOperationTable(operations) },
    { path: `${types}/semantic-keys.ts`, contents: emitSemanticKeys(model) },
    { path: `${types}/spec-hash.ts`, contents: emitSpecHash(spec.metadata.specHash) },
    { path: `${types}/zod/index.ts`, contents: emitZodBarrel(model) },
    { path: `${types}/zod/operation-schemas.ts`, contents: emitOperationSchemas(model, operations) },
    { path: `${types}/zod/schemas.ts`, contents: emitZodSchemas(model) },
    { path: `${client}/generated-operations.ts`, contents: emitClientOperations(operations) },
    { path: `${GENERATED_DIRS[2]}/search-fields.ts`, contents: emitSearchFields(spec.document) },
  ];
  return { files, warnings: [...converter.warnings] };
}
