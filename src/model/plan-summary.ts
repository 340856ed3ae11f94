/** What one plan file says, once read and counted. Pure data, ready for the event builder. */
import { boundedList, type BoundedList } from './bounded-list.js';

export interface Counts {
  added: number;
  changed: number;
  deleted: number;
  unchanged: number;
  imported: number;
  removed: number;
}

export const PROVISIONERS = ['terraform', 'opentofu', 'terragrunt'] as const;
export type Provisioner = (typeof PROVISIONERS)[number];

/**
 * Affected managed addresses by action, for summaries. Never attribute values. Each list keeps its
 * first LIST_LIMIT addresses and an exact total (bounded-list.ts), so memory does not grow with
 * the number of resources.
 */
export interface AddressLists {
  created: BoundedList<string>;
  updated: BoundedList<string>;
  deleted: BoundedList<string>;
  /** Replacements (delete+create in either order, create+forget, forget+create): not in created/deleted. */
  replaced: BoundedList<string>;
  imported: BoundedList<string>;
  /** `forget` without create: removed from state, left in the cloud. */
  forgotten: BoundedList<string>;
  /** Resources that drifted (resource_drift entries with a real action). */
  drifted: BoundedList<string>;
  /** Entries whose actions are none we know (`[]`, `["bogus"]`): planned changes of no other kind. */
  unknown: BoundedList<string>;
}

export const ADDRESS_LIST_KEYS = [
  'created',
  'updated',
  'deleted',
  'replaced',
  'imported',
  'forgotten',
  'drifted',
  'unknown',
] as const satisfies readonly (keyof AddressLists)[];

export function emptyAddressLists(): AddressLists {
  return {
    created: boundedList(),
    updated: boundedList(),
    deleted: boundedList(),
    replaced: boundedList(),
    imported: boundedList(),
    forgotten: boundedList(),
    drifted: boundedList(),
    unknown: boundedList(),
  };
}

/**
 * The names (never the values) of the top-level attributes an update or replacement changes,
 * sorted, at most MAX_ATTRIBUTE_NAMES of them, each cut to MAX_ATTRIBUTE_NAME characters.
 */
export interface ChangedAttributes {
  readonly names: readonly string[];
  /** How many attributes change (names.length when none was left out). */
  readonly total: number;
}

export const MAX_ATTRIBUTE_NAMES = 20;
export const MAX_ATTRIBUTE_NAME = 64;

export interface PlanSummary {
  /** The path as the user named it (or as found in a tree). */
  readonly file: string;
  readonly formatVersion: string;
  readonly terraformVersion: string | undefined;
  readonly errored: boolean;
  /** Inferred from the document's shape: undefined when it could be either. */
  readonly provisioner: 'terraform' | 'opentofu' | undefined;
  /** No resource_changes (or none with a real action) and a resource_drift: a refresh-only plan. */
  readonly isDriftCheck: boolean;
  readonly resourceCounts: Counts;
  readonly plannedChangesCount: number;
  readonly driftCounts: Counts;
  /** The number of managed resource_drift entries with a real action. */
  readonly driftedCount: number;
  readonly outputCounts: Counts;
  /** Output values after the plan, as strings: `(sensitive)`, `(known after apply)` or the value. */
  readonly outputs: Record<string, string>;
  /** Outputs past OUTPUT_LIMIT, counted but not kept. */
  readonly outputsOmitted: number;
  readonly addresses: AddressLists;
  /** Things a person should know about this file (unknown actions, outputs left out). */
  readonly warnings: readonly string[];
  /**
   * Changed attribute names by address, for the updated and replaced addresses the plan shows
   * them for (bounded: the first MAX_ATTRIBUTE_ADDRESSES updates and replacements). Optional: summaries
   * made elsewhere (hand-built, or saved and read back) may not have them.
   */
  readonly changedAttributes?: ReadonlyMap<string, ChangedAttributes> | undefined;
}

/**
 * Updates and replacements per plan (the first ones, in document order) whose changed attribute
 * names are read: comparing values costs about 40 µs per resource, so a plan with thousands of
 * updates still reads at full speed past these, and summaries show about this many at most.
 */
export const MAX_ATTRIBUTE_ADDRESSES = 100;

export function zeroCounts(): Counts {
  return { added: 0, changed: 0, deleted: 0, unchanged: 0, imported: 0, removed: 0 };
}

export function addCounts(into: Counts, from: Counts): Counts {
  into.added += from.added;
  into.changed += from.changed;
  into.deleted += from.deleted;
  into.unchanged += from.unchanged;
  into.imported += from.imported;
  into.removed += from.removed;
  return into;
}
