/**
 * A state file holds secrets: with --upload-state it goes to the `/data` endpoint and nowhere
 * else. Each entry (CLI, Action and plugin bundles, as CI runs them) uploads a real Terraform
 * state whose sensitive output was rewritten to a canary; then everything the run wrote is searched
 * for the canary and the state's lineage: stdout, stderr, outputs, summaries, files in the temp
 * and spool folders, and every request at the IaCM server but the state upload itself. Runs where
 * the upload succeeds and where it fails for good alike; a dry run reads nothing of it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  ROOT,
  runActionBundle,
  runCli,
  runPluginBundle,
} from '../trust/support/entries.js';
import { filesWritten, findLeaks, type Written } from '../trust/support/leak-scan.js';
import { serverEnv, STATE } from './support.js';

const CANARY = 'STATECANARY-s3cr3t-0a1b2c3d4e5f';
const PLAN = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/basic_list_update/plan.json';
const PLAN_TEXT = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/basic_list_update/plan';

let server: IacmServer;
let dir: string;
let stateFile: string;
let stateBytes: Buffer;
let secrets: string[];

beforeAll(async () => {
  await ensureBundles(['cli', 'action', 'plugin']);
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-state-'));
  const real = await readFile(STATE, 'utf8');
  const lineage = /"lineage": "([^"]+)"/.exec(real)?.[1] ?? '';
  // The sensitive output "foo" holds "bar": rewritten to a canary no other text could contain.
  const text = real.replaceAll('"bar"', `"${CANARY}"`);
  expect(text).not.toBe(real);
  stateFile = join(dir, 'terraform.tfstate');
  await writeFile(stateFile, text);
  stateBytes = Buffer.from(text);
  secrets = [CANARY, lineage];
  expect(lineage.length).toBeGreaterThan(20);
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const IDS = {
  pipeline: 'deploy',
  stage: 'plan',
  execution: 'exec-1',
  stageExecution: 'stage-exec-1',
};

function serverWritten(): Written[] {
  return server.requests
    .filter((r) => !r.url.includes('data_type=state_raw'))
    .map((r) => ({
      where: `iacm request ${r.method} ${r.url}`,
      text: `${r.url}\n${r.body.toString('utf8')}`,
    }))
    .concat(
      server.requests
        .filter((r) => r.url.includes('data_type=state_raw'))
        .map((r) => ({ where: `state upload url ${r.url}`, text: r.url })),
    );
}

function storedState(): Buffer | undefined {
  return server.data.find((d) => d.dataType === 'state_raw')?.body;
}

async function freshFolder(name: string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  return folder;
}

function reset(): void {
  server.requests.length = 0;
  server.data.length = 0;
  server.events.length = 0;
  server.dataSettings.failDataTypes.clear();
}

function cliEnv(tmp: string): Record<string, string> {
  return { ...serverEnv(server), TMPDIR: tmp, HOME: tmp };
}

const CLI_ARGS = () => [
  '--plan',
  PLAN,
  '--plan-text',
  PLAN_TEXT,
  '--upload-state',
  stateFile,
  '--pipeline-id',
  IDS.pipeline,
  '--stage-id',
  IDS.stage,
  '--pipeline-execution-id',
  IDS.execution,
  '--pipeline-stage-id',
  IDS.stageExecution,
];

describe('state bytes go to the data endpoint and nowhere else', () => {
  it('CLI: uploaded, sent, summarised', async () => {
    reset();
    const tmp = await freshFolder('cli-ok');
    const run = await runCli(CLI_ARGS(), { env: cliEnv(tmp), cwd: ROOT });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(storedState()?.equals(stateBytes)).toBe(true);
    const written = [
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      ...serverWritten(),
      ...(await filesWritten([tmp])),
    ];
    expect(findLeaks(written, secrets)).toEqual([]);
  });

  it('CLI: the upload fails for good; the retry names the file, never its bytes', async () => {
    reset();
    server.dataSettings.failDataTypes.add('state_raw');
    const tmp = await freshFolder('cli-fail');
    const run = await runCli([...CLI_ARGS(), '--spool-dir', join(tmp, 'spool')], {
      env: cliEnv(tmp),
      cwd: ROOT,
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`--file ${stateFile}`);
    expect(server.events).toHaveLength(1);
    const written = [
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      ...serverWritten(),
      ...(await filesWritten([tmp])),
    ];
    expect(findLeaks(written, secrets)).toEqual([]);
  }, 90_000);

  it('CLI dry run: lists the state upload by name and size only', async () => {
    reset();
    const tmp = await freshFolder('cli-dry');
    const run = await runCli([...CLI_ARGS(), '--dry-run'], { env: { TMPDIR: tmp, HOME: tmp }, cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `would upload state_raw from ${stateFile} (${stateBytes.length.toLocaleString('en-US')} bytes)`,
    );
    expect(server.requests).toHaveLength(0);
    expect(
      findLeaks(
        [
          { where: 'stdout', text: run.stdout },
          { where: 'stderr', text: run.stderr },
        ],
        secrets,
      ),
    ).toEqual([]);
  });

  it('Action: uploaded; outputs, job summary and RUNNER_TEMP files stay clean', async () => {
    reset();
    const run = await runActionBundle({
      inputs: {
        plan: PLAN,
        'plan-text': PLAN_TEXT,
        'upload-state': stateFile,
        'pipeline-id': IDS.pipeline,
        'stage-id': IDS.stage,
        'pipeline-execution-id': IDS.execution,
        'pipeline-stage-id': IDS.stageExecution,
        'account-id': server.accountId,
        org: server.org,
        project: server.project,
        workspace: server.workspace,
        'api-key': server.apiKey,
        'base-url': server.baseUrl,
      },
    });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(storedState()?.equals(stateBytes)).toBe(true);
    expect(run.outputs['policy-status']).toBe('');
    const written = [
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      { where: 'GITHUB_OUTPUT', text: run.outputText },
      { where: 'GITHUB_STEP_SUMMARY', text: run.summary },
      ...serverWritten(),
      ...(await filesWritten([run.runnerTemp])),
    ];
    expect(findLeaks(written, secrets)).toEqual([]);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it('plugin: ids from the Harness stage, uploaded; log and output file stay clean', async () => {
    reset();
    const tmp = await freshFolder('plugin');
    const outputFile = join(tmp, 'output.env');
    await writeFile(outputFile, '');
    const run = await runPluginBundle({
      cwd: ROOT,
      env: {
        PLUGIN_PLAN: PLAN,
        PLUGIN_PLAN_TEXT: PLAN_TEXT,
        PLUGIN_UPLOAD_STATE: stateFile,
        HARNESS_PIPELINE_ID: IDS.pipeline,
        HARNESS_STAGE_ID: IDS.stage,
        HARNESS_EXECUTION_ID: IDS.execution,
        PLUGIN_ENDPOINT_VARIABLES: JSON.stringify({
          base_url: `${server.baseUrl}/`,
          token: server.apiKey,
          account_id: server.accountId,
          org_id: server.org,
          project_id: server.project,
          workspace_id: server.workspace,
          pipeline_execution_id: IDS.execution,
          pipeline_stage_execution_id: IDS.stageExecution,
        }),
        HARNESS_OUTPUT_FILE: outputFile,
        TMPDIR: tmp,
        HOME: tmp,
      },
    });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    const upload = server.data.find((d) => d.dataType === 'state_raw');
    expect(upload?.body.equals(stateBytes)).toBe(true);
    expect(upload?.query).toMatchObject({
      pipeline_id: IDS.pipeline,
      stage_id: IDS.stage,
      pipeline_execution_id: IDS.execution,
      pipeline_stage_id: IDS.stageExecution,
    });
    const written = [
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      ...serverWritten(),
      ...(await filesWritten([tmp])),
    ];
    expect(findLeaks(written, secrets)).toEqual([]);
    expect(await readFile(outputFile, 'utf8')).toContain('POLICY_STATUS=\n');
  });
});
