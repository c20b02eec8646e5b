import { toVariableSearchResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { ElementInstanceRecord, VariableRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam, searchResponse } from './handler-support.js';

const byKey = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** The variables a scope sees, one per name: the innermost scope's wins. */
function effectiveVariables(ctx: EngineContext, scope: ElementInstanceRecord): VariableRecord[] {
  const seen = new Map<string, VariableRecord>();
  for (let cur: ElementInstanceRecord | undefined = scope; cur !== undefined; cur = cur.parent) {
    for (const v of ctx.variables.local(cur.key)?.values() ?? []) if (!seen.has(v.name)) seen.set(v.name, v);
  }
  return [...seen.values()].sort((a, b) => byKey(a.key, b.key));
}

function effectiveVariableDescriptor(
  ctx: EngineContext,
  scope: ElementInstanceRecord | undefined,
): SearchDescriptor<VariableRecord> {
  const name = { kind: 'string', get: (v: VariableRecord) => v.name } as const;
  return {
    entity: 'user task effective variable',
    key: (v) => v.key,
    all: () => (scope === undefined ? [] : effectiveVariables(ctx, scope)),
    filters: { name },
    sorts: {
      name,
      value: { kind: 'string', get: (v) => JSON.stringify(v.value) },
      tenantId: { kind: 'string', get: (v) => v.tenantId },
      variableKey: { kind: 'key', get: (v) => v.key },
      scopeKey: { kind: 'key', get: (v) => v.scopeKey },
      processInstanceKey: { kind: 'key', get: (v) => v.processInstanceKey },
    },
  };
}

interface VariableName {
  readonly name: string;
}

function variableNameDescriptor(
  ctx: EngineContext,
  processDefinitionKey: string,
): SearchDescriptor<VariableName> {
  return {
    entity: 'process definition variable name',
    key: (n) => n.name,
    all() {
      const names = new Set<string>();
      for (const pi of ctx.executor.processInstances.values()) {
        if (pi.definition.key !== processDefinitionKey) continue;
        for (const v of ctx.variables.byProcessInstance(pi.key)) names.add(v.name);
      }
      return [...names].sort().map((name) => ({ name }));
    },
    filters: { name: { kind: 'string', get: (n) => n.name } },
    sorts: {},
  };
}

/** A user task's effective variables and the variable names used by a process definition's instances. */
export function effectiveVariableHandlers(ctx: EngineContext): HandlerTable {
  return {
    searchUserTaskEffectiveVariables(req) {
      const key = keyParam(req.params, 'userTaskKey');
      // Like the task's own variable search, an unknown task simply has no variables.
      const scope = ctx.executor.userTasks.get(key)?.elementInstance;
      const { items, page } = runSearch(effectiveVariableDescriptor(ctx, scope), req.body);
      const truncate = req.query.get('truncateValues') !== 'false';
      return searchResponse(
        items.map((v) => toVariableSearchResult(v, truncate)),
        page,
      );
    },
    searchProcessDefinitionVariableNames(req) {
      const key = keyParam(req.params, 'processDefinitionKey');
      // The operation documents no 404: an unknown definition has no variable names.
      const { items, page } = runSearch(variableNameDescriptor(ctx, key), req.body);
      return searchResponse(
        items.map((n) => ({ name: n.name })),
        page,
      );
    },
  };
}
