/** What one plan file says, once read and counted. Pure data, ready for the event builder. */
import { boundedList, LIST_LIMIT, type BoundedList } from './bounded-list.js';

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
  /** Of `drifted`: deleted outside Terraform (a `delete` drift entry). */
  driftDeleted: BoundedList<string>;
  /** Of `drifted`: created outside (a `create` drift entry without delete); the rest changed outside. */
  driftCreated: BoundedList<string>;
  /** Entries whose actions are none we know (`[]`, `["bogus"]`): planned changes of no other kind. */
  unknown: BoundedList<string>;
  /** Resources that move (`previous_address`), as `old → new`, whatever else they do. */
  moved: BoundedList<string>;
  /** Root outputs the plan adds, changes, removes: `name`, `name (sensitive)`, `name = value`. */
  outputsAdded: BoundedList<string>;
  outputsChanged: BoundedList<string>;
  outputsRemoved: BoundedList<string>;
}

export const ADDRESS_LIST_KEYS = [
  'created',
  'updated',
  'deleted',
  'replaced',
  'imported',
  'forgotten',
  'drifted',
  'driftDeleted',
  'driftCreated',
  'unknown',
  'moved',
  'outputsAdded',
  'outputsChanged',
  'outputsRemoved',
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
    driftDeleted: boundedList(),
    driftCreated: boundedList(),
    unknown: boundedList(),
    moved: boundedList(),
    outputsAdded: boundedList(),
    outputsChanged: boundedList(),
    outputsRemoved: boundedList(),
  };
}

/**
 * What an update or replacement changes, by attribute path (`tags.Name`, `ingress[0].cidr_blocks`;
 * attribute-paths.ts), in roles: changed (`names`, with those forcing the replacement also in
 * `replacing`) and known after apply (`unknown`, listed apart). Each list is sorted, at most
 * MAX_ATTRIBUTE_NAMES paths, each cut to MAX_ATTRIBUTE_NAME characters. Values only with
 * --show-values, and only those that passed every check of value-policy.ts.
 */
export interface ChangedAttributes {
  /** Paths whose value changes (known before and after), or that force the replacement. */
  readonly names: readonly string[];
  /** How many paths change (names.length when none was left out). */
  readonly total: number;
  /** Of `names`, the paths in `replace_paths` (Terraform's `# forces replacement`). */
  readonly replacing?: readonly string[] | undefined;
  /** Paths known only after apply (`after_unknown`), apart from `names`. */
  readonly unknown?: readonly string[] | undefined;
  /** How many paths are known only after apply. */
  readonly unknownTotal?: number | undefined;
  /** With --show-values: `before -> after` of changed leaves that may be shown. */
  readonly values?: readonly AttributeValue[] | undefined;
}

/**
 * One changed value, shown. `before`/`after` are JSON text (a string keeps its quotes), absent on
 * the side where the path does not exist; `note` replaces both when the value may not be shown in
 * full (a long one: "(1,204 characters, changed)").
 */
export interface AttributeValue {
  readonly path: string;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * One resource that drifted, as Harness's update-resources call wants it (read only with
 * --send-drift-resources): names, never values.
 */
export interface DriftResource {
  readonly address: string;
  /** `managed` or `data`, as the plan writes it. */
  readonly mode: string;
  /** `provider_name` as the plan writes it (`registry.terraform.io/hashicorp/aws`), or '' when absent. */
  readonly provider: string;
  /** Deleted outside Terraform, or changed (every other drift). */
  readonly status: 'changed' | 'deleted';
  /** The drifted attribute paths (at most MAX_ATTRIBUTE_NAMES); none for a deleted resource. */
  readonly attributes: readonly string[];
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
  /** With --send-drift-resources: each drifted resource (the first DRIFT_RESOURCE_LIMIT, and a total). */
  readonly driftResources?: BoundedList<DriftResource> | undefined;
}

/** Drifted resources kept per plan for --send-drift-resources (the README's "Limits" may name it). */
export const DRIFT_RESOURCE_LIMIT = 10_000;

/**
 * Updates and replacements per plan (the first ones, in document order) whose attribute roles are
 * read: every one the address lists keep (LIST_LIMIT updated plus LIST_LIMIT replaced), so no
 * summary shows an update without what it changes. Past them a plan reads at full speed.
 */
export const MAX_ATTRIBUTE_ADDRESSES = 2 * LIST_LIMIT;

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
