/**
 * --show-values through the bundles (issue 24): the canaries of the in-process test
 * (test/support/show-values-canaries.ts: a sensitive value, a value under a secret-like name, a
 * deny-listed value, a sensitive output) never appear in anything the CLI, the Action or the
 * plugin bundle writes with values on: stdout, stderr, the job summary, GITHUB_OUTPUT, the PR
 * comment and every request at the GitHub stand-in, HARNESS_OUTPUT_FILE (SUMMARY decoded), the
 * Markdown file, the partial report and the merge of it, and every request at the IaCM stand-in.
 * Each run also shows values that may be shown, so the runs did have values on.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startIacmServer, type IacmServer, type RecordedRequest } from '../support/iacm-server.js';
import { CANARIES, casePlan, HIDE_VALUES_OF, REASONS, SHOWN } from '../support/show-values-canaries.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  ROOT,
  runActionBundle,
  runCli,
  runPluginBundle,
  STACK_TRACE,
} from './support/entries.js';
import { filesWritten, findLeaks, type Written } from './support/leak-scan.js';

const PLANS = [
  join(ROOT, casePlan('attribute-roles')),
  join(ROOT, casePlan('outputs-only')),
  join(ROOT, casePlan('values-traps')),
  join(ROOT, casePlan('values-secret-shapes')),
  join(ROOT, casePlan('values-secret-addresses')),
  join(ROOT, casePlan('sensitive-map-key')),
];
const TOKEN = 'ghs_show_values_token_0123456789';

let work: string;
let iacm: IacmServer;
let github: GitHubApiServer;

beforeAll(async () => {
  await ensureBundles(['cli', 'action', 'plugin']);
  work = await mkdtemp(join(tmpdir(), 'iacm-show-values-'));
  iacm = await startIacmServer();
  github = await startGitHubApiServer({ token: TOKEN });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await iacm?.close();
  await github?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

async function folder(name: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

function requests(name: string, list: readonly RecordedRequest[]): Written[] {
  return list.map((r, i) => ({
    where: `${name} request ${i}`,
    text: `${r.method} ${r.url}\n${r.body.toString('utf8')}`,
  }));
}

function harness(): Record<string, string> {
  return {
    HARNESS_ACCOUNT_ID: iacm.accountId,
    HARNESS_ORG_ID: iacm.org,
    HARNESS_PROJECT_ID: iacm.project,
    HARNESS_WORKSPACE_ID: iacm.workspace,
    HARNESS_API_KEY: iacm.apiKey,
    HARNESS_BASE_URL: iacm.baseUrl,
  };
}

/** No canary anywhere, and the values that may be shown were (the runs had values on). */
function expectSafe(written: readonly Written[], shownIn: string): void {
  expect(written.length).toBeGreaterThan(3);
  expect(findLeaks(written, [...CANARIES])).toEqual([]);
  expect(findLeaks(written, ['canary-'])).toEqual([]);
  // As a reader sees it: Markdown breaks `scheme://` with an invisible zero-width space so no
  // forge turns a value into a link.
  const seen = shownIn.replaceAll('&#8203;', '').replaceAll('\u200b', '');
  for (const value of SHOWN) expect(seen).toContain(value);
  // And where a value is left out, it says why.
  for (const reason of REASONS) expect(seen).toContain(reason);
}

function reset(): void {
  iacm.requests.length = 0;
  iacm.events.length = 0;
  github.requests.length = 0;
  github.comments.length = 0;
}

describe('--show-values through the bundles never shows a canary', () => {
  it('the canaries are in the plans to be found', async () => {
    const raw = (await Promise.all(PLANS.map((file) => readFile(file, 'utf8')))).join('\n');
    for (const canary of CANARIES) expect(raw).toContain(canary);
  });

  it('CLI bundle: send, Markdown file, partial report and its merge', async () => {
    reset();
    const dir = await folder('cli');
    const plans = PLANS.flatMap((file) => ['--plan', file]);
    const values = ['--show-values', '--hide-values-of', HIDE_VALUES_OF];
    const env = { ...harness(), TMPDIR: dir, HOME: dir };
    const sent = await runCli([...plans, ...values, '--markdown', join(dir, 'summary.md')], { env });
    expect(sent.code, sent.stderr).toBe(0);
    expect(iacm.events).toHaveLength(1);
    const leg = await runCli([...plans, ...values, '--save-partial', join(dir, 'partials/leg.json')], {
      env,
    });
    expect(leg.code, leg.stderr).toBe(0);
    const merged = await runCli(
      ['merge', join(dir, 'partials/*.json'), '--markdown', join(dir, 'merged.md')],
      { env },
    );
    expect(merged.code, merged.stderr).toBe(0);
    expect(iacm.events).toHaveLength(2);
    for (const run of [sent, leg, merged]) expect(run.stderr).not.toMatch(STACK_TRACE);
    const files = await filesWritten([dir]);
    expect(files.map((f) => f.where).join('\n')).toMatch(
      /leg\.json[\s\S]*merged\.md|merged\.md[\s\S]*leg\.json/,
    );
    expectSafe(
      [
        ...[sent, leg, merged].flatMap((run, i) => [
          { where: `cli ${i} stdout`, text: run.stdout },
          { where: `cli ${i} stderr`, text: run.stderr },
        ]),
        ...requests('iacm', iacm.requests),
        ...files,
      ],
      files.map((f) => f.text).join('\n'),
    );
  });

  it('Action bundle on a pull request: log, outputs, job summary, comment and every request', async () => {
    reset();
    const dir = await folder('action');
    const run = await runActionBundle({
      inputs: {
        plan: PLANS.join('\n'),
        'show-values': 'true',
        'hide-values-of': HIDE_VALUES_OF,
        'account-id': iacm.accountId,
        org: iacm.org,
        project: iacm.project,
        workspace: iacm.workspace,
        'api-key': iacm.apiKey,
        'base-url': iacm.baseUrl,
        comment: 'always',
        'github-token': TOKEN,
      },
      eventName: 'pull_request',
      event: { action: 'synchronize', number: 7, pull_request: { number: 7 } },
      env: { GITHUB_API_URL: github.url, TMPDIR: dir, HOME: dir },
      timeoutMs: 30_000,
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stderr).toBe(0);
    expect(iacm.events).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
    expectSafe(
      [
        { where: 'action stdout', text: run.stdout },
        { where: 'action stderr', text: run.stderr },
        { where: 'GITHUB_OUTPUT', text: run.outputText },
        { where: 'GITHUB_STEP_SUMMARY', text: run.summary },
        ...github.comments.map((c) => ({ where: `PR comment ${c.id}`, text: c.body })),
        ...github.requests.map((r, i) => ({
          where: `github request ${i}`,
          text: `${r.method} ${r.url}\n${r.body}`,
        })),
        ...requests('iacm', iacm.requests),
        ...(await filesWritten([run.runnerTemp, dir])),
      ],
      `${run.summary}\n${github.comments.map((c) => c.body).join('\n')}`,
    );
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it("plugin bundle with Harness's variables: log, output file (decoded), Markdown file and the request", async () => {
    reset();
    const dir = await folder('plugin');
    const outputFile = join(dir, 'output.env');
    const run = await runPluginBundle({
      env: {
        PLUGIN_PLAN: PLANS.join(','),
        PLUGIN_SHOW_VALUES: 'true',
        PLUGIN_HIDE_VALUES_OF: HIDE_VALUES_OF,
        PLUGIN_MARKDOWN_FILE: join(dir, 'summary.md'),
        PLUGIN_API_KEY: iacm.apiKey,
        PLUGIN_BASE_URL: iacm.baseUrl,
        PLUGIN_WORKSPACE: iacm.workspace,
        HARNESS_ACCOUNT_ID: iacm.accountId,
        HARNESS_ORG_ID: iacm.org,
        HARNESS_PROJECT_ID: iacm.project,
        HARNESS_OUTPUT_FILE: outputFile,
        DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
        TMPDIR: dir,
        HOME: dir,
      },
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stderr).toBe(0);
    expect(iacm.events).toHaveLength(1);
    const outputs = await readFile(outputFile, 'utf8');
    const summary = /^SUMMARY=__B64__(.*)$/m.exec(outputs)?.[1] ?? '';
    const decoded = Buffer.from(summary, 'base64').toString('utf8');
    const markdown = await readFile(join(dir, 'summary.md'), 'utf8');
    expectSafe(
      [
        { where: 'plugin stdout', text: run.stdout },
        { where: 'plugin stderr', text: run.stderr },
        { where: 'SUMMARY (decoded)', text: decoded },
        ...requests('iacm', iacm.requests),
        ...(await filesWritten([dir])),
      ],
      `${decoded}\n${markdown}`,
    );
  });
});
