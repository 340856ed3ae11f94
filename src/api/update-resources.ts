/**
 * `PATCH .../workspaces/{workspace}/resources` (Harness's update-resources): per-resource drift
 * for the workspace's Resources view. The shape is from Harness's API reference page (it is not in
 * the published OpenAPI we hold; team notes: harness-iacm-api.md). Only `update_mode: "drift"` is
 * ever sent, and never the `resources/stale` delete, which removes every resource a session did
 * not name. A 400 answers in the same shape as a 200, so its per-resource results are read too.
 */
import * as z from '../zod-mini.js';
import { statusError } from './api-errors.js';
import type { ApiConnection } from './connection.js';
import { context, parseResponse, withClient } from './api-call.js';
import { workspaceUrl } from './api-url.js';
import type { HttpOptions } from './http-client.js';

export interface ResourceUpdate {
  readonly provider: string;
  readonly type: string;
  readonly name: string;
  readonly module: string;
  readonly mode: 'managed' | 'datasource';
  readonly attributes: Record<string, never>;
  readonly path_id?: string;
  readonly drift_status: 'changed' | 'deleted';
  readonly drift_attributes: Record<string, string>;
}

export interface UpdateResourcesRequest {
  readonly resources: readonly ResourceUpdate[];
  readonly session_id: string;
  readonly update_mode: 'drift';
}

const text = z.pipe(
  z.nullish(z.string()),
  z.transform((v: string | null | undefined) => v ?? ''),
);

export const updateResourcesResponseSchema = z.looseObject({
  results: z.pipe(
    z.nullish(
      z.array(
        z.looseObject({
          error: text,
          mode: text,
          module: text,
          name: text,
          provider: text,
          status: text,
          type: text,
        }),
      ),
    ),
    z.transform(<T>(v: T[] | null | undefined): T[] => v ?? []),
  ),
  summary: z.looseObject({
    failed: z.number().check(z.int(), z.nonnegative()),
    skipped: z.number().check(z.int(), z.nonnegative()),
    total: z.number().check(z.int(), z.nonnegative()),
    updated: z.number().check(z.int(), z.nonnegative()),
  }),
});
export type UpdateResourcesResponse = z.infer<typeof updateResourcesResponseSchema>;

/** One PATCH; a 400 that carries results is an answer (its failures per resource), not an error. */
export async function updateResources(
  conn: ApiConnection,
  request: UpdateResourcesRequest,
  options: HttpOptions = {},
): Promise<UpdateResourcesResponse> {
  return withClient(conn, { ...options, answerStatuses: [400] }, async (client, resolved) => {
    const url = workspaceUrl(resolved, 'resources');
    const action = 'update the workspace resources with drift';
    const ctx = context(resolved, url, action);
    const response = await client.call('PATCH', url, action, JSON.stringify(request));
    if (response.status === 400) {
      // Harness's 400 carries the same results as a 200; any other 400 is the error it reads as.
      const answer = updateResourcesResponseSchema.safeParse(jsonOrUndefined(response.body));
      if (answer.success) return answer.data;
      throw statusError(400, response.body, ctx, 1);
    }
    return parseResponse(response, updateResourcesResponseSchema, ctx);
  });
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
