import { isoDate } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { MessageCorrelationRecord } from '../engine/message-store.js';
import { rootInstanceOf } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import { searchResponse } from './handler-support.js';

type Correlation = MessageCorrelationRecord;

const PARTITION_ID = 1;

function correlationDescriptor(ctx: EngineContext): SearchDescriptor<Correlation> {
  const pi = (c: Correlation) => c.subscription.elementInstance.processInstance;
  const fields = {
    businessId: { kind: 'string', get: (c: Correlation) => pi(c).businessId },
    correlationKey: { kind: 'string', get: (c: Correlation) => c.subscription.correlationKey },
    correlationTime: { kind: 'date', get: (c: Correlation) => c.correlationTime },
    elementId: { kind: 'string', get: (c: Correlation) => c.subscription.catchNode.id },
    elementInstanceKey: { kind: 'key', get: (c: Correlation) => c.subscription.elementInstance.key },
    messageKey: { kind: 'key', get: (c: Correlation) => c.messageKey },
    messageName: { kind: 'string', get: (c: Correlation) => c.subscription.messageName },
    partitionId: { kind: 'integer', get: () => PARTITION_ID },
    processDefinitionId: { kind: 'string', get: (c: Correlation) => pi(c).definition.processDefinitionId },
    processDefinitionKey: { kind: 'key', get: (c: Correlation) => pi(c).definition.key },
    processInstanceKey: { kind: 'key', get: (c: Correlation) => pi(c).key },
    subscriptionKey: { kind: 'key', get: (c: Correlation) => c.subscription.key },
    tenantId: { kind: 'string', get: (c: Correlation) => c.subscription.tenantId },
  } as const;
  return {
    entity: 'correlated message subscription',
    // A repeatable subscription (non-interrupting boundary event) correlates more than one message.
    key: (c) => `${c.subscription.key}/${c.messageKey}`,
    all: () => ctx.messages.correlations(),
    filters: fields,
    sorts: fields,
  };
}

/** The messages that reached a subscription, recorded by the message store. */
export function correlatedMessageHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = correlationDescriptor(ctx);
  return {
    searchCorrelatedMessageSubscriptions(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(
        items.map((c) => {
          const sub = c.subscription;
          const pi = sub.elementInstance.processInstance;
          return {
            businessId: pi.businessId,
            correlationKey: sub.correlationKey === '' ? null : sub.correlationKey,
            correlationTime: isoDate(c.correlationTime),
            elementId: sub.catchNode.id,
            elementInstanceKey: sub.elementInstance.key,
            messageKey: c.messageKey,
            messageName: sub.messageName,
            partitionId: PARTITION_ID,
            processDefinitionId: pi.definition.processDefinitionId,
            processDefinitionKey: pi.definition.key,
            processInstanceKey: pi.key,
            rootProcessInstanceKey: rootInstanceOf(pi).key,
            subscriptionKey: sub.key,
            tenantId: sub.tenantId,
          };
        }),
        page,
      );
    },
  };
}
