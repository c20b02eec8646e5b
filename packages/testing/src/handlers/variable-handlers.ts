import { toVariableResult, toVariableSearchResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { VariableRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam, notFound, searchResponse } from './handler-support.js';

const TRUNCATE_AT = 8191;

/** The search descriptor of variables (values compare as their JSON text). */
export function variableDescriptor(ctx: EngineContext): SearchDescriptor<VariableRecord> {
  const fields = {
    name: { kind: 'string', get: (v: VariableRecord) => v.name },
    value: { kind: 'string', get: (v: VariableRecord) => JSON.stringify(v.value) },
    tenantId: { kind: 'string', get: (v: VariableRecord) => v.tenantId },
    variableKey: { kind: 'key', get: (v: VariableRecord) => v.key },
    scopeKey: { kind: 'key', get: (v: VariableRecord) => v.scopeKey },
    processInstanceKey: { kind: 'key', get: (v: VariableRecord) => v.processInstanceKey },
  } as const;
  return {
    entity: 'variable',
    key: (v) => v.key,
    all: () => ctx.variables.all(),
    candidates(filter) {
      if (typeof filter.processInstanceKey === 'string')
        return ctx.variables.byProcessInstance(filter.processInstanceKey);
      if (typeof filter.scopeKey === 'string') return ctx.variables.local(filter.scopeKey)?.values() ?? [];
      if (typeof filter.variableKey === 'string') {
        const v = ctx.variables.get(filter.variableKey);
        return v === undefined ? [] : [v];
      }
      return undefined;
    },
    filters: {
      ...fields,
      isTruncated: {
        kind: 'boolean',
        get: (v) => JSON.stringify(v.value).length > TRUNCATE_AT,
      },
    },
    sorts: fields,
  };
}

/** Variable search and lookup. */
export function variableHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = variableDescriptor(ctx);
  return {
    searchVariables(req) {
      const { items, page } = runSearch(descriptor, req.body);
      const truncate = req.query.get('truncateValues') !== 'false';
      return searchResponse(
        items.map((v) => toVariableSearchResult(v, truncate)),
        page,
      );
    },
    getVariable(req) {
      const key = keyParam(req.params, 'variableKey');
      const v = ctx.variables.get(key);
      if (v === undefined) throw notFound('Variable', key);
      return { status: 200, body: toVariableResult(v) };
    },
  };
}
