/**
 * A repository's issues, as drift issues need them, on GitHub and on GitLab: the token's identity,
 * the open issues carrying a label, and creating, editing, commenting on and closing one. Every
 * call goes through one ForgeHttp (deadline, caps, retries, no token in messages).
 *
 * GitHub: `/repos/{owner}/{repo}/issues` (the list also returns pull requests: skipped), comments
 * at `.../issues/{number}/comments`, closing with `state_reason: completed`.
 * GitLab: `/projects/:id/issues` (`description`, `state_event: close`), notes at
 * `.../issues/:iid/notes`.
 */
import type { ForgeHttp } from './forge-http.js';
import type { ForgeIdentity } from './forge-types.js';
import { githubIdentity, githubPages, GITHUB_COMMENT_MAX_CHARS, type GitHubRepo } from './github.js';
import { gitlabIdentity, gitlabPages, GITLAB_NOTE_MAX_CHARS, projectPath } from './gitlab.js';

/** An open issue as the drift lifecycle needs it. */
export interface ForgeIssue {
  /** GitHub's `number`, GitLab's `iid`. */
  readonly number: number;
  readonly body: string;
  /** `user.login` (GitHub), `author.username` (GitLab). */
  readonly author: string;
  readonly url: string;
}

export interface IssueTracker {
  readonly forge: 'github' | 'gitlab';
  /** The longest issue body (and comment) the forge takes, in characters. */
  readonly maxBodyChars: number;
  identity(): Promise<ForgeIdentity>;
  /** Open issues carrying `label`, a page at a time, oldest first. */
  openIssues(label: string): AsyncIterable<readonly ForgeIssue[]>;
  create(title: string, body: string, label: string): Promise<ForgeIssue>;
  editBody(number: number, body: string): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  close(number: number): Promise<void>;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function githubIssue(json: unknown): ForgeIssue {
  const issue = (json ?? {}) as Json;
  return {
    number: Number(issue['number']),
    body: text(issue['body']),
    author: text((issue['user'] as Json | null | undefined)?.['login']),
    url: text(issue['html_url']),
  };
}

/** A GitHub repository's issues (`issues: write`). */
export function githubIssues(http: ForgeHttp, repo: GitHubRepo): IssueTracker {
  const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/issues`;
  let identity: Promise<ForgeIdentity> | undefined;
  return {
    forge: 'github',
    maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
    identity: () => (identity ??= githubIdentity(http)),
    async *openIssues(label) {
      const query = `state=open&labels=${encodeURIComponent(label)}&sort=created&direction=asc`;
      for await (const page of githubPages(http, `${base}?${query}`)) {
        yield page.filter((issue) => issue['pull_request'] === undefined).map(githubIssue);
      }
    },
    create: async (title, body, label) =>
      githubIssue((await http.request('POST', base, { body: { title, body, labels: [label] } })).json),
    async editBody(number, body) {
      await http.request('PATCH', `${base}/${number}`, { body: { body } });
    },
    async comment(number, body) {
      await http.request('POST', `${base}/${number}/comments`, { body: { body } });
    },
    async close(number) {
      await http.request('PATCH', `${base}/${number}`, {
        body: { state: 'closed', state_reason: 'completed' },
      });
    },
  };
}

function gitlabIssue(json: unknown): ForgeIssue {
  const issue = (json ?? {}) as Json;
  return {
    number: Number(issue['iid']),
    body: text(issue['description']),
    author: text((issue['author'] as Json | null | undefined)?.['username']),
    url: text(issue['web_url']),
  };
}

/** A GitLab project's issues (a token that may write issues: not CI_JOB_TOKEN). */
export function gitlabIssues(http: ForgeHttp, project: string): IssueTracker {
  const base = `${projectPath(project)}/issues`;
  let identity: Promise<ForgeIdentity> | undefined;
  return {
    forge: 'gitlab',
    maxBodyChars: GITLAB_NOTE_MAX_CHARS,
    identity: () => (identity ??= gitlabIdentity(http)),
    async *openIssues(label) {
      const query = `state=opened&labels=${encodeURIComponent(label)}&order_by=created_at&sort=asc`;
      for await (const page of gitlabPages(http, `${base}?${query}`)) yield page.map(gitlabIssue);
    },
    create: async (title, body, label) =>
      gitlabIssue(
        (await http.request('POST', base, { body: { title, description: body, labels: label } })).json,
      ),
    async editBody(number, body) {
      await http.request('PUT', `${base}/${number}`, { body: { description: body } });
    },
    async comment(number, body) {
      await http.request('POST', `${base}/${number}/notes`, { body: { body } });
    },
    async close(number) {
      await http.request('PUT', `${base}/${number}`, { body: { state_event: 'close' } });
    },
  };
}
