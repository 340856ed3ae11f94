/** What every IaCM call shares: a client that is closed afterwards, and validated answers. */
import type * as z from '../zod-mini.js';
import type { ApiConnection, ResolvedConnection } from './connection.js';
import { responseError, type CallContext } from './api-errors.js';
import { requireConnection } from './api-url.js';
import { clipMiddle, plainText } from '../plain-text.js';
import { createHttpClient, type HttpClient, type HttpOptions, type HttpResponse } from './http-client.js';

/** Parses a 2xx body as JSON of the given shape, or ApiError API_RESPONSE. */
export function parseResponse<T>(response: HttpResponse, schema: z.ZodMiniType<T>, ctx: CallContext): T {
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch (error) {
    const kind =
      response.body.trim() === ''
        ? 'an empty body'
        : `a body that is not JSON (${serverWords(response.headers['content-type'] ?? 'no content type')})`;
    throw responseError(`with ${kind}`, ctx, { cause: error });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    // The path is made of the server's keys: shown plain and short (api-errors.ts's rule).
    const where =
      issue === undefined || issue.path.length === 0 ? 'the body' : serverWords(issue.path.join('.'));
    throw responseError(`with JSON of an unexpected shape (${where}: ${issue?.message ?? 'invalid'})`, ctx);
  }
  return result.data;
}

export async function withClient<T>(
  conn: ApiConnection,
  options: HttpOptions,
  use: (client: HttpClient, resolved: ApiConnection & ResolvedConnection) => Promise<T>,
): Promise<T> {
  const resolved = requireConnection(conn) as ApiConnection & ResolvedConnection;
  const client = await createHttpClient(resolved, options);
  try {
    return await use(client, resolved);
  } finally {
    await client.close();
  }
}

export function context(resolved: ResolvedConnection, url: URL, action: string): CallContext {
  return { conn: resolved, host: url.host, action };
}

/** A few words of a server's answer we do show (a header, a key path): one plain line, short. */
function serverWords(text: string): string {
  return clipMiddle(plainText(String(text)), 60);
}
