/**
 * Secrets never leak. Every entry (CLI, Action and plugin bundles) runs with a recognisable API
 * key (and the Action with a recognisable GitHub token) on real plans whose variables, attribute
 * values and sensitive outputs were rewritten to canaries; then every byte the run wrote is
 * searched for them: stdout, stderr, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the Action's files in
 * RUNNER_TEMP, the PR comment and every request at the GitHub stand-in (but its Authorization
 * header), every request at the IaCM server (but its x-api-key header), HARNESS_OUTPUT_FILE
 * (base64 values decoded), and every file in the spool, temp and home folders. Runs that succeed,
 * and runs that fail (a 401 whose message echoes the key, 500s that never stop) alike.
 * It also proves what the report does carry: counts, addresses and non-sensitive output values.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCounts, zeroCounts, type Counts } from '../../src/model/plan-summary.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { escapeMarkdown } from '../../src/reporter/markdown-escape.js';
import { sendEventRequestSchema, type SendEventRequest } from '../../src/reporter/event-schema.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startIacmServer, type IacmServer, type RecordedRequest } from '../support/iacm-server.js';
import {
  CANARY_API_KEY,
  CANARY_GITHUB_TOKEN,
  CANARY_PREFIX,
  canaryPlan,
  SENSITIVE_PLANS,
  type CanaryPlan,
} from './support/canary-plans.js';
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
import type { ProcessRun } from './support/processes.js';

/** Unit folders of the Terragrunt tree, one per sensitive plan. */
const UNITS = ['tofu-sensitive', 'terraform-sensitive', 'tofu-sensitive-values'];

let work: string;
let plans: CanaryPlan[];
let planFiles: string[];
let tree: string;
let secrets: string[];
let healthy: IacmServer;
let echoing: IacmServer;
let failing: IacmServer;
let github: GitHubApiServer;

beforeAll(async () => {
  // All three bundles, built now if missing or stale: a bundle that cannot be built fails the
  // sweep (loudly), it is never skipped.
  await ensureBundles(['cli', 'action', 'plugin']);
  work = await mkdtemp(join(tmpdir(), 'iacm-secret-sweep-'));
  plans = await Promise.all(SENSITIVE_PLANS.map((plan, i) => canaryPlan(plan, `p${i}`)));
  planFiles = [];
  tree = join(work, 'tree');
  for (const [i, plan] of plans.entries()) {
    const file = join(work, `plan-${i}.json`);
    await writeFile(file, plan.text);
    planFiles.push(file);
    await mkdir(join(tree, UNITS[i] ?? `unit-${i}`), { recursive: true });
    await copyFile(file, join(tree, UNITS[i] ?? `unit-${i}`, 'tfplan.json'));
  }
  secrets = [CANARY_API_KEY, CANARY_GITHUB_TOKEN, ...plans.flatMap((p) => p.canaries)];
  healthy = await startIacmServer({ apiKey: CANARY_API_KEY });
  // A careless gateway: 401 with the presented key in the message.
  echoing = await startIacmServer({ apiKey: 'pat.someone.else.entirely0123', echoKeyInErrors: true });
  failing = await startIacmServer({ apiKey: CANARY_API_KEY });
  failing.failAlways({ kind: 'status', status: 500 });
  github = await startGitHubApiServer({ token: CANARY_GITHUB_TOKEN });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const server of [healthy, echoing, failing, github] as ({ close(): Promise<void> } | undefined)[]) {
    await server?.close();
  }
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

it('has canaries in the plans to find, and no fixture that holds one already', () => {
  for (const plan of plans) {
    expect(plan.canaries.length).toBeGreaterThan(5);
    expect(plan.sensitiveOutputs.length + plan.publicValues.length).toBeGreaterThan(0);
  }
  expect(plans.flatMap((p) => p.sensitiveOutputs).length).toBeGreaterThan(0);
  expect(plans.flatMap((p) => p.publicValues).length).toBeGreaterThan(0);
  // The sweep sees a secret however it is written: as is, base64 at any alignment, in an output file.
  const canary = plans[0]?.canaries[0] ?? '';
  for (const text of [
    plans[0]?.text ?? '',
    `x${Buffer.from(`..${canary}..`).toString('base64')}`,
    `SUMMARY=__B64__${Buffer.from(`a${CANARY_API_KEY}`).toString('base64')}`,
    encodeURIComponent(`?key=${CANARY_GITHUB_TOKEN}`),
  ]) {
    expect(findLeaks([{ where: 'control', text }], secrets)).not.toEqual([]);
  }
});

/** Fresh folders a run may write into (spool, temp, home), all swept afterwards. */
async function runFolders(
  name: string,
): Promise<{ spool: string; temp: string; home: string; all: string[] }> {
  const base = await mkdtemp(join(work, `${name}-`));
  const [spool, temp, home] = ['spool', 'tmp', 'home'].map((d) => join(base, d)) as [string, string, string];
  for (const folder of [spool, temp, home]) await mkdir(folder);
  return { spool, temp, home, all: [spool, temp, home] };
}

function harnessEnv(server: IacmServer, folders: { temp: string; home: string }): Record<string, string> {
  return {
    HARNESS_ACCOUNT_ID: server.accountId,
    HARNESS_ORG_ID: server.org,
    HARNESS_PROJECT_ID: server.project,
    HARNESS_WORKSPACE_ID: server.workspace,
    HARNESS_API_KEY: CANARY_API_KEY,
    HARNESS_BASE_URL: server.baseUrl,
    TMPDIR: folders.temp,
    RUNNER_TEMP: folders.temp,
    HOME: folders.home,
  };
}

function processOutput(name: string, run: ProcessRun): Written[] {
  return [
    { where: `${name} stdout`, text: run.stdout },
    { where: `${name} stderr`, text: run.stderr },
  ];
}

/** A request as it arrived, but the one header that is meant to carry the key. */
function requestWritten(name: string, requests: readonly RecordedRequest[], keyHeader: string): Written[] {
  return requests.map((r, i) => {
    const headers = Object.entries(r.headers).filter(([header]) => header !== keyHeader);
    return {
      where: `${name} request ${i}`,
      text: `${r.method} ${r.url}\n${JSON.stringify(headers)}\n${r.body.toString('utf8')}`,
    };
  });
}

function expectNoLeaks(written: readonly Written[]): void {
  expect(written.length).toBeGreaterThan(0);
  expect(findLeaks(written, secrets)).toEqual([]);
  // The canary prefix alone: catches a canary cut short (a clipped line, a truncated value).
  expect(findLeaks(written, [CANARY_PREFIX])).toEqual([]);
}

/** The counts of the original (not canaried) plans: rewriting values must not change them. */
async function originalCounts(times: number): Promise<Counts> {
  const total = zeroCounts();
  for (const plan of SENSITIVE_PLANS) {
    const counts = (await readPlanFile(join(ROOT, plan))).resourceCounts;
    for (let i = 0; i < times; i++) addCounts(total, counts);
  }
  return total;
}

function reset(...servers: IacmServer[]): void {
  for (const server of servers) {
    server.requests.length = 0;
    server.events.length = 0;
  }
}

const planArgs = (): string[] => planFiles.flatMap((file) => ['--plan', file]);

describe('CLI bundle', () => {
  it('dry run: the body and the summary carry no secret, and the event carries counts and public outputs', async () => {
    const folders = await runFolders('cli-dry');
    const run = await runCli([...planArgs(), '--terragrunt-dir', tree, '--dry-run'], {
      env: { ...harnessEnv(healthy, folders) },
    });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expectNoLeaks([...processOutput('cli', run), ...(await filesWritten(folders.all))]);

    const event: SendEventRequest = sendEventRequestSchema.parse(JSON.parse(run.stdout));
    expect(event.metadata?.resource_counts).toEqual(await originalCounts(2));
    const outputs = (event.metadata?.stacks ?? []).map((s) => JSON.stringify(s.stack_outputs ?? {}));
    for (const [i, plan] of plans.entries()) {
      const unit = event.metadata?.stacks?.find((s) => s.stack_path === UNITS[i]);
      expect(unit, `unit ${UNITS[i]}`).toBeDefined();
      for (const marker of plan.publicValues) expect(outputs.join('\n')).toContain(marker);
      for (const name of plan.sensitiveOutputs) expect(unit?.stack_outputs?.[name]).toBe('(sensitive)');
    }
  });

  it('sending: the request (but its x-api-key header) carries no secret', async () => {
    reset(healthy);
    const folders = await runFolders('cli-send');
    const run = await runCli([...planArgs(), '--terragrunt-dir', tree, '--spool-dir', folders.spool], {
      env: harnessEnv(healthy, folders),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(healthy.events).toHaveLength(1);
    expect(healthy.requests[0]?.headers['x-api-key']).toBe(CANARY_API_KEY);
    expectNoLeaks([
      ...processOutput('cli', run),
      ...requestWritten('iacm', healthy.requests, 'x-api-key'),
      ...(await filesWritten(folders.all)),
    ]);
  });

  it('a 401 that echoes the key, then `send --payload` against 500s: redacted everywhere, the spooled body clean', async () => {
    reset(echoing, failing);
    const folders = await runFolders('cli-401');
    const run = await runCli([...planArgs(), '--spool-dir', folders.spool], {
      env: harnessEnv(echoing, folders),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401|API key/);
    // The body, and its target beside it (`.target.json`, never the key): both scanned for leaks.
    const spooled = (await filesWritten([folders.spool])).filter((f) => !f.where.endsWith('.target.json'));
    expect(spooled).toHaveLength(1);

    // The key on the command line this time (the flag a user should not use, but may).
    const resend = await runCli(
      [
        'send',
        '--payload',
        spooled[0]?.where ?? '',
        '--api-key',
        CANARY_API_KEY,
        '--base-url',
        failing.baseUrl,
      ],
      { env: { ...harnessEnv(failing, folders), HARNESS_API_KEY: '' } },
    );
    expect(resend.code).toBe(1);
    expect(failing.requests.length).toBeGreaterThan(0);
    expectNoLeaks([
      ...processOutput('cli 401', run),
      ...processOutput('cli send', resend),
      ...requestWritten('iacm (401)', echoing.requests, 'x-api-key'),
      ...requestWritten('iacm (500)', failing.requests, 'x-api-key'),
      ...(await filesWritten(folders.all)),
    ]);
  });
});

describe('Action bundle', () => {
  const PR_EVENT = { action: 'synchronize', number: 7, pull_request: { number: 7 } };

  function actionInputs(server: IacmServer): Record<string, string> {
    return {
      plan: planFiles.join('\n'),
      'terragrunt-dir': tree,
      'account-id': server.accountId,
      org: server.org,
      project: server.project,
      workspace: server.workspace,
      'api-key': CANARY_API_KEY,
      'base-url': server.baseUrl,
      comment: 'always',
      'github-token': CANARY_GITHUB_TOKEN,
    };
  }

  /** stdout without the runner commands that register the secrets for masking (never shown). */
  function withoutMaskCommands(stdout: string): string {
    const masks = [`::add-mask::${CANARY_API_KEY}`, `::add-mask::${CANARY_GITHUB_TOKEN}`];
    for (const mask of masks) expect(stdout.split('\n')).toContain(mask);
    return stdout
      .split('\n')
      .filter((line) => !masks.includes(line))
      .join('\n');
  }

  async function sweepAction(
    name: string,
    server: IacmServer,
  ): Promise<{ summary: string; comments: string[] }> {
    reset(server);
    github.requests.length = 0;
    github.comments.length = 0;
    const folders = await runFolders(name);
    const run = await runActionBundle({
      inputs: actionInputs(server),
      eventName: 'pull_request',
      event: PR_EVENT,
      env: { GITHUB_API_URL: github.url, TMPDIR: folders.temp, HOME: folders.home },
      timeoutMs: 30_000,
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.timedOut).toBe(false);
    expect(github.comments.length, 'a PR comment was written').toBe(1);
    const githubRequests = github.requests.map((r, i) => ({
      where: `github request ${i}`,
      text: `${r.method} ${r.url}\n${JSON.stringify(Object.entries(r.headers).filter(([h]) => h !== 'authorization'))}\n${r.body}`,
    }));
    expectNoLeaks([
      { where: `${name} stdout`, text: withoutMaskCommands(run.stdout) },
      { where: `${name} stderr`, text: run.stderr },
      { where: 'GITHUB_OUTPUT', text: run.outputText },
      { where: 'GITHUB_STEP_SUMMARY', text: run.summary },
      ...github.comments.map((c) => ({ where: `PR comment ${c.id}`, text: c.body })),
      ...githubRequests,
      ...requestWritten('iacm', server.requests, 'x-api-key'),
      // RUNNER_TEMP: the payload and summary files, and a spooled body when the send failed.
      ...(await filesWritten([run.runnerTemp, ...folders.all])),
    ]);
    await rm(run.runnerTemp, { recursive: true, force: true });
    return { summary: run.summary, comments: github.comments.map((c) => c.body) };
  }

  it('sending with a PR comment: no secret in the log, outputs, summary, comment, files or requests', async () => {
    const { summary, comments } = await sweepAction('action-send', healthy);
    expect(healthy.events).toHaveLength(1);
    // What the summary does carry: the addresses (escaped), and only those.
    for (const file of planFiles) {
      for (const address of (await readPlanFile(file)).addresses.created.items) {
        expect(summary).toContain(escapeMarkdown(address));
        expect(comments[0]).toContain(escapeMarkdown(address));
      }
    }
  });

  it('500s that never stop: the failure, the log and the spooled body carry no secret', async () => {
    await sweepAction('action-500', failing);
    expect(failing.requests.length).toBeGreaterThan(1); // it retried
  });
});

describe('plugin bundle', () => {
  function pluginEnv(
    server: IacmServer,
    outputFile: string,
    extra: Record<string, string> = {},
  ): Record<string, string> {
    return {
      PLUGIN_PLAN: planFiles.join(','),
      PLUGIN_TERRAGRUNT_DIR: tree,
      PLUGIN_API_KEY: CANARY_API_KEY,
      PLUGIN_BASE_URL: server.baseUrl,
      PLUGIN_WORKSPACE: server.workspace,
      HARNESS_ACCOUNT_ID: server.accountId,
      HARNESS_ORG_ID: server.org,
      HARNESS_PROJECT_ID: server.project,
      HARNESS_OUTPUT_FILE: outputFile,
      DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
      ...extra,
    };
  }

  /** The key as an IaCM stage hands it over: PLUGIN_ENDPOINT_VARIABLES, not a setting. */
  function inStage(server: IacmServer): Record<string, string> {
    const endpoint = { base_url: server.baseUrl, token: CANARY_API_KEY, workspace_id: server.workspace };
    return { PLUGIN_API_KEY: '', PLUGIN_BASE_URL: '', PLUGIN_ENDPOINT_VARIABLES: JSON.stringify(endpoint) };
  }

  const CASES: [string, () => IacmServer, (server: IacmServer) => Record<string, string>, number][] = [
    ['sending', () => healthy, () => ({}), 0],
    ['dry run (the body in the log)', () => healthy, () => ({ PLUGIN_DRY_RUN: 'true' }), 0],
    ['sending in stage (the key in PLUGIN_ENDPOINT_VARIABLES)', () => healthy, inStage, 0],
    ['a 401 that echoes the key', () => echoing, () => ({}), 1],
    ['a 401 that echoes the in-stage key', () => echoing, inStage, 1],
  ];
  for (const [name, server, settings, code] of CASES) {
    it(`${name}: no secret in the log, HARNESS_OUTPUT_FILE (decoded), spool or requests`, async () => {
      const target = server();
      const extra = settings(target);
      reset(target);
      const folders = await runFolders(`plugin-${code}`);
      const outputFile = join(folders.temp, 'output.env');
      const run = await runPluginBundle({
        env: {
          ...pluginEnv(target, outputFile, extra),
          PLUGIN_SPOOL_DIR: folders.spool,
          TMPDIR: folders.temp,
          HOME: folders.home,
        },
      });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.code, run.stderr).toBe(code);
      const outputs = await readFile(outputFile, 'utf8');
      expect(outputs).toMatch(/^SUMMARY=__B64__/m);
      if (code === 1) {
        const bodies = (await filesWritten([folders.spool])).filter((f) => !f.where.endsWith('.target.json'));
        expect(bodies.length).toBe(1);
      }
      if (name.startsWith('sending')) expect(target.events).toHaveLength(1);
      expectNoLeaks([
        ...processOutput(`plugin ${name}`, run),
        ...requestWritten('iacm', target.requests, 'x-api-key'),
        ...(await filesWritten(folders.all)),
      ]);
    });
  }
});
