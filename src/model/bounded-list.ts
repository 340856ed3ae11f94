/**
 * A list that keeps its first items and counts the rest: the one shape for every per-entry list a
 * report holds (addresses by action, drifted resources). A plan of ten million resources must not
 * cost ten million strings: summaries show a few thousand names at most (a PR comment fits about
 * 65,536 characters), so the first LIST_LIMIT items are kept, in the order they came, and `total`
 * stays exact for every count and "N more not shown" line.
 *
 * Plain data (no class), so a model can be serialised (partial reports) and compared in tests.
 */

/** Items kept per list; `total` counts every item. Stated in the README ("Limits"). */
export const LIST_LIMIT = 1000;

export interface BoundedList<T> {
  /** The first `LIST_LIMIT` (or `limit`) items, in the order they were added. */
  readonly items: T[];
  /** Every item ever added, kept or not. */
  total: number;
}

export function boundedList<T>(items: readonly T[] = [], limit: number = LIST_LIMIT): BoundedList<T> {
  return { items: items.slice(0, limit), total: items.length };
}

/** Adds one item: kept while there is room, always counted. */
export function pushBounded<T>(list: BoundedList<T>, item: T, limit: number = LIST_LIMIT): void {
  if (list.items.length < limit) list.items.push(item);
  list.total += 1;
}

/**
 * Appends `from` to `into` (each item through `map`), keeping `into`'s limit. The loop (never
 * `push(...items)`) matters: spreading a large array into a call overflows the stack.
 */
export function appendBounded<T, U = T>(
  into: BoundedList<U>,
  from: BoundedList<T>,
  map: (item: T) => U = (item) => item as unknown as U,
  limit: number = LIST_LIMIT,
): void {
  for (const item of from.items) {
    if (into.items.length >= limit) break;
    into.items.push(map(item));
  }
  into.total += from.total;
}

/** How many items were counted but not kept. */
export function omitted(list: BoundedList<unknown>): number {
  return list.total - list.items.length;
}
