/**
 * What a confirmation compares (confirm-activity.ts): the counts an event carried, per unit for a
 * tree, against the resource changes Harness recorded; for a tree a bounded number of units,
 * looked up a few at a time within the run's deadline.
 */
import { activityResourceChanges, type ResourceChanges } from '../api/activities.js';
import type { ApiConnection } from '../api/connection.js';
import type { HttpOptions } from '../api/http-client.js';
import type { SendEventRequest } from '../reporter/event-schema.js';

/** One unit's counts as sent (a `terragrunt_details` item's). */
export interface UnitCounts {
  readonly path_id: string;
  readonly resource_counts?: object | undefined;
  readonly drift_counts?: object | undefined;
}

/**
 * What a confirmation needs of the event sent: its metadata's identity and counts, and its units,
 * read as often as needed (a merge's come back from its spool a unit at a time: hundreds of
 * thousands of units are never held at once for this).
 */
export interface ConfirmTarget {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly units: () => Iterable<UnitCounts>;
}

/** The target of an event built whole (a report's). */
export function confirmTarget(event: SendEventRequest): ConfirmTarget {
  const metadata: Record<string, unknown> = { ...event.metadata };
  const details = event.metadata?.terragrunt_details ?? [];
  // The units are compared one by one; the stacks are not compared at all.
  delete metadata['terragrunt_details'];
  delete metadata['stacks'];
  return { metadata, units: () => details };
}

/**
 * Per-unit lookups in flight at once, and the most units looked up: a tree of thousands of units
 * is not thousands of requests in a row past the run's deadline. Units with changes go first (a
 * count Harness lost matters most there); the line then says how many were checked.
 */
const UNIT_LOOKUPS_AT_ONCE = 4;
export const MAX_CHECKED_UNITS = 200;

const KINDS = ['added', 'changed', 'deleted', 'imported', 'removed'] as const;

function tally(changes: ResourceChanges['planned_changes']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const change of changes ?? []) out[change.change] = (out[change.change] ?? 0) + 1;
  return out;
}

/** "unit a/b: added 3 (we sent 2)" for each count Harness has otherwise. */
export function compare(
  where: string,
  ours: { resource_counts?: object | undefined; drift_counts?: object | undefined },
  theirs: ResourceChanges,
): string[] {
  const found: string[] = [];
  const pairs = [
    ['', ours.resource_counts, theirs.planned_changes],
    ['drift ', ours.drift_counts, theirs.drift_changes],
  ] as const;
  for (const [label, counts, changes] of pairs) {
    if (counts === undefined) continue;
    const recorded = tally(changes);
    for (const kind of KINDS) {
      const sentCount = (counts as Record<string, number | undefined>)[kind];
      if (sentCount === undefined) continue;
      const got = recorded[kind] ?? 0;
      if (got !== sentCount) found.push(`${where}${label}${kind} ${got} (we sent ${sentCount})`);
    }
  }
  return found;
}

/** The HTTP options of one lookup, its budget cut to the deadline; undefined once it has passed. */
export function budgeted(
  options: { readonly deadline: number; readonly http?: HttpOptions | undefined },
  now: () => number,
): HttpOptions | undefined {
  const remaining = options.deadline - now();
  if (remaining <= 0) return undefined;
  return { ...options.http, totalBudgetMs: Math.min(remaining, options.http?.totalBudgetMs ?? remaining) };
}

function hasCounts(unit: UnitCounts): boolean {
  for (const counts of [unit.resource_counts, unit.drift_counts]) {
    for (const value of Object.values(counts ?? {})) if (typeof value === 'number' && value > 0) return true;
  }
  return false;
}

/** The units to look up, at most MAX_CHECKED_UNITS, those with changes first; and how many there are. */
export function unitsToCheck(sent: ConfirmTarget): { readonly picked: UnitCounts[]; readonly total: number } {
  const picked: UnitCounts[] = [];
  let total = 0;
  for (const unit of sent.units()) {
    total += 1;
    if (picked.length < MAX_CHECKED_UNITS && hasCounts(unit)) picked.push(unit);
  }
  if (picked.length < MAX_CHECKED_UNITS) {
    for (const unit of sent.units()) {
      if (picked.length >= MAX_CHECKED_UNITS) break;
      if (!hasCounts(unit)) picked.push(unit);
    }
  }
  return { picked, total };
}

/** Each picked unit's counts compared, a few lookups at once, none started past the deadline. */
export async function compareUnits(
  conn: ApiConnection,
  activityId: string,
  units: readonly UnitCounts[],
  options: {
    readonly deadline: number;
    readonly http?: HttpOptions | undefined;
    readonly now?: () => number;
  },
): Promise<{ readonly differences: string[]; readonly checked: number }> {
  const now = options.now ?? Date.now;
  const found: string[][] = units.map(() => []);
  let next = 0;
  let checked = 0;
  const worker = async (): Promise<void> => {
    for (let at = next++; at < units.length; at = next++) {
      const http = budgeted(options, now);
      if (http === undefined) return;
      const unit = units[at]!;
      const changes = await activityResourceChanges(conn, activityId, unit.path_id, http);
      found[at] = compare(`unit ${unit.path_id}: `, unit, changes);
      checked += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(UNIT_LOOKUPS_AT_ONCE, units.length) }, worker));
  return { differences: found.flat(), checked };
}
