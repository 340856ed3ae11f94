/**
 * The renderers' view of bounded lists: the model's type (src/model/bounded-list.ts, first items
 * and an exact total), cut further to what one summary shows ("a, b, c and 12 more").
 */
import type { BoundedList } from '../model/bounded-list.js';

export type { BoundedList };

/** `list` (a bounded list, or a plain array) cut to its first `max` items; the total is kept. */
export function boundedList<T>(list: BoundedList<T> | readonly T[], max: number): BoundedList<T> {
  const items = 'items' in list ? list.items : list;
  const total = 'items' in list ? list.total : list.length;
  return { items: items.slice(0, Math.max(0, max)), total };
}
