/** An insertion-ordered collection of distinct items, for the few (at most the worker's concurrency) held at once. */
export interface SlotList<T> {
  /** Adds `item` at the end; nothing happens when it is already in the list. */
  add(item: T): void;
  /** Removes `item`, keeping the order of the others; nothing happens when it is not in the list. */
  delete(item: T): void;
  /** Number of items. */
  readonly size: number;
  /** The items, in the order they were added (a copy: the list may change while it is used). */
  toArray(): T[];
}

/**
 * A list of the items a worker holds (its job runs, the deadlines it watches), used instead of a `Set` because a
 * `Set` that fills and empties with every batch of jobs reallocates its hash table each time, and V8 links each
 * replaced table to its successor while keeping the entries it had. Once one of those tables lives long enough to
 * be promoted to the old generation, that chain keeps every later table, and the job runs and activated jobs they
 * hold, alive through each scavenge until the next full collection: at full speed most of a job's objects were
 * promoted that way. This list keeps one array at its high-water size: a slot is cleared when its item leaves, so
 * nothing is allocated per item once the array has grown, and nothing is kept after it is removed. Add and delete
 * scan the list, which holds at most the worker's concurrency.
 */
export function createSlotList<T>(): SlotList<T> {
  const slots: (T | undefined)[] = [];
  let count = 0;

  function indexOf(item: T): number {
    for (let i = 0; i < count; i++) if (slots[i] === item) return i;
    return -1;
  }

  return {
    add(item) {
      if (indexOf(item) >= 0) return;
      if (count === slots.length) slots.push(item);
      else slots[count] = item;
      count++;
    },
    delete(item) {
      const index = indexOf(item);
      if (index < 0) return;
      for (let i = index + 1; i < count; i++) slots[i - 1] = slots[i];
      count--;
      // Cleared, not truncated: the array keeps its size, so it is neither trimmed nor reallocated.
      slots[count] = undefined;
    },
    get size() {
      return count;
    },
    toArray() {
      return slots.slice(0, count) as T[];
    },
  };
}
