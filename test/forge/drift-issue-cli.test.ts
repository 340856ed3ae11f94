/**
 * `iacm-report --drift <refresh-only plan> --drift-issue ...` as a scheduled job runs it, against
 * the local GitHub and GitLab stand-ins: a drift check with drift opens the workspace's issue, a
 * clean check (Terraform's own refresh-only plan with nothing drifted) closes it, a plan that is
 * not a drift check leaves issues alone, and with `--drift-issue-scope unit` each Terragrunt unit
 * gets its own issue. Real plans: OpenTofu's drift equivalence test and a Terraform 1.11
 * refresh-only plan made with terraform_data.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { startGitHubApiServer } from '../support/github-api-server.js';
import { startGitLabApiServer } from '../support/gitlab-api-server.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DRIFTED = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json';
const CLEAN = 'test/fixtures/terraform/refresh-only-clean/plan.json';
const PLAN = 'test/fixtures/terraform/update-and-replace/plan.json';
const GH_TOKEN = 'ghs_drift_cli_token_0001';
const GL_TOKEN = 'glpat-drift-cli-token-0002';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function cli(args: string[], env: Record<string, string>, cwd = ROOT) {
  const captured = captureIo(env, cwd);
  const code = await main([...args, '--dry-run', '--workspace', 'network-prod'], captured.io);
  return { code, stderr: captured.stderr() };
}

describe('drift issues from the CLI', () => {
  it('on GitHub Actions: a drift check opens the issue, a clean check closes it, a plan leaves it', async () => {
    const api = await startGitHubApiServer({ token: GH_TOKEN });
    closers.push(() => api.close());
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_API_URL: api.url,
      GITHUB_TOKEN: GH_TOKEN,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '77',
    };
    const drifted = await cli(['--drift', DRIFTED, '--drift-issue', 'true'], env);
    expect(drifted.code).toBe(0);
    expect(api.issues).toHaveLength(1);
    const issue = api.issues[0]!;
    expect(issue.title).toBe('Drift: network-prod');
    expect(issue.labels).toEqual(['drift']);
    expect(issue.author).toBe('github-actions[bot]');
    expect(issue.body).toContain('Changed outside (1)');
    expect(issue.body).toContain('tfcoremock\\_simple\\_resource.drift');
    expect(issue.body).toContain('https://github.example/acme/infra/actions/runs/77');
    expect(drifted.stderr).toMatch(/drift issue \(Drift: network-prod\): opened/);

    // A normal plan is not a drift check: the issue stays as it is.
    const plan = await cli(['--plan', PLAN, '--drift-issue', 'true'], env);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain('drift issue: skipped, this run is not a drift check');
    expect(issue.state).toBe('open');

    const clean = await cli(['--drift', CLEAN, '--drift-issue', 'true'], env);
    expect(clean.code).toBe(0);
    expect(issue.state).toBe('closed');
    expect(issue.stateReason).toBe('completed');
    expect(api.comments.filter((c) => c.issueNumber === issue.number).at(-1)?.body).toContain(
      'Drift cleared in https://github.example/acme/infra/actions/runs/77',
    );
    // The token went only into the Authorization header.
    expect(api.requests.every((r) => !r.url.includes(GH_TOKEN) && !r.body.includes(GH_TOKEN))).toBe(true);
  });

  it('on GitLab CI, per Terragrunt unit: one issue for each drifted unit, edited in place on the next check', async () => {
    const api = await startGitLabApiServer({ tokens: { [GL_TOKEN]: 'drift-bot' } });
    closers.push(() => api.close());
    const tree = await tempDir();
    closers.push(() => removeDir(tree));
    await placePlan(tree, 'live/vpc/tfplan.json', 'refresh-only');
    await placePlan(tree, 'live/dns/tfplan.json', 'refresh-only');
    const perUnit = [
      '--terragrunt-dir',
      tree,
      '--drift-issue',
      'gitlab',
      '--drift-issue-scope',
      'unit',
      '--drift-issue-label',
      'infra-drift',
    ];
    const env = {
      GITLAB_CI: 'true',
      CI_PROJECT_ID: '42',
      CI_API_V4_URL: api.url,
      GITLAB_TOKEN: GL_TOKEN,
    };
    const run = await cli(perUnit, env, tree);
    expect(run.code, run.stderr).toBe(0);
    const titles = api.issues.map((i) => i.title).sort();
    expect(titles).toEqual(['Drift: network-prod / live/dns', 'Drift: network-prod / live/vpc']);
    expect(api.issues.every((i) => i.labels.includes('infra-drift') && i.author === 'drift-bot')).toBe(true);
    // Again: edited in place, nothing new.
    await cli(perUnit, env, tree);
    expect(api.issues).toHaveLength(2);
    expect(api.issues.flatMap((i) => i.notes)).toEqual([]);
  });
});
