/**
 * A stand-in for the part of GitHub's REST API the review uses, as GitHub defines it
 * (forges-api.md): `Authorization: Bearer|token`, issue comments (list paginated with `Link`
 * headers, create, update; bodies of at most 65,536 characters), GET /user (403 for an Actions
 * token, as GitHub answers an app), GraphQL's `viewer { login }` (`/graphql`, `/api/graphql` on
 * Enterprise Server: the app's `<slug>[bot]` for an installation token), a pull request's head, and check runs (apps only; summary of
 * at most 65,535 characters; conclusion one of GitHub's). Optionally under `/api/v3`, as GitHub
 * Enterprise Server serves it. Listens on 127.0.0.1 only, keeps everything in memory and records
 * every request.
 */
import { jsonObject, startLoopback, type Exchange, type RecordedRequest } from './forge-server-base.js';
import { githubIssueRoute, IssueStore, type StoredIssue } from './forge-issues.js';

export type { RecordedRequest } from './forge-server-base.js';

export interface StoredComment {
  id: number;
  body: string;
  issueNumber: number;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id?: string;
  status: string;
  conclusion?: string;
  output?: { title?: string; summary?: string };
  details_url?: string;
  app: { slug: string };
}

export interface GitHubApiServerOptions {
  /** The token the client must present (`Authorization: token …` or `Bearer …`). */
  readonly token: string;
  /** Who the token is: a user login (GET /user answers it), else the Actions app (GET /user 403). */
  readonly user?: string;
  /** Without `user`: the app the installation token belongs to (its slug); default `github-actions`. */
  readonly app?: string;
  /** Largest page the server returns whatever `per_page` asks (GitHub's is 100); small to force paging. */
  readonly maxPerPage?: number;
  /** Answer every write with this status instead (403 for a fork's read-only token, say). */
  readonly failWritesWith?: number;
  /** `/api/v3` for GitHub Enterprise Server; default none (api.github.com). */
  readonly prefix?: string;
  /** The pull requests' head commit (GET /repos/o/r/pulls/n). */
  readonly headSha?: string;
}

export interface GitHubApiServer {
  /** The API root a client is given (origin + prefix). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Every comment, in creation order. */
  readonly comments: StoredComment[];
  readonly checkRuns: StoredCheckRun[];
  /** The repository's issues (drift issues), pull requests among them as GitHub lists them. */
  readonly issues: StoredIssue[];
  /** Adds an issue as if `author` had opened it. */
  seedIssue(issue: {
    title: string;
    body: string;
    author: string;
    labels: string[];
    pullRequest?: boolean;
  }): StoredIssue;
  /** Adds a comment as if someone else had posted it. */
  seed(issueNumber: number, body: string, login?: string): StoredComment;
  /** Moves the pull requests' head (a newer push). */
  setHead(sha: string): void;
  close(): Promise<void>;
}

/** GitHub's limits (docs.github.com REST: issue comments, check runs). */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const CHECK_SUMMARY_LIMIT = 65_535;
const CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
]);

export async function startGitHubApiServer(options: GitHubApiServerOptions): Promise<GitHubApiServer> {
  const comments: StoredComment[] = [];
  const checkRuns: StoredCheckRun[] = [];
  const issueStore = new IssueStore();
  let nextId = 1000;
  let head = options.headSha ?? 'a'.repeat(40);
  const prefix = options.prefix ?? '';
  const app = options.app ?? 'github-actions';
  const graphqlPath = `${prefix.replace(/\/v3$/, '')}/graphql`;
  const author =
    options.user === undefined
      ? { login: `${app}[bot]`, type: 'Bot' as const }
      : { login: options.user, type: 'User' as const };

  const view = (c: StoredComment): Record<string, unknown> => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.example/pull/${c.issueNumber}#issuecomment-${c.id}`,
  });
  const runView = (r: StoredCheckRun): Record<string, unknown> => ({
    ...r,
    html_url: `https://github.example/runs/${r.id}`,
  });

  function list({ url, reply }: Exchange, issueNumber: number): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.maxPerPage ?? 100);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const all = comments.filter((c) => c.issueNumber === issueNumber);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const next = new URL(url.pathname, url.origin);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(p));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    reply(
      200,
      all.slice((page - 1) * perPage, page * perPage).map(view),
      links.length > 0 ? { link: links.join(', ') } : {},
    );
  }

  function tooLong(body: unknown): boolean {
    return typeof body === 'string' && body.length > GITHUB_COMMENT_LIMIT;
  }

  function checkRunWrite(ex: Exchange, existing?: StoredCheckRun): void {
    if (options.user !== undefined) {
      // Only GitHub Apps (an Actions token is one) may write check runs.
      return ex.reply(403, { message: 'You must authenticate via a GitHub App.' });
    }
    const body = jsonObject(ex.body) ?? {};
    const output = body['output'] as { title?: unknown; summary?: unknown } | undefined;
    const problems: string[] = [];
    if (existing === undefined && typeof body['name'] !== 'string') problems.push('name');
    if (existing === undefined && !/^[0-9a-f]{40}$/.test(String(body['head_sha']))) problems.push('head_sha');
    if (body['conclusion'] !== undefined && !CONCLUSIONS.has(body['conclusion'] as string))
      problems.push('conclusion');
    if (body['status'] === 'completed' && body['conclusion'] === undefined) problems.push('conclusion');
    if (output !== undefined && (typeof output.title !== 'string' || typeof output.summary !== 'string'))
      problems.push('output');
    if (typeof output?.summary === 'string' && output.summary.length > CHECK_SUMMARY_LIMIT)
      problems.push('output.summary');
    if (problems.length > 0) return ex.reply(422, { message: 'Invalid request.', errors: problems });
    if (existing !== undefined) {
      Object.assign(existing, body);
      return ex.reply(200, runView(existing));
    }
    const run: StoredCheckRun = {
      ...(body as unknown as StoredCheckRun),
      id: nextId++,
      app: { slug: app },
    };
    checkRuns.push(run);
    ex.reply(201, runView(run));
  }

  function handle(ex: Exchange): void {
    const { method, path, headers, reply } = ex;
    const auth = headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      return reply(401, { message: 'Bad credentials' });
    }
    if (ex.url.pathname === graphqlPath && method === 'POST') {
      const query = jsonObject(ex.body)?.['query'];
      if (typeof query !== 'string' || !/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query))
        return reply(200, {
          errors: [{ message: 'this stand-in answers only `query { viewer { login } }`' }],
        });
      return reply(200, { data: { viewer: { login: author.login } } });
    }
    if (path === undefined) return reply(404, { message: 'Not Found' });
    if (path === '/user' && method === 'GET') {
      if (options.user === undefined)
        return reply(403, { message: 'Resource not accessible by integration' });
      return reply(200, { login: options.user, type: 'User' });
    }
    const write = method === 'POST' || method === 'PATCH';
    if (write && options.failWritesWith !== undefined) {
      return reply(options.failWritesWith, { message: 'Resource not accessible by integration' });
    }
    if (write && jsonObject(ex.body) === undefined) return reply(400, { message: 'Problems parsing JSON' });
    const body = jsonObject(ex.body) ?? {};
    const onIssue = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    const onComment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path);
    const commitRuns = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(path);
    const runs = /^\/repos\/[^/]+\/[^/]+\/check-runs$/.exec(path);
    const oneRun = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path);
    if (onIssue && method === 'GET') return list(ex, Number(onIssue[1]));
    if ((onIssue && method === 'POST') || (onComment && method === 'PATCH')) {
      if (typeof body['body'] !== 'string')
        return reply(422, {
          message: 'Validation Failed',
          errors: [{ field: 'body', code: 'missing_field' }],
        });
      if (tooLong(body['body'])) {
        return reply(422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${GITHUB_COMMENT_LIMIT} characters)`,
            },
          ],
        });
      }
    }
    if (onIssue && method === 'POST') {
      const comment = {
        id: nextId++,
        body: body['body'] as string,
        issueNumber: Number(onIssue[1]),
        user: author,
      };
      comments.push(comment);
      return reply(201, view(comment));
    }
    const existing = onComment ? comments.find((c) => c.id === Number(onComment[1])) : undefined;
    if (existing && method === 'PATCH') {
      existing.body = body['body'] as string;
      return reply(200, view(existing));
    }
    if (githubIssueRoute(ex, issueStore, author.login)) return;
    if (pull && method === 'GET') return reply(200, { number: Number(pull[1]), head: { sha: head } });
    if (commitRuns && method === 'GET') {
      const name = ex.url.searchParams.get('check_name');
      const found = checkRuns.filter(
        (r) => r.head_sha === commitRuns[1] && (name === null || r.name === name),
      );
      return reply(200, { total_count: found.length, check_runs: found.map(runView) });
    }
    if (runs && method === 'POST') return checkRunWrite(ex);
    const run = oneRun ? checkRuns.find((r) => r.id === Number(oneRun[1])) : undefined;
    if (run && method === 'PATCH') return checkRunWrite(ex, run);
    reply(404, { message: 'Not Found' });
  }

  const server = await startLoopback(prefix, (ex) => handle(ex));
  return {
    url: server.origin + prefix,
    requests: server.requests,
    comments,
    checkRuns,
    issues: issueStore.issues,
    seedIssue: (issue) => issueStore.add(issue),
    seed(issueNumber, body, login = 'someone') {
      const comment: StoredComment = { id: nextId++, body, issueNumber, user: { login, type: 'User' } };
      comments.push(comment);
      return comment;
    },
    setHead(sha) {
      head = sha;
    },
    close: () => server.close(),
  };
}
