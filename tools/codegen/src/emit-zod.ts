import { docComment, fileText, GENERATED_HEADER } from './code-format.js';
import { concat, group, type Layout, print, printAssignment } from './layout.js';
import type { OperationModel } from './operation-model.js';
import { renderZod, schemaConstName } from './render-zod.js';
import { compareStrings } from './schema-converter.js';
import type { ComponentNode, SchemaModel, TypeNode } from './type-node.js';

/**
 * zod/schemas.ts: one zod schema per component, typed as `z.ZodType<T>` of the generated type, and the `schemas`
 * lookup by component name. `checkedSchema` makes tsc check that each schema's output fits its type (validator and
 * type cannot drift apart) while declaration files stay small.
 * Components are ordered so that each schema is defined before it is used; references that close a cycle go
 * through `z.lazy`.
 */
export function emitZodSchemas(model: SchemaModel): string {
  const order = definitionOrder(model);
  const defined = new Set<string>();
  const lines = [
    GENERATED_HEADER,
    "import * as z from 'zod';",
    "import { checkedSchema } from '../../checked-schema.js';",
    "import { semanticKeySchema } from '../../semantic-key-schema.js';",
    "import type * as T from '../index.js';",
    "import * as keys from '../semantic-keys.js';",
  ];
  for (const component of order) {
    lines.push('', ...emitComponentSchema(component, defined));
    defined.add(component.name);
  }
  const names = [...model.components.keys()];
  lines.push(
    '',
    '/** Every component schema by its name in the spec (e.g. `schemas.ProcessInstanceCreationInstruction`). */',
    'export const schemas: Readonly<Record<string, z.ZodType>> = {',
    ...names.map((name) => printAssignment(`  ${name}: `, schemaConstName(name), ',', '  ')),
    '};',
  );
  return fileText(lines);
}

function emitComponentSchema(component: ComponentNode, defined: ReadonlySet<string>): string[] {
  const constName = schemaConstName(component.name);
  const type = `T.${component.name}${component.nullable ? ' | null' : ''}`;
  const doc = docComment([`Validates {@link T.${component.name}}.`], '');
  const head = `export const ${constName}: z.ZodType<${type}> = `;
  if (component.semanticKey) {
    return [...doc, printAssignment(head, group('semanticKeySchema(', [`keys.${component.name}`], ')'), ';')];
  }
  const ctx = { defined, binary: 'Blob' } as const;
  const expression = renderZod(
    component.nullable ? { kind: 'nullable', inner: component.type } : component.type,
    ctx,
  );
  // An alias of an already defined schema is a `z.ZodType` itself: assigning it is checked cheaply as it is.
  if (component.type.kind === 'ref' && !component.nullable && defined.has(component.type.name)) {
    return [...doc, printAssignment(head, expression, ';')];
  }
  return [...doc, printAssignment(head, group('checkedSchema(', [expression], ')'), ';')];
}

/** Depth-first over references in name order: dependencies first, so `z.lazy` is needed only for cycles. */
function definitionOrder(model: SchemaModel): ComponentNode[] {
  const order: ComponentNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.has(name)) return;
    state.set(name, 'visiting');
    const component = model.components.get(name);
    if (!component) throw new Error(`reference to unknown component ${name}`);
    for (const dependency of references(component.type)) visit(dependency);
    state.set(name, 'done');
    order.push(component);
  };
  for (const name of model.components.keys()) visit(name);
  return order;
}

/** Component names a node refers to, in the order they appear. */
export function references(node: TypeNode): string[] {
  switch (node.kind) {
    case 'ref':
      return [node.name];
    case 'array':
      return references(node.items);
    case 'object':
      return [
        ...node.properties.flatMap((property) => references(property.type)),
        ...(node.additional.kind === 'typed' ? references(node.additional.type) : []),
      ];
    case 'union':
    case 'intersection':
      return node.members.flatMap(references);
    case 'nullable':
      return references(node.inner);
    default:
      return [];
  }
}

/**
 * zod/operation-schemas.ts: the request body and success payload schema of each operation, including the inline
 * ones the spec does not name (multipart bodies, arrays, XML text, binary content).
 */
export function emitOperationSchemas(model: SchemaModel, operations: readonly OperationModel[]): string {
  const all = new Set(model.components.keys());
  const entries = (pick: (operation: OperationModel) => Layout | undefined) =>
    operations.flatMap((operation) => {
      const expression = pick(operation);
      return expression === undefined
        ? []
        : [printAssignment(`  ${operation.operationId}: `, expression, ',', '  ')];
    });
  const requests = entries((operation) =>
    operation.requestType ? renderZod(operation.requestType, { defined: all, binary: 'Blob' }) : undefined,
  );
  const responses = entries((operation) =>
    operation.responseType
      ? renderZod(operation.responseType, { defined: all, binary: 'Uint8Array' })
      : undefined,
  );
  const parameters = entries((operation) => {
    const parameterTypes = parameterObject(operation);
    return parameterTypes === undefined
      ? undefined
      : renderZod(parameterTypes, { defined: all, binary: 'Blob' });
  });
  const used = new Set(
    operations.flatMap((operation) => [
      ...(operation.requestType ? references(operation.requestType) : []),
      ...(operation.responseType ? references(operation.responseType) : []),
      ...[...operation.pathParams, ...operation.queryParams].flatMap((parameter) =>
        references(parameter.type),
      ),
    ]),
  );
  const imports = [...used].sort(compareStrings).map(schemaConstName);
  return fileText([
    GENERATED_HEADER,
    "import * as z from 'zod';",
    "import type { OperationId } from '../operations.js';",
    print(concat('import ', group('{', imports, '}', { padded: true }), " from './schemas.js';"), '', 0),
    '',
    '/** The request body schema of each operation that has a body (multipart bodies included). */',
    'export const operationRequestSchemas: { readonly [K in OperationId]?: z.ZodType } = {',
    ...requests,
    '};',
    '',
    '/** The success payload schema of each operation that returns content. */',
    'export const operationResponseSchemas: { readonly [K in OperationId]?: z.ZodType } = {',
    ...responses,
    '};',
    '',
    '/** The path and query parameters of each operation that has any, as one object (other fields pass). */',
    'export const operationParameterSchemas: { readonly [K in OperationId]?: z.ZodType } = {',
    ...parameters,
    '};',
  ]);
}

/** The path and query parameters as one object type; undefined for an operation without parameters. */
function parameterObject(operation: OperationModel): TypeNode | undefined {
  const parameters = [...operation.pathParams, ...operation.queryParams];
  if (parameters.length === 0) return undefined;
  return {
    kind: 'object',
    properties: parameters.map(({ name, type, required, doc }) => ({ name, type, required, doc })),
    additional: { kind: 'unspecified' },
  };
}
