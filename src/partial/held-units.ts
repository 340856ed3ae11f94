/**
 * What a merge keeps of each Terragrunt unit's plan (issue 23: merge memory flat in the number and
 * size of partials). A unit's plan record is most of a partial (its address lists and attribute
 * roles); the model needs those lists only for the summaries, which show a bounded number of
 * addresses. So the lists are cut to LIST_LIMIT per unit as a leg's reader cuts them (compactPlan,
 * as the units are written to the merge's runs: unit-runs.ts), and when the units are read back in
 * path_id order each action's names are kept up to GROUP_ITEMS_LIMIT over all units (totals always
 * exact). Past that, a unit's lists keep their totals and no names.
 *
 * GROUP_ITEMS_LIMIT is past what any summary can show, so the summaries of a merge are those of
 * the whole lists.
 */
import { LIST_LIMIT, type BoundedList } from '../model/bounded-list.js';
import { ADDRESS_LIST_KEYS, type AddressLists, type PlanSummary } from '../model/plan-summary.js';
import { planOf } from './build-partial.js';
import type { PartialReport } from './partial-schema.js';

type PlanRecord = PartialReport['report']['plans'][number];

/**
 * A plan record as the model reads it: address lists cut to LIST_LIMIT items (their totals kept),
 * as the leg's own reader keeps them; a partial not written by a leg cannot make the merge hold more.
 */
export function compactPlan(plan: PlanRecord): PlanRecord {
  const lists = plan.addresses as unknown as Record<string, BoundedList<string>>;
  if (!Object.values(lists).some((list) => list.items.length > LIST_LIMIT)) return plan;
  const addresses: Record<string, BoundedList<string>> = {};
  for (const [key, list] of Object.entries(lists)) {
    addresses[key] = { items: list.items.slice(0, LIST_LIMIT), total: list.total };
  }
  return { ...plan, addresses: addresses as unknown as PlanRecord['addresses'] };
}

/**
 * Addresses of one action kept over all units of a merge (the totals count every one). A list item
 * of a Markdown summary takes at least 19 bytes (`- <code>t.n</code>` and its line end), so a
 * 1 MiB job summary shows fewer than 56,000 of them.
 */
export const GROUP_ITEMS_LIMIT = 56_000;

/** An empty list shared by every plan that has none of a kind (most kinds, for most units). */
const NONE: BoundedList<string> = Object.freeze({
  items: Object.freeze([]) as unknown as string[],
  total: 0,
});

/**
 * Turns held units back into plans, in the order asked (path_id order), keeping each action's
 * names up to GROUP_ITEMS_LIMIT over all of them.
 */
export class PlanRestorer {
  private readonly kept = new Map<keyof AddressLists, number>();

  /** `record` (read back from the merge's runs, unit-runs.ts) as the model reads it. */
  plan(record: PlanRecord): PlanSummary {
    const { addresses: all, changedAttributes, ...rest } = record;
    const lists = { addresses: all, changedAttributes };
    const addresses: Record<string, BoundedList<string>> = {};
    const names = new Set<string>();
    for (const key of ADDRESS_LIST_KEYS) {
      const list = lists.addresses[key] as BoundedList<string> | undefined;
      if (list === undefined || list.total === 0) {
        addresses[key] = NONE;
        continue;
      }
      const kept = this.kept.get(key) ?? 0;
      const items =
        list.items.length + kept <= GROUP_ITEMS_LIMIT
          ? list.items
          : list.items.slice(0, Math.max(0, GROUP_ITEMS_LIMIT - kept));
      this.kept.set(key, kept + items.length);
      for (const item of items) names.add(item);
      addresses[key] = items === list.items ? list : { items, total: list.total };
    }
    // Attribute roles only for the names kept: the summaries show no others.
    const changed = lists.changedAttributes?.filter(([address]) => names.has(address));
    return planOf({
      ...rest,
      outputs: {},
      addresses: addresses as unknown as PlanRecord['addresses'],
      changedAttributes: changed,
    });
  }
}
