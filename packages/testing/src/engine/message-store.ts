import type { FlowNodeModel } from '../bpmn/process-model.js';
import type { ScheduledTimer, SchedulingClock } from '../engine-clock.js';
import type { KeyGenerator } from '../key-generator.js';
import type { BufferedMessage, ElementInstanceRecord, MessageSubscriptionRecord } from './records.js';

/** A message correlated to a subscription: what `searchCorrelatedMessageSubscriptions` lists. */
export interface MessageCorrelationRecord {
  readonly subscription: MessageSubscriptionRecord;
  readonly messageKey: string;
  readonly correlationTime: number;
}

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
  /**
   * Claims a message id for as long as its message is buffered (`ttlMs`): false when a buffered message of the
   * same tenant, name and correlation key already has it (Zeebe rejects that publication as `ALREADY_EXISTS`).
   */
  claimMessageId(
    tenantId: string,
    name: string,
    correlationKey: string,
    messageId: string,
    ttlMs: number,
  ): boolean;
  /** Whether a buffered message of the tenant, name and correlation key has this message id. */
  hasMessageId(tenantId: string, name: string, correlationKey: string, messageId: string): boolean;
  /** Records that a message reached a subscription. */
  recordCorrelation(subscription: MessageSubscriptionRecord, messageKey: string): void;
  correlations(): readonly MessageCorrelationRecord[];
  get(key: string): MessageSubscriptionRecord | undefined;
  all(): Iterable<MessageSubscriptionRecord>;
  clear(): void;
}

const id3 = (a: string, b: string, c: string) => `${a}\u0000${b}\u0000${c}`;

/** Creates the message store. */
export function createMessageStore(clock: SchedulingClock, keys: KeyGenerator): MessageStore {
  const subscriptions = new Map<string, MessageSubscriptionRecord>();
  const open = new Map<string, Set<MessageSubscriptionRecord>>();
  const messages = new Map<string, BufferedMessage[]>();
  const correlations: MessageCorrelationRecord[] = [];
  const messageIds = new Map<string, ScheduledTimer>();
  const idKey = (tenantId: string, name: string, correlationKey: string, messageId: string) =>
    `${id3(tenantId, name, correlationKey)}\u0000${messageId}`;

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
    claimMessageId(tenantId, name, correlationKey, messageId, ttlMs) {
      const k = idKey(tenantId, name, correlationKey, messageId);
      if (messageIds.has(k)) return false;
      // A message without a time to live is never buffered: its id stays free.
      if (ttlMs > 0)
        messageIds.set(
          k,
          clock.schedule(clock.now() + ttlMs, () => messageIds.delete(k)),
        );
      return true;
    },
    hasMessageId: (tenantId, name, correlationKey, messageId) =>
      messageIds.has(idKey(tenantId, name, correlationKey, messageId)),
    recordCorrelation(subscription, messageKey) {
      correlations.push({ subscription, messageKey, correlationTime: clock.now() });
    },
    correlations: () => correlations,
    get: (key) => subscriptions.get(key),
    all: () => subscriptions.values(),
    clear() {
      for (const list of messages.values()) for (const m of list) m.timer?.cancel();
      for (const timer of messageIds.values()) timer.cancel();
      messageIds.clear();
      subscriptions.clear();
      correlations.length = 0;
      open.clear();
      messages.clear();
    },
  };
}
