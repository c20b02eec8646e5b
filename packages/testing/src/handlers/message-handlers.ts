import { toMessageSubscriptionResult } from '../api/api-results.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { MessageSubscriptionRecord } from '../engine/records.js';
import type { HandlerTable } from '../http/engine-handler.js';
import { runSearch, type SearchDescriptor } from '../search/search-query.js';
import {
  badRequest,
  bodyObject,
  integerField,
  missingField,
  rejection,
  searchResponse,
  stringField,
  tenantField,
  variablesField,
} from './handler-support.js';

/** The search descriptor of message subscriptions. */
export function messageSubscriptionDescriptor(
  ctx: EngineContext,
): SearchDescriptor<MessageSubscriptionRecord> {
  const pi = (s: MessageSubscriptionRecord) => s.elementInstance.processInstance;
  const fields = {
    messageSubscriptionKey: { kind: 'key', get: (s: MessageSubscriptionRecord) => s.key },
    processDefinitionId: {
      kind: 'string',
      get: (s: MessageSubscriptionRecord) => pi(s).definition.processDefinitionId,
    },
    processDefinitionKey: { kind: 'key', get: (s: MessageSubscriptionRecord) => pi(s).definition.key },
    processDefinitionName: { kind: 'string', get: (s: MessageSubscriptionRecord) => pi(s).definition.name },
    processDefinitionVersion: {
      kind: 'integer',
      get: (s: MessageSubscriptionRecord) => pi(s).definition.version,
    },
    processInstanceKey: { kind: 'key', get: (s: MessageSubscriptionRecord) => pi(s).key },
    elementId: { kind: 'string', get: (s: MessageSubscriptionRecord) => s.catchNode.id },
    elementInstanceKey: { kind: 'key', get: (s: MessageSubscriptionRecord) => s.elementInstance.key },
    messageSubscriptionState: { kind: 'string', get: (s: MessageSubscriptionRecord) => s.state },
    messageSubscriptionType: { kind: 'string', get: () => 'PROCESS_EVENT' },
    lastUpdatedDate: { kind: 'date', get: (s: MessageSubscriptionRecord) => s.lastUpdatedDate },
    messageName: { kind: 'string', get: (s: MessageSubscriptionRecord) => s.messageName },
    correlationKey: { kind: 'string', get: (s: MessageSubscriptionRecord) => s.correlationKey },
    tenantId: { kind: 'string', get: (s: MessageSubscriptionRecord) => s.tenantId },
    // Subscriptions here come from BPMN, never from connectors.
    toolName: { kind: 'string', get: () => null },
    inboundConnectorType: { kind: 'string', get: () => null },
  } as const;
  return {
    entity: 'message subscription',
    key: (s) => s.key,
    all: () => ctx.messages.all(),
    filters: fields,
    sorts: fields,
  };
}

/** Messages (publish, correlate), signals, and message-subscription search. */
export function messageHandlers(ctx: EngineContext): HandlerTable {
  const descriptor = messageSubscriptionDescriptor(ctx);
  // The gateway calls the name `messageName` when a correlation lacks it, `name` when a publication does.
  const message = (body: Record<string, unknown>, nameField = 'name') => {
    const name = stringField(body, 'name');
    if (name === undefined || name.trim() === '') throw missingField(nameField);
    return {
      name,
      correlationKey: stringField(body, 'correlationKey') ?? '',
      variables: variablesField(body),
      tenantId: tenantField(body),
    };
  };
  return {
    publishMessage(req) {
      const body = bodyObject(req.body);
      const input = message(body);
      const ttl = integerField(body, 'timeToLive') ?? 0;
      if (ttl < 0) throw badRequest("Property 'timeToLive' must not be negative");
      const messageId = stringField(body, 'messageId');
      if (
        messageId !== undefined &&
        messageId !== '' &&
        ctx.messages.hasMessageId(input.tenantId, input.name, input.correlationKey, messageId)
      ) {
        // Camunda answers 409, though the spec documents none for publishMessage.
        throw rejection(
          'PUBLISH',
          'ALREADY_EXISTS',
          `Expected to publish a new message with id '${messageId}', but a message with that id was already published`,
        );
      }
      const { messageKey } = ctx.executor.publishMessage(input, ttl);
      if (messageId !== undefined && messageId !== '') {
        ctx.messages.claimMessageId(input.tenantId, input.name, input.correlationKey, messageId, ttl);
      }
      return { status: 200, body: { tenantId: input.tenantId, messageKey } };
    },
    correlateMessage(req) {
      const input = message(bodyObject(req.body), 'messageName');
      const { messageKey, correlatedTo } = ctx.executor.publishMessage(input, 0);
      const first = correlatedTo[0];
      if (first === undefined) {
        throw rejection(
          'CORRELATE',
          'NOT_FOUND',
          `Expected to find subscription for message with name '${input.name}' and correlation key '${input.correlationKey}', but none was found.`,
        );
      }
      return { status: 200, body: { tenantId: input.tenantId, messageKey, processInstanceKey: first } };
    },
    broadcastSignal(req) {
      const body = bodyObject(req.body);
      const signalName = stringField(body, 'signalName');
      if (signalName === undefined || signalName === '') throw missingField('signalName');
      const tenantId = tenantField(body);
      const signalKey = ctx.executor.broadcastSignal(signalName, variablesField(body), tenantId);
      return { status: 200, body: { tenantId, signalKey } };
    },
    searchMessageSubscriptions(req) {
      const { items, page } = runSearch(descriptor, req.body);
      return searchResponse(items.map(toMessageSubscriptionResult), page);
    },
  };
}
