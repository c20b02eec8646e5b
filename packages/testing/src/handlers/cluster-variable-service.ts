import type { JsonValue } from '../feel/json-value.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { matchField, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import { badRequest, bodyObject, notFoundBy, searchResponse, stringField } from './handler-support.js';

const TRUNCATE_AT = 8191;

/** A cluster variable: global (tenantId null) or of one tenant. */
export interface ClusterVariableRecord {
  readonly key: string;
  readonly name: string;
  readonly scope: 'GLOBAL' | 'TENANT';
  readonly tenantId: string | null;
  value: JsonValue;
  metadata: Record<string, string | number>;
  readonly kind: 'JSON' | 'SECRET_REFERENCE';
}

/** Cluster variables, and how FEEL sees them (`camunda.vars.cluster`, `.tenant`, and `.env` with tenant winning). */
export interface ClusterVariableService {
  readonly handlers: HandlerTable;
  /** The `camunda.vars` context for expressions evaluated in a tenant. */
  feelContext(tenantId: string | undefined): Record<string, unknown>;
  all(): Iterable<ClusterVariableRecord>;
  restore(records: Iterable<ClusterVariableRecord>): void;
  clear(): void;
}

/** Global and per-tenant cluster variables: create, get, update, delete, search. */
export function clusterVariableService(): ClusterVariableService {
  const variables = new Map<string, ClusterVariableRecord>();
  const id = (tenantId: string | null, name: string) => `${tenantId ?? ''}\u0000${name}`;

  const result = (v: ClusterVariableRecord) => ({
    name: v.name,
    scope: v.scope,
    tenantId: v.tenantId,
    metadata: { ...v.metadata },
    kind: v.kind,
    value: JSON.stringify(v.value),
  });
  const read = (tenantId: string | null, name: string) => {
    const v = variables.get(id(tenantId, name));
    if (v === undefined) {
      throw notFoundBy(`${tenantId === null ? 'Global' : 'Tenant'}-scoped Cluster Variable`, 'name', name);
    }
    return v;
  };
  const metadataOf = (body: Record<string, unknown>): Record<string, string | number> | undefined => {
    const m = body.metadata;
    if (m === undefined || m === null) return undefined;
    if (typeof m !== 'object' || Array.isArray(m)) throw badRequest("Property 'metadata' must be an object");
    return { ...(m as Record<string, string | number>) };
  };
  const create = (tenantId: string | null, raw: unknown) => {
    const body = bodyObject(raw);
    const name = stringField(body, 'name');
    if (name === undefined) throw badRequest("Property 'name' is required");
    if (!('value' in body)) throw badRequest("Property 'value' is required");
    const kind = (stringField(body, 'kind') ?? 'JSON') as ClusterVariableRecord['kind'];
    if (variables.has(id(tenantId, name))) {
      throw new TestEngineError(
        `Expected to create cluster variable '${name}', but it already exists${tenantId === null ? '' : ` for tenant '${tenantId}'`}`,
        { code: 'ALREADY_EXISTS', status: 409, title: 'ALREADY_EXISTS' },
      );
    }
    const record: ClusterVariableRecord = {
      key: id(tenantId, name),
      name,
      scope: tenantId === null ? 'GLOBAL' : 'TENANT',
      tenantId,
      value: body.value as JsonValue,
      metadata: metadataOf(body) ?? {},
      kind,
    };
    variables.set(record.key, record);
    return { status: 200, body: result(record) };
  };
  const update = (tenantId: string | null, name: string, raw: unknown) => {
    const body = bodyObject(raw);
    const v = read(tenantId, name);
    if (!('value' in body)) throw badRequest("Property 'value' is required");
    v.value = body.value as JsonValue;
    const metadata = metadataOf(body);
    if (metadata !== undefined) v.metadata = metadata;
    return { status: 200, body: result(v) };
  };
  const remove = (tenantId: string | null, name: string) => {
    read(tenantId, name);
    variables.delete(id(tenantId, name));
    return { status: 204 };
  };
  const tenantParam = (params: Readonly<Record<string, string>>) => {
    const t = params.tenantId ?? '';
    if (t === '') throw badRequest("Path parameter 'tenantId' is required");
    return t;
  };

  const json = (v: ClusterVariableRecord) => JSON.stringify(v.value);
  const descriptor: SearchDescriptor<ClusterVariableRecord> = {
    entity: 'cluster variable',
    key: (v) => v.key,
    all: () => variables.values(),
    filters: {
      name: { kind: 'string', get: (v) => v.name },
      value: { kind: 'string', get: json },
      scope: { kind: 'string', get: (v) => v.scope },
      tenantId: { kind: 'string', get: (v) => v.tenantId },
      kind: { kind: 'string', get: (v) => v.kind },
      isTruncated: { kind: 'boolean', get: (v) => json(v).length > TRUNCATE_AT },
      metadata: {
        match(v, value) {
          if (typeof value !== 'object' || value === null)
            throw badRequest("Filter 'metadata' expects an object");
          return Object.entries(value).every(([k, f]) => {
            const m = v.metadata[k];
            if (m === undefined) return false;
            return typeof m === 'number'
              ? matchField('integer', `metadata.${k}`, m, f)
              : matchField('string', `metadata.${k}`, m, f);
          });
        },
      },
    },
    sorts: {
      name: { kind: 'string', get: (v) => v.name },
      value: { kind: 'string', get: json },
      tenantId: { kind: 'string', get: (v) => v.tenantId },
      scope: { kind: 'string', get: (v) => v.scope },
    },
  };

  return {
    handlers: {
      createGlobalClusterVariable: (req) => create(null, req.body),
      getGlobalClusterVariable: (req) => ({ status: 200, body: result(read(null, req.params.name ?? '')) }),
      updateGlobalClusterVariable: (req) => update(null, req.params.name ?? '', req.body),
      deleteGlobalClusterVariable: (req) => remove(null, req.params.name ?? ''),
      createTenantClusterVariable: (req) => create(tenantParam(req.params), req.body),
      getTenantClusterVariable: (req) => ({
        status: 200,
        body: result(read(tenantParam(req.params), req.params.name ?? '')),
      }),
      updateTenantClusterVariable: (req) => update(tenantParam(req.params), req.params.name ?? '', req.body),
      deleteTenantClusterVariable: (req) => remove(tenantParam(req.params), req.params.name ?? ''),
      searchClusterVariables(req) {
        const truncate = req.query.get('truncateValues') !== 'false';
        const { items, page } = runSearch(descriptor, req.body);
        return searchResponse(
          items.map((v) => {
            const full = json(v);
            const cut = truncate && full.length > TRUNCATE_AT;
            return { ...result(v), value: cut ? full.slice(0, TRUNCATE_AT) : full, isTruncated: cut };
          }),
          page,
        );
      },
    },
    feelContext(tenantId) {
      const cluster: Record<string, unknown> = {};
      const tenant: Record<string, unknown> = {};
      for (const v of variables.values()) {
        if (v.tenantId === null) cluster[v.name] = v.value;
        else if (v.tenantId === tenantId) tenant[v.name] = v.value;
      }
      return { cluster, tenant, env: { ...cluster, ...tenant } };
    },
    all: () => variables.values(),
    restore(records) {
      variables.clear();
      for (const r of records) variables.set(r.key, { ...r, metadata: { ...r.metadata } });
    },
    clear: () => variables.clear(),
  };
}
