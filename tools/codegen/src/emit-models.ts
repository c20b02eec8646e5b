import { docComment, docLines, fileText, GENERATED_HEADER, LINE_WIDTH } from './code-format.js';
import { concat, group, print } from './layout.js';
import type { OperationModel } from './operation-model.js';
import { objectMembers, renderTsType, type TsRenderContext } from './render-ts-type.js';
import { compareStrings } from './schema-converter.js';
import type { ComponentNode, SchemaModel } from './type-node.js';

/** Where each kind of named type is emitted (file names without extension, relative to src/generated). */
export const TYPE_FILES = { models: 'models', enums: 'enums', semanticKeys: 'semantic-keys' } as const;

/** True for a component emitted as an `as const` enum (in enums.ts) rather than in models.ts. */
export function isEnumComponent(component: ComponentNode): boolean {
  return component.type.kind === 'enum' && component.type.name === component.name;
}

/** True for a component emitted as a branded semantic key (in semantic-keys.ts). */
export function isSemanticKeyComponent(component: ComponentNode): boolean {
  return component.semanticKey !== undefined;
}

/** The set of components whose own schema is nullable. */
export function nullableComponents(model: SchemaModel): Set<string> {
  return new Set([...model.components.values()].filter((c) => c.nullable).map((c) => c.name));
}

/** An `import type { … } from '…';` statement, broken over lines when long. */
export function importStatement(names: Iterable<string>, from: string, typeOnly = true): string[] {
  const sorted = [...new Set(names)].sort(compareStrings);
  if (sorted.length === 0) return [];
  const prefix = typeOnly ? 'import type ' : 'import ';
  return [print(concat(prefix, group('{', sorted, '}', { padded: true }), ` from '${from}';`), '', 0)];
}

/**
 * What the spec uses each component for (`Request body of \`createUser\`.`), the documentation of components the
 * spec leaves undescribed.
 */
export function componentUsage(operations: readonly OperationModel[]): Map<string, string> {
  const uses = new Map<string, string[]>();
  const add = (name: string | undefined, use: string) => {
    if (name !== undefined) uses.set(name, [...(uses.get(name) ?? []), use]);
  };
  for (const op of operations) {
    add(op.requestSchema, `Request body of \`${op.operationId}\`.`);
    add(op.responseSchema, `Success payload of \`${op.operationId}\`.`);
  }
  return new Map([...uses].map(([name, list]) => [name, list.join(' ')]));
}

/** models.ts: one interface or type alias per component schema that is neither an enum nor a semantic key. */
export function emitModels(model: SchemaModel, usage: ReadonlyMap<string, string> = new Map()): string {
  const used = new Set<string>();
  const ctx: TsRenderContext = { nullableComponents: nullableComponents(model), binary: 'Blob', used };
  const body: string[] = [];
  for (const component of model.components.values()) {
    if (isEnumComponent(component) || isSemanticKeyComponent(component)) continue;
    const described = component.doc.description ?? component.doc.title;
    const doc = described
      ? component.doc
      : { ...component.doc, description: usage.get(component.name) ?? `The \`${component.name}\` schema.` };
    body.push('', ...emitComponent({ ...component, doc }, ctx));
  }
  const keys = [...used].filter((name) => model.components.get(name)?.semanticKey !== undefined);
  const enums = [...used].filter((name) => {
    const component = model.components.get(name);
    return component ? isEnumComponent(component) : model.hoistedEnums.has(name);
  });
  return fileText([
    GENERATED_HEADER,
    ...importStatement(enums, `./${TYPE_FILES.enums}.js`),
    ...importStatement(keys, `./${TYPE_FILES.semanticKeys}.js`),
    ...body,
  ]);
}

function emitComponent(component: ComponentNode, ctx: TsRenderContext): string[] {
  const extra = component.nullable
    ? ['The schema is nullable: every reference to this type adds `| null`.']
    : [];
  const doc = docComment(docLines(component.doc, extra), '');
  const type = component.type;
  if (type.kind === 'object' && type.properties.length > 0) {
    return [...doc, `export interface ${component.name} {`, ...objectMembers(type, '  ', ctx), '}'];
  }
  const single = `export type ${component.name} = ${renderTsType(type, '', ctx)};`;
  if (type.kind !== 'union' || (single.length <= LINE_WIDTH && !single.includes('\n'))) {
    return [...doc, single];
  }
  const rendered = type.members.map((member) => renderTsType(member, '  ', ctx));
  const nullable = rendered.some((text) => text.endsWith(' | null'));
  const members = [...new Set(rendered.map((text) => text.replace(/ \| null$/, '')))].map(
    (text) => `  | ${text}`,
  );
  if (nullable) members.push('  | null');
  members[members.length - 1] += ';';
  return [...doc, `export type ${component.name} =`, ...members];
}
