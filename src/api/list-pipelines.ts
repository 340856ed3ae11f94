/**
 * GET `.../workspaces/{workspace}/pipelines`, every page. The two Harness documents disagree on
 * the paging headers and on the largest `limit`, so we read either naming, trust a short or empty
 * page as the end, and protect ourselves from a server that ignores `page` (the same page again)
 * with repeat detection and a hard cap on pages.
 */
import * as z from '../zod-mini.js';
import type { ApiConnection } from './connection.js';
import { context, parseResponse, withClient } from './api-call.js';
import { workspaceUrl } from './api-url.js';
import type { HttpOptions } from './http-client.js';

export interface ListPipelinesOptions extends HttpOptions {
  /** `limit` per page. Default 100: the lower of the two documented caps, so both servers honour it. */
  readonly pageSize?: number;
  /** Stop after this many pages whatever the headers say. Default 100. */
  readonly maxPages?: number;
}

export interface WorkspacePipelines {
  readonly account?: string;
  readonly org?: string;
  readonly project?: string;
  /** Pipeline identifiers, in the server's order, without repeats. */
  readonly pipelines: string[];
  /** True when the page cap stopped the listing before the server said it was done. */
  readonly truncated: boolean;
}

const pageSchema = z.looseObject({
  account: z.optional(z.string()),
  org: z.optional(z.string()),
  project: z.optional(z.string()),
  // A Go server encodes an empty list as null; both mean "none".
  pipelines: z.nullish(z.array(z.string())),
});

interface PageHeaders {
  readonly totalItems?: number;
  readonly totalPages?: number;
  readonly pageSize?: number;
  readonly pageNumber?: number;
}

function headerNumber(headers: Readonly<Record<string, string>>, names: string[]): number | undefined {
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined && /^\s*\d+\s*$/.test(value)) return Number(value);
  }
  return undefined;
}

/** Header names arrive lower-cased, so `X-Total-Elements` is looked up as `x-total-elements`. */
export function readPageHeaders(headers: Readonly<Record<string, string>>): PageHeaders {
  const totalItems = headerNumber(headers, ['x-total-elements', 'x-total-items']);
  const totalPages = headerNumber(headers, ['x-total-pages']);
  const pageSize = headerNumber(headers, ['x-page-size']);
  const pageNumber = headerNumber(headers, ['x-page-number']);
  return {
    ...(totalItems === undefined ? {} : { totalItems }),
    ...(totalPages === undefined ? {} : { totalPages }),
    ...(pageSize === undefined || pageSize === 0 ? {} : { pageSize }),
    ...(pageNumber === undefined ? {} : { pageNumber }),
  };
}

export async function listWorkspacePipelines(
  conn: ApiConnection,
  options: ListPipelinesOptions = {},
): Promise<WorkspacePipelines> {
  const limit = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 100;
  const action = 'list the pipelines of the workspace';
  return withClient(conn, options, async (client, resolved) => {
    const seen = new Set<string>();
    let first: z.infer<typeof pageSchema> | undefined;
    let previous: { key: string; pageNumber?: number } | undefined;
    let done = false;
    for (let page = 1; page <= maxPages && !done; page++) {
      const url = workspaceUrl(resolved, 'pipelines', { limit, page });
      const response = await client.call('GET', url, action);
      const body = parseResponse(response, pageSchema, context(resolved, url, action));
      first ??= body;
      const items = body.pipelines ?? [];
      const info = readPageHeaders(response.headers);
      const key = JSON.stringify(items);
      // The page number header is not trusted to be 1-based; only "same as last time" is a signal.
      const repeated =
        previous !== undefined &&
        ((items.length > 0 && key === previous.key) ||
          (info.pageNumber !== undefined && info.pageNumber === previous.pageNumber));
      if (repeated) break;
      previous = { key, ...(info.pageNumber === undefined ? {} : { pageNumber: info.pageNumber }) };
      for (const item of items) seen.add(item);
      const totalsKnown = info.totalPages !== undefined || info.totalItems !== undefined;
      const totalsReached =
        (info.totalPages !== undefined && page >= info.totalPages) ||
        (info.totalItems !== undefined && seen.size >= info.totalItems);
      // A page shorter than asked for ends the list, unless a total says more are coming (a
      // server that caps `limit` below ours and says so only through its totals).
      const short = items.length < (info.pageSize ?? limit);
      done = items.length === 0 || totalsReached || (short && !totalsKnown);
      if (!done && page === maxPages) {
        return { ...identity(first), pipelines: [...seen], truncated: true };
      }
    }
    return { ...identity(first), pipelines: [...seen], truncated: false };
  });
}

function identity(
  body: z.infer<typeof pageSchema> | undefined,
): Pick<WorkspacePipelines, 'account' | 'org' | 'project'> {
  return {
    ...(body?.account === undefined ? {} : { account: body.account }),
    ...(body?.org === undefined ? {} : { org: body.org }),
    ...(body?.project === undefined ? {} : { project: body.project }),
  };
}
