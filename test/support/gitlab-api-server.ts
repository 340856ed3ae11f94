/**
 * A stand-in for the part of GitLab's REST API (v4) the review uses, as GitLab defines it
 * (forges-api.md): `PRIVATE-TOKEN` auth (tokens map to users), GET /user, a merge request (its
 * `sha` and `web_url`) and its notes: list paginated with `x-next-page`, create, update (only by
 * the note's author, as GitLab allows a non-admin), bodies of at most 1,000,000 characters,
 * system notes in the list. Served under `/api/v4` (self-managed instances may add a path before
 * it: `prefix`). `:id` is the numeric project id or its URL-encoded path. 127.0.0.1 only.
 */
import { jsonObject, startLoopback, type Exchange, type RecordedRequest } from './forge-server-base.js';
import { gitlabIssueRoute, IssueStore, type StoredIssue } from './forge-issues.js';

export interface StoredNote {
  id: number;
  body: string;
  iid: number;
  author: { username: string };
  system: boolean;
}

export interface GitLabApiServerOptions {
  /** token -> username. */
  readonly tokens: Readonly<Record<string, string>>;
  /** The project's numeric id and path (`group/name`); either addresses it. */
  readonly projectId?: number;
  readonly projectPath?: string;
  /** Path before `/api/v4` (a self-managed instance under `/gitlab`). */
  readonly prefix?: string;
  readonly maxPerPage?: number;
  readonly headSha?: string;
}

export interface GitLabApiServer {
  /** The API root a client is given (`…/api/v4`). */
  readonly url: string;
  /** The instance's web root (DRONE_REPO_LINK's origin and prefix). */
  readonly webUrl: string;
  readonly requests: RecordedRequest[];
  readonly notes: StoredNote[];
  /** The project's issues (drift issues), with their notes. */
  readonly issues: StoredIssue[];
  seedIssue(issue: { title: string; body: string; author: string; labels: string[] }): StoredIssue;
  seed(iid: number, body: string, username: string, system?: boolean): StoredNote;
  setHead(sha: string): void;
  close(): Promise<void>;
}

/** GitLab refuses a note over this many characters. */
export const GITLAB_NOTE_LIMIT = 1_000_000;

export async function startGitLabApiServer(options: GitLabApiServerOptions): Promise<GitLabApiServer> {
  const notes: StoredNote[] = [];
  const issueStore = new IssueStore();
  let nextId = 5000;
  let head = options.headSha ?? 'b'.repeat(40);
  const projectId = options.projectId ?? 42;
  const projectPath = options.projectPath ?? 'group/infra';
  const prefix = `${options.prefix ?? ''}/api/v4`;
  let webRoot = '';

  const view = (n: StoredNote): Record<string, unknown> => ({
    id: n.id,
    body: n.body,
    author: n.author,
    system: n.system,
    noteable_type: 'MergeRequest',
    noteable_iid: n.iid,
  });

  function list({ url, reply }: Exchange, iid: number): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 20), options.maxPerPage ?? 100);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const all = notes.filter((n) => n.iid === iid);
    const pages = Math.max(1, Math.ceil(all.length / perPage));
    reply(200, all.slice((page - 1) * perPage, page * perPage).map(view), {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < pages ? String(page + 1) : '',
      'x-total': String(all.length),
    });
  }

  function handle(ex: Exchange): void {
    const { method, path, headers, reply } = ex;
    const token = headers['private-token'];
    const user = typeof token === 'string' ? options.tokens[token] : undefined;
    if (user === undefined) return reply(401, { message: '401 Unauthorized' });
    if (path === undefined) return reply(404, { error: '404 Not Found' });
    if (path === '/user' && method === 'GET') return reply(200, { id: 1, username: user });
    const isProject = (id: string): boolean => id === String(projectId) || id === projectPath;
    if (gitlabIssueRoute(ex, issueStore, user, isProject, `${webRoot}/${projectPath}`)) return;
    // The raw path keeps `%2F` of an encoded project path (URL parsing leaves it encoded).
    const mr = /^\/projects\/([^/]+)\/merge_requests\/(\d+)(\/notes(?:\/(\d+))?)?$/.exec(path);
    if (!mr) return reply(404, { error: '404 Not Found' });
    const project = decodeURIComponent(mr[1] ?? '');
    if (project !== String(projectId) && project !== projectPath)
      return reply(404, { message: '404 Project Not Found' });
    const iid = Number(mr[2]);
    if (mr[3] === undefined) {
      if (method !== 'GET') return reply(405, { message: '405 Method Not Allowed' });
      return reply(200, { iid, sha: head, web_url: `${webRoot}/${projectPath}/-/merge_requests/${iid}` });
    }
    if (mr[4] === undefined && method === 'GET') return list(ex, iid);
    const body = jsonObject(ex.body);
    if ((method === 'POST' || method === 'PUT') && typeof body?.['body'] !== 'string') {
      return reply(400, { error: 'body is missing' });
    }
    const text = body?.['body'] as string;
    if ((method === 'POST' || method === 'PUT') && text.length > GITLAB_NOTE_LIMIT) {
      return reply(400, { message: { note: [`is too long (maximum is ${GITLAB_NOTE_LIMIT} characters)`] } });
    }
    if (mr[4] === undefined && method === 'POST') {
      const note: StoredNote = { id: nextId++, body: text, iid, author: { username: user }, system: false };
      notes.push(note);
      return reply(201, view(note));
    }
    const note = notes.find((n) => n.id === Number(mr[4]) && n.iid === iid);
    if (note === undefined) return reply(404, { message: '404 Not found' });
    if (method === 'PUT') {
      if (note.author.username !== user || note.system) return reply(403, { message: '403 Forbidden' });
      note.body = text;
      return reply(200, view(note));
    }
    reply(405, { message: '405 Method Not Allowed' });
  }

  const server = await startLoopback(prefix, (ex) => handle(ex));
  webRoot = server.origin + (options.prefix ?? '');
  return {
    url: server.origin + prefix,
    webUrl: webRoot,
    requests: server.requests,
    notes,
    issues: issueStore.issues,
    seedIssue: (issue) => issueStore.add(issue),
    seed(iid, body, username, system = false) {
      const note: StoredNote = { id: nextId++, body, iid, author: { username }, system };
      notes.push(note);
      return note;
    },
    setHead(sha) {
      head = sha;
    },
    close: () => server.close(),
  };
}
