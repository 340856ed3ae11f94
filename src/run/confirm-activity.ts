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
const KINDS = ['added', 'changed', 'deleted', 'imported', 'removed'] as const;

function unitPaths(metadata: Record<string, unknown> | null | undefined): string {
  const units = (metadata?.['terragrunt_details'] ?? []) as { path_id?: unknown }[];
  return units
    .map((u) => String(u.path_id))
    .sort()
    .join('\n');
}

/** Whether an activity's metadata agrees with ours on who sent it (not on the counts we compare). */
function isOurs(activity: Activity, sent: Record<string, unknown>): boolean {
  const theirs = (activity.metadata ?? {}) as Record<string, unknown>;
  for (const key of IDENTITY) {
    if (sent[key] !== undefined && theirs[key] !== undefined && theirs[key] !== sent[key]) return false;
  }
  return unitPaths(theirs) === unitPaths(sent);
}

/** The newest activity of ours created since the send began, or undefined. */
export function pickActivity(
  activities: readonly Activity[],
  sent: SendEventRequest,
  sinceMs: number,
): Activity | undefined {
  const metadata = (sent.metadata ?? {}) as Record<string, unknown>;
  return activities
    .filter((a) => a.created >= sinceMs - 1000 && isOurs(a, metadata))
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
  sent: SendEventRequest,
  sinceMs: number,
  options: ConfirmOptions,
): Promise<Activity | undefined> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 3;
  const pause = options.pauseMs ?? 1000;
  const metadata = sent.metadata;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const remaining = options.deadline - now();
    if (remaining <= 0) return undefined;
    const http: HttpOptions = {
      ...options.http,
      totalBudgetMs: Math.min(remaining, options.http?.totalBudgetMs ?? remaining),
    };
    const listed = await listActivities(
      conn,
      {
        workspace: conn.workspace ?? '',
        pipelineExecutionId: metadata?.pipeline_execution_id,
        pipelineStageId: metadata?.pipeline_stage_id,
        activityType: metadata?.activity_type,
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
  sent: SendEventRequest,
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
    const http = options.http ?? {};
    const metadata = sent.metadata ?? {};
    const differences: string[] = [];
    const units = metadata.terragrunt_details ?? [];
    if (units.length === 0) {
      differences.push(
        ...compare('', metadata, await activityResourceChanges(conn, activity.id, undefined, http)),
      );
    } else {
      for (const unit of units) {
        const changes = await activityResourceChanges(conn, activity.id, unit.path_id, http);
        differences.push(...compare(`unit ${unit.path_id}: `, unit, changes));
      }
    }
    const link = options.uiBase === undefined ? undefined : activityLink(options.uiBase, conn, activity.id);
    return { kind: 'confirmed', activityId: activity.id, link, differences };
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
  const { activityId, differences } = confirmation;
  return differences.length === 0
    ? `Harness recorded activity ${activityId}: counts match`
    : `warning: Harness recorded activity ${activityId} with other counts: ${differences.join('; ')}`;
}
