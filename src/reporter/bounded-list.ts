/**
 * A list cut to its first few entries that still knows how many there were: the shape of every
 * "a, b, c and 12 more" in a summary. (Issue 17 brings bounded lists to the parsers; this one is
 * the renderers' view and can become an alias of that one.)
 */
export interface BoundedList<T> {
  readonly items: readonly T[];
  /** Entries in the full list (items.length when nothing was left out). */
  readonly total: number;
}

export function boundedList<T>(all: readonly T[], max: number): BoundedList<T> {
  return { items: all.length <= max ? all : all.slice(0, Math.max(0, max)), total: all.length };
}

/** Entries left out. */
export function leftOut<T>(list: BoundedList<T>): number {
  return list.total - list.items.length;
}
