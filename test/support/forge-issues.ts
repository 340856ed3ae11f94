/**
 * Issues in the GitHub and GitLab stand-ins, as the real APIs define them (forges-api.md):
 * - GitHub: `GET /repos/o/r/issues?state=&labels=` (pull requests in the list too, `Link`
 *   pagination), `POST /repos/o/r/issues` {title (required), body, labels[]}, `PATCH
 *   /repos/o/r/issues/:number` {body, state open|closed, state_reason}; bodies of at most 65,536
 *   characters; comments on an issue go through the stand-in's issue-comment routes.
 * - GitLab: `GET /projects/:id/issues?state=opened&labels=` (`x-next-page`), `POST
 *   /projects/:id/issues` {title (required), description, labels "a,b"}, `PUT
 *   /projects/:id/issues/:iid` {description, state_event close|reopen}, notes at
 *   `/projects/:id/issues/:iid/notes`; descriptions of at most 1,048,576 characters.
 * One store per stand-in; an issue written by another user is seeded with `seedIssue`.
 */
import { jsonObject, type Exchange } from './forge-server-base.js';

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  author: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason?: string | null;
  /** GitHub lists pull requests among issues. */
  pullRequest?: boolean;
  /** GitLab notes on the issue (GitHub's comments live in the stand-in's comment store). */
  notes: { id: number; body: string; author: string }[];
}

export const GITHUB_ISSUE_BODY_LIMIT = 65_536;
export const GITLAB_DESCRIPTION_LIMIT = 1_048_576;

export class IssueStore {
  readonly issues: StoredIssue[] = [];
  private next = 1;

  add(issue: Omit<StoredIssue, 'number' | 'notes' | 'state'> & { state?: 'open' | 'closed' }): StoredIssue {
    const stored: StoredIssue = { state: 'open', ...issue, number: this.next++, notes: [] };
    this.issues.push(stored);
    return stored;
  }

  open(label?: string): StoredIssue[] {
    return this.issues.filter((i) => i.state === 'open' && (label === undefined || i.labels.includes(label)));
  }
}

function page<T>(
  ex: Exchange,
  all: T[],
  defaultPerPage: number,
): { items: T[]; page: number; pages: number; perPage: number } {
  const perPage = Math.min(Number(ex.url.searchParams.get('per_page') ?? defaultPerPage), 100);
  const current = Math.max(1, Number(ex.url.searchParams.get('page') ?? 1));
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  return { items: all.slice((current - 1) * perPage, current * perPage), page: current, pages, perPage };
}

function labelFilter(ex: Exchange): string[] {
  return (ex.url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
}

const githubView = (i: StoredIssue): Record<string, unknown> => ({
  number: i.number,
  title: i.title,
  body: i.body,
  state: i.state,
  state_reason: i.stateReason ?? null,
  labels: i.labels.map((name) => ({ name })),
  user: { login: i.author },
  html_url: `https://github.example/issues/${i.number}`,
  ...(i.pullRequest ? { pull_request: { url: `https://github.example/pulls/${i.number}` } } : {}),
});

/** GitHub's issue routes; true when the request was one (and was answered). */
export function githubIssueRoute(ex: Exchange, store: IssueStore, author: string): boolean {
  const { method, path, reply } = ex;
  const list = path !== undefined && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(path);
  const one = path === undefined ? null : /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path);
  if (!list && !one) return false;
  if (list && method === 'GET') {
    const state = ex.url.searchParams.get('state') ?? 'open';
    const labels = labelFilter(ex);
    const all = store.issues.filter(
      (i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)),
    );
    const { items, page: current, pages, perPage } = page(ex, all, 30);
    const next = new URL(ex.url.toString());
    next.searchParams.set('page', String(current + 1));
    next.searchParams.set('per_page', String(perPage));
    reply(200, items.map(githubView), current < pages ? { link: `<${next.toString()}>; rel="next"` } : {});
    return true;
  }
  const body = jsonObject(ex.body);
  if (body === undefined) {
    reply(400, { message: 'Problems parsing JSON' });
    return true;
  }
  const text = body['body'];
  if (text !== undefined && (typeof text !== 'string' || text.length > GITHUB_ISSUE_BODY_LIMIT)) {
    reply(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'body', code: 'custom' }],
    });
    return true;
  }
  if (list && method === 'POST') {
    const labels = body['labels'];
    if (typeof body['title'] !== 'string' || body['title'] === '') {
      reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
      });
    } else if (
      labels !== undefined &&
      !(Array.isArray(labels) && labels.every((l) => typeof l === 'string'))
    ) {
      reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', field: 'labels', code: 'invalid' }],
      });
    } else {
      const issue = store.add({
        title: body['title'],
        body: (text as string) ?? '',
        author,
        labels: (labels as string[]) ?? [],
      });
      reply(201, githubView(issue));
    }
    return true;
  }
  const issue = one ? store.issues.find((i) => i.number === Number(one[1])) : undefined;
  if (issue === undefined || method !== 'PATCH') {
    reply(404, { message: 'Not Found' });
    return true;
  }
  const state = body['state'];
  const reason = body['state_reason'];
  if (
    (state !== undefined && state !== 'open' && state !== 'closed') ||
    (reason !== undefined &&
      reason !== null &&
      !['completed', 'not_planned', 'reopened'].includes(reason as string))
  ) {
    reply(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'state', code: 'invalid' }],
    });
    return true;
  }
  if (typeof text === 'string') issue.body = text;
  if (state !== undefined) issue.state = state;
  if (reason !== undefined) issue.stateReason = reason as string | null;
  reply(200, githubView(issue));
  return true;
}

/** GitLab's issue routes under one project; true when the request was one (and was answered). */
export function gitlabIssueRoute(
  ex: Exchange,
  store: IssueStore,
  user: string,
  isProject: (id: string) => boolean,
  webRoot: string,
): boolean {
  const { method, path, reply } = ex;
  const m = path === undefined ? null : /^\/projects\/([^/]+)\/issues(?:\/(\d+)(\/notes)?)?$/.exec(path);
  if (!m) return false;
  if (!isProject(decodeURIComponent(m[1] ?? ''))) {
    reply(404, { message: '404 Project Not Found' });
    return true;
  }
  const view = (i: StoredIssue): Record<string, unknown> => ({
    iid: i.number,
    title: i.title,
    description: i.body,
    state: i.state === 'open' ? 'opened' : 'closed',
    labels: i.labels,
    author: { username: i.author },
    web_url: `${webRoot}/-/issues/${i.number}`,
  });
  if (m[2] === undefined && method === 'GET') {
    const state = ex.url.searchParams.get('state') ?? 'all';
    const labels = labelFilter(ex);
    const all = store.issues.filter(
      (i) =>
        (state === 'all' || (state === 'opened' ? i.state === 'open' : i.state === 'closed')) &&
        labels.every((l) => i.labels.includes(l)),
    );
    const { items, page: current, pages, perPage } = page(ex, all, 20);
    reply(200, items.map(view), {
      'x-page': String(current),
      'x-per-page': String(perPage),
      'x-next-page': current < pages ? String(current + 1) : '',
      'x-total': String(all.length),
    });
    return true;
  }
  const body = jsonObject(ex.body) ?? {};
  const description = body['description'];
  if (
    description !== undefined &&
    (typeof description !== 'string' || description.length > GITLAB_DESCRIPTION_LIMIT)
  ) {
    reply(400, { message: { description: ['is too long (maximum is 1048576 characters)'] } });
    return true;
  }
  if (m[2] === undefined && method === 'POST') {
    if (typeof body['title'] !== 'string' || body['title'] === '') {
      reply(400, { error: 'title is missing' });
    } else {
      const labels = typeof body['labels'] === 'string' ? body['labels'].split(',').filter(Boolean) : [];
      reply(
        201,
        view(store.add({ title: body['title'], body: (description as string) ?? '', author: user, labels })),
      );
    }
    return true;
  }
  const issue = store.issues.find((i) => i.number === Number(m[2]));
  if (issue === undefined) {
    reply(404, { message: '404 Issue Not Found' });
    return true;
  }
  if (m[3] !== undefined && method === 'POST') {
    if (typeof body['body'] !== 'string' || body['body'] === '') {
      reply(400, { error: 'body is missing' });
      return true;
    }
    const note = { id: 9000 + issue.notes.length, body: body['body'], author: user };
    issue.notes.push(note);
    reply(201, { id: note.id, body: note.body, author: { username: user }, system: false });
    return true;
  }
  if (m[3] === undefined && method === 'PUT') {
    const event = body['state_event'];
    if (event !== undefined && event !== 'close' && event !== 'reopen') {
      reply(400, { error: 'state_event does not have a valid value' });
      return true;
    }
    if (typeof description === 'string') issue.body = description;
    if (event === 'close') issue.state = 'closed';
    if (event === 'reopen') issue.state = 'open';
    reply(200, view(issue));
    return true;
  }
  reply(405, { message: '405 Method Not Allowed' });
  return true;
}
