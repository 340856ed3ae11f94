import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commentBody,
  commentKey,
  commentMarker,
  pullRequestOf,
  upsertComment,
  type PullRequestRef,
} from '../../src/action/pr-comment.js';
import { COMMENT_BUDGET, utf8Length } from '../../src/reporter/text-budget.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { counts, makeReportModel, manyAddresses } from '../support/report-model-factory.js';

const TOKEN = 'ghs_test_token';
const PR: PullRequestRef = { owner: 'acme', repo: 'infra', number: 7 };
const changed = makeReportModel({
  hasChanges: true,
  resourceCounts: counts({ added: 1 }),
  addresses: { created: ['aws_s3_bucket.b'] },
});
const unchanged = makeReportModel();

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(
  options: { maxPerPage?: number; failWritesWith?: number } = {},
): Promise<GitHubApiServer> {
  server = await startGitHubApiServer({ token: TOKEN, ...options });
  return server;
}

const client = (url: string): ReturnType<typeof getOctokit> => getOctokit(TOKEN, { baseUrl: url });

describe('upsertComment', () => {
  it('creates one comment, then updates it in place, finding it across pages', async () => {
    const api = await start({ maxPerPage: 2 });
    for (let i = 0; i < 5; i++) api.seed(PR.number, `chatter ${i}`);
    const first = await upsertComment(client(api.url), PR, {
      key: 'ci/plan',
      mode: 'always',
      model: changed,
    });
    expect(first.action).toBe('created');
    for (let i = 0; i < 3; i++) api.seed(PR.number, `more chatter ${i}`);

    const second = await upsertComment(client(api.url), PR, {
      key: 'ci/plan',
      mode: 'always',
      model: unchanged,
    });
    expect(second).toMatchObject({ action: 'updated', id: first.action === 'created' ? first.id : -1 });
    const ours = api.comments.filter((c) => c.body.startsWith(commentMarker('ci/plan')));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('No changes');
    // The listing followed the Link headers page by page.
    const pages = api.requests
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.url, api.url).searchParams.get('page'));
    expect(pages).toContain('3');
  });

  it('keeps one comment per key', async () => {
    const api = await start();
    await upsertComment(client(api.url), PR, { key: 'plan/eu', mode: 'always', model: changed });
    await upsertComment(client(api.url), PR, { key: 'plan/us', mode: 'always', model: changed });
    await upsertComment(client(api.url), PR, { key: 'plan/eu', mode: 'always', model: changed });
    expect(api.comments.map((c) => c.body.split('\n')[0])).toEqual([
      commentMarker('plan/eu'),
      commentMarker('plan/us'),
    ]);
  });

  it('does not take over a comment that only quotes the marker', async () => {
    const api = await start();
    api.seed(PR.number, `> ${commentMarker('k')}\n> quoted`);
    const result = await upsertComment(client(api.url), PR, { key: 'k', mode: 'always', model: changed });
    expect(result.action).toBe('created');
    expect(api.comments).toHaveLength(2);
  });

  it('on-change: skips a plan without changes, but refreshes an existing comment', async () => {
    const api = await start();
    const skipped = await upsertComment(client(api.url), PR, {
      key: 'k',
      mode: 'on-change',
      model: unchanged,
    });
    expect(skipped.action).toBe('skipped');
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);

    await upsertComment(client(api.url), PR, { key: 'k', mode: 'on-change', model: changed });
    const refreshed = await upsertComment(client(api.url), PR, {
      key: 'k',
      mode: 'on-change',
      model: unchanged,
    });
    expect(refreshed.action).toBe('updated');
    expect(api.comments[0]?.body).toContain('No changes');
  });

  it('on-change: posts for a failed plan even with nothing planned, saying it failed', async () => {
    const api = await start();
    const failed = makeReportModel({ activityStatus: 'failure', erroredPlans: ['plan.json'] });
    const result = await upsertComment(client(api.url), PR, { key: 'k', mode: 'on-change', model: failed });
    expect(result.action).toBe('created');
    expect(api.comments[0]?.body).toMatch(/the plan failed/);
    expect(api.comments[0]?.body).not.toMatch(/No changes|matches the configuration/);
  });

  it('sends the token and fails with the API error when writes are refused', async () => {
    const api = await start({ failWritesWith: 403 });
    await expect(
      upsertComment(client(api.url), PR, { key: 'k', mode: 'always', model: changed }),
    ).rejects.toThrow(/Resource not accessible/);
    expect(api.requests[0]?.headers['authorization']).toBe(`token ${TOKEN}`);
  });
});

describe('commentBody', () => {
  it('opens with the marker and fits the comment limit for a huge plan', () => {
    const model = makeReportModel({
      hasChanges: true,
      addresses: { created: manyAddresses(100_000), deleted: ['x.y'] },
    });
    const body = commentBody(model, 'k');
    expect(body.startsWith(`${commentMarker('k')}\n### `)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET.maxChars ?? 0);
    expect(utf8Length(body)).toBeLessThanOrEqual(COMMENT_BUDGET.maxBytes ?? 0);
    expect(body).toMatch(/more not shown/);
  });
});

describe('commentKey', () => {
  it('defaults to workflow/job and is safe inside an HTML comment', () => {
    expect(commentKey(undefined, { GITHUB_WORKFLOW: 'CI plan', GITHUB_JOB: 'terraform' })).toBe(
      'CI-plan/terraform',
    );
    expect(commentKey('a -- b --> <c>', {})).toBe('a-b-c-');
    expect(commentKey(undefined, {})).toBe('workflow/job');
    expect(commentKey('***', {})).toBe('-');
  });
});

describe('pullRequestOf', () => {
  it('reads the PR number from the event payload on pull_request and pull_request_target', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iacm-pr-'));
    const path = join(dir, 'event.json');
    await writeFile(path, JSON.stringify({ pull_request: { number: 42 } }));
    for (const event of ['pull_request', 'pull_request_target']) {
      expect(
        await pullRequestOf({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'a/b' }),
      ).toEqual({
        owner: 'a',
        repo: 'b',
        number: 42,
      });
    }
    expect(await pullRequestOf({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).toEqual({
      skip: 'not a pull_request event (push)',
    });
  });
});
