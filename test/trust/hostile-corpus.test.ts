/**
 * Issue 23, the attacker's corpus through every output. A real Terraform 1.11 plan whose for_each
 * and module keys are attacks (runner commands after \n, \r, U+2028 and U+0085, `##[`, the API
 * key, escape sequences, NUL, bidi overrides, zero-width look-alikes of `main`, bare URLs, HTML,
 * Markdown links, mentions, backticks, pipes), with an output value that is one too (shown with
 * show-values) and one that is the key; Terragrunt unit folders, a plan file name and Infracost
 * project names that are attacks too. Run through the CLI, Action and plugin bundles against the
 * IaCM, GitHub and GitLab stand-ins, and read back with the runner's own command grammar
 * (test/support/runner-grammar.ts) and a Markdown renderer that links and passes HTML as GitHub
 * does (support/hostile-corpus.ts).
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonWithoutRunnerCommands } from '../../src/runner-commands.js';
import { readActionMetadata } from '../../scripts/action-docs.js';
import { OUTPUT_NAMES } from '../../src/plugin/output-file.js';
import { readAnnotationsFile } from '../support/annotations-contract.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startGitLabApiServer, type GitLabApiServer } from '../support/gitlab-api-server.js';
import { iacmServerEnv, startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  ROOT,
  runActionBundle,
  runCli,
  runPluginBundle,
  STACK_TRACE,
} from './support/entries.js';
import {
  CORPUS,
  expectNoKey,
  expectSafeLog,
  expectSafeMarkdown,
  HOSTILE_KEY,
  HOSTILE_PLAN,
  PLAN_FILE_NAME,
  PROJECT_NAMES,
  UNIT_NAMES,
} from './support/hostile-corpus.js';

const DRIFT_PLAN =
  'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json';
const INFRACOST = 'test/fixtures/infracost/no-previous-breakdown.json';
const GH_TOKEN = 'ghs_hostile_corpus_token_0001';
const GL_TOKEN = 'glpat-hostile-corpus-token-0002';
const HEAD = 'd'.repeat(40);
/** The CLI's own stop-commands bracket under GitHub Actions. */
const CLI_BRACKET = /^::stop-commands::iacm-report-[0-9a-f]{32}$|^::iacm-report-[0-9a-f]{32}::$/;
/** Commands the Action issues through @actions/core (their data escaped by it). */
const ACTION_COMMANDS = /^::(add-mask|debug|warning|notice|error|group|endgroup)(\s[^:]*)?::/;

let work: string;
let plan: string;
let tree: string;
let infracost: string;
let drift: string;
let iacm: IacmServer;
let github: GitHubApiServer;
let gitlab: GitLabApiServer;

beforeAll(async () => {
  await ensureBundles(['cli', 'action', 'plugin']);
  work = await mkdtemp(join(tmpdir(), 'iacm-hostile-corpus-'));
  plan = join(work, PLAN_FILE_NAME);
  await copyFile(join(ROOT, HOSTILE_PLAN), plan);
  tree = join(work, 'tree');
  for (const unit of UNIT_NAMES) {
    await mkdir(join(tree, unit), { recursive: true });
    await copyFile(join(ROOT, HOSTILE_PLAN), join(tree, unit, 'tfplan.json'));
  }
  // A real Infracost breakdown, its one project copied under each hostile name.
  const costs = JSON.parse(await readFile(join(ROOT, INFRACOST), 'utf8')) as {
    projects: { name: string; metadata: Record<string, unknown> }[];
  };
  const [project] = costs.projects;
  costs.projects = PROJECT_NAMES.map((name) => ({
    ...project!,
    name,
    metadata: { ...project!.metadata, path: name },
  }));
  infracost = join(work, 'infracost.json');
  await writeFile(infracost, JSON.stringify(costs));
  // A real refresh-only drift plan, its drifted address given a hostile key.
  const driftDoc = JSON.parse(await readFile(join(ROOT, DRIFT_PLAN), 'utf8')) as {
    resource_drift: { address: string }[];
  };
  driftDoc.resource_drift = CORPUS.map((key) => ({
    ...driftDoc.resource_drift[0]!,
    address: `tfcoremock_simple_resource.drift[${JSON.stringify(key)}]`,
  }));
  drift = join(work, 'drift.json');
  await writeFile(drift, JSON.stringify(driftDoc));

  iacm = await startIacmServer({ apiKey: HOSTILE_KEY });
  github = await startGitHubApiServer({ token: GH_TOKEN, headSha: HEAD });
  gitlab = await startGitLabApiServer({ tokens: { [GL_TOKEN]: 'iacm-bot' }, headSha: HEAD });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const server of [iacm, github, gitlab] as ({ close(): Promise<void> } | undefined)[]) {
    await server?.close();
  }
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** The server's variables; its key is HOSTILE_KEY. */
function harnessEnv(): Record<string, string> {
  return iacmServerEnv(iacm);
}

const REPORT = (): string[] => [
  '--plan',
  plan,
  '--terragrunt-dir',
  tree,
  '--infracost',
  infracost,
  '--show-values',
];

/** Every request the IaCM stand-in received: the key only in its header. */
function expectKeyOnlyInHeader(): void {
  expect(iacm.requests.length).toBeGreaterThan(0);
  for (const request of iacm.requests) {
    expectNoKey(request.url, `IaCM request URL ${request.url}`);
    expectNoKey(request.body.toString('utf8'), `IaCM request body ${request.method} ${request.url}`);
    expect(request.headers['x-api-key']).toBe(HOSTILE_KEY);
  }
}

describe('the corpus', () => {
  it('is in the real plan: Terraform took every key', async () => {
    const doc = JSON.parse(await readFile(join(ROOT, HOSTILE_PLAN), 'utf8')) as {
      resource_changes: { address: string; index?: unknown }[];
      output_changes: Record<string, { after: unknown }>;
    };
    // Terraform writes the key raw in `index` (and HCL-quoted, \n and \u2028 escaped, in the address).
    const keys = doc.resource_changes
      .filter((change) => change.address.startsWith('terraform_data.hostile['))
      .map((change) => change.index);
    for (const key of CORPUS) expect(keys, JSON.stringify(key)).toContain(key);
    expect(doc.output_changes['key_value']?.after).toBe(HOSTILE_KEY);
  });

  it('a JSON body printed by a dry run escapes what would act or hide, and keeps its value', () => {
    const value = { a: CORPUS, b: 'ma\u200bin \u2028 \u0085 \u{e0041} ⚠️' };
    const json = jsonWithoutRunnerCommands(JSON.stringify(value));
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toContain('ma\\u200bin \\u2028 \\u0085 \\udb40\\udc41 ⚠️');
    expect(json).not.toContain('##[');
  });
});

describe('the CLI bundle', () => {
  it('text output, the Markdown file and the upload: no command, nothing hidden, no link, no key', async () => {
    const markdown = join(work, 'cli.md');
    const run = await runCli([...REPORT(), '--markdown', markdown], { env: harnessEnv() });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stderr).toBe(0);
    expectSafeLog(run.stdout + '\n' + run.stderr, 'CLI output');
    // The look-alike reads differently from `main`; the line-break keys stayed on their lines.
    expect(run.stderr).toContain('ma<U+200B>in');
    expectSafeMarkdown(await readFile(markdown, 'utf8'), 'CLI --markdown');
    expectKeyOnlyInHeader();

    const dry = await runCli([...REPORT(), '--dry-run'], { env: harnessEnv() });
    expect(dry.code, dry.stderr).toBe(0);
    expectSafeLog(dry.stdout + '\n' + dry.stderr, 'CLI dry run');
    expect(JSON.stringify(JSON.parse(dry.stdout))).toContain('[REDACTED]');
  });

  it('under GitHub Actions: the only commands are its own stop-commands bracket', async () => {
    const run = await runCli([...REPORT(), '--dry-run'], {
      env: { ...harnessEnv(), GITHUB_ACTIONS: 'true' },
    });
    expect(run.code, run.stderr).toBe(0);
    expectSafeLog(run.stdout + '\n' + run.stderr, 'CLI under Actions', CLI_BRACKET);
  });

  it('in GitLab CI: the merge request note', async () => {
    const env = {
      ...harnessEnv(),
      GITLAB_CI: 'true',
      CI_MERGE_REQUEST_IID: '3',
      CI_PROJECT_ID: '42',
      CI_API_V4_URL: gitlab.url,
      CI_COMMIT_SHA: HEAD,
      CI_JOB_NAME: 'plan',
      GITLAB_TOKEN: GL_TOKEN,
    };
    const run = await runCli([...REPORT(), '--dry-run', '--comment', 'always'], { env });
    expect(run.code, run.stderr).toBe(0);
    expectSafeLog(run.stdout + '\n' + run.stderr, 'CLI in GitLab CI');
    const notes = gitlab.notes.filter((note) => note.author.username === 'iacm-bot');
    expect(notes).toHaveLength(1);
    expectSafeMarkdown(notes[0]?.body ?? '', 'GitLab note');
  });

  it('a drift check: the drift issue', async () => {
    const env = {
      ...harnessEnv(),
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: GH_TOKEN,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '77',
    };
    const run = await runCli(['--drift', drift, '--drift-issue', 'true', '--dry-run'], { env });
    expect(run.code, run.stderr).toBe(0);
    expectSafeLog(run.stdout + '\n' + run.stderr, 'CLI drift check', CLI_BRACKET);
    expect(github.issues).toHaveLength(1);
    expectSafeMarkdown(github.issues[0]?.body ?? '', 'drift issue');
    expectSafeLog(github.issues[0]?.title ?? '', 'drift issue title');
  });
});

describe('the Action bundle, as the runner runs it', () => {
  it('log, job summary, GITHUB_OUTPUT, sticky comment, check run and the upload', async () => {
    const before = iacm.requests.length;
    const run = await runActionBundle({
      inputs: {
        plan,
        'terragrunt-dir': tree,
        infracost,
        'show-values': 'true',
        comment: 'always',
        'check-run': 'true',
        'account-id': iacm.accountId,
        org: iacm.org,
        project: iacm.project,
        workspace: iacm.workspace,
        'api-key': HOSTILE_KEY,
        'base-url': iacm.baseUrl,
      },
      eventName: 'pull_request',
      event: { number: 7, pull_request: { number: 7, head: { sha: HEAD } } },
      githubApiUrl: github.url,
      githubToken: GH_TOKEN,
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stdout).toBe(0);
    // The runner masks what the Action registers with add-mask; the log is checked as written.
    const log = (run.stdout + '\n' + run.stderr).replace(/^::add-mask::.*$/gm, '');
    expectSafeLog(log, 'Action log', ACTION_COMMANDS);
    expectSafeMarkdown(run.summary, 'job summary');
    // GITHUB_OUTPUT: only the outputs action.yml declares, each a whole value (no forged name).
    const declared = Object.keys((await readActionMetadata()).outputs);
    expect(Object.keys(run.outputs).length).toBeGreaterThan(0);
    for (const name of Object.keys(run.outputs)) expect(declared, name).toContain(name);
    const delimiters = run.outputText.split('\n').filter((line) => /^[^<=]+<<.+$/.test(line));
    expect(delimiters).toHaveLength(Object.keys(run.outputs).length);
    expectNoKey(run.outputText, 'GITHUB_OUTPUT');
    const comments = github.comments.filter((c) => c.issueNumber === 7);
    expect(comments).toHaveLength(1);
    expectSafeMarkdown(comments[0]?.body ?? '', 'PR comment');
    const check = github.checkRuns.at(-1);
    expectSafeMarkdown(check?.output?.summary ?? '', 'check run summary');
    expectSafeLog(check?.output?.title ?? '', 'check run title');
    expect(iacm.requests.length).toBeGreaterThan(before);
    expectKeyOnlyInHeader();
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});

describe('the plugin bundle, with Harness variables', () => {
  it('log, output variables, SUMMARY, Markdown file and the execution-page card', async () => {
    const step = await mkdtemp(join(work, 'harness-'));
    const out = join(step, 'output.env');
    const card = join(step, 'annotations.json');
    const markdown = join(step, 'summary.md');
    const run = await runPluginBundle({
      env: {
        HARNESS_ACCOUNT_ID: iacm.accountId,
        HARNESS_ORG_ID: iacm.org,
        HARNESS_PROJECT_ID: iacm.project,
        HARNESS_PIPELINE_ID: 'iacm_plan',
        HARNESS_EXECUTION_ID: 'exec-7',
        HARNESS_STAGE_ID: 'plan_stage',
        HARNESS_BUILD_ID: '7',
        HARNESS_WORKSPACE: step,
        HARNESS_OUTPUT_FILE: out,
        HARNESS_ANNOTATIONS_FILE: card,
        PLUGIN_PLAN: plan,
        PLUGIN_TERRAGRUNT_DIR: tree,
        PLUGIN_INFRACOST: infracost,
        PLUGIN_SHOW_VALUES: 'true',
        PLUGIN_MARKDOWN_FILE: markdown,
        PLUGIN_WORKSPACE: iacm.workspace,
        PLUGIN_API_KEY: HOSTILE_KEY,
        PLUGIN_BASE_URL: iacm.baseUrl,
      },
      cwd: step,
    });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code, run.stderr).toBe(0);
    expectSafeLog(run.stdout + '\n' + run.stderr, 'plugin log');
    const text = await readFile(out, 'utf8');
    expectNoKey(text, 'HARNESS_OUTPUT_FILE');
    const outputs = parseOutputFile(text);
    for (const name of Object.keys(outputs)) expect(OUTPUT_NAMES as readonly string[], name).toContain(name);
    expectSafeLog(outputs['SUMMARY'] ?? '', 'SUMMARY');
    expect(outputs['SUMMARY']).toContain('ma<U+200B>in');
    expectSafeMarkdown(await readFile(markdown, 'utf8'), 'plugin Markdown file');
    const annotations = readAnnotationsFile(await readFile(card, 'utf8'));
    for (const annotation of annotations.annotations) {
      expectSafeMarkdown(annotation.summary, 'execution-page card');
    }
    expectKeyOnlyInHeader();
  });
});

describe('server text through the CLI bundle', () => {
  it('ttl --show and pipelines (text and --json) print hostile server answers inert', async () => {
    const hostile = await startIacmServer({ apiKey: HOSTILE_KEY });
    try {
      hostile.pipelines.count = CORPUS.length;
      hostile.pipelines.name = (i) => CORPUS[i] ?? 'p';
      hostile.ttl.set(hostile.workspace, {
        enabled: true,
        status: `ok\n::error title=ttl::LGTM\r##[error]x ${HOSTILE_KEY} \u001b[2J ma\u200bin`,
        pipeline_id: '::add-mask::pwned',
      });
      const env = { ...harnessEnv(), HARNESS_BASE_URL: hostile.baseUrl };
      for (const args of [['ttl', '--show'], ['pipelines'], ['pipelines', '--json']]) {
        const run = await runCli(args, { env });
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
        expectSafeLog(run.stdout + '\n' + run.stderr, args.join(' '));
      }
      const listed = await runCli(['pipelines'], { env });
      // One line per id, whatever line breaks the ids hold.
      expect(listed.stdout.trim().split('\n')).toHaveLength(CORPUS.length);
      const json = await runCli(['pipelines', '--json'], { env });
      const ids = (JSON.parse(json.stdout) as { pipelines: string[] }).pipelines;
      // The same ids (the key aside, which is never printed).
      expect(ids.filter((id) => !id.includes('[REDACTED]'))).toEqual(
        CORPUS.filter((id) => id !== HOSTILE_KEY),
      );
    } finally {
      await hostile.close();
    }
  });

  it('an error answer quoting what was sent (and the key) is not echoed: status and code only', async () => {
    const quoting = await startIacmServer({ apiKey: HOSTILE_KEY });
    try {
      const quoted = `${CORPUS.join(' ')} ${await readFile(join(ROOT, HOSTILE_PLAN), 'utf8')}`.slice(
        0,
        20_000,
      );
      quoting.failAlways({
        kind: 'status',
        status: 400,
        body: JSON.stringify({ code: 'bad_request', id: 'req-1', message: quoted }),
      });
      const run = await runCli(['--plan', plan], {
        env: { ...harnessEnv(), HARNESS_BASE_URL: quoting.baseUrl },
      });
      expect(run.code, run.stderr).toBe(1);
      expectSafeLog(run.stdout + '\n' + run.stderr, 'CLI after a quoting 400');
      expect(run.stderr).toContain('Harness answered [bad_request] (id req-1)');
      const errors = run.stderr.split('\n').filter((line) => line.includes('HTTP 400'));
      expect(errors.length).toBeGreaterThan(0);
      for (const word of ['LGTM', 'evil.example', 'terraform_data', 'onerror', 'pwned']) {
        expect(errors.join('\n'), word).not.toContain(word);
      }
    } finally {
      await quoting.close();
    }
  });
});
