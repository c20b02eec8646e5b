import {
  docComment,
  docLines,
  fileText,
  GENERATED_HEADER,
  LINE_WIDTH,
  propertyKey,
  quote,
} from './code-format.js';
import { importStatement, isEnumComponent, nullableComponents, TYPE_FILES } from './emit-models.js';
import { concat, group, print } from './layout.js';
import type { OperationModel, ParameterModel } from './operation-model.js';
import { renderTsType, type TsRenderContext } from './render-ts-type.js';
import type { SchemaModel } from './type-node.js';

/** operations.ts: the `OperationId` union and the operation table (plain data, one entry per operation). */
export function emitOperationTable(operations: readonly OperationModel[]): string {
  const lines = [
    GENERATED_HEADER,
    "import type { OperationSpec } from '../operation-spec.js';",
    '',
    '/** The operationId of every operation of the API. */',
    'export type OperationId =',
    ...operations.map(
      (op, index) => `  | ${quote(op.operationId)}${index === operations.length - 1 ? ';' : ''}`,
    ),
    '',
    '/** How each operation is called: method, path, parameters, body, responses and client behaviour flags. */',
    'export const operations: { readonly [K in OperationId]: OperationSpec } = {',
  ];
  for (const op of operations) {
    const list = (values: readonly (string | number)[]) =>
      `[${values.map((value) => (typeof value === 'number' ? String(value) : quote(value))).join(', ')}]`;
    const optional = (value: string | undefined) => (value === undefined ? 'undefined' : quote(value));
    const fields: [string, string][] = [
      ['operationId', quote(op.operationId)],
      ['method', quote(op.method)],
      ['path', quote(op.path)],
      ['pathParams', list(op.pathParams.map((param) => param.name))],
      ['queryParams', list(op.queryParams.map((param) => param.name))],
      ['body', quote(op.body)],
      ['requestContentType', optional(op.requestContentType)],
      ['requestSchema', optional(op.requestSchema)],
      ['successStatus', String(op.successStatus)],
      ['successStatuses', list(op.successStatuses)],
      ['responseContentType', optional(op.responseContentType)],
      ['responseSchema', optional(op.responseSchema)],
      ['errorStatuses', list(op.errors.map((error) => error.status))],
      ['eventuallyConsistent', String(op.eventuallyConsistent)],
      ['retrySafe', String(op.retrySafe)],
      ['longPoll', String(op.longPoll)],
      ['tenantDefault', optional(op.tenantDefault)],
      ['pagination', op.pagination ? `{ itemsField: ${quote(op.pagination.itemsField)} }` : 'undefined'],
    ];
    lines.push(`  ${op.operationId}: {`);
    for (const [key, value] of fields) {
      const line = `    ${key}: ${value},`;
      // A list that does not fit is re-printed broken over lines, starting after the key.
      lines.push(line.length <= LINE_WIDTH ? line : `    ${key}: ${reflow(value, key)},`);
    }
    lines.push('  },');
  }
  lines.push('};');
  return fileText(lines);
}

function reflow(value: string, key: string): string {
  if (!value.startsWith('[')) return value;
  const items = value.slice(1, -1).split(', ');
  return print(group('[', items, ']'), '    ', `    ${key}: `.length, ',');
}

/**
 * operation-types.ts: per operation the input object type, the success payload type and the documented error
 * statuses, as three interfaces keyed by operationId, and the generic accessors over them.
 */
export function emitOperationTypes(model: SchemaModel, operations: readonly OperationModel[]): string {
  const used = new Set<string>();
  const nullable = nullableComponents(model);
  const request: TsRenderContext = { nullableComponents: nullable, binary: 'Blob', used };
  const response: TsRenderContext = { nullableComponents: nullable, binary: 'Uint8Array', used };

  const inputs: string[] = [];
  const outputs: string[] = [];
  const errors: string[] = [];
  for (const op of operations) {
    const doc = docComment([op.summary ?? op.operationId], '  ');
    inputs.push(...doc, `  ${op.operationId}: ${inputType(op, request)};`);
    const output = op.responseType ? renderTsType(op.responseType, '  ', response) : 'void';
    outputs.push(...doc, `  ${op.operationId}: ${output};`);
    const statuses = op.errors.map((error) => String(error.status)).join(' | ') || 'never';
    errors.push(...doc, `  ${op.operationId}: ${statuses};`);
  }

  const fromFile = (name: string) => {
    const component = model.components.get(name);
    if (!component) return TYPE_FILES.enums; // a hoisted enum
    if (component.semanticKey) return TYPE_FILES.semanticKeys;
    return isEnumComponent(component) ? TYPE_FILES.enums : TYPE_FILES.models;
  };
  const importsFrom = (file: string) =>
    importStatement(
      [...used].filter((name) => fromFile(name) === file),
      `./${file}.js`,
    );

  return fileText([
    GENERATED_HEADER,
    ...importsFrom(TYPE_FILES.enums),
    ...importsFrom(TYPE_FILES.models),
    "import type { OperationId } from './operations.js';",
    ...importsFrom(TYPE_FILES.semanticKeys),
    '',
    '/**',
    ' * The input of each operation: its path and query parameters and the fields of its request body, as one',
    ' * object (or, where the table says `body: whole`, the body under `body`).',
    ' */',
    'export interface OperationInputs {',
    ...inputs,
    '}',
    '',
    '/** The success payload of each operation (`void` when the response has no content). */',
    'export interface OperationOutputs {',
    ...outputs,
    '}',
    '',
    '/** The error statuses each operation documents. */',
    'export interface OperationErrorStatuses {',
    ...errors,
    '}',
    '',
    '/** The input object of operation `K`. */',
    'export type OperationInput<K extends OperationId> = OperationInputs[K];',
    '',
    '/** The success payload of operation `K`. */',
    'export type OperationOutput<K extends OperationId> = OperationOutputs[K];',
    '',
    '/** The error statuses operation `K` documents, e.g. `400 | 404 | 500`. */',
    'export type OperationErrorStatus<K extends OperationId> = OperationErrorStatuses[K];',
  ]);
}

function parameterLines(params: readonly ParameterModel[], indent: string, ctx: TsRenderContext): string[] {
  return params.flatMap((param) => [
    ...docComment(docLines(param.doc), indent),
    `${indent}${propertyKey(param.name)}${param.required ? '' : '?'}: ${renderTsType(param.type, indent, ctx)};`,
  ]);
}

function inputType(op: OperationModel, ctx: TsRenderContext): string {
  const params = parameterLines([...op.pathParams, ...op.queryParams], '    ', ctx);
  const body = op.requestType;
  const literal = (lines: readonly string[]) =>
    lines.length === 0 ? undefined : `{\n${lines.join('\n')}\n  }`;
  if (op.body === 'none' || !body) return literal(params) ?? 'Record<string, never>';
  if (op.body === 'whole') {
    const optional = op.requestBodyRequired ? '' : '?';
    return literal([...params, `    body${optional}: ${renderTsType(body, '    ', ctx)};`])!;
  }
  // Fields mode: an inline object body joins the parameters in one literal; a named body is intersected.
  if (body.kind === 'object') {
    const bodyLines = renderTsType(body, '  ', ctx).split('\n').slice(1, -1);
    return literal([...params, ...bodyLines])!;
  }
  // A named body is used without its component's `| null`: null intersected with the parameters is nothing.
  if (body.kind === 'ref') ctx.used.add(body.name);
  const named = body.kind === 'ref' ? body.name : renderTsType(body, '  ', ctx);
  const head = literal(params);
  return head === undefined ? named : `${head} & ${body.kind === 'union' ? `(${named})` : named}`;
}

/** client surface: the abstract class with one method per operation. */
export function emitClientOperations(operations: readonly OperationModel[]): string {
  const lines = [
    GENERATED_HEADER,
    "import type { OperationId, OperationInput, OperationOutput } from '@camunda-ts/types/operations';",
    "import type { CallOptions } from '../call-options.js';",
    '',
    '/**',
    ' * One typed method per operation of the Camunda 8 Orchestration Cluster REST API. Each method hands its',
    ' * operationId, input and options to `invoke`, which the client runtime implements once for all operations.',
    ' */',
    'export abstract class GeneratedOperations {',
    '  /** Executes one operation: the single place where requests are built, sent, retried and decoded. */',
    '  protected abstract invoke<K extends OperationId>(',
    '    operationId: K,',
    '    input: unknown,',
    '    options: CallOptions | undefined,',
    '  ): Promise<OperationOutput<K>>;',
  ];
  for (const op of operations) {
    const id = quote(op.operationId);
    const signature = concat(
      `  ${op.operationId}`,
      group(
        '(',
        [
          `input${op.inputOptional ? '?' : ''}: OperationInput<${id}>`,
          `options?: CallOptions<OperationOutput<${id}>>`,
        ],
        ')',
      ),
      `: Promise<OperationOutput<${id}>> {`,
    );
    lines.push(
      '',
      ...docComment(methodDoc(op), '  '),
      print(signature, '  ', 0),
      `    return this.invoke(${id}, input, options);`,
      '  }',
    );
  }
  lines.push('}');
  return fileText(lines);
}

function methodDoc(op: OperationModel): string[] {
  const lines: string[] = [];
  const paragraph = (text: string | undefined) => {
    if (!text?.trim()) return;
    if (lines.length > 0) lines.push('');
    lines.push(...docLines({ description: text }));
  };
  paragraph(op.summary);
  if (op.description?.trim() !== op.summary?.trim()) paragraph(op.description);
  const tags: string[] = [];
  if (op.eventuallyConsistent) {
    tags.push(
      '@remarks Reads eventually consistent data: a write may take a moment to show. Pass `options.consistency` to wait for it.',
    );
  }
  for (const error of op.errors) {
    const reason = error.description.replace(/\s+/g, ' ').trim();
    tags.push(`@throws HttpError with status ${error.status}${reason ? `: ${reason}` : ''}`);
  }
  if (op.deprecated) tags.push('@deprecated');
  if (tags.length > 0 && lines.length > 0) lines.push('');
  return [
    ...lines,
    ...tags.flatMap((tag) => wrap(tag.replaceAll('*/', '*\\/'), LINE_WIDTH - '   * '.length)),
  ];
}

/** Breaks a line at spaces so that no piece is longer than `width` (a longer single word stays whole). */
export function wrap(line: string, width: number): string[] {
  const words = line.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    // A lone punctuation mark stays with the word before it.
    if (current !== '' && current.length + 1 + word.length > width && !/^[.,;:]$/.test(word)) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
