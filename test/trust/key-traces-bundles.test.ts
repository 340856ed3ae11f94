/**
 * Issue 23, item 3, as the acceptance audit found it: the key must not leave in what our own
 * writers make of it. A real Harness key has `_` in it (`pat.<account>.<token>.<secret>`); a unit
 * folder named after it came out of Markdown escaping as `pat.Qx7\_Kd9…`, which no exact search
 * finds, and so reached the --markdown file, the job summary and the PR comment. A commit message
 * that ends in the key was cut at 1,000 characters before the body was scrubbed, and all of the key
 * but its last characters went out in `git_commit_message`. Through the CLI and Action bundles:
 * no run of 10 characters of the key, with our escapes taken out, in any output.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { iacmServerEnv, startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT, runActionBundle, runCli } from './support/entries.js';
import { filesWritten } from './support/leak-scan.js';

/** Shaped as Harness writes them: `_` and `-` in the account id and the secret. */
const KEY = 'pat.Qx7_Kd9-mPzR_vT2wLs.6f1e9c2b8a7d4e3f0a1b5c6d.Zk_Rq8Wn4Ys_Hj';
const PLAN = 'test/fixtures/terraform/add-and-change/plan.json';
const HEAD = 'c'.repeat(40);
const GH_TOKEN = 'ghs_key_traces_0001';

let work: string;
let tree: string;
let iacm: IacmServer;
let github: GitHubApiServer;

/** Where a run of 10 characters of the key shows, our escapes (`\`, zero-width space) taken out. */
function pieces(text: string): string[] {
  const bare = text.replace(/\\|&#8203;|\u200b/g, '');
  const found: string[] = [];
  for (let i = 0; i + 10 <= KEY.length; i++)
    if (bare.includes(KEY.slice(i, i + 10))) found.push(KEY.slice(i, i + 10));
  return found;
}

function expectNoPiece(written: readonly { where: string; text: string }[]): void {
  expect(written.length).toBeGreaterThan(0);
  for (const { where, text } of written) expect(pieces(text), where).toEqual([]);
}

beforeAll(async () => {
  await ensureBundles(['cli', 'action']);
  work = await mkdtemp(join(tmpdir(), 'iacm-key-traces-'));
  tree = join(work, 'tree');
  for (const unit of [KEY, `live/${KEY}-and-a-long-tail-of-folder-names/app`, 'plain']) {
    await mkdir(join(tree, unit), { recursive: true });
    await copyFile(join(ROOT, PLAN), join(tree, unit, 'tfplan.json'));
    await writeFile(join(tree, unit, 'tfplan.txt'), 'Terraform will perform the following actions:\n');
  }
  iacm = await startIacmServer({ apiKey: KEY });
  github = await startGitHubApiServer({ token: GH_TOKEN, headSha: HEAD });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await iacm?.close();
  await github?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** The server's variables; its key is KEY. */
function harnessEnv(): Record<string, string> {
  return iacmServerEnv(iacm);
}

describe('the CLI bundle', () => {
  it('--markdown, stdout and stderr: the escaped key is redacted', async () => {
    const markdown = join(work, 'cli.md');
    const run = await runCli(['--terragrunt-dir', tree, '--markdown', markdown], { env: harnessEnv() });
    expect(run.code, run.stderr).toBe(0);
    const md = await readFile(markdown, 'utf8');
    expect(md).toContain('[REDACTED]');
    expectNoPiece([
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      { where: '--markdown', text: md },
      ...iacm.requests.map((r) => ({
        where: `request ${r.url}`,
        text: `${r.url}\n${r.body.toString('utf8')}`,
      })),
    ]);
  });

  it('a unit folder named after the key: its plan text is uploaded with the key replaced in stack_path', async () => {
    const before = iacm.requests.length;
    const ids = [
      '--pipeline-id',
      'p',
      '--stage-id',
      's',
      '--pipeline-execution-id',
      'e',
      '--pipeline-stage-id',
      'ps',
    ];
    const run = await runCli(
      ['--terragrunt-dir', tree, '--plan-text-name', 'tfplan.txt', ...ids, '--no-confirm'],
      {
        env: harnessEnv(),
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const requests = iacm.requests.slice(before);
    const uploads = requests.filter((r) => r.url.includes('/data?'));
    expect(uploads).toHaveLength(3);
    expect(iacm.data.map((d) => d.stackPath)).toContain('[REDACTED]');
    // The event names the unit the same way, so the upload and the unit still meet in Harness.
    expect(requests.at(-1)?.body.toString('utf8')).toContain('"path_id":"[REDACTED]"');
    expectNoPiece(
      requests.map((r) => ({
        where: `request ${r.url}`,
        text: `${decodeURIComponent(r.url)}\n${r.body.toString('utf8')}`,
      })),
    );
  });

  it('a commit message cut through the key: the body sent and the dry run carry no piece of it', async () => {
    for (const kept of [KEY.length - 1, KEY.length - 12, 20]) {
      // The cut (999 characters and an ellipsis) falls `kept` characters into the key.
      const message = `${'m'.repeat(999 - kept)}${KEY}${'x'.repeat(50)}`;
      const env = { ...harnessEnv(), CI: 'true', DRONE: 'true', DRONE_COMMIT_MESSAGE: message };
      const dry = await runCli(['--plan', PLAN, '--dry-run'], { env });
      expect(dry.code, dry.stderr).toBe(0);
      const body = JSON.parse(dry.stdout) as { metadata?: { git_commit_message?: string } };
      const sent = body.metadata?.git_commit_message ?? '';
      expect(sent.endsWith('[REDACTED]…'), sent.slice(-40)).toBe(true);
      const before = iacm.events.length;
      const run = await runCli(['--plan', PLAN, '--no-confirm'], { env });
      expect(run.code, run.stderr).toBe(0);
      expect(iacm.events.length).toBe(before + 1);
      expectNoPiece([
        { where: 'dry run', text: dry.stdout + dry.stderr },
        { where: 'run', text: run.stdout + run.stderr },
        ...iacm.requests.map((r) => ({ where: `request ${r.url}`, text: r.body.toString('utf8') })),
      ]);
    }
  });
});

describe('the Action bundle', () => {
  it('job summary, PR comment, log, outputs and RUNNER_TEMP files: no piece of the key', async () => {
    const run = await runActionBundle({
      inputs: {
        'terragrunt-dir': tree,
        comment: 'always',
        'account-id': iacm.accountId,
        org: iacm.org,
        project: iacm.project,
        workspace: iacm.workspace,
        'api-key': KEY,
        'base-url': iacm.baseUrl,
      },
      eventName: 'pull_request',
      event: { number: 5, pull_request: { number: 5, head: { sha: HEAD } } },
      githubApiUrl: github.url,
      githubToken: GH_TOKEN,
    });
    expect(run.code, run.stdout).toBe(0);
    const comments = github.comments.filter((c) => c.issueNumber === 5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('[REDACTED]');
    // The runner masks what the Action registers; the registration itself is the one line with the key.
    const log = (run.stdout + '\n' + run.stderr).replace(/^::add-mask::.*$/gm, '');
    expectNoPiece([
      { where: 'log', text: log },
      { where: 'GITHUB_STEP_SUMMARY', text: run.summary },
      { where: 'GITHUB_OUTPUT', text: run.outputText },
      { where: 'PR comment', text: comments[0]?.body ?? '' },
      ...(await filesWritten([run.runnerTemp])),
    ]);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});
