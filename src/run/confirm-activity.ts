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
import { activityResourceChanges, listActivities, type Activity } from '../api/activities.js';
import type { ApiConnection } from '../api/connection.js';
import type { HttpOptions } from '../api/http-client.js';
import {
  budgeted,
  compare,
  compareUnits,
  MAX_CHECKED_UNITS,
  unitsToCheck,
  type ConfirmTarget,
} from './sent-counts.js';
import { thousands } from '../thousands.js';

export { confirmTarget, MAX_CHECKED_UNITS, type ConfirmTarget, type UnitCounts } from './sent-counts.js';

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

const IDENTITY = ['git_commit_sha', 'pipeline_execution_id', 'pipeline_stage_id', 'activity_type'] as const;

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
      : ` for ${thousands(checkedUnits)} of ${thousands(units)} units (${thousands(unchecked)} not checked: ${checkedUnits < Math.min(units, MAX_CHECKED_UNITS) ? 'the time ran out' : `at most ${MAX_CHECKED_UNITS} are looked up, units with changes first`})`;
  return differences.length === 0
    ? `Harness recorded activity ${activityId}: counts match${scope}`
    : `warning: Harness recorded activity ${activityId} with other counts${scope}: ${differences.join('; ')}`;
}
