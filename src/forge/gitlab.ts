/**
 * GitLab's REST API (v4), the parts the review uses: the token's identity (GET /user), a merge
 * request's notes and its head commit. `PRIVATE-TOKEN` auth (a CI_JOB_TOKEN cannot write notes).
 * Lists follow `x-next-page`, bounded. Issues (drift) go beside these on the same project.
 */
import type { ForgeHttp } from './forge-http.js';
import type { CommentThread, ForgeComment, ForgeIdentity, WrittenComment } from './forge-types.js';

/** A note's body: GitLab refuses more than 1,000,000 characters. */
export const GITLAB_NOTE_MAX_CHARS = 1_000_000;
/** Pages of 100 searched for ours, at most. */
export const MAX_PAGES = 50;

type Json = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `:id` of a project: the numeric id, or the `group/name` path URL-encoded as one segment. */
export function projectPath(project: string): string {
  return `/projects/${encodeURIComponent(project)}`;
}

/** Every page of a list, following `x-next-page` (at most MAX_PAGES). */
export async function* gitlabPages(http: ForgeHttp, path: string): AsyncIterable<readonly Json[]> {
  const join = path.includes('?') ? '&' : '?';
  let page: string | undefined = '1';
  for (let seen = 0; page !== undefined && page !== '' && seen < MAX_PAGES; seen++) {
    const response = await http.request('GET', `${path}${join}per_page=100&page=${encodeURIComponent(page)}`);
    yield Array.isArray(response.json) ? (response.json as Json[]) : [];
    page = response.headers['x-next-page'];
  }
}

export async function gitlabIdentity(http: ForgeHttp): Promise<ForgeIdentity> {
  const user = (await http.request('GET', '/user')).json as { username?: unknown } | undefined;
  if (typeof user?.username !== 'string') throw new Error('GitLab API GET /user: no username in the answer');
  return { login: user.username, kind: 'user' };
}

function written(json: unknown, webUrl: string | undefined): WrittenComment {
  const id = Number((json as { id?: unknown } | undefined)?.id);
  return { id, url: webUrl === undefined ? '' : `${webUrl}#note_${id}` };
}

/** A merge request's notes. */
export function gitlabMergeRequest(http: ForgeHttp, project: string, iid: number): CommentThread {
  const base = `${projectPath(project)}/merge_requests/${iid}`;
  let identity: Promise<ForgeIdentity> | undefined;
  let webUrl: string | undefined;
  async function headSha(): Promise<string | undefined> {
    const mr = (await http.request('GET', base)).json as { sha?: unknown; web_url?: unknown } | undefined;
    if (typeof mr?.web_url === 'string') webUrl = mr.web_url;
    return typeof mr?.sha === 'string' ? mr.sha : undefined;
  }
  return {
    forge: 'gitlab',
    maxBodyChars: GITLAB_NOTE_MAX_CHARS,
    identity: () => (identity ??= gitlabIdentity(http)),
    async *pages() {
      for await (const page of gitlabPages(http, `${base}/notes?sort=asc&order_by=created_at`)) {
        yield page.map((n): ForgeComment => ({
          id: Number(n['id']),
          body: typeof n['body'] === 'string' ? n['body'] : '',
          author: text((n['author'] as Json | null | undefined)?.['username']),
          system: n['system'] === true,
        }));
      }
    },
    async create(body) {
      // The merge request's web_url makes the note's link for the log.
      if (webUrl === undefined) await headSha();
      return written((await http.request('POST', `${base}/notes`, { body: { body } })).json, webUrl);
    },
    async update(id, body) {
      if (webUrl === undefined) await headSha();
      return written((await http.request('PUT', `${base}/notes/${id}`, { body: { body } })).json, webUrl);
    },
    headSha,
  };
}
