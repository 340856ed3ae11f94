/**
 * `iacm-report --plan-text / --upload-infracost / --upload-state` against the test IaCM server:
 * the exact bytes are stored with the required query parameters, the event carries the ids that
 * came back, a failed upload never blocks the event, and the policy gate fails after the send.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run as runUpload } from '../../src/cli/upload-command.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import {
  cli,
  EQUIVALENCE,
  FAST_HTTP,
  infracostJson,
  PIPELINE_FLAGS,
  placeScenario,
  serverEnv,
  sha256,
  STATE,
} from './support.js';

let server: IacmServer;
let dir: string;
let diffFile: string;
let breakdownFile: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-uploads-'));
  await placeScenario(join(dir, 'single'), 'basic_list_update');
  diffFile = await infracostJson('diff_with_policy_data_upload.golden', dir);
  breakdownFile = await infracostJson('breakdown_format_json.golden', dir);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.requests.length = 0;
  server.events.length = 0;
  server.data.length = 0;
  server.dataSettings.policy = undefined;
  server.dataSettings.id = undefined;
  server.dataSettings.failDataTypes.clear();
  server.dataSettings.failStackPaths.clear();
});

function lastEvent() {
  const body = server.events.at(-1);
  expect(body).toBeDefined();
  return sendEventRequestSchema.parse(JSON.parse(body?.toString('utf8') ?? '{}'));
}

describe('uploads of a single plan', () => {
  it('stores the exact bytes of plan text, Infracost diff and state, then sends the event with their ids', async () => {
    const result = await cli(
      [
        '--plan',
        'single/tfplan.json',
        '--plan-text',
        'single/tfplan.txt',
        '--infracost',
        diffFile,
        '--upload-infracost',
        '--upload-state',
        STATE,
        ...PIPELINE_FLAGS,
      ],
      dir,
      serverEnv(server),
    );
    expect(result.stderr).not.toMatch(/error|warning/);
    expect(result.code).toBe(0);

    const kinds = server.data.map((d) => d.dataType).sort();
    expect(kinds).toEqual(['cost_diff', 'plan_human', 'state_raw']);
    const byType = Object.fromEntries(server.data.map((d) => [d.dataType, d]));
    const planText = await readFile(join(dir, 'single/tfplan.txt'));
    const state = await readFile(STATE);
    expect(byType['plan_human']?.body.equals(planText)).toBe(true);
    expect(byType['cost_diff']?.body.equals(await readFile(diffFile))).toBe(true);
    expect(byType['state_raw']?.body.equals(state)).toBe(true);
    for (const upload of server.data) {
      expect(upload.contentType).toBe('application/octet-stream');
      expect(upload.contentLength).toBe(String(upload.body.length));
      expect(upload.query).toMatchObject({
        pipeline_id: 'deploy_infra',
        stage_id: 'plan_stage',
        pipeline_execution_id: 'exec-7Hq2',
        pipeline_stage_id: 'stage-exec-91',
        provisioner_type: 'tf',
        policy_action: 'afterTerraformPlan',
      });
      expect(upload.stackPath).toBeUndefined();
    }

    // Uploads first, then the one event.
    // (The activity lookup that confirms the event follows it: GETs, not sends.)
    const posts = server.requests
      .filter((r) => r.method === 'POST')
      .map((r) => r.url.split('?')[0]?.split('/').pop());
    expect(posts.at(-1)).toBe('events');
    expect(posts.filter((p) => p === 'events')).toHaveLength(1);

    const meta = lastEvent().metadata ?? {};
    expect(meta.plan_uuid).toBe(byType['plan_human']?.id);
    expect(meta.cost_diff_uuid).toBe(byType['cost_diff']?.id);
    expect(meta.cost_breakdown_uuid).toBeUndefined();
    expect(meta.state_uuid).toBe(byType['state_raw']?.id);
    expect(meta.state_checksum).toBe(sha256(state));
    expect(result.stderr).toContain('Workspace data: 3 uploaded');
  });

  it('uploads a breakdown as cost_breakdown', async () => {
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--infracost', breakdownFile, '--upload-infracost', ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    expect(server.data.map((d) => d.dataType)).toEqual(['cost_breakdown']);
    expect(lastEvent().metadata?.cost_breakdown_uuid).toBe(server.data[0]?.id);
  });

  it('sends nothing extra when no upload is asked for, however many files are given', async () => {
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--infracost', diffFile],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    expect(server.data).toHaveLength(0);
    const meta = lastEvent().metadata ?? {};
    expect(meta.plan_uuid).toBeUndefined();
    expect(meta.cost_diff_uuid).toBeUndefined();
  });

  it('takes the pipeline ids from a Harness stage when no flag gives them', async () => {
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--plan-text', 'single/tfplan.txt', '--pipeline-stage-id', 'se-1'],
      dir,
      {
        ...serverEnv(server),
        HARNESS_PIPELINE_ID: 'pl',
        HARNESS_STAGE_ID: 'st',
        HARNESS_EXECUTION_ID: 'ex',
      },
    );
    expect(result.stderr).not.toMatch(/error/);
    expect(server.data[0]?.query).toMatchObject({
      pipeline_id: 'pl',
      stage_id: 'st',
      pipeline_execution_id: 'ex',
      pipeline_stage_id: 'se-1',
    });
  });
});

describe('bad input before anything is read or sent', () => {
  it('an upload flag without the pipeline ids is exit 2 naming the missing ones', async () => {
    // The plan named does not exist: the message is about the ids, so nothing was read first.
    const result = await cli(
      ['--plan', 'missing/tfplan.json', '--upload-state', STATE, '--pipeline-id', 'p'],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'uploads to the workspace need the pipeline ids: missing --stage-id / HARNESS_STAGE_ID, ' +
        '--pipeline-execution-id / HARNESS_EXECUTION_ID, --pipeline-stage-id',
    );
    expect(result.stderr).not.toContain('--pipeline-id /');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });

  it('a plan text that is not there is exit 2 naming it, with nothing sent', async () => {
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--plan-text', 'single/nope.txt', ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('single/nope.txt: no such file');
    expect(server.requests).toHaveLength(0);
  });

  it('a plan text that is the JSON plan or a binary plan is exit 2 saying what to pass instead', async () => {
    // The binary plan is a zip archive (no real one is published: a local-file header stands in).
    await writeFile(join(dir, 'single/tfplan.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    const cases: [string, RegExp][] = [
      [
        'single/tfplan.json',
        /single\/tfplan.json: is JSON \(show -json output\); plan text is the output of terraform show -no-color/,
      ],
      ['single/tfplan.bin', /single\/tfplan.bin: is a binary plan file \(a zip archive\)/],
    ];
    for (const [file, message] of cases) {
      const result = await cli(
        ['--plan', 'single/tfplan.json', '--plan-text', file, ...PIPELINE_FLAGS],
        dir,
        serverEnv(server),
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('refuses --upload-infracost without --infracost and --plan-text-name without a tree', async () => {
    for (const flags of [['--upload-infracost'], ['--plan-text-name', 'tfplan.txt']]) {
      const result = await cli(
        ['--plan', 'single/tfplan.json', ...flags, ...PIPELINE_FLAGS],
        dir,
        serverEnv(server),
      );
      expect(result.code).toBe(2);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('dry run', () => {
  it('lists each upload (type, file, size, stack path) on stderr and sends nothing', async () => {
    const state = await readFile(STATE);
    const result = await cli(
      [
        '--plan',
        'single/tfplan.json',
        '--plan-text',
        'single/tfplan.txt',
        '--infracost',
        diffFile,
        '--upload-infracost',
        '--upload-state',
        STATE,
        ...PIPELINE_FLAGS,
        '--dry-run',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    const planText = await readFile(join(dir, 'single/tfplan.txt'));
    expect(result.stderr).toContain(
      `would upload plan_human from single/tfplan.txt (${planText.length.toLocaleString('en-US')} bytes)`,
    );
    expect(result.stderr).toContain(`would upload cost_diff from ${diffFile}`);
    expect(result.stderr).toContain(
      `would upload state_raw from ${STATE} (${state.length.toLocaleString('en-US')} bytes)`,
    );
    expect(result.stdout).not.toContain('plan_uuid');
    expect(server.requests).toHaveLength(0);
  });
});

describe('failures and answers', () => {
  it('a failed upload never blocks the event: warning, summary, and a retry command that works', async () => {
    server.dataSettings.failDataTypes.add('cost_diff');
    const result = await cli(
      [
        '--plan',
        'single/tfplan.json',
        '--plan-text',
        'single/tfplan.txt',
        '--infracost',
        diffFile,
        '--upload-infracost',
        ...PIPELINE_FLAGS,
      ],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    const meta = lastEvent().metadata ?? {};
    expect(meta.plan_uuid).toBe(server.data[0]?.id);
    expect(meta.cost_diff_uuid).toBeUndefined();
    expect(result.stderr).toMatch(/upload of cost_diff .* failed, the event goes without its id/);
    expect(result.stderr).toContain('1 FAILED');
    // 4 attempts, as the event would have had.
    expect(server.requests.filter((r) => r.url.includes('data_type=cost_diff'))).toHaveLength(4);

    const retry = / with: (iacm-report upload .*)$/m.exec(result.stderr)?.[1];
    expect(retry).toContain(`--file ${diffFile}`);
    server.dataSettings.failDataTypes.clear();
    const argv = (retry ?? '').split(' ').slice(2);
    const captured = captureIo(serverEnv(server), dir);
    const code = await runUpload(argv, captured.io, { http: FAST_HTTP });
    expect(captured.stderr()).not.toContain('error');
    expect(code).toBe(0);
    const stored = server.data.at(-1);
    expect(stored?.dataType).toBe('cost_diff');
    expect(stored?.body.equals(await readFile(diffFile))).toBe(true);
    expect(captured.stdout().trim()).toBe(stored?.id);
  });

  it('warns about colour codes in a plan text (-no-color forgotten) and uploads it as it is', async () => {
    // Terraform's coloured output wraps the action symbols in SGR codes: the real text, coloured so.
    const text = await readFile(join(dir, 'single/tfplan.txt'), 'utf8');
    const coloured = text.replace('~ update in-place', '\u001b[33m~\u001b[0m update in-place');
    expect(coloured).not.toBe(text);
    await writeFile(join(dir, 'single/coloured.txt'), coloured);
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--plan-text', 'single/coloured.txt', ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'single/coloured.txt holds terminal colour codes (was -no-color left out?)',
    );
    expect(server.data[0]?.body.toString('utf8')).toBe(coloured);
  });

  it('retries an upload like the event, sending the whole file again on each attempt', async () => {
    // A reset mid-request and a 503: the third attempt must carry every byte, streamed anew.
    server.failNext({ kind: 'reset' }, { kind: 'status', status: 503 });
    const state = await readFile(STATE);
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--upload-state', STATE, ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    expect(server.requests.filter((r) => r.url.includes('data_type=state_raw'))).toHaveLength(3);
    expect(server.data).toHaveLength(1);
    expect(server.data[0]?.body.equals(state)).toBe(true);
    const meta = lastEvent().metadata ?? {};
    expect(meta.state_uuid).toBe(server.data[0]?.id);
    expect(meta.state_checksum).toBe(sha256(state));
  });

  it('uses a returned id only when it is a well-formed UUID', async () => {
    server.dataSettings.id = () => 'not-a-uuid';
    const result = await cli(
      ['--plan', 'single/tfplan.json', '--plan-text', 'single/tfplan.txt', ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    expect(lastEvent().metadata?.plan_uuid).toBeUndefined();
    expect(result.stderr).toContain('an id that is not a UUID (10 characters)');
  });

  it('policy error with --fail-on-policy error fails the step after the event is sent, naming the policies', async () => {
    server.dataSettings.policy = (upload) =>
      upload.dataType === 'plan_human'
        ? {
            policy_evaluation: [
              {
                message: 'aws_s3_bucket.logs must not be public',
                policy_id: 'no_public_buckets',
                policy_name: 'No public buckets',
                policy_set_id: 'security',
                policy_set_name: 'Security baseline',
                policy_status: 'error',
              },
              {
                message: '',
                policy_name: 'Tags present',
                policy_set_name: 'Hygiene',
                policy_status: 'pass',
              },
            ],
            policy_evaluation_message: '1 policy failed',
            policy_evaluation_status: 'error',
          }
        : undefined;
    const result = await cli(
      [
        '--plan',
        'single/tfplan.json',
        '--plan-text',
        'single/tfplan.txt',
        ...PIPELINE_FLAGS,
        '--fail-on-policy',
        'error',
      ],
      dir,
      serverEnv(server),
    );
    expect(server.events).toHaveLength(1);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'gate failed: fail-on-policy: Harness policy evaluation answered error: Security baseline / No public buckets',
    );
    // The summary leads with the verdict, then each policy set, policy and message.
    const summary = result.stderr.slice(result.stderr.indexOf('Policy ERROR'));
    expect(summary.split('\n')[0]).toMatch(/^Policy ERROR: 1 policy failed/);
    expect(summary).toContain(
      'error   Security baseline / No public buckets: aws_s3_bucket.logs must not be public',
    );
    expect(summary).toContain('pass    Hygiene / Tags present');
    // The verdict line names it first; the policy block follows it, before the counts.
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(/^CAUTION: .*1 policy failed/);
    expect(lines[1]).toMatch(/^Policy ERROR/);
    expect(result.stderr.indexOf('Policy ERROR')).toBeLessThan(result.stderr.indexOf('Resources'));
  });

  it('a warning trips only --fail-on-policy warning', async () => {
    server.dataSettings.policy = () => ({
      policy_evaluation: [
        {
          policy_name: 'Cost guard',
          policy_set_name: 'FinOps',
          policy_status: 'warning',
          message: 'over budget',
        },
      ],
      policy_evaluation_status: 'warning',
    });
    const args = ['--plan', 'single/tfplan.json', '--plan-text', 'single/tfplan.txt', ...PIPELINE_FLAGS];
    const lenient = await cli([...args, '--fail-on-policy', 'error'], dir, serverEnv(server));
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('Policy WARNING: 1 policy warned');
    const strict = await cli([...args, '--fail-on-policy', 'warning'], dir, serverEnv(server));
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'fail-on-policy: Harness policy evaluation answered warning: FinOps / Cost guard',
    );
  });

  it('refuses a --fail-on-policy level it does not know', async () => {
    const result = await cli(['--plan', 'single/tfplan.json', '--fail-on-policy', 'fatal', '--dry-run'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fail-on-policy');
  });
});

it('uses real inputs', async () => {
  // The scenario folder exists in the vendored fixtures (an empty fixture list is a failure).
  expect((await readFile(join(EQUIVALENCE, 'basic_list_update', 'plan'), 'utf8')).length).toBeGreaterThan(
    100,
  );
});
