/**
 * The test IaCM server's activities (see iacm-server.ts): every accepted event becomes one
 * activity (`list-activities` answers them, newest first, filtered as Harness's query parameters
 * say) with resource changes derived from the counts the event carried, which a test may skew
 * (`countsOffset`) to play a Harness that read them differently.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { goaError, sendJson } from './iacm-server-routes.js';

export interface StoredActivity {
  readonly id: string;
  readonly created: number;
  readonly account: string;
  readonly org: string;
  readonly project: string;
  readonly workspace: string;
  readonly metadata: Record<string, unknown>;
  readonly eventType: string;
}

export interface ActivitySettings {
  /** Added to Harness's count of this change kind in resource-changes (counts that differ). */
  countsOffset: Partial<Record<'added' | 'changed' | 'deleted', number>>;
  /** Fail list-activities with this status (a lookup that fails). */
  failList: number | undefined;
}

const KINDS = ['added', 'changed', 'deleted', 'imported', 'removed'] as const;

export function recordActivity(
  store: StoredActivity[],
  identity: { account: string; org: string; project: string; workspace: string },
  event: { event_type?: unknown; metadata?: unknown },
): StoredActivity {
  const activity: StoredActivity = {
    id: randomUUID(),
    // Strictly increasing, so "newest" is well defined even for sends in the same millisecond.
    created: Math.max(Date.now(), (store.at(-1)?.created ?? 0) + 1),
    ...identity,
    metadata: (event.metadata ?? {}) as Record<string, unknown>,
    eventType: String(event.event_type),
  };
  store.push(activity);
  return activity;
}

/** GET .../activities: Harness's filters; newest first; paging headers as the spec names them. */
export function handleListActivities(
  req: IncomingMessage,
  res: ServerResponse,
  store: readonly StoredActivity[],
  settings: ActivitySettings,
): void {
  if (settings.failList !== undefined) {
    goaError(res, settings.failList, 'internal', 'activities are unavailable');
    return;
  }
  const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const text = (name: string): string | undefined => q.get(name) || undefined;
  const startSeconds = Number(q.get('start_time') ?? '0');
  const endSeconds = q.get('end_time') === null ? Infinity : Number(q.get('end_time'));
  const found = store
    .filter((a) => text('workspace') === undefined || a.workspace === text('workspace'))
    .filter((a) => text('pipeline') === undefined || a.metadata['pipeline'] === text('pipeline'))
    .filter(
      (a) =>
        text('pipeline_execution_id') === undefined ||
        a.metadata['pipeline_execution_id'] === text('pipeline_execution_id'),
    )
    .filter(
      (a) =>
        text('pipeline_stage_id') === undefined ||
        a.metadata['pipeline_stage_id'] === text('pipeline_stage_id'),
    )
    .filter(
      (a) => text('activity_type') === undefined || a.metadata['activity_type'] === text('activity_type'),
    )
    .filter((a) => a.created >= startSeconds * 1000 && a.created <= endSeconds * 1000)
    .sort((a, b) => b.created - a.created);
  const limit = Number(q.get('limit') ?? '30');
  const page = Number(q.get('page') ?? '1');
  const items = found.slice((page - 1) * limit, page * limit);
  sendJson(
    res,
    200,
    items.map(({ eventType: _eventType, ...rest }) => rest),
    {
      'x-page-size': String(limit),
      'x-total-items': String(found.length),
      'x-total-pages': String(Math.max(1, Math.ceil(found.length / limit))),
    },
  );
}

function changesOf(counts: unknown, offset: ActivitySettings['countsOffset']): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const record = (counts ?? {}) as Record<string, number | undefined>;
  for (const kind of KINDS) {
    const n = Math.max(0, (record[kind] ?? 0) + (offset[kind as keyof typeof offset] ?? 0));
    for (let i = 0; i < n; i += 1) {
      out.push({
        change: kind,
        change_count: 1,
        changes: {},
        drift: false,
        module: '',
        name: `r${i}`,
        provider: 'terraform.io/builtin/terraform',
        type: 'terraform_data',
      });
    }
  }
  return out;
}

/** GET .../activities/{id}/resource-changes?workspace=&path_id=: changes rebuilt from the sent counts. */
export function handleResourceChanges(
  req: IncomingMessage,
  res: ServerResponse,
  store: readonly StoredActivity[],
  id: string,
  settings: ActivitySettings,
): void {
  const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const activity = store.find((a) => a.id === id);
  if (activity === undefined || (q.get('workspace') ?? activity.workspace) !== activity.workspace) {
    goaError(res, 404, 'not_found', `activity ${id} not found`);
    return;
  }
  const pathId = q.get('path_id');
  let source: Record<string, unknown> = activity.metadata;
  if (pathId !== null) {
    const units = (activity.metadata['terragrunt_details'] ?? []) as Record<string, unknown>[];
    const unit = units.find((u) => u['path_id'] === pathId);
    if (unit === undefined) {
      goaError(res, 404, 'not_found', `no unit ${pathId} in activity ${id}`);
      return;
    }
    source = unit;
  }
  sendJson(res, 200, {
    pipeline_execution: activity.metadata['pipeline_execution_id'] ?? '',
    pipeline_stage: activity.metadata['pipeline_stage_id'] ?? '',
    stage_id: '',
    workspace_id: activity.workspace,
    planned_changes: changesOf(source['resource_counts'], settings.countsOffset),
    drift_changes: changesOf(source['drift_counts'], settings.countsOffset),
    resources: [],
    data_sources: [],
    outputs: [],
    has_dependency_graph: false,
  });
}
