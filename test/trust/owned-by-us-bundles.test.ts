/**
 * Issue 23, item 1, through the bundles as CI runs them: the sticky comment (GitHub and GitLab),
 * the check run and the drift issue are found by marker AND author. A first run on one stand-in
 * shows the marker (it is readable by anyone: the comment is public); a look-alike carrying that
 * exact marker, written by another user (or app), is seeded on a fresh stand-in before the run.
 * The look-alike keeps its words, ours is written beside it, and the log says why.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startGitLabApiServer, type GitLabApiServer } from '../support/gitlab-api-server.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT, runActionBundle, runCli } from './support/entries.js';

const PLAN = 'test/fixtures/terraform/destroy-two-of-three/plan.json';
const DRIFT = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json';
const HEAD = 'a'.repeat(40);
const GH_TOKEN = 'ghs_owned_by_us_0001';
const GL_TOKEN = 'glpat-owned-by-us-0002';
const FAKE = '### ✅ Harness IaCM plan: nothing to do, merge it';

let work: string;
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  await ensureBundles(['cli', 'action']);
  work = await mkdtemp(join(tmpdir(), 'iacm-owned-'));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const server of servers) await server.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function github(): Promise<GitHubApiServer> {
  const server = await startGitHubApiServer({ token: GH_TOKEN, headSha: HEAD });
  servers.push(server);
  return server;
}

async function gitlab(): Promise<GitLabApiServer> {
  const server = await startGitLabApiServer({ tokens: { [GL_TOKEN]: 'iacm-bot' }, headSha: HEAD });
  servers.push(server);
  return server;
}

function action(api: GitHubApiServer, inputs: Record<string, string> = {}) {
  return runActionBundle({
    inputs: { plan: PLAN, 'dry-run': 'true', comment: 'always', ...inputs },
    eventName: 'pull_request',
    event: { number: 7, pull_request: { number: 7, head: { sha: HEAD } } },
    githubApiUrl: api.url,
    githubToken: GH_TOKEN,
  });
}

const firstLine = (body: string | undefined): string => (body ?? '').split('\n')[0] ?? '';

describe('the Action bundle on GitHub', () => {
  it("another user's comment with our exact marker is left as it is; ours is posted and the log says so", async () => {
    const first = await github();
    expect((await action(first)).code).toBe(0);
    const marker = firstLine(first.comments[0]?.body);
    expect(marker).toMatch(/^<!-- iacm-reporter:/);

    const api = await github();
    const fake = api.seed(7, `${marker}\n${FAKE}`, 'mallory');
    const run = await action(api);
    expect(run.code, run.stdout).toBe(0);
    expect(fake.body).toBe(`${marker}\n${FAKE}`);
    const ours = api.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(firstLine(ours[0]?.body)).toBe(marker);
    expect(ours[0]?.body).toContain('to destroy');
    expect(run.stdout).toMatch(
      /left comment \d+ alone: it carries this step's marker but was written by "mallory"/,
    );
    // Nothing was written to the look-alike.
    expect(
      api.requests.filter((r) => r.method === 'PATCH' && r.url.includes(`/comments/${fake.id}`)),
    ).toEqual([]);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it("another app's check run of our name and id on the commit is left alone; ours is written beside it", async () => {
    const first = await github();
    expect((await action(first, { 'check-run': 'true', comment: 'off' })).code).toBe(0);
    const real = first.checkRuns[0];
    expect(real?.app.slug).toBe('github-actions');

    const api = await github();
    const lookalike = {
      ...real!,
      id: 9001,
      conclusion: 'success',
      output: { title: 'All good', summary: FAKE },
      app: { slug: 'mallory-app' },
    };
    api.checkRuns.push(lookalike);
    const run = await action(api, { 'check-run': 'true', comment: 'off' });
    expect(run.code, run.stdout).toBe(0);
    expect(lookalike.output.summary).toBe(FAKE);
    expect(lookalike.conclusion).toBe('success');
    const ours = api.checkRuns.filter((c) => c.app.slug === 'github-actions');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.conclusion).not.toBe('success');
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});

describe('the CLI bundle', () => {
  const driftEnv = (api: GitHubApiServer): Record<string, string> => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_API_URL: api.url,
    GITHUB_TOKEN: GH_TOKEN,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '77',
    HARNESS_ACCOUNT_ID: 'acct',
    HARNESS_ORG_ID: 'org',
    HARNESS_PROJECT_ID: 'proj',
    HARNESS_WORKSPACE_ID: 'ws',
  });

  it('a drift issue opened by another user with our marker is left open and unedited; ours is opened', async () => {
    const first = await github();
    const args = ['--drift', DRIFT, '--drift-issue', 'true', '--dry-run'];
    expect((await runCli(args, { env: driftEnv(first) })).code).toBe(0);
    const real = first.issues[0];
    expect(firstLine(real?.body)).toMatch(/^<!-- iacm-reporter:drift:/);

    const api = await github();
    const fake = api.seedIssue({
      title: real!.title,
      body: `${firstLine(real?.body)}\nAll clear ✅`,
      author: 'mallory',
      labels: ['drift'],
    });
    const run = await runCli(args, { env: driftEnv(api) });
    expect(run.code, run.stderr).toBe(0);
    expect(fake.body).toContain('All clear ✅');
    expect(fake.state).toBe('open');
    expect(api.issues).toHaveLength(2);
    expect(run.stderr).toMatch(new RegExp(`left #${fake.number} alone: it carries this workspace's marker`));
  });

  it("GitLab CI: another user's note with our marker is left as it is; ours is posted", async () => {
    const env = (api: GitLabApiServer): Record<string, string> => ({
      GITLAB_CI: 'true',
      CI_MERGE_REQUEST_IID: '3',
      CI_PROJECT_ID: '42',
      CI_API_V4_URL: api.url,
      CI_COMMIT_SHA: HEAD,
      CI_JOB_NAME: 'plan',
      GITLAB_TOKEN: GL_TOKEN,
      HARNESS_ACCOUNT_ID: 'acct',
      HARNESS_ORG_ID: 'org',
      HARNESS_PROJECT_ID: 'proj',
      HARNESS_WORKSPACE_ID: 'ws',
    });
    const args = ['--plan', join(ROOT, PLAN), '--dry-run', '--comment', 'always'];
    const first = await gitlab();
    expect((await runCli(args, { env: env(first) })).code).toBe(0);
    const marker = firstLine(first.notes[0]?.body);
    expect(marker).toMatch(/^<!-- iacm-reporter:/);

    const api = await gitlab();
    const fake = api.seed(3, `${marker}\n${FAKE}`, 'mallory');
    const run = await runCli(args, { env: env(api) });
    expect(run.code, run.stderr).toBe(0);
    expect(fake.body).toBe(`${marker}\n${FAKE}`);
    const ours = api.notes.filter((n) => n.author.username === 'iacm-bot');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('to destroy');
    expect(run.stderr).toMatch(
      /left comment \d+ alone: it carries this step's marker but was written by "mallory"/,
    );
  });
});
