import type { FlowNodeModel } from '../bpmn/process-model.js';
import type { SchedulingClock } from '../engine-clock.js';
import type { KeyGenerator } from '../key-generator.js';
import type {
  BufferedMessage,
  ElementInstanceRecord,
  MessageCorrelationRecord,
  MessageSubscriptionRecord,
  ProcessInstanceRecord,
} from './records.js';

/** Open message subscriptions and buffered messages, indexed by tenant, name and correlation key. */
export interface MessageStore {
  open(input: {
    readonly messageName: string;
    readonly correlationKey: string;
    readonly elementInstance: ElementInstanceRecord;
    readonly catchNode: FlowNodeModel;
  }): MessageSubscriptionRecord;
  /** Closes an open subscription (`CORRELATED` or `DELETED`); a closed one stays closed. */
  close(subscription: MessageSubscriptionRecord, state: 'CORRELATED' | 'DELETED'): void;
  /** Open subscriptions for a message, oldest first. */
  matching(tenantId: string, name: string, correlationKey: string): MessageSubscriptionRecord[];
  /** Keeps a message for `ttlMs` of engine time. */
  buffer(message: Omit<BufferedMessage, 'timer'>, ttlMs: number): void;
  /** The oldest live buffered message not yet correlated to this process instance. */
  buffered(
    tenantId: string,
    name: string,
    correlationKey: string,
    processInstanceKey: string,
  ): BufferedMessage | undefined;
  get(key: string): MessageSubscriptionRecord | undefined;
  all(): Iterable<MessageSubscriptionRecord>;
  /** Records a correlation of `messageKey` to an open catch subscription, now. */
  recordCorrelation(messageKey: string, subscription: MessageSubscriptionRecord): void;
  /** Records a correlation of `messageKey` that started `processInstance` at a message start event, now. */
  recordStartCorrelation(
    message: { readonly key: string; readonly name: string; readonly correlationKey: string },
    processInstance: ProcessInstanceRecord,
    startEventId: string,
  ): void;
  /** Every correlation, oldest first. */
  correlations(): readonly MessageCorrelationRecord[];
  clear(): void;
}

const id3 = (a: string, b: string, c: string) => `${a}\u0000${b}\u0000${c}`;

/** Creates the message store. */
export function createMessageStore(clock: SchedulingClock, keys: KeyGenerator): MessageStore {
  const subscriptions = new Map<string, MessageSubscriptionRecord>();
  const open = new Map<string, Set<MessageSubscriptionRecord>>();
  const messages = new Map<string, BufferedMessage[]>();
  const correlations: MessageCorrelationRecord[] = [];

  return {
    open({ messageName, correlationKey, elementInstance, catchNode }) {
      const tenantId = elementInstance.processInstance.tenantId;
      const record: MessageSubscriptionRecord = {
        key: keys.next(),
        messageName,
        correlationKey,
        tenantId,
        elementInstance,
        catchNode,
        state: 'CREATED',
        lastUpdatedDate: clock.now(),
      };
      subscriptions.set(record.key, record);
      const k = id3(tenantId, messageName, correlationKey);
      let set = open.get(k);
      if (set === undefined) {
        set = new Set();
        open.set(k, set);
      }
      set.add(record);
      return record;
    },
    close(subscription, state) {
      if (subscription.state !== 'CREATED') return;
      subscription.state = state;
      subscription.lastUpdatedDate = clock.now();
      const k = id3(subscription.tenantId, subscription.messageName, subscription.correlationKey);
      const set = open.get(k);
      set?.delete(subscription);
      if (set?.size === 0) open.delete(k);
    },
    matching: (tenantId, name, correlationKey) => [...(open.get(id3(tenantId, name, correlationKey)) ?? [])],
    buffer(message, ttlMs) {
      const k = id3(message.tenantId, message.name, message.correlationKey);
      const record: BufferedMessage = { ...message, timer: undefined };
      const list = messages.get(k) ?? [];
      list.push(record);
      messages.set(k, list);
      record.timer = clock.schedule(clock.now() + ttlMs, () => {
        const current = messages.get(k);
        if (current === undefined) return;
        const rest = current.filter((m) => m !== record);
        if (rest.length === 0) messages.delete(k);
        else messages.set(k, rest);
      });
    },
    buffered(tenantId, name, correlationKey, processInstanceKey) {
      return messages
        .get(id3(tenantId, name, correlationKey))
        ?.find((m) => !m.correlatedTo.has(processInstanceKey));
    },
    get: (key) => subscriptions.get(key),
    all: () => subscriptions.values(),
    recordCorrelation(messageKey, subscription) {
      const pi = subscription.elementInstance.processInstance;
      correlations.push({
        messageKey,
        messageName: subscription.messageName,
        correlationKey: subscription.correlationKey,
        subscriptionKey: subscription.key,
        elementId: subscription.catchNode.id,
        elementInstanceKey: subscription.elementInstance.key,
        processInstance: pi,
        businessId: pi.businessId,
        correlationTime: clock.now(),
      });
    },
    recordStartCorrelation(message, processInstance, startEventId) {
      correlations.push({
        messageKey: message.key,
        messageName: message.name,
        correlationKey: message.correlationKey,
        subscriptionKey: keys.next(),
        elementId: startEventId,
        elementInstanceKey: null,
        processInstance,
        businessId: processInstance.businessId,
        correlationTime: clock.now(),
      });
    },
    correlations: () => correlations,
    clear() {
      correlations.length = 0;
      for (const list of messages.values()) for (const m of list) m.timer?.cancel();
      subscriptions.clear();
      open.clear();
      messages.clear();
    },
  };
}
