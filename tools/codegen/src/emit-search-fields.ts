import { fileText, GENERATED_HEADER, LINE_WIDTH, propertyKey, quote } from './code-format.js';
import type { OpenApiDocument, SchemaObject } from './openapi.js';

/** What a filter property holds, as far as a search engine must know to match it. */
export type SearchFieldType =
  | 'string'
  | 'key'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'dateTime'
  | 'enum'
  | 'variables'
  | 'list'
  | 'map'
  | 'object';

/** One filter property of a search: its value type, the advanced operators it accepts, its enum values. */
export interface SearchFilterField {
  readonly type: SearchFieldType;
  /** For a `list`: the type of its entries. */
  readonly itemType?: SearchFieldType;
  readonly operators: readonly string[];
  readonly values?: readonly string[];
  readonly example?: string;
}

/** The filter, sort and page fields of one operation that takes a search request. */
export interface SearchOperationFields {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly filters: ReadonlyMap<string, SearchFilterField>;
  /** True when the filter takes `$or` alternatives. */
  readonly or: boolean;
  readonly sorts: readonly string[];
  /** The page forms the request takes (`limit`, `from`, `after`, `before`). */
  readonly page: readonly string[];
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Derives every search request's filter, sort and page fields from the spec, in operation order. */
export function collectSearchFields(document: OpenApiDocument): SearchOperationFields[] {
  const schemas = (document.components?.schemas ?? {}) as Readonly<Record<string, SchemaObject>>;
  const resolve = (schema: SchemaObject | undefined): SchemaObject | undefined => {
    let current = schema;
    const seen = new Set<string>();
    while (current?.$ref !== undefined) {
      if (seen.has(current.$ref)) return undefined;
      seen.add(current.$ref);
      current = schemas[current.$ref.replace('#/components/schemas/', '')];
    }
    return current;
  };
  // Properties of an object schema with its allOf parts merged (the spec composes filters that way).
  const properties = (schema: SchemaObject | undefined): Map<string, SchemaObject> => {
    const out = new Map<string, SchemaObject>();
    const visit = (s: SchemaObject | undefined) => {
      const r = resolve(s);
      if (r === undefined) return;
      for (const part of r.allOf ?? []) visit(part);
      for (const [name, prop] of Object.entries(r.properties ?? {})) out.set(name, prop);
    };
    visit(schema);
    return out;
  };
  // `allOf: [X]` with a description is a wrapper around X.
  const unwrap = (schema: SchemaObject | undefined): SchemaObject | undefined => {
    let r = resolve(schema);
    while (r !== undefined && r.allOf?.length === 1 && r.properties === undefined && r.type !== 'object') {
      r = resolve(r.allOf[0]);
    }
    return r;
  };
  const scalar = (schema: SchemaObject | undefined): Omit<SearchFilterField, 'operators'> => {
    const r = unwrap(schema);
    if (r === undefined) return { type: 'object' };
    if (r.enum !== undefined) return { type: 'enum', values: r.enum.map(String) };
    // Keys are Java longs written as strings; other semantic ids (process definition id, tenant id) are strings.
    if (r.type === 'string' && r.pattern === '^-?[0-9]+$') return { type: 'key' };
    // A scope key is one of two kinds of key.
    const kinds = (r.oneOf ?? []).map((branch) => scalar(branch).type);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'key')) return { type: 'key' };
    if (r.type === 'string' && r.format === 'date-time') return { type: 'dateTime' };
    // A constrained string: the spec's example shows a value the pattern accepts.
    if (r.type === 'string' && r.pattern !== undefined && typeof r.example === 'string') {
      return { type: 'string', example: r.example };
    }
    if (r.type === 'string') return { type: 'string' };
    if (r.type === 'integer') return { type: 'integer' };
    if (r.type === 'number') return { type: 'number' };
    if (r.type === 'boolean') return { type: 'boolean' };
    if (r.type === 'array') {
      const items = unwrap(r.items);
      if (items !== undefined && properties(items).has('name') && properties(items).has('value')) {
        return { type: 'variables' };
      }
      return { type: 'list' };
    }
    if (typeof r.additionalProperties === 'object') return { type: 'map' };
    return { type: 'object' };
  };
  const field = (schema: SchemaObject): SearchFilterField => {
    const r = unwrap(schema);
    if (r?.type === 'array') {
      const list = scalar(r);
      if (list.type !== 'list') return { ...list, operators: [] };
      // Each list entry may itself be a filter property: its operators and values describe the entries.
      const item = field(r.items ?? {});
      return {
        type: 'list',
        itemType: item.type,
        operators: item.operators,
        ...(item.values ? { values: item.values } : {}),
        ...(item.example ? { example: item.example } : {}),
      };
    }
    const branches = r?.oneOf ?? r?.anyOf;
    if (branches !== undefined && branches.length > 0) {
      let exact: Omit<SearchFilterField, 'operators'> | undefined;
      const operators: string[] = [];
      for (const branch of branches) {
        const b = unwrap(branch);
        const props = properties(b);
        if (b !== undefined && [...props.keys()].some((k) => k.startsWith('$'))) {
          for (const op of props.keys()) if (!operators.includes(op)) operators.push(op);
          exact ??= scalar(props.get('$eq') ?? props.get('$in')?.items);
        } else {
          exact = scalar(b);
        }
      }
      return { ...(exact ?? { type: 'object' }), operators };
    }
    return { ...scalar(r), operators: [] };
  };
  const out: SearchOperationFields[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const body = op.requestBody?.content['application/json']?.schema;
      const request = properties(body);
      if (!request.has('filter') && !request.has('sort')) continue;
      const filterProps = properties(request.get('filter'));
      const filters = new Map<string, SearchFilterField>();
      let or = false;
      for (const [name, prop] of filterProps) {
        if (name === '$or') or = true;
        else filters.set(name, field(prop));
      }
      const sortItem = resolve(resolve(request.get('sort'))?.items);
      const sortField = unwrap(properties(sortItem).get('field'));
      const sorts = (sortField?.enum ?? []).map(String);
      const page = new Set<string>();
      const pageSchema = unwrap(request.get('page'));
      for (const branch of pageSchema?.oneOf ?? pageSchema?.anyOf ?? (pageSchema ? [pageSchema] : [])) {
        for (const name of properties(branch).keys()) page.add(name);
      }
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        filters,
        or,
        sorts,
        page: ['limit', 'from', 'after', 'before'].filter((p) => page.has(p)),
      });
    }
  }
  return out;
}

/** search-fields.ts: per operation with a search request, every filter, sort and page field of the spec. */
export function emitSearchFields(document: OpenApiDocument): string {
  const ops = collectSearchFields(document);
  const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;
  const lines = [
    GENERATED_HEADER,
    '',
    '/** What a filter property holds. */',
    'export type SearchFieldType =',
    "  | 'string'",
    "  | 'key'",
    "  | 'integer'",
    "  | 'number'",
    "  | 'boolean'",
    "  | 'dateTime'",
    "  | 'enum'",
    "  | 'variables'",
    "  | 'list'",
    "  | 'map'",
    "  | 'object';",
    '',
    '/** One filter property: its value type, the advanced operators it accepts, its enum values. */',
    'export interface SearchFilterFieldSpec {',
    '  /** The value type. */',
    '  readonly type: SearchFieldType;',
    '  /** For a `list`: the type of its entries. */',
    '  readonly itemType?: SearchFieldType;',
    '  /** The advanced operators (`$eq`, `$like`, …) the property accepts besides an exact value. */',
    '  readonly operators: readonly string[];',
    "  /** The allowed values of an enum (or of a list's entries). */",
    '  readonly values?: readonly string[];',
    '  /** A value the spec gives as an example, for strings with a pattern. */',
    '  readonly example?: string;',
    '}',
    '',
    '/** The filter, sort and page fields of one operation that takes a search request. */',
    'export interface SearchFieldsSpec {',
    '  /** The HTTP method. */',
    '  readonly method: string;',
    '  /** The path template below `/v2`. */',
    '  readonly path: string;',
    '  /** Every property of the request `filter`. */',
    '  readonly filters: Readonly<Record<string, SearchFilterFieldSpec>>;',
    '  /** True when the filter takes `$or` alternatives. */',
    '  readonly or: boolean;',
    '  /** Every `sort[].field` value. */',
    '  readonly sorts: readonly string[];',
    '  /** The page forms the request takes (`limit`, `from`, `after`, `before`). */',
    '  readonly page: readonly string[];',
    '}',
    '',
    '/** Every operation of the spec whose request has a `filter` or `sort`, with the fields the spec defines. */',
    'export const searchFields: Readonly<Record<string, SearchFieldsSpec>> = {',
  ];
  for (const op of ops) {
    lines.push(`  ${op.operationId}: {`);
    lines.push(`    method: ${quote(op.method)},`);
    lines.push(`    path: ${quote(op.path)},`);
    if (op.filters.size === 0) lines.push('    filters: {},');
    else {
      lines.push('    filters: {');
      for (const [name, spec] of op.filters) {
        const parts = [`type: ${quote(spec.type)}`];
        if (spec.itemType !== undefined) parts.push(`itemType: ${quote(spec.itemType)}`);
        parts.push(`operators: ${list(spec.operators)}`);
        if (spec.values !== undefined) parts.push(`values: ${list(spec.values)}`);
        if (spec.example !== undefined) parts.push(`example: ${quote(spec.example)}`);
        const one = `      ${propertyKey(name)}: { ${parts.join(', ')} },`;
        if (one.length <= LINE_WIDTH) lines.push(one);
        else {
          lines.push(`      ${propertyKey(name)}: {`);
          for (const part of parts) lines.push(...wrapList(`        ${part},`));
          lines.push('      },');
        }
      }
      lines.push('    },');
    }
    lines.push(`    or: ${String(op.or)},`);
    lines.push(...wrapList(`    sorts: ${list(op.sorts)},`));
    lines.push(`    page: ${list(op.page)},`);
    lines.push('  },');
  }
  lines.push('};');
  return fileText(lines);
}

// A `key: [a, b, …],` line too long for the width, broken one item per line as Biome prints it.
function wrapList(line: string): string[] {
  if (line.length <= LINE_WIDTH) return [line];
  const match = /^(\s*)([^:]+): \[(.*)\],$/.exec(line);
  if (match === null) return [line];
  const [, indent = '', key = '', items = ''] = match;
  return [`${indent}${key}: [`, ...items.split(', ').map((item) => `${indent}  ${item},`), `${indent}],`];
}
