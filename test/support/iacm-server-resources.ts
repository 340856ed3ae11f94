/**
 * The test IaCM server's update-resources (`PATCH .../workspaces/{ws}/resources`, see
 * iacm-server.ts): every call is kept as received, and each resource answered `updated` unless a
 * test fails or skips it (per-resource failures), in the answer shape of the team's API notes
 * (`results[]`, `summary`); with `failWith400` a call with a failure answers 400 in that same shape.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { goaError, sendJson } from './iacm-server-routes.js';

export interface ResourceUpdateCall {
  readonly workspace: string;
  readonly body: {
    readonly resources: readonly Record<string, unknown>[];
    readonly session_id?: string;
    readonly update_mode?: string;
  };
}

export interface ResourceSettings {
  /** An error text fails the resource; undefined updates it. */
  fail: ((resource: Record<string, unknown>) => string | undefined) | undefined;
  /** True skips the resource (Harness has no such resource, say). */
  skip: ((resource: Record<string, unknown>) => boolean) | undefined;
  /** Answer a call with any failure with 400 (same shape), as the notes say Harness may. */
  failWith400: boolean;
  /** Fail every call with this status (a Goa error body, no results). */
  failCall: number | undefined;
}

export function handleUpdateResources(
  req: IncomingMessage,
  res: ServerResponse,
  raw: Buffer,
  workspace: string,
  settings: ResourceSettings,
  calls: ResourceUpdateCall[],
): void {
  if (req.method !== 'PATCH') {
    goaError(res, 405, 'method_not_allowed', `${String(req.method)} resources is not supported`);
    return;
  }
  if (settings.failCall !== undefined) {
    goaError(res, settings.failCall, 'internal', 'resources are unavailable');
    return;
  }
  // The body was checked against the notes' UpdateResourcesRequest by the contract check.
  const body = JSON.parse(raw.toString('utf8')) as ResourceUpdateCall['body'];
  calls.push({ workspace, body });
  const results = body.resources.map((resource) => {
    const error = settings.fail?.(resource);
    const skipped = error === undefined && settings.skip?.(resource) === true;
    return {
      error: error ?? '',
      mode: String(resource['mode']),
      module: String(resource['module']),
      name: String(resource['name']),
      provider: String(resource['provider']),
      status: error !== undefined ? 'failed' : skipped ? 'skipped' : 'updated',
      type: String(resource['type']),
    };
  });
  const count = (status: string): number => results.filter((r) => r.status === status).length;
  const summary = {
    failed: count('failed'),
    skipped: count('skipped'),
    total: results.length,
    updated: count('updated'),
  };
  sendJson(res, settings.failWith400 && summary.failed > 0 ? 400 : 200, { results, summary });
}
