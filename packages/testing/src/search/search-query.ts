import { TestEngineError } from '../test-engine-error.js';
import { currentSearchRestriction } from './search-restriction.js';

/** How a filter property compares: drives parsing of the filter value and ordering. */
export type FieldKind = 'string' | 'key' | 'integer' | 'date' | 'boolean';

/** A property value as the search sees it; dates are epoch ms. */
export type FieldValue = string | number | boolean | null | undefined;

/** A filter property read from the item and compared with the spec's operators. */
export interface FieldFilter<T> {
  readonly kind: FieldKind;
  readonly get: (item: T) => FieldValue;
}

/** A filter property with its own matching rule (variables, tags, relations to other entities). */
export interface CustomFilter<T> {
  /** `filter` is the whole filter object, for properties that combine (elementId with elementInstanceState). */
  readonly match: (item: T, value: unknown, filter: Readonly<Record<string, unknown>>) => boolean;
}

/** Everything the generic search needs to know about one entity. */
export interface SearchDescriptor<T> {
  readonly entity: string;
  /** The entity key: final sort tie-breaker and cursor anchor. */
  readonly key: (item: T) => string;
  readonly filters: Readonly<Record<string, FieldFilter<T> | CustomFilter<T>>>;
  readonly sorts: Readonly<Record<string, FieldFilter<T>>>;
  /** Every item, in key order. */
  readonly all: () => Iterable<T>;
  /** A narrower candidate set for this filter (an index lookup), or undefined to scan everything. */
  readonly candidates?: (filter: Readonly<Record<string, unknown>>) => Iterable<T> | undefined;
}

/** The spec's `SearchQueryPageResponse`. */
export interface SearchPage {
  readonly totalItems: number;
  readonly hasMoreTotalItems: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** A search result before the items are shaped for the wire. */
export interface SearchOutcome<T> {
  readonly items: T[];
  readonly page: SearchPage;
}

type Comparable = string | number | boolean | null;

const DEFAULT_LIMIT = 100;

function badRequest(message: string): TestEngineError {
  return new TestEngineError(message, { code: 'INVALID_ARGUMENT', status: 400, title: 'INVALID_ARGUMENT' });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const likeCache = new Map<string, RegExp>();
function likeRegex(pattern: string): RegExp {
  let re = likeCache.get(pattern);
  if (re === undefined) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i] as string;
      if (ch === '\\' && i + 1 < pattern.length) {
        source += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      } else if (ch === '*') source += '.*';
      else if (ch === '?') source += '.';
      else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    re = new RegExp(`^${source}$`, 's');
    if (likeCache.size > 1000) likeCache.clear();
    likeCache.set(pattern, re);
  }
  return re;
}

/** Normalizes a filter operand to the form the item's property has (dates to epoch ms). */
function operand(kind: FieldKind, field: string, value: unknown): Comparable {
  switch (kind) {
    case 'date': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        throw badRequest(`Filter '${field}' expects a date-time, got ${JSON.stringify(value)}`);
      }
      return Date.parse(value);
    }
    case 'integer':
      if (typeof value !== 'number')
        throw badRequest(`Filter '${field}' expects an integer, got ${JSON.stringify(value)}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean')
        throw badRequest(`Filter '${field}' expects a boolean, got ${JSON.stringify(value)}`);
      return value;
    default:
      if (typeof value !== 'string')
        throw badRequest(`Filter '${field}' expects a string, got ${JSON.stringify(value)}`);
      return value;
  }
}

/** Matches one property value against a filter value: an exact value or an object of `$` operators. */
export function matchField(kind: FieldKind, field: string, actual: FieldValue, filter: unknown): boolean {
  const value = actual === undefined ? null : actual;
  if (!isRecord(filter)) return value === operand(kind, field, filter);
  for (const [op, arg] of Object.entries(filter)) {
    switch (op) {
      case '$eq':
        if (value !== operand(kind, field, arg)) return false;
        break;
      case '$neq':
        if (value === operand(kind, field, arg)) return false;
        break;
      case '$exists':
        if (typeof arg !== 'boolean') throw badRequest(`Filter '${field}.$exists' expects a boolean`);
        if ((value !== null) !== arg) return false;
        break;
      case '$in':
      case '$notIn': {
        if (!Array.isArray(arg)) throw badRequest(`Filter '${field}.${op}' expects an array`);
        const found = arg.some((a) => value === operand(kind, field, a));
        if (found !== (op === '$in')) return false;
        break;
      }
      case '$like':
        if (typeof arg !== 'string') throw badRequest(`Filter '${field}.$like' expects a string`);
        if (typeof value !== 'string' || !likeRegex(arg).test(value)) return false;
        break;
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        const b = operand(kind, field, arg);
        if (value === null || b === null) return false;
        if (op === '$gt' && !(value > b)) return false;
        if (op === '$gte' && !(value >= b)) return false;
        if (op === '$lt' && !(value < b)) return false;
        if (op === '$lte' && !(value <= b)) return false;
        break;
      }
      default:
        throw badRequest(`Filter '${field}' uses the unknown operator '${op}'`);
    }
  }
  return true;
}

function compileFilter<T>(
  descriptor: SearchDescriptor<T>,
  filter: Record<string, unknown>,
): (item: T) => boolean {
  const checks: Array<(item: T) => boolean> = [];
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (name === '$or') {
      if (!Array.isArray(value)) throw badRequest(`Filter '$or' expects an array`);
      if (value.length === 0) continue;
      const branches = value.map((branch) => {
        if (!isRecord(branch)) throw badRequest(`Filter '$or' expects an array of filter objects`);
        return compileFilter(descriptor, branch);
      });
      checks.push((item) => branches.some((b) => b(item)));
      continue;
    }
    const spec = descriptor.filters[name];
    if (spec === undefined) {
      throw badRequest(
        `The filter property '${name}' is not one of the ${descriptor.entity} search filter properties`,
      );
    }
    if ('match' in spec) checks.push((item) => spec.match(item, value, filter));
    else checks.push((item) => matchField(spec.kind, name, spec.get(item), value));
  }
  return (item) => checks.every((c) => c(item));
}

interface SortSpec<T> {
  readonly get: (item: T) => FieldValue;
  readonly desc: boolean;
}

// Nulls sort last ascending (and first descending), as in the Camunda search.
function compareValues(a: FieldValue, b: FieldValue): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (a === b) return 0;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

function compareKeys(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

function encodeCursor(values: readonly FieldValue[], key: string): string {
  return Buffer.from(JSON.stringify({ v: values.map((v) => v ?? null), k: key })).toString('base64');
}

function decodeCursor(cursor: unknown, field: string): { v: FieldValue[]; k: string } {
  if (typeof cursor !== 'string') throw badRequest(`Page '${field}' expects a cursor string`);
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as unknown;
    if (isRecord(parsed) && Array.isArray(parsed.v) && typeof parsed.k === 'string') {
      return { v: parsed.v as FieldValue[], k: parsed.k };
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest(`Page '${field}' is not a cursor this engine issued`);
}

/**
 * Runs a search request (`filter`, `sort`, `page`) against a descriptor: filter with the spec's operators and
 * `$or`, sort (entity key as tie-breaker), then page by limit, offset, or cursor (`after` / `before`).
 */
export function runSearch<T>(descriptor: SearchDescriptor<T>, request: unknown): SearchOutcome<T> {
  const body = isRecord(request) ? request : {};
  const filter = body.filter === undefined || body.filter === null ? {} : body.filter;
  if (!isRecord(filter)) throw badRequest('Search filter must be an object');
  const matches = compileFilter(descriptor, filter);
  const source = descriptor.candidates?.(filter) ?? descriptor.all();
  const visible = currentSearchRestriction()?.(descriptor);
  const matched: T[] = [];
  for (const item of source)
    if (matches(item) && (visible === undefined || visible(item))) matched.push(item);

  const sortRequest = body.sort === undefined || body.sort === null ? [] : body.sort;
  if (!Array.isArray(sortRequest)) throw badRequest('Search sort must be an array');
  const sorts: SortSpec<T>[] = sortRequest.map((s) => {
    if (!isRecord(s) || typeof s.field !== 'string') throw badRequest('Each sort entry needs a field');
    const spec = descriptor.sorts[s.field];
    if (spec === undefined) {
      throw badRequest(`The sort field '${s.field}' is not one of the ${descriptor.entity} sort fields`);
    }
    const order = s.order === undefined ? 'ASC' : String(s.order).toUpperCase();
    if (order !== 'ASC' && order !== 'DESC')
      throw badRequest(`Sort order must be ASC or DESC, got '${s.order}'`);
    return { get: spec.get, desc: order === 'DESC' };
  });

  const tuples = matched.map((item) => ({
    item,
    values: sorts.map((s) => s.get(item)),
    key: descriptor.key(item),
  }));
  const compareTuple = (
    a: { values: FieldValue[]; key: string },
    b: { values: FieldValue[]; key: string },
  ) => {
    for (let i = 0; i < sorts.length; i++) {
      const c = compareValues(a.values[i], b.values[i]);
      if (c !== 0) return (sorts[i] as SortSpec<T>).desc ? -c : c;
    }
    return compareKeys(a.key, b.key);
  };
  if (sorts.length > 0 || !keyOrdered(tuples)) tuples.sort(compareTuple);

  const page = body.page === undefined || body.page === null ? {} : body.page;
  if (!isRecord(page)) throw badRequest('Search page must be an object');
  const limit = page.limit === undefined ? DEFAULT_LIMIT : page.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw badRequest(`Page limit must be a positive integer, got ${JSON.stringify(page.limit)}`);
  }
  let start = 0;
  let end = 0;
  if (page.after !== undefined) {
    const cursor = decodeCursor(page.after, 'after');
    start = upperBound(tuples, (t) => compareTuple(t, { values: cursor.v, key: cursor.k }) <= 0);
    end = Math.min(tuples.length, start + limit);
  } else if (page.before !== undefined) {
    const cursor = decodeCursor(page.before, 'before');
    end = upperBound(tuples, (t) => compareTuple(t, { values: cursor.v, key: cursor.k }) < 0);
    start = Math.max(0, end - limit);
  } else {
    const from = page.from === undefined ? 0 : page.from;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
      throw badRequest(`Page from must be a non-negative integer, got ${JSON.stringify(page.from)}`);
    }
    start = Math.min(from, tuples.length);
    end = Math.min(tuples.length, start + limit);
  }
  const slice = tuples.slice(start, end);
  const first = slice[0];
  const last = slice[slice.length - 1];
  return {
    items: slice.map((t) => t.item),
    page: {
      totalItems: tuples.length,
      hasMoreTotalItems: false,
      startCursor: first === undefined ? null : encodeCursor(first.values, first.key),
      endCursor: last === undefined ? null : encodeCursor(last.values, last.key),
    },
  };
}

function keyOrdered(tuples: ReadonlyArray<{ key: string }>): boolean {
  for (let i = 1; i < tuples.length; i++) {
    if (compareKeys((tuples[i - 1] as { key: string }).key, (tuples[i] as { key: string }).key) > 0)
      return false;
  }
  return true;
}

/** The index of the first element for which `isBefore` is false (the list is ordered). */
function upperBound<E>(list: readonly E[], isBefore: (e: E) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(list[mid] as E)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
