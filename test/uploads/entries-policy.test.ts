/**
 * The policy answers and the gate in the Action and the plugin, run as their CI runs them: the
 * `policy-status` output / POLICY_STATUS variable, the verdict first in the job summary and the
 * plugin's SUMMARY, and `fail-on-policy` / PLUGIN_FAIL_ON_POLICY failing the step after the event.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  ROOT,
  runActionBundle,
  runPluginBundle,
} from '../trust/support/entries.js';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';

const PLAN = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/simple_object_replace/plan.json';
const PLAN_TEXT = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/simple_object_replace/plan';

let server: IacmServer;
let dir: string;

beforeAll(async () => {
  await ensureBundles(['action', 'plugin']);
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-policy-'));
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.events.length = 0;
  server.data.length = 0;
  server.dataSettings.policy = () => ({
    policy_evaluation: [
      {
        policy_name: 'No replacements in prod',
        policy_set_name: 'Change control',
        policy_status: 'error',
        message: 'tfcoremock_simple_resource.json would be replaced',
      },
    ],
    policy_evaluation_status: 'error',
  });
});

const inputs = (extra: Record<string, string>) => ({
  plan: PLAN,
  'plan-text': PLAN_TEXT,
  'pipeline-id': 'p',
  'stage-id': 's',
  'pipeline-execution-id': 'e',
  'pipeline-stage-id': 'se',
  'account-id': server.accountId,
  org: server.org,
  project: server.project,
  workspace: server.workspace,
  'api-key': server.apiKey,
  'base-url': server.baseUrl,
  ...extra,
});

describe('Action', () => {
  it('fail-on-policy: error fails the step after the event is sent; outputs and summary say why', async () => {
    const run = await runActionBundle({ inputs: inputs({ 'fail-on-policy': 'error' }) });
    expect(server.events).toHaveLength(1);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::gate failed: fail-on-policy: Harness policy evaluation answered error: Change control / No replacements in prod',
    );
    expect(run.outputs['policy-status']).toBe('error');
    const summary = run.summary;
    expect(summary).toContain('No replacements in prod');
    expect(summary.indexOf('Policy ERROR')).toBeGreaterThan(-1);
    expect(summary.indexOf('Policy ERROR')).toBeLessThan(summary.indexOf('| Resources'));
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it('without the gate the step passes and still reports the status', async () => {
    const run = await runActionBundle({ inputs: inputs({}) });
    expect(run.code).toBe(0);
    expect(run.outputs['policy-status']).toBe('error');
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it('missing pipeline ids are bad input naming the inputs, before anything is sent', async () => {
    const run = await runActionBundle({ inputs: inputs({ 'stage-id': '', 'pipeline-stage-id': '' }) });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('missing input "stage-id", input "pipeline-stage-id"');
    expect(server.events).toHaveLength(0);
    expect(server.data).toHaveLength(0);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});

describe('plugin', () => {
  it('PLUGIN_FAIL_ON_POLICY=error: exit 1 after the event, POLICY_STATUS and SUMMARY written', async () => {
    const outputFile = join(dir, 'out.env');
    await writeFile(outputFile, '');
    const run = await runPluginBundle({
      cwd: ROOT,
      env: {
        PLUGIN_PLAN: PLAN,
        PLUGIN_PLAN_TEXT: PLAN_TEXT,
        PLUGIN_FAIL_ON_POLICY: 'error',
        PLUGIN_PIPELINE_STAGE_ID: 'se',
        HARNESS_PIPELINE_ID: 'p',
        HARNESS_STAGE_ID: 's',
        HARNESS_EXECUTION_ID: 'e',
        PLUGIN_ACCOUNT_ID: server.accountId,
        PLUGIN_ORG: server.org,
        PLUGIN_PROJECT: server.project,
        PLUGIN_WORKSPACE: server.workspace,
        PLUGIN_API_KEY: server.apiKey,
        PLUGIN_BASE_URL: server.baseUrl,
        HARNESS_OUTPUT_FILE: outputFile,
      },
    });
    expect(server.events).toHaveLength(1);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gate failed: fail-on-policy');
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    expect(outputs['POLICY_STATUS']).toBe('error');
    const summary = (outputs['SUMMARY'] ?? '').split('\n');
    expect(summary[0]).toMatch(/^CAUTION: .*1 policy failed/);
    expect(summary[1]).toMatch(/^Policy ERROR: 1 policy failed/);
    expect(outputs['SUMMARY']).toContain('Change control / No replacements in prod');
  });

  it('a missing pipeline id names the setting and the variables that could give it', async () => {
    const run = await runPluginBundle({
      cwd: ROOT,
      env: {
        PLUGIN_PLAN: PLAN,
        PLUGIN_UPLOAD_INFRACOST: 'false',
        PLUGIN_PLAN_TEXT: PLAN_TEXT,
        PLUGIN_DRY_RUN: 'true',
      },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('settings.pipeline_id (PLUGIN_PIPELINE_ID, HARNESS_PIPELINE_ID)');
    expect(run.stderr).toContain('settings.pipeline_stage_id (PLUGIN_PIPELINE_STAGE_ID)');
  });
});
