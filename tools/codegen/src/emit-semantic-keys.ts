import {
  docComment,
  docLines,
  fileText,
  GENERATED_HEADER,
  LINE_WIDTH,
  quote,
  regexLiteral,
} from './code-format.js';
import { isSemanticKeyComponent } from './emit-models.js';
import { concat, group, print, printAssignment } from './layout.js';
import type { SchemaModel } from './type-node.js';

/**
 * semantic-keys.ts: per semantic key a branded string type and a companion of the same name with `of` and `is`,
 * built by the hand-written `defineSemanticKey` from the constraints in spec-metadata.json.
 */
export function emitSemanticKeys(model: SchemaModel): string {
  const keys = [...model.components.values()].filter(isSemanticKeyComponent);
  const lines = [
    GENERATED_HEADER,
    "import { defineSemanticKey, type SemanticKey } from '../semantic-key.js';",
  ];
  for (const key of keys) {
    const info = key.semanticKey!;
    const doc = docLines(key.doc);
    lines.push('', ...docComment(doc, ''), `export type ${key.name} = SemanticKey<${quote(key.name)}>;`);
    const constraints: string[] = [];
    if (info.pattern !== undefined) constraints.push(`pattern: ${regexLiteral(info.pattern)}`);
    if (info.minLength !== undefined) constraints.push(`minLength: ${info.minLength}`);
    if (info.maxLength !== undefined) constraints.push(`maxLength: ${info.maxLength}`);
    const companionDoc = [
      ...doc,
      ...(doc.length > 0 ? [''] : []),
      `\`${key.name}.of(raw)\` validates and brands a string; \`${key.name}.is(raw)\` checks one.`,
    ];
    const head = `export const ${key.name} = `;
    const callee = `defineSemanticKey<${key.name}>`;
    const object = group('{', constraints, '}', { padded: true });
    // Biome keeps a last object argument on the call's line when that line fits, else puts each argument on its own.
    const hugged = `${head}${callee}(${quote(key.name)}, {`.length <= LINE_WIDTH;
    const call = hugged
      ? concat(callee, '(', quote(key.name), ', ', object, ')')
      : concat(callee, group('(', [quote(key.name), object], ')'));
    lines.push(...docComment(companionDoc, ''), printAssignment(head, call, ';'));
  }
  lines.push(
    '',
    '/** The names of all semantic key types, in alphabetical order. */',
    print(
      concat(
        'export const SEMANTIC_KEY_NAMES = ',
        group(
          '[',
          keys.map((key) => quote(key.name)),
          ']',
        ),
        ' as const;',
      ),
      '',
      0,
    ),
  );
  return fileText(lines);
}
