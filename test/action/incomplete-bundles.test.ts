/**
 * Never greener than the truth (issue 22), through the shipped bundles: the Action as the runner
 * runs it and the plugin as a Harness step runs it. A Terragrunt tree where units never planned,
 * and a matrix merge where a leg is missing, are never ✅/OK: the first line says what the report
 * does not cover, the Action writes one `::warning::` naming it, `complete` is false,
 * `comment: on-change` comments, and `fail-on-incomplete` fails the step after the event is sent
 * and the outputs are written. The plan is real (Terraform 1.11, test/fixtures/terraform).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';
import {
  BUILD_TIMEOUT_MS,
  copyBundleAsImage,
  ensurePluginBundle,
  runPluginProcess,
} from '../plugin/support/plugin-bundle.js';
import { ensureActionBundle, runAction, type ActionRun } from '../support/action-bundle.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { removeDir, tempDir } from '../support/terragrunt-trees.js';

const PLAN = fileURLToPath(new URL('../fixtures/terraform/add-and-change/plan.json', import.meta.url));
const TOKEN = 'ghs_runner_token';
const PR_EVENT = { action: 'synchronize', number: 7, pull_request: { number: 7 } };

let root: string;
let pluginEntry: string;
let pluginImage: string;
let iacm: IacmServer;
let github: GitHubApiServer | undefined;

beforeAll(async () => {
  await ensureActionBundle();
  await ensurePluginBundle();
  const image = copyBundleAsImage();
  pluginImage = image.root;
  pluginEntry = image.entry;
  iacm = await startIacmServer();
  root = await tempDir('incomplete-bundles-');
  // A tree of three units (each folder holds terragrunt.hcl); only `app` wrote a plan.
  for (const unit of ['', 'app', 'db', 'cache']) {
    await mkdir(join(root, 'live', unit), { recursive: true });
    await writeFile(join(root, 'live', unit, 'terragrunt.hcl'), '');
  }
  await copyFile(PLAN, join(root, 'live/app/tfplan.json'));
  await mkdir(join(root, 'plans'));
  await copyFile(PLAN, join(root, 'plans/tfplan.json'));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await (iacm as IacmServer | undefined)?.close();
  if (root) await removeDir(root);
  if (pluginImage) await removeDir(pluginImage);
});

afterEach(async () => {
  await github?.close();
  github = undefined;
  iacm.requests.length = 0;
  iacm.events.length = 0;
});

function action(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    inputs: {
      org: iacm.org,
      project: iacm.project,
      workspace: iacm.workspace,
      'account-id': iacm.accountId,
      'api-key': iacm.apiKey,
      'base-url': iacm.baseUrl,
      ...inputs,
    },
    eventName: 'pull_request',
    event: PR_EVENT,
    githubApiUrl: github?.url ?? 'http://127.0.0.1:9',
    githubToken: TOKEN,
    cwd: root,
  });
}

const warnings = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith('::warning'));

describe('the Action bundle: a report that did not see everything', () => {
  it('units without a plan: ⚠️ first, one ::warning:: naming them, complete=false, a comment on-change', async () => {
    github = await startGitHubApiServer({ token: TOKEN });
    const run = await action({ 'terragrunt-dir': 'live', comment: 'on-change', 'no-confirm': 'true' });
    expect(run.code, run.stderr).toBe(0);
    const first = run.summary.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(first).toContain('⚠️');
    expect(first).toContain('2 units without a plan');
    expect(run.summary).not.toContain('✅');
    const gaps = warnings(run).filter((line) => /without a plan/.test(line));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatch(/cache.*db|db.*cache/);
    expect(run.outputs['complete']).toBe('false');
    expect(iacm.events).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('2 units without a plan');
  });

  it('fail-on-incomplete fails the step with exit 1 after the event is sent and the outputs written', async () => {
    const run = await action({
      'terragrunt-dir': 'live',
      'fail-on-incomplete': 'true',
      'no-confirm': 'true',
    });
    expect(run.code).toBe(1);
    expect(iacm.events).toHaveLength(1);
    expect(run.outputs['complete']).toBe('false');
    expect(run.summary).toContain('gate failed: fail-on-incomplete');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toHaveLength(1);
  });

  it('a complete plan does not trip fail-on-incomplete and says complete=true', async () => {
    const run = await action({
      plan: 'plans/tfplan.json',
      'fail-on-incomplete': 'true',
      'no-confirm': 'true',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs['complete']).toBe('true');
    expect(warnings(run).filter((line) => /without a plan|legs? missing/.test(line))).toEqual([]);
  });

  it('a merge with one leg of three: ⚠️ "legs missing" first, a ::warning::, complete=false', async () => {
    const leg = await action({
      plan: 'plans/tfplan.json',
      'save-partial': 'partials/dev.json',
      leg: 'dev',
      'dry-run': 'true',
    });
    expect(leg.code, leg.stderr).toBe(0);
    const run = await action({ merge: 'partials/*.json', 'expect-legs': '3', 'dry-run': 'true' });
    expect(run.code, run.stderr).toBe(0);
    const first = run.summary.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(first).toContain('⚠️');
    expect(first).toContain('2 of 3 legs missing');
    // Once on the checks page: the merge's own note says it again only in the summaries.
    expect(warnings(run).filter((line) => line.includes('legs missing'))).toEqual([
      '::warning::The report is incomplete: 2 of 3 legs missing: counts cover 1',
    ]);
    expect(run.outputs['complete']).toBe('false');
  });
});

describe('the plugin bundle: a report that did not see everything', () => {
  async function plugin(settings: Record<string, string>) {
    const outputFile = join(root, `output-${Date.now()}.env`);
    const result = await runPluginProcess(
      pluginEntry,
      {
        HARNESS_ACCOUNT_ID: iacm.accountId,
        HARNESS_ORG_ID: iacm.org,
        HARNESS_PROJECT_ID: iacm.project,
        HARNESS_PIPELINE_ID: 'iacm_plan',
        HARNESS_EXECUTION_ID: 'exec-42',
        HARNESS_STAGE_ID: 'plan_stage',
        HARNESS_WORKSPACE: root,
        HARNESS_OUTPUT_FILE: outputFile,
        PLUGIN_WORKSPACE: iacm.workspace,
        PLUGIN_API_KEY: iacm.apiKey,
        PLUGIN_BASE_URL: iacm.baseUrl,
        PLUGIN_NO_CONFIRM: 'true',
        ...settings,
      },
      root,
    );
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    return { ...result, outputs };
  }

  it('units without a plan: WARNING first in the log and SUMMARY, COMPLETE=false; the gate exits 1 after the send', async () => {
    const plain = await plugin({ PLUGIN_TERRAGRUNT_DIR: 'live' });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.outputs['COMPLETE']).toBe('false');
    expect(plain.outputs['SUMMARY']?.split('\n')[0]).toMatch(/^WARNING: 2 units without a plan/);
    expect(plain.outputs['SUMMARY']).not.toMatch(/^OK/m);

    iacm.events.length = 0;
    const gated = await plugin({ PLUGIN_TERRAGRUNT_DIR: 'live', PLUGIN_FAIL_ON_INCOMPLETE: 'true' });
    expect(gated.code).toBe(1);
    expect(iacm.events).toHaveLength(1);
    expect(gated.outputs['COMPLETE']).toBe('false');
    expect(`${gated.stdout}${gated.stderr}`).toContain(
      'gate failed: fail-on-incomplete: 2 units without a plan',
    );
  });
});
