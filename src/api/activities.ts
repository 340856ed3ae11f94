/**
 * Reading back what Harness recorded: `list-activities` (filtered by workspace, execution, stage,
 * type and start time; newest first) and an activity's `resource-changes` (per Terragrunt unit
 * with `path_id`). Shapes from Harness's published IaCM API; answers are validated, unknown
 * fields kept.
 */
import * as z from '../zod-mini.js';
import type { ApiConnection } from './connection.js';
import { context, parseResponse, withClient } from './api-call.js';
import { apiRoot } from './api-url.js';
import type { HttpOptions } from './http-client.js';

const countsLike = z.looseObject({
  added: z.optional(z.number()),
  changed: z.optional(z.number()),
  deleted: z.optional(z.number()),
  unchanged: z.optional(z.number()),
  imported: z.optional(z.number()),
  removed: z.optional(z.number()),
});

export const activitySchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  created: z.number(),
  workspace: z.optional(z.string()),
  metadata: z.nullish(
    z.looseObject({
      resource_counts: z.optional(countsLike),
      drift_counts: z.optional(countsLike),
    }),
  ),
});
export type Activity = z.infer<typeof activitySchema>;

const changeSchema = z.looseObject({ change: z.string() });
export const resourceChangesSchema = z.looseObject({
  planned_changes: z.nullish(z.array(changeSchema)),
  drift_changes: z.nullish(z.array(changeSchema)),
});
export type ResourceChanges = z.infer<typeof resourceChangesSchema>;

export interface ActivityQuery {
  readonly workspace: string;
  readonly pipelineExecutionId?: string | undefined;
  readonly pipelineStageId?: string | undefined;
  readonly activityType?: string | undefined;
  /** Unix seconds: only activities created from then on. */
  readonly startTime: number;
  readonly limit?: number;
}

function projectUrl(
  conn: ApiConnection,
  tail: string,
  query: Record<string, string | number | undefined>,
): URL {
  const root = apiRoot(conn);
  const path = ['orgs', conn.org ?? '', 'projects', conn.project ?? ''].map(encodeURIComponent).join('/');
  const url = new URL(`${root.href}/${path}/${tail}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

/** One page of the activities matching `query`, newest first as Harness lists them. */
export async function listActivities(
  conn: ApiConnection,
  query: ActivityQuery,
  options: HttpOptions = {},
): Promise<Activity[]> {
  return withClient(conn, options, async (client, resolved) => {
    const url = projectUrl(resolved, 'activities', {
      workspace: query.workspace,
      pipeline_execution_id: query.pipelineExecutionId,
      pipeline_stage_id: query.pipelineStageId,
      activity_type: query.activityType,
      start_time: query.startTime,
      limit: query.limit ?? 100,
      page: 1,
    });
    const action = 'list the workspace activities';
    const response = await client.call('GET', url, action);
    return parseResponse(response, z.array(activitySchema), context(resolved, url, action));
  });
}

/** What Harness recorded as changed by one activity (one Terragrunt unit with `pathId`). */
export async function activityResourceChanges(
  conn: ApiConnection,
  activityId: string,
  pathId: string | undefined,
  options: HttpOptions = {},
): Promise<ResourceChanges> {
  return withClient(conn, options, async (client, resolved) => {
    const url = projectUrl(resolved, `activities/${encodeURIComponent(activityId)}/resource-changes`, {
      workspace: resolved.workspace,
      path_id: pathId,
    });
    const action = 'read the activity resource changes';
    const response = await client.call('GET', url, action);
    return parseResponse(response, resourceChangesSchema, context(resolved, url, action));
  });
}
