/**
 * GitHub's REST API, the parts the review uses: the token's identity, a pull request's comments
 * (issue comments), its head commit and check runs. Every call goes through one ForgeHttp
 * (deadline, caps, retries, no token in messages). Lists follow `Link: rel="next"`, bounded.
 * Issues (drift) go beside these on the same `GitHubRepo`.
 */
import type { ForgeHttp } from './forge-http.js';
import type { CommentThread, ForgeComment, ForgeIdentity, WrittenComment } from './forge-types.js';

/** An issue or pull request comment: 65,536 characters. */
export const GITHUB_COMMENT_MAX_CHARS = 65_536;
/** A check run's `output.summary` (and `text`): 65,535 characters. */
export const CHECK_SUMMARY_MAX_CHARS = 65_535;
/** Pages of 100 searched for ours, at most (a PR with more gets a new comment). */
export const MAX_PAGES = 50;
/** The author of an Actions GITHUB_TOKEN's writes; GET /user answers it 403. */
export const ACTIONS_BOT: ForgeIdentity = { login: 'github-actions[bot]', kind: 'app' };

export interface GitHubRepo {
  readonly owner: string;
  readonly repo: string;
}

type Json = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `<url>; rel="next"` out of a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  return link
    ?.split(',')
    .map((part) => /<([^>]+)>\s*;\s*rel="next"/.exec(part)?.[1])
    .find((url) => url !== undefined);
}

/** Every page of a list, following `Link` (at most MAX_PAGES). */
export async function* githubPages(http: ForgeHttp, path: string): AsyncIterable<readonly Json[]> {
  let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
  for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
    const response = await http.request('GET', next);
    yield Array.isArray(response.json) ? (response.json as Json[]) : [];
    next = nextLink(response.headers['link']);
  }
}

function repoPath(repo: GitHubRepo): string {
  return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}

function written(json: unknown): WrittenComment {
  const { id, html_url } = (json ?? {}) as { id?: unknown; html_url?: unknown };
  return { id: Number(id), url: typeof html_url === 'string' ? html_url : '' };
}

/**
 * GitHub's GraphQL endpoint beside a REST root: `https://api.github.com/graphql`, and
 * `https://host/api/graphql` for GitHub Enterprise Server's `https://host/api/v3`.
 */
export function graphqlUrl(restRoot: string): string {
  const root = restRoot.replace(/\/+$/, '');
  return /\/api\/v3$/.test(root) ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}

/** An app's login (`my-app[bot]`) without `[bot]`: its slug, as check runs name their app. */
export function appSlug(identity: ForgeIdentity): string {
  return identity.login.replace(/\[bot\]$/, '');
}

/**
 * The token's identity. GET /user answers a user token; an app installation token (an Actions
 * GITHUB_TOKEN, or a GitHub App's) gets 403 there, and GraphQL's `viewer` names it
 * (`github-actions[bot]`, `my-app[bot]`): comments, check runs and issues we own are the ones that
 * login wrote. A GitHub that answers neither is taken for the Actions bot, as before.
 */
export async function githubIdentity(http: ForgeHttp): Promise<ForgeIdentity> {
  const response = await http.request('GET', '/user', { accept: [403] });
  if (response.status !== 403) {
    const login = (response.json as { login?: unknown } | undefined)?.login;
    return typeof login === 'string' ? { login, kind: 'user' } : ACTIONS_BOT;
  }
  const viewer = await http.request('POST', graphqlUrl(http.baseUrl), {
    body: { query: 'query { viewer { login } }' },
    accept: [401, 403, 404],
  });
  const login = (viewer.json as { data?: { viewer?: { login?: unknown } } } | undefined)?.data?.viewer?.login;
  return viewer.status === 200 && typeof login === 'string' && /^[\w.-]+\[bot\]$/.test(login)
    ? { login, kind: 'app' }
    : ACTIONS_BOT;
}

/** A pull request's conversation. */
export function githubPullRequest(http: ForgeHttp, repo: GitHubRepo, number: number): CommentThread {
  const base = repoPath(repo);
  let identity: Promise<ForgeIdentity> | undefined;
  return {
    forge: 'github',
    maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
    identity: () => (identity ??= githubIdentity(http)),
    async *pages() {
      for await (const page of githubPages(http, `${base}/issues/${number}/comments`)) {
        yield page.map((c): ForgeComment => ({
          id: Number(c['id']),
          body: typeof c['body'] === 'string' ? c['body'] : '',
          author: text((c['user'] as Json | null | undefined)?.['login']),
          system: false,
        }));
      }
    },
    create: async (body) =>
      written((await http.request('POST', `${base}/issues/${number}/comments`, { body: { body } })).json),
    update: async (id, body) =>
      written((await http.request('PATCH', `${base}/issues/comments/${id}`, { body: { body } })).json),
    async headSha() {
      const pull = (await http.request('GET', `${base}/pulls/${number}`)).json as {
        head?: { sha?: unknown };
      };
      return typeof pull?.head?.sha === 'string' ? pull.head.sha : undefined;
    },
  };
}

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
}

export interface CheckRun {
  readonly id: number;
  readonly externalId: string;
  readonly appSlug: string;
  readonly url: string;
}

function checkRunOf(json: unknown): CheckRun {
  const c = (json ?? {}) as Json;
  return {
    id: Number(c['id']),
    externalId: typeof c['external_id'] === 'string' ? c['external_id'] : '',
    appSlug: text((c['app'] as Json | null | undefined)?.['slug']),
    url: typeof c['html_url'] === 'string' ? c['html_url'] : '',
  };
}

/** The check runs of one name on a commit (the Checks API; needs `checks: write` to write). */
export async function findCheckRuns(
  http: ForgeHttp,
  repo: GitHubRepo,
  sha: string,
  name: string,
): Promise<CheckRun[]> {
  const query = `check_name=${encodeURIComponent(name)}&filter=latest`;
  const response = await http.request(
    'GET',
    `${repoPath(repo)}/commits/${encodeURIComponent(sha)}/check-runs?${query}`,
  );
  const runs = (response.json as { check_runs?: unknown } | undefined)?.check_runs;
  return Array.isArray(runs) ? runs.map(checkRunOf) : [];
}

export interface CheckRunWrite {
  readonly name: string;
  readonly headSha: string;
  readonly externalId: string;
  readonly conclusion: CheckConclusion;
  readonly output: CheckRunOutput;
  readonly detailsUrl?: string | undefined;
}

function checkRunBody(write: CheckRunWrite): Json {
  return {
    name: write.name,
    head_sha: write.headSha,
    external_id: write.externalId,
    status: 'completed',
    conclusion: write.conclusion,
    completed_at: new Date().toISOString(),
    output: write.output,
    ...(write.detailsUrl === undefined ? {} : { details_url: write.detailsUrl }),
  };
}

export async function createCheckRun(
  http: ForgeHttp,
  repo: GitHubRepo,
  write: CheckRunWrite,
): Promise<CheckRun> {
  return checkRunOf(
    (await http.request('POST', `${repoPath(repo)}/check-runs`, { body: checkRunBody(write) })).json,
  );
}

export async function updateCheckRun(
  http: ForgeHttp,
  repo: GitHubRepo,
  id: number,
  write: CheckRunWrite,
): Promise<CheckRun> {
  // head_sha cannot change on PATCH; the rest is as on create.
  const body = checkRunBody(write);
  delete body['head_sha'];
  return checkRunOf((await http.request('PATCH', `${repoPath(repo)}/check-runs/${id}`, { body })).json);
}
