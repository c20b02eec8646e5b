import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import { type MessageCorrelationRecord, rootInstanceOf } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { searchResponse } from './handler-support.js';

// The engine is a single partition.
const PARTITION_ID = 1;

type Correlation = MessageCorrelationRecord;

/** Correlations are keyed by message and subscription: one message correlates at most once per subscription. */
const correlationId = (c: Correlation) => `${c.messageKey}.${c.subscriptionKey}`;

function correlationDescriptor(ctx: EngineContext): SearchDescriptor<Correlation> {
  const fields = {
    businessId: { kind: 'string', get: (c: Correlation) => c.businessId },
    correlationKey: { kind: 'string', get: (c: Correlation) => c.correlationKey },
    correlationTime: { kind: 'date', get: (c: Correlation) => c.correlationTime },
    elementId: { kind: 'string', get: (c: Correlation) => c.elementId },
    elementInstanceKey: { kind: 'key', get: (c: Correlation) => c.elementInstanceKey },
    messageKey: { kind: 'key', get: (c: Correlation) => c.messageKey },
    messageName: { kind: 'string', get: (c: Correlation) => c.messageName },
    partitionId: { kind: 'integer', get: () => PARTITION_ID },
    processDefinitionId: {
      kind: 'string',
      get: (c: Correlation) => c.processInstance.definition.processDefinitionId,
    },
    processDefinitionKey: { kind: 'key', get: (c: Correlation) => c.processInstance.definition.key },
    processInstanceKey: { kind: 'key', get: (c: Correlation) => c.processInstance.key },
    subscriptionKey: { kind: 'key', get: (c: Correlation) => c.subscriptionKey },
    tenantId: { kind: 'string', get: (c: Correlation) => c.processInstance.tenantId },
  } as const;
  return {
    entity: 'correlated message subscription',
    key: correlationId,
    all: () => ctx.messages.correlations(),
    filters: { ...fields, messageKey: { kind: 'string', get: (c) => c.messageKey } },
    sorts: fields,
  };
}

/** `CorrelatedMessageSubscriptionResult`. */
function toCorrelatedMessageSubscriptionResult(c: Correlation) {
  const pi = c.processInstance;
  return {
    businessId: c.businessId,
    correlationKey: c.correlationKey,
    correlationTime: isoDate(c.correlationTime),
    elementId: c.elementId,
    elementInstanceKey: c.elementInstanceKey,
    messageKey: c.messageKey,
    messageName: c.messageName,
    partitionId: PARTITION_ID,
    processDefinitionId: pi.definition.processDefinitionId,
    processDefinitionKey: pi.definition.key,
    processInstanceKey: pi.key,
    rootProcessInstanceKey: rootInstanceOf(pi).key,
    subscriptionKey: c.subscriptionKey,
    tenantId: pi.tenantId,
  };
}

/** The search over every message correlation the engine made (catch events and message start events). */
export function correlatedMessageSubscriptionHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = correlationDescriptor(ctx);
  return {
    searchCorrelatedMessageSubscriptions(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toCorrelatedMessageSubscriptionResult), page);
    },
  };
}
