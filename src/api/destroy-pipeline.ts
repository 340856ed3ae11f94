/**
 * The destroy pipeline a time to live runs, when the caller names none. Harness's
 * UpdateEphemeralConfigRequest requires `pipeline_id`, and no source says which pipeline Harness
 * would pick by itself. The only record that names one is the time-to-live setting Harness
 * already holds (GetEphemeralConfigResponse.pipeline_id, set on the workspace or inherited from
 * its project, `source`); the workspace's own record (GET .../workspaces/{workspace}) has no
 * destroy-pipeline field. So: that setting's pipeline, else nothing (the caller refuses).
 */
import { getEphemeralConfig } from './iacm-api.js';
import type { ApiConnection } from './connection.js';
import type { HttpOptions } from './http-client.js';

export interface KnownDestroyPipeline {
  readonly id: string;
  /** `workspace` or `project` as Harness says, when it says. */
  readonly source: string | undefined;
}

export async function knownDestroyPipeline(
  conn: ApiConnection,
  options: HttpOptions = {},
): Promise<KnownDestroyPipeline | undefined> {
  const config = await getEphemeralConfig(conn, options);
  const id = config?.['pipeline_id'];
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  const source = config?.['source'];
  return { id, source: typeof source === 'string' && source !== '' ? source : undefined };
}
