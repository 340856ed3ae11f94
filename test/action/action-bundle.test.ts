/**
 * The bundle as a runner runs it (`node dist/action/index.js`), on real fixture plans, with a
 * local stand-in for GitHub's REST API and for the Harness IaCM API. Nothing leaves 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { stickyMarker as commentMarker } from '../../src/forge/sticky-comment.js';
import { ensureActionBundle, readAllFiles, runAction, type ActionRun } from '../support/action-bundle.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startIacmServer, TEST_API_KEY, type IacmServer } from '../support/iacm-server.js';

const FIXTURES = 'test/fixtures';
const PLAN_BASIC = `${FIXTURES}/plans/terraform-json/testdata/110_basic/plan.json`;
const PLAN_REPLACE = `${FIXTURES}/plans/terraform-json/testdata/action_reason/plan.json`;
// A real plan with nothing to change, outputs included (OpenTofu 1.4.4; Terraform 0.12's no_changes
// fixture marks its unchanged outputs "create").
const PLAN_NO_CHANGES = `${FIXTURES}/plans/opentofu/internal/cloud/testdata/plan-json-no-changes/plan-unredacted.json`;
const DRIFT = `${FIXTURES}/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json`;
const PLAN_DESTROY = `${FIXTURES}/plans/opentofu/testing/equivalence-tests/outputs/null_provider_delete/plan.json`;
const INFRACOST = `${FIXTURES}/costs/infracost/cmd/infracost/testdata/comment_backoff_retry/infracost.json`;

const TOKEN = 'ghs_runner_token';
const PR_EVENT = { action: 'synchronize', number: 7, pull_request: { number: 7 } };

let github: GitHubApiServer | undefined;
let iacm: IacmServer | undefined;

beforeAll(async () => {
  await ensureActionBundle();
}, 300_000);

afterEach(async () => {
  await github?.close();
  await iacm?.close();
  github = undefined;
  iacm = undefined;
});

async function gitHub(): Promise<GitHubApiServer> {
  github = await startGitHubApiServer({ token: TOKEN, maxPerPage: 2 });
  return github;
}

function dryRun(
  inputs: Record<string, string>,
  api?: GitHubApiServer,
  eventName = 'pull_request',
): Promise<ActionRun> {
  return runAction({
    inputs: { 'dry-run': 'true', ...inputs },
    eventName,
    event: PR_EVENT,
    githubApiUrl: api?.url ?? 'http://127.0.0.1:9',
    githubToken: TOKEN,
  });
}

/** `::error::` lines of the log (how core.setFailed reports). */
/** The inputs that reach the test IaCM server. */
const harnessInputs = (server: IacmServer): Record<string, string> => ({
  'account-id': server.accountId,
  org: server.org,
  project: server.project,
  workspace: server.workspace,
  'api-key': TEST_API_KEY,
  'base-url': server.baseUrl,
});

const errors = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith('::error::'));

describe('the Action bundle', () => {
  it('dry-run: outputs, payload file, job summary and a PR comment, but nothing sent', async () => {
    const api = await gitHub();
    const run = await dryRun({ plan: PLAN_BASIC, infracost: INFRACOST, comment: 'always' }, api);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      added: '7',
      changed: '0',
      deleted: '0',
      imported: '0',
      removed: '0',
      unchanged: '0',
      drifted: '0',
      'has-changes': 'true',
      'has-drift': 'false',
      'cost-diff-monthly': '-2241.684',
      'event-type': 'plan',
    });

    const payloadFile = run.outputs['payload-file'] ?? '';
    expect(payloadFile.startsWith(run.runnerTemp)).toBe(true);
    const event = sendEventRequestSchema.parse(JSON.parse(await readFile(payloadFile, 'utf8')));
    expect(event.event_type).toBe('plan');
    expect(event.metadata?.resource_counts).toMatchObject({ added: 7, changed: 0, deleted: 0 });
    expect(event.metadata?.cost_diff_total_monthly).toBe('-2241.684');
    // Every count output is the event's own figure.
    for (const key of ['added', 'changed', 'deleted', 'unchanged', 'imported', 'removed'] as const) {
      expect(run.outputs[key], key).toBe(String(event.metadata?.resource_counts?.[key] ?? 0));
    }

    // The job summary: the verdict first, then where it went, the counts, then the lists; the
    // same text in summary-markdown-file.
    const lines = run.summary.split('\n');
    expect(lines[0]).toBe(
      '### ✅ Harness IaCM plan: 7 to add, 8 outputs change · monthly cost will decrease by $2,241.68 (-42.54%)',
    );
    expect(lines[2]).toMatch(
      // Where it went, the commit, and the run link the runner's variables give.
      /^Dry run, not sent · commit <code>[0-9a-f]{12}<\/code> · \[CI run\]\(https:\/\/github\.com\/[^)]+\/actions\/runs\/\d+\) · plan \(success\), terraform 1\.1\.0-dev$/,
    );
    expect(lines).toContain('| | add | change | destroy | import | forget | unchanged |');
    expect(lines).toContain('| Resources | 7 | 0 | 0 | 0 | 0 | 0 |');
    expect(run.summary.indexOf('| Resources |')).toBeLessThan(run.summary.indexOf('<details>'));
    expect(await readFile(run.outputs['summary-markdown-file'] ?? '', 'utf8')).toBe(run.summary);

    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body.startsWith(`${commentMarker('Plan/terraform')}\n### `)).toBe(true);
    expect(run.stdout).toContain('Dry run: the event was not sent');
  });

  it('updates the same comment on a second run, and keeps one comment per matrix key', async () => {
    const api = await gitHub();
    for (let i = 0; i < 3; i++) api.seed(7, `review comment ${i}`);
    await dryRun({ plan: PLAN_BASIC, comment: 'always' }, api);
    const second = await dryRun({ plan: PLAN_REPLACE, comment: 'always' }, api);
    expect(second.code).toBe(0);
    const ours = api.comments.filter((c) => c.body.startsWith('<!-- iacm-reporter:'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('<strong>To replace</strong> (1)');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);

    await dryRun({ plan: PLAN_BASIC, comment: 'always', 'comment-key': 'plan-eu' }, api);
    await dryRun({ plan: PLAN_BASIC, comment: 'always', 'comment-key': 'plan-us' }, api);
    await dryRun({ plan: PLAN_BASIC, comment: 'always', 'comment-key': 'plan-eu' }, api);
    const markers = api.comments.map((c) => c.body.split('\n')[0]).filter((m) => m?.startsWith('<!--'));
    expect(markers).toEqual([
      commentMarker('Plan/terraform'),
      commentMarker('plan-eu'),
      commentMarker('plan-us'),
    ]);
  });

  it('on-change posts nothing for a plan without changes; outside a PR it skips with an info line', async () => {
    const api = await gitHub();
    const quiet = await dryRun({ plan: PLAN_NO_CHANGES, comment: 'on-change' }, api);
    expect(quiet.code).toBe(0);
    expect(quiet.outputs['has-changes']).toBe('false');
    expect(api.comments).toHaveLength(0);
    // It asked who it is (an app token: GET /user 403, then GraphQL's viewer), looked for a
    // comment to refresh, and wrote nothing.
    expect(api.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /user',
      'POST /graphql',
      'GET /repos/acme/infra/issues/7/comments',
    ]);

    const before = api.requests.length;
    const push = await dryRun({ plan: PLAN_BASIC, comment: 'always' }, api, 'push');
    expect(push.code).toBe(0);
    expect(push.stdout).toContain('comment: skipped, not a pull_request event (push)');
    expect(api.requests).toHaveLength(before);
  });

  it('a tripped gate fails the step with exit code 1 after the summary and outputs are written', async () => {
    const run = await dryRun({ plan: PLAN_REPLACE, 'fail-on-destroy': 'true', 'fail-on-drift': 'true' });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringMatching(/^::error::gate failed: fail-on-destroy: 1 resource would be destroyed/),
    ]);
    expect(run.summary).toContain('| Resources | 1 | 0 | 1 | 0 | 0 | 0 |');
    // The summary says so: the verdict names the gate, the alert says why.
    expect(run.summary.split('\n')[0]).toContain('gate failed: fail-on-destroy');
    expect(run.summary).toContain(
      '> **Gate failed:** <code>fail-on-destroy</code>: 1 resource would be destroyed',
    );
    expect(run.outputs['deleted']).toBe('1');
    expect(existsSync(run.outputs['payload-file'] ?? '')).toBe(true);
  });

  it('destroys, drift and a tripped gate are named in the first 600 bytes of the job summary and the comment', async () => {
    const api = await gitHub();
    const run = await dryRun(
      { plan: PLAN_DESTROY, drift: DRIFT, 'fail-on-destroy': 'true', comment: 'always' },
      api,
    );
    expect(run.code).toBe(1);
    const comment = api.comments[0]?.body ?? '';
    for (const text of [run.summary, comment]) {
      const head = Buffer.from(text, 'utf8').subarray(0, 600).toString('utf8');
      expect(head).toContain('1 to destroy');
      expect(head).toContain('<code>null\\_resource.null\\_resource</code>');
      expect(head).toContain('1 drifted (changed outside Terraform/OpenTofu)');
      expect(head).toContain('<code>tfcoremock\\_simple\\_resource.drift</code>');
      expect(head).toContain('gate failed: fail-on-destroy');
      expect(head).toContain('> [!CAUTION]');
    }
  });

  it('fail-on-drift trips on a drift check', async () => {
    const run = await dryRun({ drift: DRIFT, 'fail-on-drift': 'true' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'has-drift': 'true', drifted: '1', 'event-type': 'drifted' });
    expect(errors(run).join('\n')).toMatch(/gate failed: fail-on-drift: 1 resource drifted/);
  });

  it('max-monthly-cost-increase trips above the limit only', async () => {
    // Infracost's own golden output with a positive diff (420.48), its stderr trailer cut off.
    const dir = await mkdtemp(join(tmpdir(), 'iacm-cost-'));
    const golden = await readFile(`${FIXTURES}/infracost/diff_with_policy_data_upload.golden`, 'utf8');
    const infracost = join(dir, 'infracost.json');
    await writeFile(infracost, golden.slice(0, golden.indexOf('\n\nErr:')));

    const over = await dryRun({ plan: PLAN_BASIC, infracost, 'max-monthly-cost-increase': '100' });
    expect(over.code).toBe(1);
    expect(over.outputs['cost-diff-monthly']).toBe('420.48');
    expect(errors(over).join('\n')).toMatch(
      /max-monthly-cost-increase: monthly cost rises by \$420\.48 \(420\.48\), over the limit of \$100\.00/,
    );
    expect(over.summary).toContain('+$420.48');
    expect(over.summary.split('\n')[0]).toContain('gate failed: max-monthly-cost-increase');

    const under = await dryRun({ plan: PLAN_BASIC, infracost, 'max-monthly-cost-increase': '500.00' });
    expect(under.code).toBe(0);
    expect(errors(under)).toEqual([]);
  });

  it('a bad input fails the step naming the input, before any output is written; the job summary says so', async () => {
    const run = await dryRun({ plan: PLAN_BASIC, 'fail-on-drift': 'yes' });
    expect(run.code).toBe(2);
    expect(errors(run)).toEqual(['::error::input "fail-on-drift": must be true or false (got "yes")']);
    // The job summary says no report was built (issue 22: failure reaches the pull request).
    expect(run.summary).toContain('the report could not be built');
    expect(run.summary).toContain('input "fail-on-drift": must be true or false');
    expect(run.outputs).toEqual({});
  });

  it('sends the event to Harness, and the API key is only ever in the x-api-key header', async () => {
    iacm = await startIacmServer();
    const api = await gitHub();
    const run = await runAction({
      inputs: {
        plan: PLAN_BASIC,
        drift: DRIFT,
        infracost: INFRACOST,
        comment: 'always',
        ...harnessInputs(iacm),
      },
      event: PR_EVENT,
      githubApiUrl: api.url,
      githubToken: TOKEN,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(iacm.events).toHaveLength(1);
    expect(iacm.requests.every((r) => r.headers['x-api-key'] === TEST_API_KEY)).toBe(true);
    expect(JSON.parse(iacm.events[0]?.toString('utf8') ?? '')).toEqual(
      JSON.parse(await readFile(run.outputs['payload-file'] ?? '', 'utf8')),
    );
    expect(run.stdout).toMatch(/Sent the plan event to IaCM workspace/);

    // Masked first: the add-mask command is the first thing on stdout, and the only place the key is.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TEST_API_KEY}`);
    expect(run.stdout.split('\n').filter((line) => line.includes(TEST_API_KEY))).toEqual([
      `::add-mask::${TEST_API_KEY}`,
    ]);
    for (const { file, text } of await readAllFiles(run.runnerTemp))
      expect(text, file).not.toContain(TEST_API_KEY);
    for (const request of iacm.requests) {
      expect(request.body.toString('utf8')).not.toContain(TEST_API_KEY);
      expect(request.url).not.toContain(TEST_API_KEY);
    }
    for (const request of api.requests) expect(JSON.stringify(request)).not.toContain(TEST_API_KEY);
  });

  it('send-drift-resources: after the drift event, each drifted resource goes to update-resources by name', async () => {
    iacm = await startIacmServer();
    const run = await runAction({
      inputs: {
        drift: DRIFT,
        'send-drift-resources': 'true',
        ...harnessInputs(iacm),
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(iacm.violations).toEqual([]);
    expect(iacm.resourceUpdates.map((c) => c.body.resources)).toEqual([
      [
        expect.objectContaining({
          provider: 'registry.opentofu.org/hashicorp/tfcoremock',
          type: 'tfcoremock_simple_resource',
          name: 'drift',
          module: '',
          drift_status: 'changed',
          drift_attributes: { string: '(redacted)' },
        }),
      ],
    ]);
    expect(run.outputs['activity-id']).toBe(iacm.activities[0]?.id);
    expect(run.stdout).toContain('Harness drift per resource: 1 updated');
  });

  it('a send that fails for good fails the step after the summary is written, leaking no key', async () => {
    // A careless gateway that echoes the presented key in its 401 message.
    iacm = await startIacmServer({ echoKeyInErrors: true });
    const wrongKey = 'pat.test-account.Wr0ngId.N0tTheRightSecret987';
    const run = await runAction({
      inputs: {
        plan: PLAN_BASIC,
        'account-id': iacm.accountId,
        org: iacm.org,
        project: iacm.project,
        workspace: iacm.workspace,
        'api-key': wrongKey,
        'base-url': iacm.baseUrl,
      },
      eventName: 'push',
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('| Resources | 7 |');
    expect(run.outputs['added']).toBe('7');
    expect(errors(run)).toEqual([expect.stringMatching(/^::error::.*; the request body was saved to /)]);
    const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(log.join('\n')).not.toContain(wrongKey);
    expect(run.stderr).not.toContain(wrongKey);
    // The spooled body lands in RUNNER_TEMP too: no key there either.
    for (const { file, text } of await readAllFiles(run.runnerTemp))
      expect(text, file).not.toContain(wrongKey);
  });
});
