import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { TestEngineError } from '../test-engine-error.js';
import {
  badRequest,
  bodyObject,
  booleanField,
  integerField,
  rejection,
  searchResponse,
  stringField,
} from './handler-support.js';

/** A global user-task listener, stored as Camunda stores one created through the API. */
export interface GlobalTaskListenerRecord {
  readonly id: string;
  type: string;
  retries: number;
  afterNonGlobal: boolean;
  priority: number;
  eventTypes: string[];
  readonly source: 'API' | 'CONFIGURATION';
}

/** Global task listeners: stored and searchable (executing them belongs to the BPMN executor). */
export interface GlobalTaskListenerService {
  readonly handlers: HandlerTable;
  all(): Iterable<GlobalTaskListenerRecord>;
  restore(records: Iterable<GlobalTaskListenerRecord>): void;
  clear(): void;
}

const EVENT_TYPES = new Set(['all', 'creating', 'assigning', 'updating', 'completing', 'canceling']);

/** Creates the listener store and its operations. */
export function globalTaskListenerService(): GlobalTaskListenerService {
  const listeners = new Map<string, GlobalTaskListenerRecord>();
  const result = (l: GlobalTaskListenerRecord) => ({ ...l, eventTypes: [...l.eventTypes] });
  const read = (id: string) => {
    const l = listeners.get(id);
    if (l === undefined) {
      throw new TestEngineError(`Global task listener with id '${id}' not found`, {
        code: 'NOT_FOUND',
        status: 404,
        title: 'NOT_FOUND',
      });
    }
    return l;
  };
  // Update and delete are broker commands: Zeebe's rejection, not the search layer's not found.
  const existing = (intent: 'UPDATE' | 'DELETE', id: string) => {
    const l = listeners.get(id);
    if (l === undefined) {
      throw rejection(
        intent,
        'NOT_FOUND',
        `Expected a global USER_TASK listener with id '${id}' to exist, but it was not found`,
      );
    }
    return l;
  };
  const settings = (body: Record<string, unknown>) => {
    const type = stringField(body, 'type');
    if (type === undefined || type === '') throw badRequest("Property 'type' is required");
    const eventTypes = body.eventTypes;
    if (!Array.isArray(eventTypes) || eventTypes.length === 0) {
      throw badRequest("Property 'eventTypes' must be a non-empty array");
    }
    for (const e of eventTypes) {
      if (typeof e !== 'string' || !EVENT_TYPES.has(e))
        throw badRequest(`'${String(e)}' is not a task listener event type`);
    }
    return {
      type,
      retries: integerField(body, 'retries') ?? 3,
      afterNonGlobal: booleanField(body, 'afterNonGlobal') ?? false,
      priority: integerField(body, 'priority') ?? 50,
      eventTypes: [...new Set(eventTypes as string[])],
    };
  };
  const descriptor: SearchDescriptor<GlobalTaskListenerRecord> = {
    entity: 'global task listener',
    key: (l) => l.id,
    all: () => listeners.values(),
    filters: {
      id: { kind: 'string', get: (l) => l.id },
      type: { kind: 'string', get: (l) => l.type },
      retries: { kind: 'integer', get: (l) => l.retries },
      afterNonGlobal: { kind: 'boolean', get: (l) => l.afterNonGlobal },
      priority: { kind: 'integer', get: (l) => l.priority },
      source: { kind: 'string', get: (l) => l.source },
      eventTypes: {
        match(l, value) {
          if (!Array.isArray(value)) throw badRequest("Filter 'eventTypes' expects an array");
          return value.every((v) => {
            const wanted =
              typeof v === 'object' && v !== null && '$eq' in v ? (v as { $eq: unknown }).$eq : v;
            return l.eventTypes.includes(String(wanted));
          });
        },
      },
    },
    sorts: {
      id: { kind: 'string', get: (l) => l.id },
      type: { kind: 'string', get: (l) => l.type },
      afterNonGlobal: { kind: 'boolean', get: (l) => l.afterNonGlobal },
      priority: { kind: 'integer', get: (l) => l.priority },
      source: { kind: 'string', get: (l) => l.source },
    },
  };
  return {
    handlers: {
      createGlobalTaskListener(req) {
        const body = bodyObject(req.body);
        const id = stringField(body, 'id');
        if (id === undefined || id === '') throw badRequest("Property 'id' is required");
        if (listeners.has(id)) {
          throw rejection(
            'CREATE',
            'ALREADY_EXISTS',
            `Expected a global USER_TASK listener with id '${id}' to not exist, but a listener with the same id was found`,
          );
        }
        const record: GlobalTaskListenerRecord = { id, ...settings(body), source: 'API' };
        listeners.set(id, record);
        return { status: 201, body: result(record) };
      },
      getGlobalTaskListener: (req) => ({ status: 200, body: result(read(req.params.id ?? '')) }),
      updateGlobalTaskListener(req) {
        const record = existing('UPDATE', req.params.id ?? '');
        Object.assign(record, settings(bodyObject(req.body)));
        return { status: 200, body: result(record) };
      },
      deleteGlobalTaskListener(req) {
        const id = req.params.id ?? '';
        existing('DELETE', id);
        listeners.delete(id);
        return { status: 204 };
      },
      searchGlobalTaskListeners(req) {
        const { items, page } = runSearch(descriptor, req.body);
        return searchResponse(items.map(result), page);
      },
    },
    all: () => listeners.values(),
    restore(records) {
      listeners.clear();
      for (const r of records) listeners.set(r.id, { ...r, eventTypes: [...r.eventTypes] });
    },
    clear: () => listeners.clear(),
  };
}
