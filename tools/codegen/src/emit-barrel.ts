import { fileText, GENERATED_HEADER, quote } from './code-format.js';
import { importStatement, isEnumComponent, isSemanticKeyComponent, TYPE_FILES } from './emit-models.js';
import { schemaConstName } from './render-zod.js';
import type { SchemaModel } from './type-node.js';

/** spec-hash.ts: the hash that identifies the spec the code was generated from. */
export function emitSpecHash(specHash: string): string {
  return fileText([
    GENERATED_HEADER,
    '',
    '/** Identifies the OpenAPI spec this code was generated from (`specHash` of spec-metadata.json). */',
    `export const SPEC_HASH = ${quote(specHash)};`,
  ]);
}

/** index.ts of the generated types: every generated name of the root entry, exported by name. */
export function emitTypesBarrel(model: SchemaModel): string {
  const components = [...model.components.values()];
  const keys = components.filter(isSemanticKeyComponent).map((c) => c.name);
  const enums = [...components.filter(isEnumComponent).map((c) => c.name), ...model.hoistedEnums.keys()];
  const models = components
    .filter((c) => !isEnumComponent(c) && !isSemanticKeyComponent(c))
    .map((c) => c.name);
  const reexport = (names: string[], file: string, typeOnly: boolean) =>
    importStatement(names, `./${file}.js`, typeOnly).map((line) => line.replace(/^import/, 'export'));
  return fileText([
    GENERATED_HEADER,
    ...reexport(enums, TYPE_FILES.enums, false),
    ...reexport(models, TYPE_FILES.models, true),
    ...reexport([...keys, 'SEMANTIC_KEY_NAMES'], TYPE_FILES.semanticKeys, false),
    "export { SPEC_HASH } from './spec-hash.js';",
  ]);
}

/** zod/index.ts: every zod schema constant and lookup, exported by name. */
export function emitZodBarrel(model: SchemaModel): string {
  const names = [...model.components.keys()].map(schemaConstName);
  const reexport = (list: string[], file: string) =>
    importStatement(list, file, false).map((line) => line.replace(/^import/, 'export'));
  return fileText([
    GENERATED_HEADER,
    ...reexport(
      ['operationParameterSchemas', 'operationRequestSchemas', 'operationResponseSchemas'],
      './operation-schemas.js',
    ),
    ...reexport([...names, 'schemas'], './schemas.js'),
  ]);
}
