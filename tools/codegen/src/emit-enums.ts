import { docComment, docLines, fileText, GENERATED_HEADER, propertyKey, quote } from './code-format.js';
import { isEnumComponent } from './emit-models.js';
import { printAssignment } from './layout.js';
import { compareStrings } from './schema-converter.js';
import type { Doc, SchemaModel } from './type-node.js';

interface EnumToEmit {
  readonly name: string;
  readonly values: readonly string[];
  readonly doc: Doc;
  readonly deprecatedMembers?: ReadonlyMap<string, string | undefined>;
}

/**
 * enums.ts: for every enum (component enums and the inline enums of properties) an `as const` object whose keys
 * are the values, and a type of the same name for the union of its values.
 */
export function emitEnums(model: SchemaModel): string {
  const enums: EnumToEmit[] = [];
  for (const component of model.components.values()) {
    if (!isEnumComponent(component) || component.type.kind !== 'enum') continue;
    enums.push({
      name: component.name,
      values: component.type.values,
      doc: component.doc,
      ...(component.deprecatedMembers ? { deprecatedMembers: component.deprecatedMembers } : {}),
    });
  }
  enums.push(...model.hoistedEnums.values());
  enums.sort((a, b) => compareStrings(a.name, b.name));

  const lines = [GENERATED_HEADER];
  for (const entry of enums) {
    const doc = docComment(docLines(entry.doc), '');
    lines.push('', ...doc, `export const ${entry.name} = {`);
    for (const value of entry.values) {
      if (entry.deprecatedMembers?.has(value)) {
        const since = entry.deprecatedMembers.get(value);
        lines.push(`  /** @deprecated${since ? ` Deprecated since ${since}.` : ''} */`);
      }
      lines.push(`  ${propertyKey(value)}: ${quote(value)},`);
    }
    lines.push('} as const;');
    lines.push(
      ...doc,
      printAssignment(
        `export type ${entry.name} = `,
        `(typeof ${entry.name})[keyof typeof ${entry.name}]`,
        ';',
      ),
    );
  }
  return fileText(lines);
}
