import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { ElementInstanceRecord, ProcessDefinitionRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { matchField, runSearch, type SearchDescriptor } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import {
  badRequest,
  bodyObject,
  keyParam,
  notFound,
  searchResponse,
  stringField,
} from './handler-support.js';

type Json = Record<string, unknown>;

interface AgentDefinitionRecord {
  readonly key: string;
  readonly agentType: 'AI_AGENT_SUB_PROCESS' | 'AI_AGENT_TASK';
  readonly name: string;
  readonly elementId: string;
  readonly definition: ProcessDefinitionRecord;
}

interface HistoryItemRecord {
  readonly key: string;
  readonly historyItemId: string;
  readonly agentInstanceKey: string;
  readonly elementInstanceKey: string;
  readonly jobKey: string;
  readonly jobLease: string;
  readonly loopIteration: number;
  readonly role: string;
  readonly content: unknown[];
  readonly toolCalls: unknown[];
  readonly metrics: Json | null;
  readonly producedAt: number;
  readonly tools: unknown[];
  readonly model: string | null;
  readonly provider: string | null;
  readonly limits: Json;
  readonly systemPrompt: unknown[];
}

interface AgentInstanceRecord {
  readonly key: string;
  readonly agentDefinition: AgentDefinitionRecord;
  readonly elementInstance: ElementInstanceRecord;
  status: string;
  model: string;
  provider: string;
  systemPrompt: unknown[];
  metrics: { inputTokens: number; outputTokens: number; modelCalls: number; toolCalls: number };
  limits: { maxModelCalls: number; maxToolCalls: number; maxTokens: number };
  tools: unknown[];
  readonly creationDate: number;
  lastUpdatedDate: number;
  readonly history: HistoryItemRecord[];
}

const NO_LIMITS = { maxModelCalls: 0, maxToolCalls: 0, maxTokens: 0 };

/**
 * Agent definitions and instances, stored and searchable. An agent definition stands for the element an agent
 * runs in (one per process version and element); an agent instance is created for an element instance and
 * completes when that element instance ends.
 */
export function agentService(ctx: EngineContext): { readonly handlers: HandlerTable; clear(): void } {
  const definitions = new Map<string, AgentDefinitionRecord>();
  const definitionsByElement = new Map<string, AgentDefinitionRecord>();
  const instances = new Map<string, AgentInstanceRecord>();
  const byElementInstance = new Map<string, AgentInstanceRecord>();

  const ended = (a: AgentInstanceRecord) => a.elementInstance.state !== 'ACTIVE';
  const status = (a: AgentInstanceRecord) => (ended(a) ? 'COMPLETED' : a.status);
  const completion = (a: AgentInstanceRecord) =>
    ended(a) ? (a.elementInstance.endDate ?? a.lastUpdatedDate) : undefined;

  const definitionResult = (d: AgentDefinitionRecord) => ({
    agentDefinitionKey: d.key,
    agentType: d.agentType,
    name: d.name,
    elementId: d.elementId,
    processDefinitionId: d.definition.processDefinitionId,
    processDefinitionKey: d.definition.key,
    processDefinitionVersion: d.definition.version,
    processDefinitionVersionTag: d.definition.versionTag,
    tenantId: d.definition.tenantId,
  });
  const instanceResult = (a: AgentInstanceRecord) => {
    const pi = a.elementInstance.processInstance;
    const done = completion(a);
    return {
      agentInstanceKey: a.key,
      agentDefinitionKey: a.agentDefinition.key,
      status: status(a),
      definition: { model: a.model, provider: a.provider, systemPrompt: a.systemPrompt },
      metrics: { ...a.metrics },
      limits: { ...a.limits },
      tools: a.tools,
      elementId: a.elementInstance.elementId,
      processInstanceKey: pi.key,
      rootProcessInstanceKey: pi.key,
      processDefinitionKey: pi.definition.key,
      processDefinitionId: pi.definition.processDefinitionId,
      processDefinitionVersion: pi.definition.version,
      processDefinitionVersionTag: pi.definition.versionTag,
      tenantId: pi.tenantId,
      creationDate: isoDate(a.creationDate),
      lastUpdatedDate: isoDate(a.lastUpdatedDate),
      completionDate: done === undefined ? null : isoDate(done),
      elementInstanceKeys: [a.elementInstance.key],
    };
  };
  const historyResult = (h: HistoryItemRecord) => ({
    historyItemKey: h.key,
    historyItemId: h.historyItemId,
    agentInstanceKey: h.agentInstanceKey,
    elementInstanceKey: h.elementInstanceKey,
    jobKey: h.jobKey,
    jobLease: h.jobLease,
    loopIteration: h.loopIteration,
    role: h.role,
    content: h.content,
    toolCalls: h.toolCalls,
    metrics: h.metrics,
    commitStatus: 'COMMITTED',
    producedAt: isoDate(h.producedAt),
    tools: h.tools,
    model: h.model,
    provider: h.provider,
    limits: h.limits,
    systemPrompt: h.systemPrompt,
  });

  const elementInstance = (body: Json) => {
    const key = keyParam({ elementInstanceKey: String(body.elementInstanceKey ?? '') }, 'elementInstanceKey');
    const ei = ctx.executor.elementInstances.get(key);
    if (ei === undefined) throw notFound('Element Instance', key);
    return ei;
  };
  const agentDefinitionFor = (ei: ElementInstanceRecord) => {
    const definition = ei.processInstance.definition;
    const id = `${definition.key}\u0000${ei.elementId}`;
    let d = definitionsByElement.get(id);
    if (d === undefined) {
      d = {
        key: ctx.keys.next(),
        agentType: ei.type === 'AD_HOC_SUB_PROCESS' ? 'AI_AGENT_SUB_PROCESS' : 'AI_AGENT_TASK',
        name: ei.elementName || ei.elementId,
        elementId: ei.elementId,
        definition,
      };
      definitionsByElement.set(id, d);
      definitions.set(d.key, d);
    }
    return d;
  };
  const appendHistory = (
    a: AgentInstanceRecord,
    items: unknown,
    defaults: { jobKey: string; jobLease: string },
  ) => {
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items)) throw badRequest("Property 'history' must be an array");
    return items.map((raw) => {
      const item = bodyObject(raw);
      const historyItemId = stringField(item, 'historyItemId');
      if (historyItemId === undefined || historyItemId.trim() === '') {
        throw badRequest("Every history item needs a non-blank 'historyItemId'");
      }
      const existing = a.history.find((h) => h.historyItemId === historyItemId);
      if (existing !== undefined) return { historyItemId, historyItemKey: existing.key, isDuplicate: true };
      const record = historyItem(a, item, historyItemId, defaults);
      return { historyItemId, historyItemKey: record.key, isDuplicate: false };
    });
  };
  const historyItem = (
    a: AgentInstanceRecord,
    item: Json,
    historyItemId: string,
    defaults: { jobKey: string; jobLease: string },
  ) => {
    const producedAt = Date.parse(String(item.producedAt ?? ''));
    if (Number.isNaN(producedAt)) throw badRequest("Property 'producedAt' must be a date-time");
    const record: HistoryItemRecord = {
      key: ctx.keys.next(),
      historyItemId,
      agentInstanceKey: a.key,
      elementInstanceKey: String(item.elementInstanceKey ?? a.elementInstance.key),
      jobKey: String(item.jobKey ?? defaults.jobKey),
      jobLease: String(item.jobLease ?? defaults.jobLease),
      loopIteration: typeof item.loopIteration === 'number' ? item.loopIteration : 1,
      role: String(item.role ?? 'USER'),
      content: Array.isArray(item.content) ? item.content : [],
      toolCalls: Array.isArray(item.toolCalls) ? item.toolCalls : [],
      metrics: typeof item.metrics === 'object' && item.metrics !== null ? (item.metrics as Json) : null,
      producedAt,
      tools: Array.isArray(item.tools) ? item.tools : [],
      model: typeof item.model === 'string' ? item.model : null,
      provider: typeof item.provider === 'string' ? item.provider : null,
      limits:
        typeof item.limits === 'object' && item.limits !== null ? (item.limits as Json) : { ...NO_LIMITS },
      systemPrompt: Array.isArray(item.systemPrompt) ? item.systemPrompt : [],
    };
    a.history.push(record);
    a.lastUpdatedDate = ctx.clock.now();
    return record;
  };
  // History items sent with a create or update carry the request's job, else the element's current job.
  const historyDefaults = (a: AgentInstanceRecord, body: Json) => ({
    jobKey: typeof body.jobKey === 'string' ? body.jobKey : (a.elementInstance.job?.key ?? '-1'),
    jobLease: typeof body.jobLease === 'string' ? body.jobLease : (a.elementInstance.job?.leaseToken ?? ''),
  });
  const instance = (key: string) => {
    const a = instances.get(key);
    if (a === undefined) throw notFound('Agent Instance', key);
    return a;
  };

  const definitionDescriptor: SearchDescriptor<AgentDefinitionRecord> = {
    entity: 'agent definition',
    key: (d) => d.key,
    all: () => definitions.values(),
    filters: {
      agentDefinitionKey: { kind: 'key', get: (d) => d.key },
      agentType: { kind: 'string', get: (d) => d.agentType },
      name: { kind: 'string', get: (d) => d.name },
      elementId: { kind: 'string', get: (d) => d.elementId },
      processDefinitionId: { kind: 'string', get: (d) => d.definition.processDefinitionId },
      processDefinitionKey: { kind: 'key', get: (d) => d.definition.key },
      processDefinitionVersion: { kind: 'integer', get: (d) => d.definition.version },
      processDefinitionVersionTag: { kind: 'string', get: (d) => d.definition.versionTag },
      tenantId: { kind: 'string', get: (d) => d.definition.tenantId },
    },
    sorts: {
      agentDefinitionKey: { kind: 'key', get: (d) => d.key },
      agentType: { kind: 'string', get: (d) => d.agentType },
      name: { kind: 'string', get: (d) => d.name },
      elementId: { kind: 'string', get: (d) => d.elementId },
      processDefinitionId: { kind: 'string', get: (d) => d.definition.processDefinitionId },
      processDefinitionKey: { kind: 'key', get: (d) => d.definition.key },
      processDefinitionVersion: { kind: 'integer', get: (d) => d.definition.version },
      processDefinitionVersionTag: { kind: 'string', get: (d) => d.definition.versionTag },
      tenantId: { kind: 'string', get: (d) => d.definition.tenantId },
    },
  };
  const instanceFields = {
    agentInstanceKey: { kind: 'key', get: (a: AgentInstanceRecord) => a.key },
    agentDefinitionKey: { kind: 'key', get: (a: AgentInstanceRecord) => a.agentDefinition.key },
    status: { kind: 'string', get: (a: AgentInstanceRecord) => status(a) },
    elementId: { kind: 'string', get: (a: AgentInstanceRecord) => a.elementInstance.elementId },
    processInstanceKey: {
      kind: 'key',
      get: (a: AgentInstanceRecord) => a.elementInstance.processInstance.key,
    },
    rootProcessInstanceKey: {
      kind: 'key',
      get: (a: AgentInstanceRecord) => a.elementInstance.processInstance.key,
    },
    processDefinitionKey: {
      kind: 'key',
      get: (a: AgentInstanceRecord) => a.elementInstance.processInstance.definition.key,
    },
    tenantId: { kind: 'string', get: (a: AgentInstanceRecord) => a.elementInstance.processInstance.tenantId },
    creationDate: { kind: 'date', get: (a: AgentInstanceRecord) => a.creationDate },
    lastUpdatedDate: { kind: 'date', get: (a: AgentInstanceRecord) => a.lastUpdatedDate },
    completionDate: { kind: 'date', get: (a: AgentInstanceRecord) => completion(a) },
  } as const;
  const instanceDescriptor: SearchDescriptor<AgentInstanceRecord> = {
    entity: 'agent instance',
    key: (a) => a.key,
    all: () => instances.values(),
    filters: {
      ...instanceFields,
      processDefinitionId: {
        kind: 'string',
        get: (a) => a.elementInstance.processInstance.definition.processDefinitionId,
      },
      processDefinitionVersion: {
        kind: 'integer',
        get: (a) => a.elementInstance.processInstance.definition.version,
      },
      processDefinitionVersionTag: {
        kind: 'string',
        get: (a) => a.elementInstance.processInstance.definition.versionTag,
      },
      elementInstanceKeys: {
        match(a, value) {
          if (!Array.isArray(value)) throw badRequest("Filter 'elementInstanceKeys' expects an array");
          return value.every((f) => matchField('key', 'elementInstanceKeys', a.elementInstance.key, f));
        },
      },
    },
    sorts: instanceFields,
  };
  const historyDescriptor = (a: AgentInstanceRecord): SearchDescriptor<HistoryItemRecord> => {
    const fields = {
      historyItemKey: { kind: 'key', get: (h: HistoryItemRecord) => h.key },
      producedAt: { kind: 'date', get: (h: HistoryItemRecord) => h.producedAt },
      loopIteration: { kind: 'integer', get: (h: HistoryItemRecord) => h.loopIteration },
    } as const;
    return {
      entity: 'agent instance history',
      key: (h) => h.key,
      all: () => a.history,
      filters: {
        ...fields,
        role: { kind: 'string', get: (h) => h.role },
        elementInstanceKey: { kind: 'key', get: (h) => h.elementInstanceKey },
        jobKey: { kind: 'key', get: (h) => h.jobKey },
        commitStatus: { kind: 'string', get: () => 'COMMITTED' },
      },
      sorts: fields,
    };
  };

  const handlers: HandlerTable = {
    createAgentInstance(req) {
      const body = bodyObject(req.body);
      const ei = elementInstance(body);
      if (ei.state !== 'ACTIVE') throw badRequest(`Element instance '${ei.key}' is not active`);
      if (byElementInstance.has(ei.key)) {
        throw new TestEngineError(`Element instance '${ei.key}' already has an agent instance`, {
          code: 'ALREADY_EXISTS',
          status: 409,
          title: 'ALREADY_EXISTS',
        });
      }
      const definition = bodyObject(body.definition);
      const limits = bodyObject(body.limits);
      const now = ctx.clock.now();
      const systemPrompt = stringField(definition, 'systemPrompt');
      const a: AgentInstanceRecord = {
        key: ctx.keys.next(),
        agentDefinition: agentDefinitionFor(ei),
        elementInstance: ei,
        status: 'INITIALIZING',
        model: stringField(definition, 'model') ?? '',
        provider: stringField(definition, 'provider') ?? '',
        systemPrompt: systemPrompt === undefined ? [] : [{ contentType: 'TEXT', text: systemPrompt }],
        metrics: { inputTokens: 0, outputTokens: 0, modelCalls: 0, toolCalls: 0 },
        limits: { ...NO_LIMITS, ...(limits as Partial<typeof NO_LIMITS>) },
        tools: [],
        creationDate: now,
        lastUpdatedDate: now,
        history: [],
      };
      instances.set(a.key, a);
      byElementInstance.set(ei.key, a);
      const defaults = historyDefaults(a, body);
      return {
        status: 200,
        body: { agentInstanceKey: a.key, createdHistory: appendHistory(a, body.history, defaults) },
      };
    },
    getAgentInstance: (req) => ({
      status: 200,
      body: instanceResult(instance(keyParam(req.params, 'agentInstanceKey'))),
    }),
    updateAgentInstance(req) {
      const a = instance(keyParam(req.params, 'agentInstanceKey'));
      const body = bodyObject(req.body);
      const next = stringField(body, 'status');
      if (next !== undefined) a.status = next;
      const delta = bodyObject(body.metrics);
      for (const k of ['inputTokens', 'outputTokens', 'modelCalls', 'toolCalls'] as const) {
        const v = delta[k];
        if (v !== undefined && v !== null) {
          if (typeof v !== 'number' || v < 0) throw badRequest(`Metric '${k}' must be a non-negative number`);
          a.metrics[k] += v;
        }
      }
      if (Array.isArray(body.tools)) a.tools = body.tools;
      a.lastUpdatedDate = ctx.clock.now();
      const defaults = historyDefaults(a, body);
      return { status: 200, body: { createdHistory: appendHistory(a, body.history, defaults) } };
    },
    createAgentInstanceHistoryItem(req) {
      const a = instance(keyParam(req.params, 'agentInstanceKey'));
      const body = bodyObject(req.body);
      const record = historyItem(a, body, `item-${ctx.keys.next()}`, historyDefaults(a, body));
      return { status: 201, body: { historyItemKey: record.key } };
    },
    searchAgentInstances(req) {
      const { items, page } = runSearch(instanceDescriptor, req.body);
      return searchResponse(items.map(instanceResult), page);
    },
    searchAgentInstanceHistory(req) {
      const a = instance(keyParam(req.params, 'agentInstanceKey'));
      const { items, page } = runSearch(historyDescriptor(a), req.body);
      return searchResponse(items.map(historyResult), page);
    },
    getAgentDefinition(req) {
      const key = keyParam(req.params, 'agentDefinitionKey');
      const d = definitions.get(key);
      if (d === undefined) throw notFound('Agent Definition', key);
      return { status: 200, body: definitionResult(d) };
    },
    searchAgentDefinitions(req) {
      const { items, page } = runSearch(definitionDescriptor, req.body);
      return searchResponse(items.map(definitionResult), page);
    },
  };
  return {
    handlers,
    clear() {
      definitions.clear();
      definitionsByElement.clear();
      instances.clear();
      byElementInstance.clear();
    },
  };
}
