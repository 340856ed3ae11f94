/**
 * The IaCM calls this tool makes. Each takes a ApiConnection (checked here: a call without an
 * account, org, project, workspace or key is a UsageError) and HttpOptions for timeouts, retries
 * and proxies. Bodies come in finished; answers are validated with zod before anyone reads them.
 */
import * as z from '../zod-mini.js';
import { ApiError } from '../errors.js';
import type { ApiConnection } from './connection.js';
import { requestBodyOf, type EventBody } from './event-body.js';
import { context, parseResponse, withClient } from './api-call.js';
import { workspaceUrl } from './api-url.js';
import type { HttpOptions } from './http-client.js';

export {
  listWorkspacePipelines,
  type WorkspacePipelines,
  type ListPipelinesOptions,
} from './list-pipelines.js';

export const DELAY_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;
export type DelayUnit = (typeof DELAY_UNITS)[number];

/**
 * PUT body for `.../ephemeral-config` (Harness's UpdateEphemeralConfigRequest): a delay or a date
 * for destroy, optionally for delete too. `pipeline_id` is the one field the spec requires.
 */
export interface EphemeralConfigRequest {
  destroy_delay_value?: number;
  destroy_delay_unit?: DelayUnit;
  destroy_on_date?: string;
  delete_workspace?: boolean;
  delete_delay_value?: number;
  delete_delay_unit?: DelayUnit;
  delete_on_date?: string;
  pipeline_id: string;
  provisioner?: string;
}

const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value: string | null | undefined) => (value === null || value === '' ? undefined : value)),
);

/**
 * The spec marks `status` required; we accept its absence rather than report a failure for a TTL
 * that was in fact set. Unknown fields are kept: GET may return the stored settings as well.
 */
export const ephemeralConfigResponseSchema = z.looseObject({
  destroy_at: optionalText,
  delete_at: optionalText,
  status: optionalText,
});
export type EphemeralConfigResponse = z.infer<typeof ephemeralConfigResponseSchema>;

/** POST `.../events` with `body` exactly as given (success is a 200 with no body). */
export async function sendEvent(
  conn: ApiConnection,
  body: EventBody,
  options: HttpOptions = {},
): Promise<void> {
  // An event sent twice is two activities: the client re-sends only what Harness certainly did
  // not act on; an unknown outcome is the caller's to settle (deliver.ts).
  await withClient(conn, { ...options, retryUnknownOutcome: false }, async (client, resolved) => {
    const url = workspaceUrl(resolved, 'events');
    const action = 'send the event';
    const response = await client.call('POST', url, action, requestBodyOf(body));
    // A 2xx with a body that is not JSON (a web server's or proxy's HTML page) is not Harness
    // taking the event: fail (and so spool the body) rather than report a send that lost it.
    if (response.body.trim() !== '') parseResponse(response, z.unknown(), context(resolved, url, action));
  });
}

export async function putEphemeralConfig(
  conn: ApiConnection,
  config: EphemeralConfigRequest,
  options: HttpOptions = {},
): Promise<EphemeralConfigResponse> {
  return withClient(conn, options, async (client, resolved) => {
    const url = workspaceUrl(resolved, 'ephemeral-config');
    const action = 'set the workspace time to live';
    const response = await client.call('PUT', url, action, JSON.stringify(config));
    return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
  });
}

/**
 * The workspace's time to live, or undefined when it has none: Harness answers a GET for a
 * workspace without one with a 404 whose message is about the config, and an unknown workspace
 * (or org, project) with a 404 whose message is about the workspace. The API reference documents
 * neither body; telling them apart by the message is our inference, so only a 404 that names the
 * config and does not say a workspace is missing counts as "none". Anything else stays an error.
 */
export async function getEphemeralConfig(
  conn: ApiConnection,
  options: HttpOptions = {},
): Promise<EphemeralConfigResponse | undefined> {
  return withClient(conn, options, async (client, resolved) => {
    const url = workspaceUrl(resolved, 'ephemeral-config');
    const action = 'read the workspace time to live';
    let response;
    try {
      response = await client.call('GET', url, action);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && saysNoConfig(error.serverMessage))
        return undefined;
      throw error;
    }
    return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
  });
}

/** A 404 message about a missing config (not a missing workspace, org or project). */
export function saysNoConfig(message: string | undefined): boolean {
  if (message === undefined) return false;
  const aboutConfig = /ephemeral[ _-]?config|time[ _-]to[ _-]live|\bttl\b|\bconfig(uration)?\b/i.test(
    message,
  );
  const missingScope =
    /\b(workspace|org(anization)?|project|account)\b[^.;]*\b(not found|does not exist|doesn't exist|unknown)\b/i.test(
      message,
    ) || /\b(no such|unknown) (workspace|org(anization)?|project|account)\b/i.test(message);
  return aboutConfig && !missingScope;
}

/** Turns the time to live off. Whatever a 2xx carries is ignored. */
export async function deleteEphemeralConfig(conn: ApiConnection, options: HttpOptions = {}): Promise<void> {
  await withClient(conn, options, async (client, resolved) => {
    await client.call(
      'DELETE',
      workspaceUrl(resolved, 'ephemeral-config'),
      'turn the workspace time to live off',
    );
  });
}
