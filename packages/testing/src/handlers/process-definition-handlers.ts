import { toProcessDefinitionResult } from '../api/api-results.js';
import { hasStartForm } from '../bpmn/start-form-id.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { ProcessDefinitionRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { keyParam, notFound, searchResponse } from './handler-support.js';

/** The search descriptor of process definitions. */
export function processDefinitionDescriptor(ctx: EngineContext): SearchDescriptor<ProcessDefinitionRecord> {
  const fields = {
    processDefinitionKey: { kind: 'key', get: (d: ProcessDefinitionRecord) => d.key },
    name: { kind: 'string', get: (d: ProcessDefinitionRecord) => d.name },
    resourceName: { kind: 'string', get: (d: ProcessDefinitionRecord) => d.resourceName },
    version: { kind: 'integer', get: (d: ProcessDefinitionRecord) => d.version },
    versionTag: { kind: 'string', get: (d: ProcessDefinitionRecord) => d.versionTag },
    processDefinitionId: { kind: 'string', get: (d: ProcessDefinitionRecord) => d.processDefinitionId },
    tenantId: { kind: 'string', get: (d: ProcessDefinitionRecord) => d.tenantId },
  } as const;
  return {
    entity: 'process definition',
    key: (d) => d.key,
    all: () => ctx.definitions.all(),
    filters: {
      ...fields,
      isLatestVersion: { kind: 'boolean', get: (d) => ctx.definitions.isLatest(d) },
      hasStartForm: { kind: 'boolean', get: (d) => hasStartForm(d) },
      state: { kind: 'string', get: () => 'ACTIVE' },
    },
    sorts: fields,
  };
}

/** Process-definition search, lookup and XML. */
export function processDefinitionHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = processDefinitionDescriptor(ctx);
  const get = (key: string) => {
    const d = ctx.definitions.get(key);
    if (d === undefined) throw notFound('Process Definition', key);
    return d;
  };
  return {
    searchProcessDefinitions(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toProcessDefinitionResult), page);
    },
    getProcessDefinition(req) {
      return {
        status: 200,
        body: toProcessDefinitionResult(get(keyParam(req.params, 'processDefinitionKey'))),
      };
    },
    getProcessDefinitionXML(req) {
      return {
        status: 200,
        body: get(keyParam(req.params, 'processDefinitionKey')).xml,
        contentType: 'text/xml',
      };
    },
  };
}
