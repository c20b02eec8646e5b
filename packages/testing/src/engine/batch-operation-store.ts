import type { SchedulingClock } from '../engine-clock.js';
import type { KeyGenerator } from '../key-generator.js';

/** Batch operation types, as the spec names them. */
export type BatchOperationType =
  | 'CANCEL_PROCESS_INSTANCE'
  | 'DELETE_DECISION_INSTANCE'
  | 'DELETE_PROCESS_INSTANCE'
  | 'MIGRATE_PROCESS_INSTANCE'
  | 'MODIFY_PROCESS_INSTANCE'
  | 'RESOLVE_INCIDENT'
  | 'RESUME_PROCESS_INSTANCE'
  | 'SUSPEND_PROCESS_INSTANCE'
  | 'UPDATE_JOB';

/** Batch operation states, as the spec names them. */
export type BatchOperationState =
  | 'CREATED'
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'COMPLETED'
  | 'PARTIALLY_COMPLETED'
  | 'CANCELED'
  | 'FAILED';

/** Item states: `ACTIVE` until the item is processed. */
export type BatchOperationItemState = 'ACTIVE' | 'COMPLETED' | 'SKIPPED' | 'CANCELED' | 'FAILED';

/** Who started a batch operation. */
export interface BatchOperationActor {
  readonly actorType: 'USER' | 'CLIENT' | 'ANONYMOUS' | 'UNKNOWN';
  readonly actorId: string | null;
}

/** One entity a batch operation works on. */
export interface BatchOperationItemRecord {
  readonly batchOperation: BatchOperationRecord;
  readonly itemKey: string;
  readonly processInstanceKey: string | null;
  readonly rootProcessInstanceKey: string | null;
  state: BatchOperationItemState;
  processedDate: number | undefined;
  errorMessage: string | null;
}

/** A batch operation and its items. */
export interface BatchOperationRecord {
  readonly key: string;
  readonly type: BatchOperationType;
  state: BatchOperationState;
  readonly startDate: number;
  endDate: number | undefined;
  readonly actor: BatchOperationActor;
  readonly items: readonly BatchOperationItemRecord[];
}

/** An item to process: `apply` does the work and throws to record the item as failed. */
export interface BatchOperationItemInput {
  readonly itemKey: string;
  readonly processInstanceKey: string | null;
  readonly rootProcessInstanceKey: string | null;
  readonly apply: () => void;
}

/** Why a batch operation command was rejected. */
export type BatchOperationRejection = 'notSuspendable' | 'notResumable' | 'notCancelable';

/** Batch operations: created with their items, run item by item on the engine clock. */
export interface BatchOperationStore {
  start(
    type: BatchOperationType,
    items: readonly BatchOperationItemInput[],
    actor: BatchOperationActor,
  ): BatchOperationRecord;
  get(key: string): BatchOperationRecord | undefined;
  all(): Iterable<BatchOperationRecord>;
  allItems(): Iterable<BatchOperationItemRecord>;
  /** Items that worked on this process instance, in creation order. */
  itemsOfProcessInstance(processInstanceKey: string): readonly BatchOperationItemRecord[];
  suspend(batch: BatchOperationRecord): BatchOperationRejection | undefined;
  resume(batch: BatchOperationRecord): BatchOperationRejection | undefined;
  cancel(batch: BatchOperationRecord): BatchOperationRejection | undefined;
  clear(): void;
}

/** Engine time between two items of a batch operation. */
export const BATCH_ITEM_INTERVAL_MS = 1;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the batch operation store. */
export function createBatchOperationStore(clock: SchedulingClock, keys: KeyGenerator): BatchOperationStore {
  const batches = new Map<string, BatchOperationRecord>();
  const work = new Map<
    string,
    { inputs: readonly BatchOperationItemInput[]; next: number; timer?: { cancel(): void } }
  >();
  const byProcessInstance = new Map<string, BatchOperationItemRecord[]>();

  const finish = (batch: BatchOperationRecord) => {
    const failed = batch.items.some((i) => i.state === 'FAILED');
    batch.state = failed ? 'PARTIALLY_COMPLETED' : 'COMPLETED';
    batch.endDate = clock.now();
    work.delete(batch.key);
  };

  // One item per engine-clock millisecond: the batch runs after the request that created it, and suspension
  // and cancellation take effect between items (with a manual clock, advancing the clock runs the batch).
  const schedule = (batch: BatchOperationRecord, after = clock.now()) => {
    const pending = work.get(batch.key);
    if (pending === undefined) return;
    const at = after + BATCH_ITEM_INTERVAL_MS;
    pending.timer = clock.schedule(at, () => step(batch, at));
  };

  const step = (batch: BatchOperationRecord, at: number) => {
    const pending = work.get(batch.key);
    if (pending === undefined || (batch.state !== 'CREATED' && batch.state !== 'ACTIVE')) return;
    batch.state = 'ACTIVE';
    const index = pending.next;
    const input = pending.inputs[index];
    const item = batch.items[index];
    if (input === undefined || item === undefined) {
      finish(batch);
      return;
    }
    pending.next += 1;
    try {
      input.apply();
      item.state = 'COMPLETED';
    } catch (error) {
      item.state = 'FAILED';
      item.errorMessage = errorText(error);
    }
    item.processedDate = clock.now();
    if (pending.next >= pending.inputs.length) finish(batch);
    else schedule(batch, at);
  };

  return {
    start(type, inputs, actor) {
      const items: BatchOperationItemRecord[] = [];
      const batch: BatchOperationRecord = {
        key: keys.next(),
        type,
        state: 'CREATED',
        startDate: clock.now(),
        endDate: undefined,
        actor,
        items,
      };
      for (const input of inputs) {
        const item: BatchOperationItemRecord = {
          batchOperation: batch,
          itemKey: input.itemKey,
          processInstanceKey: input.processInstanceKey,
          rootProcessInstanceKey: input.rootProcessInstanceKey,
          state: 'ACTIVE',
          processedDate: undefined,
          errorMessage: null,
        };
        items.push(item);
        if (input.processInstanceKey !== null) {
          const list = byProcessInstance.get(input.processInstanceKey) ?? [];
          list.push(item);
          byProcessInstance.set(input.processInstanceKey, list);
        }
      }
      batches.set(batch.key, batch);
      work.set(batch.key, { inputs, next: 0 });
      schedule(batch);
      return batch;
    },
    get: (key) => batches.get(key),
    all: () => batches.values(),
    *allItems() {
      for (const batch of batches.values()) yield* batch.items;
    },
    itemsOfProcessInstance: (key) => byProcessInstance.get(key) ?? [],
    suspend(batch) {
      if (batch.state !== 'CREATED' && batch.state !== 'ACTIVE') return 'notSuspendable';
      batch.state = 'SUSPENDED';
      work.get(batch.key)?.timer?.cancel();
      return undefined;
    },
    resume(batch) {
      if (batch.state !== 'SUSPENDED') return 'notResumable';
      batch.state = 'ACTIVE';
      schedule(batch);
      return undefined;
    },
    cancel(batch) {
      if (batch.state !== 'CREATED' && batch.state !== 'ACTIVE' && batch.state !== 'SUSPENDED') {
        return 'notCancelable';
      }
      work.get(batch.key)?.timer?.cancel();
      work.delete(batch.key);
      for (const item of batch.items) if (item.state === 'ACTIVE') item.state = 'CANCELED';
      batch.state = 'CANCELED';
      batch.endDate = clock.now();
      return undefined;
    },
    clear() {
      for (const pending of work.values()) pending.timer?.cancel();
      work.clear();
      batches.clear();
      byProcessInstance.clear();
    },
  };
}
