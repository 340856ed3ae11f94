/** What one plan file says, once read and counted. Pure data, ready for the event builder. */

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

/** Affected managed addresses by action, for summaries. Never attribute values. */
export interface AddressLists {
  created: string[];
  updated: string[];
  deleted: string[];
  /** Replacements (delete+create in either order, create+forget, forget+create): not in created/deleted. */
  replaced: string[];
  imported: string[];
  /** `forget` without create: removed from state, left in the cloud. */
  forgotten: string[];
  /** Resources that drifted (resource_drift entries with a real action). */
  drifted: string[];
}

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
  readonly addresses: AddressLists;
}

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
