/**
 * The plugin as a Harness step runs it: the bundled entry the Dockerfile names, in its own
 * process, in a checkout folder, with only PLUGIN_* / HARNESS_* / DRONE_* variables, talking to a
 * real local IaCM server. Checks the output file and the request that arrived.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SendEventRequest } from '../../src/reporter/event-schema.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { fixturePath, PLANS } from '../support/real-report-models.js';
import { INFRACOST_FIXTURES, placePlan } from '../support/terragrunt-trees.js';
import { parseOutputFile } from './support/output-file-parse.js';
import {
  BUILD_TIMEOUT_MS,
  copyBundleAsImage,
  ensurePluginBundle,
  runPluginProcess,
  type ProcessResult,
} from './support/plugin-bundle.js';

/** A real destroy: OpenTofu's equivalence test `local_provider_delete`. */
const DESTROY_PLAN = 'plans/opentofu/testing/equivalence-tests/outputs/local_provider_delete/plan.json';

let entry: string;
/** Temporary folders this file made, removed at the end. */
const made: string[] = [];
const tempFolder = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
let server: IacmServer;
/** The checkout Harness mounts (HARNESS_WORKSPACE), with the plans a previous step wrote. */
let checkout: string;
let outputFile: string;

beforeAll(async () => {
  await ensurePluginBundle();
  const image = copyBundleAsImage();
  made.push(image.root);
  entry = image.entry;
  server = await startIacmServer({ echoKeyInErrors: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  // Unset when beforeAll failed (the bundle did not build); do not hide that error behind another.
  await (server as IacmServer | undefined)?.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  checkout = tempFolder('harness-');
  mkdirSync(join(checkout, 'plans'));
  cpSync(fixturePath(PLANS.basic), join(checkout, 'plans/tfplan.json'));
  cpSync(fixturePath(PLANS.driftRefreshOnly), join(checkout, 'plans/drift.json'));
  outputFile = join(tempFolder('harness-out-'), 'output.env');
  server.requests.length = 0;
  server.events.length = 0;
});

afterEach(() => {
  server.failAlways(undefined);
});

/** What Harness sets for every step, plus the settings the step gives. */
function stepEnv(settings: Record<string, string>): Record<string, string> {
  return {
    HARNESS_ACCOUNT_ID: server.accountId,
    HARNESS_ORG_ID: server.org,
    HARNESS_PROJECT_ID: server.project,
    HARNESS_PIPELINE_ID: 'iacm_plan',
    HARNESS_EXECUTION_ID: 'exec-42',
    HARNESS_STAGE_ID: 'plan_stage',
    HARNESS_BUILD_ID: '42',
    HARNESS_WORKSPACE: checkout,
    HARNESS_OUTPUT_FILE: outputFile,
    DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    DRONE_COMMIT_BRANCH: 'main',
    ...settings,
  };
}

const SETTINGS = (): Record<string, string> => ({
  PLUGIN_PLAN: 'plans/tfplan.json',
  PLUGIN_WORKSPACE: server.workspace,
  PLUGIN_API_KEY: server.apiKey,
  PLUGIN_BASE_URL: server.baseUrl,
});

const run = (env: Record<string, string>): Promise<ProcessResult> => runPluginProcess(entry, env, checkout);

function outputs(): Record<string, string> {
  return parseOutputFile(readFileSync(outputFile, 'utf8'));
}

function lastEvent(): SendEventRequest {
  const body = server.events.at(-1);
  if (!body) throw new Error('no event arrived');
  return JSON.parse(body.toString('utf8')) as SendEventRequest;
}

/** The key must never be shown: not in outputs (shown in the UI), not in the log. */
function expectNoSecret(result: ProcessResult, secret: string): void {
  const file = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '';
  for (const text of [result.stdout, result.stderr, file, JSON.stringify(parseOutputFile(file))]) {
    expect(text).not.toContain(secret);
  }
}

/** `env` without one variable. */
function omit(env: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
}

describe('the plugin bundle, run as a Harness step', () => {
  it('sends the event and writes output variables that agree with it', async () => {
    const result = await run(stepEnv(SETTINGS()));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [request] = server.requests;
    expect(request?.form).toBe('iacm');
    expect(request?.url).toBe(`/iacm/api/orgs/default/projects/infra/workspaces/${server.workspace}/events`);
    const event = lastEvent();
    const counts = event.metadata?.resource_counts;
    expect(outputs()).toMatchObject({
      ADDED: String(counts?.added),
      CHANGED: String(counts?.changed),
      DELETED: String(counts?.deleted),
      IMPORTED: String(counts?.imported ?? 0),
      REMOVED: String(counts?.removed ?? 0),
      UNCHANGED: String(counts?.unchanged),
      HAS_CHANGES: 'true',
      HAS_DRIFT: 'false',
      DRIFTED: '0',
      COST_DIFF_MONTHLY: '',
      EVENT_TYPE: event.event_type,
    });
    expect(counts?.added).toBe(7);
    expect(outputs()['SUMMARY']).toMatch(/^OK: 7 to add, 8 outputs change\n/);
    expect(outputs()['SUMMARY']).toContain(
      `Sent to Harness IaCM (workspace default/infra/${server.workspace})`,
    );
    expect(result.stdout).toContain('Resources    7');
    expect(event.metadata?.pipeline_execution_id).toBe('exec-42');
    expectNoSecret(result, server.apiKey);
  });

  it('in an IaCM stage, calls {base_url}/api/orgs/... with the token from PLUGIN_ENDPOINT_VARIABLES', async () => {
    const endpoint = {
      base_url: server.baseUrl,
      token: server.apiKey,
      account_id: server.accountId,
      org_id: server.org,
      project_id: server.project,
      workspace_id: server.workspace,
      pipeline_execution_id: 'exec-42',
      pipeline_stage_execution_id: 'stage-exec-7',
    };
    const result = await run({
      HARNESS_WORKSPACE: checkout,
      HARNESS_OUTPUT_FILE: outputFile,
      PLUGIN_PLAN: 'plans/tfplan.json',
      PLUGIN_ENDPOINT_VARIABLES: JSON.stringify(endpoint),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [request] = server.requests;
    expect(request?.form).toBe('in-stage');
    expect(request?.url).toBe(`/api/orgs/default/projects/infra/workspaces/${server.workspace}/events`);
    expect(request?.headers['x-api-key']).toBe(server.apiKey);
    expect(request?.headers['harness-account']).toBe(server.accountId);
    expect(outputs()['EVENT_TYPE']).toBe('plan');
    // The stage execution id, as the uploads send it: one id links the event and its uploads.
    const sent = JSON.parse(server.events.at(-1)?.toString('utf8') ?? '{}') as {
      metadata?: Record<string, unknown>;
    };
    expect(sent.metadata).toMatchObject({
      pipeline_execution_id: 'exec-42',
      pipeline_stage_id: 'stage-exec-7',
    });
    expectNoSecret(result, server.apiKey);
  });

  it('never takes HARNESS_WORKSPACE (the checkout folder) for the workspace id', async () => {
    const noWorkspace = omit(SETTINGS(), 'PLUGIN_WORKSPACE');
    const missing = await run(stepEnv(noWorkspace));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^iacm-report: error: missing settings\.workspace \(PLUGIN_WORKSPACE, IACM_WORKSPACE_ID\)[^\n]*\n$/,
    );
    expect(server.requests).toHaveLength(0);

    const fromContext = await run(stepEnv({ ...noWorkspace, IACM_WORKSPACE_ID: server.workspace }));
    expect(fromContext.code).toBe(0);
    expect(server.requests[0]?.url).toContain(`/workspaces/${server.workspace}/events`);
    expect(server.requests[0]?.url).not.toContain(encodeURIComponent(checkout));
  });

  it.each([
    [
      'PLUGIN_FAIL_ON_DRIFT',
      'yes',
      'settings.fail_on_drift (PLUGIN_FAIL_ON_DRIFT): expected true or false (got "yes")',
    ],
    [
      'PLUGIN_EVENT_TYPE',
      'applied',
      'settings.event_type (PLUGIN_EVENT_TYPE): expected one of plan, drifted',
    ],
    ['PLUGIN_ENDPOINT_VARIABLES', '{"token": "tok-x1', 'PLUGIN_ENDPOINT_VARIABLES is not valid JSON'],
  ])('a bad %s exits 2 with one line and sends nothing', async (name, value, message) => {
    const result = await run(stepEnv({ ...SETTINGS(), [name]: value }));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
    expect(result.stderr).toContain(`iacm-report: error: ${message}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(server.requests).toHaveLength(0);
    expect(existsSync(outputFile)).toBe(false);
    expectNoSecret(result, server.apiKey);
  });

  it('a missing plan file exits 2 with one line', async () => {
    const result = await run(stepEnv({ ...SETTINGS(), PLUGIN_PLAN: 'plans/nope.json' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iacm-report: error: plans\/nope\.json[^\n]*\n$/);
  });

  it('a tripped gate exits 1 after the event is sent and the outputs are written', async () => {
    const result = await run(
      stepEnv({
        ...SETTINGS(),
        PLUGIN_DRIFT: 'plans/drift.json',
        PLUGIN_PLAN: '',
        PLUGIN_FAIL_ON_DRIFT: 'true',
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/iacm-report: gate failed: fail-on-drift: 1 resource drifted/);
    expect(server.events).toHaveLength(1);
    expect(outputs()).toMatchObject({ HAS_DRIFT: 'true', DRIFTED: '1', EVENT_TYPE: lastEvent().event_type });
  });

  it('when delivery fails, exits 1 but keeps the outputs and spools the body', async () => {
    server.failAlways({ kind: 'status', status: 503 });
    const spool = tempFolder('spool-');
    const result = await run(stepEnv({ ...SETTINGS(), PLUGIN_SPOOL_DIR: spool }));
    expect(result.code).toBe(1);
    expect(outputs()['ADDED']).toBe('7');
    expect(result.stdout).toContain('Resources');
    expect(result.stderr).toMatch(/iacm-report: error: [^\n]*503/);
    expect(readdirSync(spool).length).toBeGreaterThan(0);
    expectNoSecret(result, server.apiKey);
  });

  it('keeps a rejected key out of everything it prints, even when the server echoes it', async () => {
    const wrongKey = 'pat.test-account.Wr0ngId.Wr0ngSecretValue987654';
    const result = await run(stepEnv({ ...SETTINGS(), PLUGIN_API_KEY: wrongKey }));
    expect(result.code).toBe(1);
    expect(server.requests.at(-1)?.headers['x-api-key']).toBe(wrongKey);
    expect(result.stderr).toMatch(/401/);
    expectNoSecret(result, wrongKey);
    expectNoSecret(result, 'Wr0ngSecretValue987654');
  });

  it('reports a Terragrunt tree with costs, with no progress drawing in a (non-terminal) log', async () => {
    await placePlan(checkout, 'tg-out/exp/dev/tfplan.json', 'create-with-outputs');
    await placePlan(checkout, 'tg-out/exp/prod/tfplan.json', 'drift-and-outputs');
    cpSync(join(INFRACOST_FIXTURES, 'terragrunt-two-projects.json'), join(checkout, 'infracost.json'));
    const settings = omit(SETTINGS(), 'PLUGIN_PLAN');
    const result = await run(
      stepEnv({ ...settings, PLUGIN_TERRAGRUNT_DIR: 'tg-out', PLUGIN_INFRACOST: 'infracost.json' }),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const event = lastEvent();
    expect(event.metadata?.terragrunt_details?.map((d) => d.path_id)).toEqual(['exp/dev', 'exp/prod']);
    expect(outputs()).toMatchObject({
      ADDED: String(event.metadata?.resource_counts?.added),
      COST_DIFF_MONTHLY: event.metadata?.cost_diff_total_monthly,
      EVENT_TYPE: event.event_type,
    });
    expect(outputs()['SUMMARY']).toMatch(/^Units: 2$/m);
    // The unit's monthly cost difference sits between drift and resources (issue 24).
    expect(result.stdout).toMatch(/^exp\/prod\s+ok\s+3\s+\$0\.00\s+\+7 ~0 -0/m);
  });

  it('the SUMMARY an approval step shows names the destroys, the drift and the tripped gate in its first 600 bytes', async () => {
    cpSync(fixturePath(DESTROY_PLAN), join(checkout, 'plans/destroy.json'));
    const result = await run(
      stepEnv({
        ...SETTINGS(),
        PLUGIN_PLAN: 'plans/destroy.json',
        PLUGIN_DRIFT: 'plans/drift.json',
        PLUGIN_FAIL_ON_DESTROY: 'true',
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('iacm-report: gate failed: fail-on-destroy');
    const summary = outputs()['SUMMARY'] ?? '';
    const head = Buffer.from(summary, 'utf8').subarray(0, 600).toString('utf8');
    expect(head.split('\n')[0]).toBe(
      'CAUTION: 1 to destroy; 1 drifted (changed outside Terraform/OpenTofu); gate failed: fail-on-destroy',
    );
    expect(head).toContain('To destroy (1):\n  local_file.local_file\n');
    expect(head).toContain(
      'Drifted, changed outside Terraform/OpenTofu (1):\n  tfcoremock_simple_resource.drift\n',
    );
    // The log shows the same summary.
    expect(result.stdout).toContain('To destroy (1):\n  local_file.local_file\n');
  });

  it('writes to DRONE_OUTPUT when HARNESS_OUTPUT_FILE is not set', async () => {
    const env = omit(stepEnv(SETTINGS()), 'HARNESS_OUTPUT_FILE');
    const result = await run({ ...env, DRONE_OUTPUT: outputFile });
    expect(result.code).toBe(0);
    expect(outputs()['ADDED']).toBe('7');
  });
});
