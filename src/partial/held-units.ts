/**
 * What a merge holds of each Terragrunt unit between reading the partials and building the model
 * (issue 23: merge memory flat in the number and size of partials). A unit's plan record is most
 * of a partial (its address lists and attribute roles); the model needs those lists only for the
 * summaries, which show a bounded number of addresses. So, as each unit is read:
 *
 * - its report entry (UnitReport: status, counts, outputs, cost) and its plan's counts and flags
 *   stay in memory, small;
 * - its address lists and attribute roles go to a store as JSON text (the run's store is a private
 *   file: run/body-spool.ts), and are read back one unit at a time, in path_id order, when the
 *   model is built, each action's lists kept up to GROUP_ITEMS_LIMIT addresses over all units
 *   (totals always exact). Past that, a unit's lists keep their totals and no names.
 *
 * GROUP_ITEMS_LIMIT is past what any summary can show (a 1 MiB job summary holds fewer than
 * 150,000 list items of at least 7 bytes), so the summaries of a merge are those of the whole lists.
 */
import { createHash } from 'node:crypto';
import { LIST_LIMIT, type BoundedList } from '../model/bounded-list.js';
import {
  ADDRESS_LIST_KEYS,
  type AddressLists,
  type Counts,
  type PlanSummary,
} from '../model/plan-summary.js';
import type { UnitReport } from '../model/unit-report.js';
import { planOf } from './build-partial.js';
import type { PartialReport, UnitEntry } from './partial-schema.js';

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

function compactEntry(entry: UnitEntry): UnitEntry {
  return entry.plan === undefined ? entry : { ...entry, plan: compactPlan(entry.plan) };
}

/** Addresses of one action kept over all units of a merge (the totals count every one). */
export const GROUP_ITEMS_LIMIT = 150_000;

/** Where a stored text is: a private file's offset and length, or an index in memory. */
export interface StoredText {
  readonly offset: number;
  readonly bytes: number;
}

/** Keeps texts until the model is built. */
export interface TextStore {
  keep(text: string): StoredText;
  read(at: StoredText): string;
}

/** A store in memory: for tests and small merges that need no file. */
export function memoryTextStore(): TextStore {
  const texts: string[] = [];
  return {
    keep: (text) => ({ offset: texts.push(text) - 1, bytes: text.length }),
    read: (at) => texts[at.offset] ?? '',
  };
}

type Lists = Pick<PlanRecord, 'addresses' | 'changedAttributes'>;

/** A unit as the merger holds it: its entry, the plan without its lists, where the lists are. */
export interface HeldUnit {
  readonly unit: UnitReport;
  readonly plan?: { readonly rest: Omit<PlanRecord, keyof Lists | 'outputs'>; readonly lists: StoredText };
}

/** A unit as read, held: its path, a digest of its record (to compare a twin), the record held. */
export interface HeldEntry {
  readonly pathId: string;
  readonly digest: string;
  readonly held: HeldUnit;
}

/** Holds each unit entry given it, its lists in `store`. */
export function unitHolder(store: TextStore): (entry: UnitEntry) => HeldEntry {
  return (entry) => {
    // Compared without the plan's file name: a retried leg may have planned into another folder.
    // A digest, not the text: the text would hold every unit twice.
    const digest = createHash('sha256')
      .update(JSON.stringify({ ...entry, plan: entry.plan && { ...entry.plan, file: '' } }))
      .digest('base64');
    return { pathId: entry.unit.pathId, digest, held: holdUnit(compactEntry(entry), store) };
  };
}

/** `entry` (its plan's lists already cut to LIST_LIMIT) as held: the lists go to `store`. */
function holdUnit(entry: UnitEntry, store: TextStore): HeldUnit {
  const unit = entry.unit as UnitReport;
  if (entry.plan === undefined) return { unit };
  const { addresses, changedAttributes, ...rest } = entry.plan;
  // The unit's outputs are in `unit`; the plan's copy is not read by the model.
  Reflect.deleteProperty(rest, 'outputs');
  // The plan's counts are most often the unit's own: one object then, not two.
  for (const key of ['resourceCounts', 'driftCounts', 'outputCounts'] as const) {
    const mine = unit[key];
    if (mine !== undefined && sameCounts(mine, rest[key])) rest[key] = mine;
  }
  return { unit, plan: { rest, lists: store.keep(JSON.stringify({ addresses, changedAttributes })) } };
}

function sameCounts(a: Counts, b: Counts): boolean {
  return (
    a.added === b.added &&
    a.changed === b.changed &&
    a.deleted === b.deleted &&
    a.unchanged === b.unchanged &&
    a.imported === b.imported &&
    a.removed === b.removed
  );
}

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

  constructor(private readonly store: TextStore) {}

  plan(held: NonNullable<HeldUnit['plan']>): PlanSummary {
    const lists = JSON.parse(this.store.read(held.lists)) as Lists;
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
      ...held.rest,
      outputs: {},
      addresses: addresses as unknown as PlanRecord['addresses'],
      changedAttributes: changed,
    } as PlanRecord);
  }
}
