/**
 * Confirm and link (issue 26): after Harness accepted an event (a 200 with no body, so no id),
 * find the activity it became and check that Harness read the counts as we sent them.
 *
 * Finding it is our inference: list the workspace's activities filtered by execution, stage and
 * type from just before the send, keep those whose metadata agrees with what we sent on the run's
 * own identity (commit, execution, stage, Terragrunt units), and take the newest `created`. Matrix
 * legs differ in stage execution id (Harness) or workspace, so each finds its own. Then Harness's
 * resource changes (per unit with `path_id` for Terragrunt) are counted and compared with ours.
 * Everything is bounded by the run's deadline; a lookup that fails or finds nothing is a warning.
 */
import { createHash } from 'node:crypto';
import {
  activityResourceChanges,
  listActivities,
  type Activity,
  type ResourceChanges,
} from '../api/activities.js';
import type { ApiConnection } from '../api/connection.js';
import type { HttpOptions } from '../api/http-client.js';
import type { SendEventRequest } from '../reporter/event-schema.js';

export type Confirmation =
  | {
      readonly kind: 'confirmed';
      readonly activityId: string;
      /** A Harness UI link, only with a configured UI base (the address is our inference). */
      readonly link: string | undefined;
      /** Each count Harness recorded differently, in words; empty when all match. */
      readonly differences: readonly string[];
      /** Terragrunt units sent, and how many of them had their counts looked up (all but a cut). */
      readonly units: number;
      readonly checkedUnits: number;
    }
  | { readonly kind: 'unconfirmed'; readonly warning: string };

export interface ConfirmOptions {
  readonly http?: HttpOptions;
  /** Absolute time (ms) past which no lookup starts: the run's own deadline. */
  readonly deadline: number;
  /** Harness UI base for links (`https://app.harness.io`); none: no link. */
  readonly uiBase?: string | undefined;
  /** Lookups before giving up (Harness may list an activity a moment after the 200). */
  readonly attempts?: number;
  readonly pauseMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

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

const IDENTITY = ['git_commit_sha', 'pipeline_execution_id', 'pipeline_stage_id', 'activity_type'] as const;
const KINDS = ['added', 'changed', 'deleted', 'imported', 'removed'] as const;

/**
 * The set of unit paths as a number and a count, the same whatever the order: an activity is ours
 * only when its units are exactly the units sent. Sum of 64-bit hashes (mod 2^64) of each path.
 */
function pathSet(paths: Iterable<string>): string {
  let sum = 0n;
  let count = 0;
  for (const path of paths) {
    sum = (sum + createHash('sha256').update(path).digest().readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
    count += 1;
  }
  return `${count}:${sum.toString(16)}`;
}

function* pathsOf(units: Iterable<{ readonly path_id?: unknown }>): Iterable<string> {
  for (const unit of units) yield String(unit.path_id);
}

/** Whether an activity's metadata agrees with ours on who sent it (not on the counts we compare). */
function isOurs(activity: Activity, sent: Readonly<Record<string, unknown>>, sentPaths: string): boolean {
  const theirs = (activity.metadata ?? {}) as Record<string, unknown>;
  for (const key of IDENTITY) {
    if (sent[key] !== undefined && theirs[key] !== undefined && theirs[key] !== sent[key]) return false;
  }
  const units = theirs['terragrunt_details'];
  return pathSet(pathsOf(Array.isArray(units) ? (units as { path_id?: unknown }[]) : [])) === sentPaths;
}

/** The newest activity of ours created since the send began, or undefined. */
export function pickActivity(
  activities: readonly Activity[],
  sent: ConfirmTarget,
  sinceMs: number,
): Activity | undefined {
  const paths = pathSet(pathsOf(sent.units()));
  return activities
    .filter((a) => a.created >= sinceMs - 1000 && isOurs(a, sent.metadata, paths))
    .sort((a, b) => b.created - a.created)[0];
}

function tally(changes: ResourceChanges['planned_changes']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const change of changes ?? []) out[change.change] = (out[change.change] ?? 0) + 1;
  return out;
}

/** "unit a/b: added 3 (we sent 2)" for each count Harness has otherwise. */
function compare(
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

/** `{ui}/ng/account/{acc}/module/iacm/orgs/{org}/projects/{project}/workspaces/{ws}/activity/{id}` (our inference). */
export function activityLink(uiBase: string, conn: ApiConnection, id: string): string {
  const parts = ['ng/account', conn.accountId, 'module/iacm/orgs', conn.org, 'projects', conn.project];
  const tail = ['workspaces', conn.workspace, 'activity', id];
  const segs = [
    ...parts.map((p, i) => (i % 2 === 0 ? p : encodeURIComponent(p ?? ''))),
    ...tail.map((p) => encodeURIComponent(p ?? '')),
  ];
  return `${uiBase.replace(/\/+$/, '')}/${segs.join('/')}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function findActivity(
  conn: ApiConnection,
  sent: ConfirmTarget,
  sinceMs: number,
  options: ConfirmOptions,
): Promise<Activity | undefined> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 3;
  const pause = options.pauseMs ?? 1000;
  const text = (key: string): string | undefined => {
    const value = sent.metadata[key];
    return typeof value === 'string' ? value : undefined;
  };
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const http = budgeted(options, now);
    if (http === undefined) return undefined;
    const listed = await listActivities(
      conn,
      {
        workspace: conn.workspace ?? '',
        pipelineExecutionId: text('pipeline_execution_id'),
        pipelineStageId: text('pipeline_stage_id'),
        activityType: text('activity_type'),
        startTime: Math.floor(sinceMs / 1000) - 1,
      },
      http,
    );
    const found = pickActivity(listed, sent, sinceMs);
    if (found !== undefined) return found;
    if (attempt < attempts && now() + pause < options.deadline) await sleep(pause);
  }
  return undefined;
}

/** The HTTP options of one lookup, its budget cut to the deadline; undefined once it has passed. */
function budgeted(options: ConfirmOptions, now: () => number): HttpOptions | undefined {
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
function unitsToCheck(sent: ConfirmTarget): { readonly picked: UnitCounts[]; readonly total: number } {
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
async function compareUnits(
  conn: ApiConnection,
  activityId: string,
  units: readonly UnitCounts[],
  options: ConfirmOptions,
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

/** Find the activity, compare Harness's counts with ours; never throws. */
export async function confirmActivity(
  conn: ApiConnection,
  sent: ConfirmTarget,
  sinceMs: number,
  options: ConfirmOptions,
): Promise<Confirmation> {
  try {
    const activity = await findActivity(conn, sent, sinceMs, options);
    if (activity === undefined) {
      return {
        kind: 'unconfirmed',
        warning: `Harness accepted the event, but no activity for it was listed in time (workspace ${conn.workspace ?? ''}); the counts were not checked`,
      };
    }
    const { picked, total } = unitsToCheck(sent);
    let differences: string[];
    let checked = 0;
    if (total === 0) {
      const http = budgeted(options, options.now ?? Date.now) ?? options.http ?? {};
      differences = compare(
        '',
        sent.metadata,
        await activityResourceChanges(conn, activity.id, undefined, http),
      );
    } else {
      ({ differences, checked } = await compareUnits(conn, activity.id, picked, options));
    }
    const link = options.uiBase === undefined ? undefined : activityLink(options.uiBase, conn, activity.id);
    return {
      kind: 'confirmed',
      activityId: activity.id,
      link,
      differences,
      units: total,
      checkedUnits: checked,
    };
  } catch (error) {
    return {
      kind: 'unconfirmed',
      warning: `Harness accepted the event, but looking up its activity failed: ${describeError(error)}`,
    };
  }
}

/** The one line every summary and log shows for a confirmation. */
export function confirmationLine(confirmation: Confirmation): string {
  if (confirmation.kind === 'unconfirmed') return `warning: ${confirmation.warning}`;
  const { activityId, differences, units, checkedUnits } = confirmation;
  // Never greener than what was looked at: units left unchecked are said, beside the counts.
  const unchecked = units - checkedUnits;
  const scope =
    unchecked === 0
      ? ''
      : ` for ${checkedUnits.toLocaleString('en-US')} of ${units.toLocaleString('en-US')} units (${unchecked.toLocaleString('en-US')} not checked: ${checkedUnits < Math.min(units, MAX_CHECKED_UNITS) ? 'the time ran out' : `at most ${MAX_CHECKED_UNITS} are looked up, units with changes first`})`;
  return differences.length === 0
    ? `Harness recorded activity ${activityId}: counts match${scope}`
    : `warning: Harness recorded activity ${activityId} with other counts${scope}: ${differences.join('; ')}`;
}
