/**
 * The review through the bundles as each world runs them: the CLI in GitLab CI, the plugin in
 * Harness CI on a GitHub Enterprise repository, the Action on a pull request; against the local
 * GitHub and GitLab stand-ins. Create, update in place, another user's comment with our marker
 * left alone, the failure comment, the Markdown file, the check run.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stickyMarker } from '../../src/forge/sticky-comment.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startGitLabApiServer, type GitLabApiServer } from '../support/gitlab-api-server.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  runActionBundle,
  runCli,
  runPluginBundle,
} from '../trust/support/entries.js';

const PLAN = 'test/fixtures/plans/terraform-json/testdata/110_basic/plan.json';
const HEAD = 'c'.repeat(40);
const GL_TOKEN = 'glpat-entries-token-1111';
const GH_TOKEN = 'ghs_entries_token_2222';
const closers: (() => Promise<void>)[] = [];

beforeAll(() => ensureBundles(['cli', 'plugin', 'action']), BUILD_TIMEOUT_MS);
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function gitlab(): Promise<GitLabApiServer> {
  const api = await startGitLabApiServer({ tokens: { [GL_TOKEN]: 'iacm-bot' }, headSha: HEAD });
  closers.push(() => api.close());
  return api;
}

async function github(prefix?: string): Promise<GitHubApiServer> {
  const api = await startGitHubApiServer({ token: GH_TOKEN, headSha: HEAD, ...(prefix ? { prefix } : {}) });
  closers.push(() => api.close());
  return api;
}

describe('the CLI in GitLab CI', () => {
  it('writes the note, updates it in place, writes --markdown; a failed run turns it into the failure note', async () => {
    const api = await gitlab();
    api.seed(3, `${stickyMarker('gitlab/plan', HEAD)}\nfake ✅`, 'mallory');
    const dir = await mkdtemp(join(tmpdir(), 'iacm-cli-review-'));
    const env = {
      GITLAB_CI: 'true',
      CI_MERGE_REQUEST_IID: '3',
      CI_PROJECT_ID: '42',
      CI_API_V4_URL: api.url,
      CI_COMMIT_SHA: HEAD,
      CI_JOB_NAME: 'plan',
      GITLAB_TOKEN: GL_TOKEN,
    };
    const args = ['--plan', PLAN, '--dry-run', '--comment', 'always'];
    const first = await runCli([...args, '--markdown', join(dir, 'summary.md')], { env });
    expect(first.code, first.stderr).toBe(0);
    const second = await runCli(args, { env });
    expect(second.code, second.stderr).toBe(0);
    const ours = api.notes.filter((n) => n.author.username === 'iacm-bot');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('7 to add');
    expect(api.notes.find((n) => n.author.username === 'mallory')?.body).toContain('fake ✅');
    expect(first.stderr).toMatch(/left comment \d+ alone/);
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toMatch(/^### .*7 to add/);

    const failed = await runCli(['--plan', 'missing/plan.json', '--dry-run', '--comment', 'always'], { env });
    expect(failed.code).toBe(2);
    expect(ours[0]?.body).toContain('🛑 Harness IaCM: the report could not be built');
    expect(ours[0]?.body).toContain('missing/plan.json');
    expect(failed.stderr + failed.stdout).not.toContain(GL_TOKEN);
  }, 60_000);
});

describe('the plugin in Harness CI on a GitHub Enterprise repository', () => {
  it('comments and writes the check run under /api/v3, and writes PLUGIN_MARKDOWN_FILE', async () => {
    const api = await github('/api/v3');
    const dir = await mkdtemp(join(tmpdir(), 'iacm-plugin-review-'));
    const env = {
      PLUGIN_PLAN: join(process.cwd(), PLAN),
      PLUGIN_DRY_RUN: 'true',
      PLUGIN_COMMENT: 'on-change',
      PLUGIN_CHECK_RUN: 'true',
      PLUGIN_FORGE: 'github',
      PLUGIN_FORGE_TOKEN: GH_TOKEN,
      PLUGIN_MARKDOWN_FILE: join(dir, 'summary.md'),
      PLUGIN_WORKSPACE: 'live-eu',
      DRONE_PULL_REQUEST: '7',
      DRONE_REPO: 'acme/infra',
      DRONE_REPO_LINK: `${api.url.replace('/api/v3', '')}/acme/infra`,
      DRONE_COMMIT_SHA: HEAD,
    };
    const run = await runPluginBundle({ env, cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toContain('7 to add');
    expect(api.checkRuns).toEqual([
      expect.objectContaining({ name: 'iacm-reporter / live-eu', head_sha: HEAD, conclusion: 'success' }),
    ]);
    // REST under /api/v3; GraphQL (the app token's identity) at /api/graphql, as GHES serves it.
    expect(api.requests.every((r) => r.url.startsWith('/api/v3/') || r.url === '/api/graphql')).toBe(true);
    expect(api.requests.some((r) => r.url === '/api/graphql')).toBe(true);
    expect(await readFile(join(dir, 'summary.md'), 'utf8')).toContain('7 to add');
    const again = await runPluginBundle({ env, cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.checkRuns).toHaveLength(1);
  }, 60_000);
});

describe('the Action on a pull request', () => {
  it('a plan that is missing: exit 2, the 🛑 comment over our last one and in the job summary', async () => {
    const api = await github();
    const inputs = { plan: PLAN, 'dry-run': 'true', comment: 'always', 'check-run': 'true' };
    const event = { pull_request: { number: 7, head: { sha: HEAD } } };
    const common = { eventName: 'pull_request', event, githubApiUrl: api.url, githubToken: GH_TOKEN };
    const ok = await runActionBundle({ inputs, ...common });
    expect(ok.code, ok.stdout).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD, name: 'iacm-reporter / report' });
    const failed = await runActionBundle({ inputs: { ...inputs, plan: 'missing/plan.json' }, ...common });
    expect(failed.code).toBe(2);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toContain('🛑 Harness IaCM: the report could not be built');
    expect(failed.summary).toContain('🛑 Harness IaCM: the report could not be built');
    expect(failed.summary).toContain('missing/plan.json');
  }, 60_000);
});
