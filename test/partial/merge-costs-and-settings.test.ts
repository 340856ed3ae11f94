/**
 * Partial reports, the rest of the surface: cost totals added up exactly over legs (real Infracost
 * files), the leg's default name, the Action's and the plugin's settings for legs and the merge
 * step (each mistake one line naming the setting), and `comment-only` through the Action bundle:
 * one comment over many workspaces, nothing sent.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readActionInputs, readActionMergeInputs } from '../../src/config/from-action-inputs.js';
import { configFromPluginEnv } from '../../src/config/from-plugin-env.js';
import { mergeConfigFromPluginEnv } from '../../src/config/from-plugin-merge.js';
import { legOrigin } from '../../src/partial/leg-name.js';
import { runPlugin } from '../../src/plugin/main.js';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';
import { addDecimals } from '../../src/model/decimal.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { ensureActionBundle, runAction } from '../support/action-bundle.js';
import { captureIo } from '../support/capture-io.js';
import { startGitHubApiServer } from '../support/github-api-server.js';
import { INFRACOST_FIXTURES, placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;
beforeAll(async () => {
  root = await tempDir('partial-costs-');
});
afterAll(async () => removeDir(root));

async function cli(args: string[], env: Record<string, string> = {}) {
  const captured = captureIo(env, root);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('cost totals over legs', () => {
  it('are the exact sums of the legs’ Infracost totals, with the percentage recomputed', async () => {
    await placePlan(root, 'a/out/exp/dev/tfplan.json', 'update');
    await placePlan(root, 'a/out/exp/prod/tfplan.json', 'replace');
    await placePlan(root, 'b/out/examples/terragrunt/dev/tfplan.json', 'create-with-outputs');
    const a = await cli([
      '--terragrunt-dir',
      'a/out',
      '--infracost',
      join(INFRACOST_FIXTURES, 'terragrunt-two-projects.json'),
      '--save-partial',
      'costs/a.json',
      '-q',
    ]);
    const b = await cli([
      '--terragrunt-dir',
      'b/out',
      '--infracost',
      join(INFRACOST_FIXTURES, 'terragrunt-named-projects.json'),
      '--save-partial',
      'costs/b.json',
      '-q',
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const merged = await cli(['merge', 'costs/*.json', '--dry-run', '-q']);
    expect(merged.code).toBe(0);
    const metadata = sendEventRequestSchema.parse(JSON.parse(merged.stdout)).metadata;
    // 799.608 + 3027.528, 799.608 + 5269.212, 0 + -2241.684; -2241.684 / 6068.820 = -36.937...%
    expect(metadata?.cost_total_monthly).toBe('3827.136');
    expect(metadata?.cost_past_total_monthly).toBe('6068.820');
    expect(metadata?.cost_diff_total_monthly).toBe('-2241.684');
    expect(metadata?.cost_total_monthly_percentage_change).toBe('-36.94');
    expect(metadata?.cost_currency).toBe('USD');
    // Per-unit costs travel with their units.
    const dev = metadata?.terragrunt_details?.find((d) => d.path_id === 'exp/dev');
    expect(dev?.cost_currency).toBe('USD');
  });

  it('are left out, with a warning, when a leg has no costs (never an understated sum)', async () => {
    await placePlan(root, 'c/out/other/tfplan.json', 'no-op');
    expect((await cli(['--terragrunt-dir', 'c/out', '--save-partial', 'costs/c.json', '-q'])).code).toBe(0);
    const merged = await cli(['merge', 'costs/*.json', '--dry-run']);
    expect(merged.code).toBe(0);
    const metadata = sendEventRequestSchema.parse(JSON.parse(merged.stdout)).metadata;
    expect(metadata?.cost_total_monthly).toBeUndefined();
    expect(merged.stderr).toContain('cost totals left out: legs without Infracost costs: c');
  });

  it('addDecimals adds exactly', () => {
    expect(addDecimals('799.608', '3027.528')).toBe('3827.136');
    expect(addDecimals('0', '-2241.684')).toBe('-2241.684');
    expect(addDecimals('0.1', '0.2')).toBe('0.3');
    expect(addDecimals('-1.5', '1.25')).toBe('-0.25');
    expect(addDecimals('12.50', '1')).toBe('13.50');
  });
});

describe('the leg’s default name', () => {
  it('is --leg when given', () => {
    expect(
      legOrigin(
        { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'plan' },
        { leg: 'network', file: 'p.json', sent: false },
      ).name,
    ).toBe('network');
  });
  it('on GitHub: the job id and the partial’s file name (where the matrix value is)', () => {
    const leg = legOrigin(
      { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'plan', GITHUB_RUN_ID: '99', GITHUB_RUN_ATTEMPT: '2' },
      { file: 'out/partial-network.json', sent: true },
    );
    expect(leg).toEqual({
      name: 'plan:partial-network',
      status: 'success',
      job: 'plan',
      run: '99.2',
      sent: true,
    });
  });
  it('in Harness: the stage and step ids', () => {
    const leg = legOrigin(
      { HARNESS_STAGE_ID: 'plan', HARNESS_STEP_ID: 'save_partial_1', HARNESS_EXECUTION_ID: 'e1' },
      { file: '/harness/partials/p.json', sent: false },
    );
    expect(leg.name).toBe('plan/save_partial_1:p');
    expect(leg.run).toBe('e1');
  });
  it('elsewhere: the file name', () => {
    expect(legOrigin({}, { file: 'legs/eu-west.json', sent: false }).name).toBe('eu-west');
  });
});

describe('Action inputs for legs and the merge step', () => {
  const env = (inputs: Record<string, string>) =>
    Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

  it('a leg that only saves its partial needs no Harness input', () => {
    const { config } = readActionInputs(
      env({ 'terragrunt-dir': 'out', 'save-partial': 'p.json', leg: 'net', send: 'false' }),
    );
    expect(config).toMatchObject({ savePartial: 'p.json', leg: 'net', send: false, dryRun: false });
  });
  it('a leg that also sends needs them', () => {
    expect(() =>
      readActionInputs(env({ 'terragrunt-dir': 'out', 'save-partial': 'p.json', send: 'true' })),
    ).toThrow(/missing input "account-id".*to send the report/);
  });
  it('merge inputs outside a merge step are refused, naming them', () => {
    expect(() => readActionInputs(env({ plan: 'p.json', 'dry-run': 'true', 'expect-legs': '3' }))).toThrow(
      /input "expect-legs" goes with the "merge" input/,
    );
  });
  it('the merge step reads its inputs and refuses report inputs', () => {
    const { merge } = readActionMergeInputs(
      env({
        merge: 'a/*.json\nb.json',
        'expect-legs': '4',
        'dry-run': 'true',
        'plan-file-name': 'tfplan.json',
        send: 'false',
        'comment-only': 'false',
      }),
    );
    expect(merge).toMatchObject({
      merge: { partials: ['a/*.json', 'b.json'], expectLegs: 4, commentOnly: false },
      dryRun: true,
    });
    expect(() => readActionMergeInputs(env({ merge: 'a.json', plan: 'p.json', 'dry-run': 'true' }))).toThrow(
      /^input "plan" cannot act on a merge: the merge reads only the partial reports/,
    );
    expect(() =>
      readActionMergeInputs(env({ merge: 'a.json', 'expect-legs': 'three', 'dry-run': 'true' })),
    ).toThrow(/input "expect-legs": .*\(got "three"\)/);
  });
  it('comment-only needs no Harness input', () => {
    expect(
      readActionMergeInputs(env({ merge: 'a.json', 'comment-only': 'true' })).merge.merge.commentOnly,
    ).toBe(true);
  });
});

describe('plugin settings for legs and the merge step', () => {
  it('save_partial without credentials is a complete leg', () => {
    const { config } = configFromPluginEnv({
      PLUGIN_TERRAGRUNT_DIR: 'out',
      PLUGIN_SAVE_PARTIAL: 'p.json',
      PLUGIN_LEG: 'net',
    });
    expect(config).toMatchObject({ savePartial: 'p.json', leg: 'net' });
  });
  it('merge settings outside a merge step are refused', () => {
    expect(() =>
      configFromPluginEnv({ PLUGIN_PLAN: 'p.json', PLUGIN_DRY_RUN: 'true', PLUGIN_EXPECT_LEGS: '2' }),
    ).toThrow(/settings.expect_legs \(PLUGIN_EXPECT_LEGS\) goes with settings.merge/);
  });
  it('the merge step names a bad setting and refuses report settings', () => {
    expect(
      mergeConfigFromPluginEnv({
        PLUGIN_MERGE: 'a.json,b.json',
        PLUGIN_DRY_RUN: 'true',
        PLUGIN_EXPECT_LEGS: '2',
      }).config,
    ).toMatchObject({ merge: { partials: ['a.json', 'b.json'], expectLegs: 2 } });
    expect(() =>
      mergeConfigFromPluginEnv({ PLUGIN_MERGE: 'a.json', PLUGIN_DRY_RUN: 'true', PLUGIN_EXPECT_LEGS: '0' }),
    ).toThrow(/^settings.expect_legs \(PLUGIN_EXPECT_LEGS\): .*\(got "0"\)$/);
    expect(() =>
      mergeConfigFromPluginEnv({ PLUGIN_MERGE: 'a.json', PLUGIN_DRY_RUN: 'true', PLUGIN_PLAN: 'p.json' }),
    ).toThrow(
      /^settings.plan \(PLUGIN_PLAN\) cannot act on a merge: the merge reads only the partial reports/,
    );
    expect(() => mergeConfigFromPluginEnv({ PLUGIN_MERGE: 'a.json' })).toThrow(/missing settings.account_id/);
  });
});

describe('comment-only through the Action bundle', () => {
  beforeAll(async () => ensureActionBundle(), 300_000);

  it('one comment and one job summary over many workspaces; nothing sent', async () => {
    await placePlan(root, 'ws1/out/net/tfplan.json', 'replace');
    await placePlan(root, 'ws2/out/app/tfplan.json', 'drift-and-outputs');
    for (const [ws, dir] of [
      ['network', 'ws1'],
      ['apps', 'ws2'],
    ] as const) {
      const saved = await cli(
        ['--terragrunt-dir', `${dir}/out`, '--save-partial', `co/${ws}.json`, '--leg', ws, '-q'],
        {
          HARNESS_WORKSPACE_ID: ws,
        },
      );
      expect(saved.code).toBe(0);
    }
    const github = await startGitHubApiServer({ token: 'ghs_t' });
    try {
      const run = await runAction({
        inputs: { merge: 'co/*.json', 'comment-only': 'true', comment: 'always', 'expect-legs': '2' },
        event: { number: 3, pull_request: { number: 3 } },
        githubApiUrl: github.url,
        githubToken: 'ghs_t',
        cwd: root,
      });
      expect(run.stdout).not.toMatch(/::error::/);
      expect(run.code).toBe(0);
      expect(github.comments).toHaveLength(1);
      const body = github.comments[0]?.body ?? '';
      // The verdict over all legs first, then one section per workspace.
      const headings = [...body.matchAll(/^### .*$/gm)].map((m) => m[0]);
      expect(headings).toHaveLength(3);
      expect(headings[0]).toMatch(/Harness IaCM: 2 workspaces: 1 to replace/);
      expect(headings[1]).toMatch(/Workspace apps/);
      expect(headings[2]).toMatch(/Workspace network: 1 to replace/);
      expect(run.summary).toMatch(/^### .*Workspace network/m);
      expect(run.stdout).toContain('nothing sent');
      // Only the comment's calls (who the token is, the comments): no request went anywhere else.
      expect(
        github.requests.every((r) => r.url.includes('/issues/') || r.url === '/user' || r.url === '/graphql'),
      ).toBe(true);
    } finally {
      await github.close();
    }
  }, 120_000);
});

describe('comment-only through the plugin', () => {
  it('one SUMMARY over the workspaces in the output file; nothing sent', async () => {
    // The partials the Action test above wrote (co/network.json, co/apps.json).
    const outputFile = join(root, 'plugin-output.env');
    let stdout = '';
    let stderr = '';
    const code = await runPlugin({
      env: {
        PLUGIN_MERGE: 'co/*.json',
        PLUGIN_COMMENT_ONLY: 'true',
        HARNESS_WORKSPACE: root,
        HARNESS_OUTPUT_FILE: outputFile,
      },
      cwd: root,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stderrIsTTY: false,
    });
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    const summary = outputs['SUMMARY'] ?? '';
    expect(summary).toMatch(/^Harness IaCM: 2 workspaces\n/);
    expect(summary).toContain('== Workspace apps ==');
    expect(summary).toContain('== Workspace network ==');
    expect(stdout).toContain('nothing sent');
  });
});
