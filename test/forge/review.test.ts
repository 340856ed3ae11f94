/**
 * The review (src/run/review.ts over src/forge) against the local GitHub and GitLab stand-ins, on
 * real plans: the sticky comment is created, then updated in place; a comment or note by another
 * user that carries our marker is left alone and logged; a run for an older commit never
 * overwrites the newer head's comment; the failure comment; size limits; check runs; GitHub
 * Enterprise and self-managed GitLab base URLs from Harness CI / Drone variables.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reviewSchema, type ReviewConfig } from '../../src/config/review-settings.js';
import { forgeTarget } from '../../src/forge/forge-target.js';
import { parseMarker, stickyMarker } from '../../src/forge/sticky-comment.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import type { RunFacts } from '../../src/reporter/run-facts.js';
import { checkConclusion, publishFailure, publishReview, type ReviewIo } from '../../src/run/review.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startGitLabApiServer, type GitLabApiServer } from '../support/gitlab-api-server.js';
import { planModel, PLANS } from '../support/real-report-models.js';

const HEAD = '1'.repeat(40);
const OLD = '2'.repeat(40);
const GH_TOKEN = 'ghs_review_token_1234';
const GL_TOKEN = 'glpat-review-token-5678';
const FACTS: RunFacts = { gates: [], workspace: 'live-eu', commit: HEAD };

let basic: ReportModel;
let quiet: ReportModel;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  basic = await planModel([PLANS.basic]);
  quiet = await planModel([PLANS.noChanges]);
});

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function settings(overrides: Partial<Record<string, unknown>> = {}): ReviewConfig {
  return reviewSchema.parse({ comment: 'on-change', forgeTimeout: 5, ...overrides });
}

function io(env: Record<string, string>): ReviewIo & { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  return {
    env,
    secrets: ['pat.acct.key.SECRETVALUE'],
    log: (l) => lines.push(l),
    warn: (l) => warnings.push(l),
    lines,
    warnings,
  };
}

async function github(
  options: Partial<Parameters<typeof startGitHubApiServer>[0]> = {},
): Promise<GitHubApiServer> {
  const server = await startGitHubApiServer({ token: GH_TOKEN, headSha: HEAD, ...options });
  closers.push(() => server.close());
  return server;
}

async function gitlab(
  options: Partial<Parameters<typeof startGitLabApiServer>[0]> = {},
): Promise<GitLabApiServer> {
  const server = await startGitLabApiServer({
    tokens: { [GL_TOKEN]: 'iacm-bot', 'glpat-other-9999': 'mallory' },
    headSha: HEAD,
    ...options,
  });
  closers.push(() => server.close());
  return server;
}

async function actionsEnv(api: GitHubApiServer, sha = HEAD): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'iacm-review-'));
  const event = join(dir, 'event.json');
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha } } }));
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_API_URL: api.url,
    GITHUB_WORKFLOW: 'Plan',
    GITHUB_JOB: 'terraform',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '99',
    GITHUB_TOKEN: GH_TOKEN,
  };
}

function gitlabEnv(api: GitLabApiServer, sha = HEAD): Record<string, string> {
  return {
    GITLAB_CI: 'true',
    CI_MERGE_REQUEST_IID: '3',
    CI_PROJECT_ID: '42',
    CI_API_V4_URL: api.url,
    CI_COMMIT_SHA: sha,
    CI_JOB_NAME: 'plan',
    CI_JOB_URL: 'https://gitlab.example/group/infra/-/jobs/5',
    GITLAB_TOKEN: GL_TOKEN,
  };
}

describe('GitHub pull request comment', () => {
  it('is created, then updated in place; it carries the key and the commit, and asks as the real API wants', async () => {
    const api = await github({ maxPerPage: 2 });
    for (let i = 0; i < 3; i++) api.seed(7, `chatter ${i}`);
    const env = await actionsEnv(api);
    await publishReview(settings(), { model: basic, facts: FACTS }, io(env));
    await publishReview(settings(), { model: basic, facts: FACTS }, io(env));
    const ours = api.comments.filter((c) => parseMarker(c.body) !== undefined);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body.split('\n')[0]).toBe(stickyMarker('Plan/terraform', HEAD));
    expect(ours[0]?.body).toContain('7 to add');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    for (const request of api.requests) {
      expect(request.headers['authorization']).toBe(`Bearer ${GH_TOKEN}`);
      expect(request.headers['accept']).toBe('application/vnd.github+json');
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    }
    // Paged with per_page=100, following Link to the end.
    expect(api.requests.some((r) => r.url.includes('page=2'))).toBe(true);
  });

  it("leaves another user's comment with our marker alone, says so, and posts its own", async () => {
    const api = await github();
    const env = await actionsEnv(api);
    const fake = api.seed(7, `${stickyMarker('Plan/terraform', HEAD)}\n### ✅ all good, merge it`, 'mallory');
    const run = io(env);
    await publishReview(settings(), { model: basic, facts: FACTS }, run);
    expect(fake.body).toContain('all good, merge it');
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1]?.user.login).toBe('github-actions[bot]');
    expect(run.lines.join('\n')).toMatch(
      /left comment \d+ alone: it carries this step's marker but was written by "mallory"/,
    );
  });

  it('a user token owns the comments its user wrote (GET /user)', async () => {
    const api = await github({ user: 'iacm-bot' });
    const env = await actionsEnv(api);
    const mine = api.seed(7, `${stickyMarker('Plan/terraform', HEAD)}\nold`, 'iacm-bot');
    await publishReview(settings(), { model: basic, facts: FACTS }, io(env));
    expect(api.comments).toHaveLength(1);
    expect(mine.body).toContain('7 to add');
  });

  it("a GitHub App's installation token owns what its bot wrote, not the Actions bot's", async () => {
    const api = await github({ app: 'acme-iacm' });
    const env = await actionsEnv(api);
    const actions = api.seed(7, `${stickyMarker('Plan/terraform', HEAD)}\nold`, 'github-actions[bot]');
    const run = io(env);
    await publishReview(settings({ checkRun: true }), { model: basic, facts: FACTS }, run);
    expect(actions.body).toBe(`${stickyMarker('Plan/terraform', HEAD)}\nold`);
    expect(api.comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'acme-iacm[bot]']);
    expect(run.lines.join('\n')).toMatch(/left comment \d+ alone: .*written by "github-actions\[bot\]"/);
    // Asked once who it is: GraphQL's viewer, after GET /user refused an installation token.
    const viewer = api.requests.filter((r) => r.url === '/graphql');
    expect(viewer).toHaveLength(1);
    expect(JSON.parse(viewer[0]?.body ?? '')).toEqual({ query: 'query { viewer { login } }' });
    // A re-run updates its own comment and its own check run in place.
    await publishReview(settings({ checkRun: true }), { model: quiet, facts: FACTS }, io(env));
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1]?.body).toContain('No changes');
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]?.app.slug).toBe('acme-iacm');
  });

  it("a run for an older commit never overwrites the newer head's comment", async () => {
    const api = await github();
    await publishReview(settings(), { model: basic, facts: FACTS }, io(await actionsEnv(api, HEAD)));
    const before = api.comments[0]?.body;
    const late = io(await actionsEnv(api, OLD));
    await publishReview(settings(), { model: quiet, facts: FACTS }, late);
    expect(api.comments[0]?.body).toBe(before);
    expect(late.lines.join('\n')).toMatch(
      /skipped, the comment is for commit 111111111111; this run's commit 222222222222 is no longer the head/,
    );
  });

  it('on-change posts nothing for a plan without changes; always does', async () => {
    const api = await github();
    const env = await actionsEnv(api);
    await publishReview(settings(), { model: quiet, facts: FACTS }, io(env));
    expect(api.comments).toHaveLength(0);
    await publishReview(settings({ comment: 'always' }), { model: quiet, facts: FACTS }, io(env));
    expect(api.comments).toHaveLength(1);
  });

  it('the body stays within 65,536 characters whatever the summary', async () => {
    const api = await github();
    const env = await actionsEnv(api);
    const huge = (): string => 'x'.repeat(70_000);
    const run = io(env);
    await publishReview(settings(), { model: basic, facts: FACTS, render: huge }, run);
    // Ours refuses to send what GitHub would refuse, with a warning, not a lost report.
    expect(api.requests.filter((r) => r.method === 'POST' && r.url !== '/graphql')).toHaveLength(0);
    expect(run.warnings.join('\n')).toMatch(/more than github's 65536/);
    await publishReview(settings(), { model: basic, facts: FACTS }, io(env));
    expect(api.comments[0]?.body.length).toBeLessThanOrEqual(65_536);
  });

  it('a write GitHub refuses is a warning naming the call, never the token', async () => {
    const api = await github({ failWritesWith: 403 });
    const run = io(await actionsEnv(api));
    await publishReview(settings(), { model: basic, facts: FACTS }, run);
    expect(run.warnings).toEqual([
      expect.stringMatching(
        /^comment: could not write the pull request comment: GitHub API POST .*\/repos\/acme\/infra\/issues\/7\/comments: HTTP 403 \(Resource not accessible by integration\)$/,
      ),
    ]);
    expect([...run.lines, ...run.warnings].join('\n')).not.toContain(GH_TOKEN);
  });

  it('the failure comment replaces our verdict, with the reason, the commit and the run link', async () => {
    const api = await github();
    const env = await actionsEnv(api);
    await publishReview(settings(), { model: basic, facts: FACTS }, io(env));
    await publishFailure(settings(), 'plan.json: no such file (the plan step failed?)', io(env));
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]?.body ?? '';
    expect(body.split('\n')[0]).toBe(stickyMarker('Plan/terraform', HEAD));
    expect(body).toContain('### 🛑 Harness IaCM: the report could not be built');
    expect(body).toContain('> plan.json: no such file (the plan step failed?)');
    expect(body).toContain(
      'commit <code>111111111111</code> · [CI run](https://github.com/acme/infra/actions/runs/99)',
    );
    expect(body).not.toContain('7 to add');
  });
});

describe('GitHub check run', () => {
  it('one per workspace on the PR head, updated in place on a re-run; conclusion from the verdict and gates', async () => {
    const api = await github();
    const env = await actionsEnv(api);
    await publishReview(
      settings({ comment: 'off', checkRun: true }),
      { model: quiet, facts: FACTS },
      io(env),
    );
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({
      name: 'iacm-reporter / live-eu',
      head_sha: HEAD,
      conclusion: 'success',
      status: 'completed',
    });
    const gated: RunFacts = {
      ...FACTS,
      gates: [{ name: 'fail-on-destroy', reason: '1 resource would be destroyed' }],
    };
    await publishReview(
      settings({ comment: 'off', checkRun: true }),
      { model: basic, facts: gated },
      io(env),
    );
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]?.conclusion).toBe('failure');
    expect(api.checkRuns[0]?.output?.summary).toContain('fail-on-destroy');
    expect(api.comments).toHaveLength(0);
  });

  it('conclusion: failure for a gate, neutral for what needs eyes, success otherwise', () => {
    expect(checkConclusion(quiet, FACTS)).toBe('success');
    expect(checkConclusion({ ...basic, erroredPlans: ['plan.json'] }, FACTS)).toBe('neutral');
    expect(checkConclusion(basic, { ...FACTS, gates: [{ name: 'fail-on-drift', reason: 'x' }] })).toBe(
      'failure',
    );
  });

  it('a user token cannot write check runs: a warning', async () => {
    const api = await github({ user: 'someone' });
    const run = io(await actionsEnv(api));
    await publishReview(settings({ comment: 'off', checkRun: true }), { model: basic, facts: FACTS }, run);
    expect(run.warnings.join('\n')).toMatch(
      /check run: could not write it: GitHub API POST .*check-runs: HTTP 403 \(You must authenticate via a GitHub App\.\)/,
    );
  });
});

describe('GitLab merge request note', () => {
  it('is created, then updated in place, with PRIVATE-TOKEN; the other user and system notes left alone', async () => {
    const api = await gitlab({ maxPerPage: 2 });
    api.seed(3, 'added 1 commit', 'iacm-bot', true);
    const fake = api.seed(3, `${stickyMarker('gitlab/plan', HEAD)}\n✅ fine`, 'mallory');
    const env = gitlabEnv(api);
    const first = io(env);
    await publishReview(settings(), { model: basic, facts: FACTS }, first);
    await publishReview(settings(), { model: basic, facts: FACTS }, io(env));
    const ours = api.notes.filter((n) => n.author.username === 'iacm-bot' && !n.system);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body.split('\n')[0]).toBe(stickyMarker('gitlab/plan', HEAD));
    expect(ours[0]?.body).toContain('7 to add');
    expect(fake.body).toBe(`${stickyMarker('gitlab/plan', HEAD)}\n✅ fine`);
    expect(first.lines.join('\n')).toMatch(/left comment \d+ alone: .*"mallory"/);
    for (const request of api.requests) {
      expect(request.headers['private-token']).toBe(GL_TOKEN);
      expect(request.headers['authorization']).toBeUndefined();
    }
    expect(api.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(first.lines.join('\n')).toMatch(
      /comment: created http:\/\/127\.0\.0\.1:\d+\/group\/infra\/-\/merge_requests\/3#note_\d+/,
    );
  });

  it('a note may be longer than a GitHub comment, up to GitLab’s 1,000,000 characters', async () => {
    const api = await gitlab();
    const env = gitlabEnv(api);
    await publishReview(
      settings(),
      { model: basic, facts: FACTS, render: () => 'y'.repeat(200_000) },
      io(env),
    );
    expect(api.notes[0]?.body.length).toBeGreaterThan(200_000);
    const run = io(env);
    await publishReview(settings(), { model: basic, facts: FACTS, render: () => 'y'.repeat(1_000_001) }, run);
    expect(run.warnings.join('\n')).toMatch(/more than gitlab's 1000000/);
  });

  it('the failure comment on GitLab, and never over a newer commit', async () => {
    const api = await gitlab();
    await publishReview(settings(), { model: basic, facts: FACTS }, io(gitlabEnv(api)));
    await publishFailure(settings(), 'plan.json: not JSON', io(gitlabEnv(api, OLD)));
    expect(api.notes[0]?.body).toContain('7 to add');
    await publishFailure(settings(), 'plan.json: not JSON', io(gitlabEnv(api)));
    expect(api.notes[0]?.body).toContain('the report could not be built');
    expect(api.notes[0]?.body).toContain('[CI run](https://gitlab.example/group/infra/-/jobs/5)');
  });
});

describe('Harness CI / Drone: GitHub Enterprise and self-managed GitLab', () => {
  it('a GitHub Enterprise repository link gives https://HOST/api/v3', async () => {
    const api = await github({ prefix: '/api/v3' });
    const env = {
      DRONE_PULL_REQUEST: '7',
      DRONE_REPO: 'acme/infra',
      DRONE_REPO_LINK: `${api.url.replace('/api/v3', '')}/acme/infra`,
      DRONE_COMMIT_SHA: HEAD,
      DRONE_STAGE_NAME: 'plan',
      DRONE_STEP_NAME: 'report',
    };
    // 127.0.0.1 names neither forge: the setting says GitHub.
    const target = await forgeTarget(env, { forge: 'github' });
    expect(target).toMatchObject({ forge: 'github', apiUrl: api.url, number: 7, headSha: HEAD });
    await publishReview(
      settings({ forge: 'github', token: GH_TOKEN }),
      { model: basic, facts: FACTS },
      io(env),
    );
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body.split('\n')[0]).toBe(stickyMarker('plan/report', HEAD));
    // REST under /api/v3; the token's identity (an app's: GET /user 403) from /api/graphql.
    expect(api.requests.filter((r) => !r.url.startsWith('/api/v3/')).map((r) => r.url)).toEqual([
      '/api/graphql',
    ]);
  });

  it('a self-managed GitLab under a path gives https://HOST/prefix/api/v4 and the project path', async () => {
    const api = await gitlab({ prefix: '/gitlab' });
    const env = {
      DRONE_PULL_REQUEST: '3',
      DRONE_REPO: 'group/infra',
      DRONE_REPO_LINK: `${api.webUrl}/group/infra`,
      DRONE_COMMIT_SHA: HEAD,
      GITLAB_TOKEN: GL_TOKEN,
    };
    const target = await forgeTarget(env, { forge: 'gitlab' });
    expect(target).toMatchObject({ forge: 'gitlab', apiUrl: api.url, project: 'group/infra', iid: 3 });
    await publishReview(settings({ forge: 'gitlab' }), { model: basic, facts: FACTS }, io(env));
    expect(api.notes).toHaveLength(1);
    expect(
      api.requests.some((r) =>
        r.url.startsWith('/gitlab/api/v4/projects/group%2Finfra/merge_requests/3/notes'),
      ),
    ).toBe(true);
  });

  it('github.com and gitlab.com links need no setting', async () => {
    const common = { DRONE_PULL_REQUEST: '5', DRONE_COMMIT_SHA: HEAD };
    expect(
      await forgeTarget({ ...common, DRONE_REPO: 'a/b', DRONE_REPO_LINK: 'https://github.com/a/b' }),
    ).toMatchObject({
      forge: 'github',
      apiUrl: 'https://api.github.com',
    });
    expect(
      await forgeTarget({ ...common, DRONE_REPO: 'g/s/p', DRONE_REPO_LINK: 'https://gitlab.com/g/s/p' }),
    ).toMatchObject({
      forge: 'gitlab',
      apiUrl: 'https://gitlab.com/api/v4',
      project: 'g/s/p',
    });
    expect(
      await forgeTarget({ ...common, DRONE_REPO: 'a/b', DRONE_REPO_LINK: 'https://git.corp.example/a/b' }),
    ).toEqual({
      skip: 'the repository host git.corp.example is neither github.com nor a GitLab host: set forge (github or gitlab)',
    });
  });
});
