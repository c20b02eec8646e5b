import type { EngineContext } from '../engine/engine-context.js';
import type { GenericResourceRecord } from '../engine/resource-store.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import {
  bodyObject,
  booleanField,
  keyParam,
  notFound,
  rejection,
  searchResponse,
} from './handler-support.js';

/** `ResourceResult`. */
function toResourceResult(r: GenericResourceRecord) {
  return {
    resourceName: r.resourceName,
    version: r.version,
    versionTag: r.versionTag,
    resourceId: r.resourceId,
    tenantId: r.tenantId,
    resourceKey: r.key,
  };
}

function resourceDescriptor(ctx: EngineContext): SearchDescriptor<GenericResourceRecord> {
  const fields = {
    resourceKey: { kind: 'key', get: (r: GenericResourceRecord) => r.key },
    resourceName: { kind: 'string', get: (r: GenericResourceRecord) => r.resourceName },
    resourceId: { kind: 'string', get: (r: GenericResourceRecord) => r.resourceId },
    version: { kind: 'integer', get: (r: GenericResourceRecord) => r.version },
    versionTag: { kind: 'string', get: (r: GenericResourceRecord) => r.versionTag },
    deploymentKey: { kind: 'key', get: (r: GenericResourceRecord) => r.deploymentKey },
    tenantId: { kind: 'string', get: (r: GenericResourceRecord) => r.tenantId },
  } as const;
  return {
    entity: 'resource',
    key: (r) => r.key,
    all: () => ctx.resources.all(),
    filters: fields,
    sorts: fields,
  };
}

/**
 * Resources: search, get and content serve generic resources (RPA scripts and other files), as in Camunda, where processes,
 * decisions and forms have APIs of their own; `deleteResource` deletes any deployed resource by key.
 */
export function resourceHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = resourceDescriptor(ctx);
  const get = (key: string) => {
    const r = ctx.resources.get(key);
    if (r === undefined) throw notFound('Resource', key);
    return r;
  };
  return {
    searchResources(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toResourceResult), page);
    },
    getResource: (req) => ({ status: 200, body: toResourceResult(get(keyParam(req.params, 'resourceKey'))) }),
    getResourceContent(req) {
      const r = get(keyParam(req.params, 'resourceKey'));
      try {
        return { status: 200, body: JSON.parse(Buffer.from(r.content).toString('utf8')) as unknown };
      } catch {
        throw new TestEngineError(
          `Resource '${r.resourceName}' is not a JSON document; use getResourceContentBinary`,
          { code: 'NOT_ACCEPTABLE', status: 406, title: 'NOT_ACCEPTABLE' },
        );
      }
    },
    getResourceContentBinary: (req) => ({
      status: 200,
      body: Buffer.from(get(keyParam(req.params, 'resourceKey')).content),
      contentType: 'application/octet-stream',
    }),
    deleteResource(req) {
      const key = keyParam(req.params, 'resourceKey');
      const deleteHistory = booleanField(bodyObject(req.body), 'deleteHistory') ?? false;
      let batchOperation: { batchOperationKey: string; batchOperationType: string } | null = null;
      const drg = ctx.decisions.requirements(key);
      if (drg !== undefined) {
        if (deleteHistory) {
          for (const instance of [...ctx.decisionInstances.instances()]) {
            if (instance.definition.requirements === drg)
              ctx.decisionInstances.delete(instance.evaluation.key);
          }
          batchOperation = {
            batchOperationKey: ctx.keys.next(),
            batchOperationType: 'DELETE_DECISION_DEFINITION',
          };
        }
        ctx.decisions.deleteRequirements(key);
      } else if (
        // Running instances of a deleted process definition carry on to their end, as in Camunda.
        !ctx.definitions.deleteProcess(key) &&
        !ctx.definitions.deleteForm(key) &&
        !ctx.resources.delete(key)
      ) {
        throw rejection(
          'DELETE',
          'NOT_FOUND',
          `Expected to delete resource but no resource found with key \`${key}\``,
        );
      }
      return { status: 200, body: { resourceKey: key, batchOperation } };
    },
  };
}
