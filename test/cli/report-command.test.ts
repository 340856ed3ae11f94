/**
 * The report command's contract: `iacm-report --plan <file|glob> [--drift ...] --dry-run` prints
 * exactly one JSON object (the request body) on stdout, people's text on stderr, exit 0/2/1; and
 * without --dry-run it delivers the body to an IaCM server (the real test server on 127.0.0.1).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CommandOverrides } from '../../src/cli/command-runner.js';
import { run as report } from '../../src/cli/report-command.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { sendEventRequestSchema, type SendEventRequest } from '../../src/reporter/event-schema.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer, iacmServerEnv } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PLANS = 'test/fixtures/plans';
const TF_SUMMARIZE = `${PLANS}/tf-summarize/example/tfplan.json`;
const REPLACE = `${PLANS}/terraform-json/testdata/action_reason/plan.json`;
const REFRESH_ONLY = `${PLANS}/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json`;
const FAST: CommandOverrides = {
  http: { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 2_000, totalBudgetMs: 5_000 },
};

/** No CI variables: the event's context then comes from the repository checkout alone. */
async function dryRun(...args: string[]) {
  const captured = captureIo({}, ROOT);
  const code = await main([...args, '--dry-run'], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

function parseBody(stdout: string): SendEventRequest {
  expect(stdout.endsWith('}\n')).toBe(true);
  expect(stdout.trim().split('\n')).toHaveLength(1); // one JSON object, nothing else
  return sendEventRequestSchema.parse(JSON.parse(stdout));
}

describe('iacm-report --dry-run', () => {
  it('prints the request body of a plan, and a summary on stderr', async () => {
    const { code, stdout, stderr } = await dryRun('--plan', TF_SUMMARIZE);
    expect(code).toBe(0);
    const body = parseBody(stdout);
    const plan = await readPlanFile(join(ROOT, TF_SUMMARIZE));
    expect(body.event_type).toBe('plan');
    expect(body.metadata?.activity_type).toBe('plan');
    expect(body.metadata?.resource_counts).toEqual(plan.resourceCounts);
    expect(body.metadata?.drift_counts).toEqual(plan.driftCounts);
    expect(body.metadata?.PlannedChangesCount).toBe(plan.plannedChangesCount);
    expect(body.metadata?.provisioner_version).toBe('1.1.4');
    expect(stderr).toContain('Resources');
    expect(stdout).not.toContain('Resources');
  });

  it('the summary names the destroys, the drift and the tripped gate in its first 600 bytes', async () => {
    const outputs = `${PLANS}/opentofu/testing/equivalence-tests/outputs`;
    const { code, stderr } = await dryRun(
      '--plan',
      `${outputs}/null_provider_delete/plan.json`,
      '--drift',
      REFRESH_ONLY,
      '--fail-on-destroy',
    );
    expect(code).toBe(1);
    const head = Buffer.from(stderr, 'utf8').subarray(0, 600).toString('utf8');
    expect(head.split('\n')[0]).toBe(
      'CAUTION: 1 to destroy; 1 drifted (changed outside Terraform/OpenTofu); gate failed: fail-on-destroy',
    );
    expect(head).toContain('To destroy (1):\n  null_resource.null_resource\n');
    expect(head).toContain(
      'Drifted, changed outside Terraform/OpenTofu (1):\n  tfcoremock_simple_resource.drift\n',
    );
    // The gate's reason once, as the last line: why the exit code is 1.
    expect(stderr.match(/fail-on-destroy: /g)).toHaveLength(1);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      'iacm-report: gate failed: fail-on-destroy: 1 resource would be destroyed (replacements included)',
    );
  });

  it('the summary lists replaced addresses too', async () => {
    const { code, stderr } = await dryRun('--plan', REPLACE);
    expect(code).toBe(0);
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      'CAUTION: 1 to replace',
      'To replace (1):',
      // The attribute that changes (its id becomes known after apply): the name, never a value.
      '  null_resource.example — known after apply: id',
    ]);
  });

  it('adds several plans up, by repeated flags and by glob', async () => {
    const a = await readPlanFile(join(ROOT, TF_SUMMARIZE));
    const b = await readPlanFile(join(ROOT, REPLACE));
    const { code, stdout } = await dryRun('--plan', TF_SUMMARIZE, '--plan', REPLACE);
    expect(code).toBe(0);
    const counts = parseBody(stdout).metadata?.resource_counts;
    expect(counts?.added).toBe(a.resourceCounts.added + b.resourceCounts.added);
    expect(counts?.deleted).toBe(a.resourceCounts.deleted + b.resourceCounts.deleted);
    expect(counts?.deleted).toBeGreaterThan(0); // the replacement's delete half

    const glob = await dryRun(
      '--plan',
      `${PLANS}/terraform-json/testdata/{action_reason,110_basic}/plan.json`,
    );
    expect(glob.code).toBe(0);
    const c = await readPlanFile(join(ROOT, `${PLANS}/terraform-json/testdata/110_basic/plan.json`));
    expect(parseBody(glob.stdout).metadata?.resource_counts?.added).toBe(
      b.resourceCounts.added + c.resourceCounts.added,
    );
  });

  it('reports a refresh-only drift file as a drift check', async () => {
    const { code, stdout } = await dryRun('--drift', REFRESH_ONLY);
    expect(code).toBe(0);
    const body = parseBody(stdout);
    expect(body.event_type).toBe('drifted');
    expect(body.metadata?.activity_type).toBe('drift');
    expect(body.metadata?.drift_counts?.changed).toBe(1);
  });

  it('takes drift from --drift files when they are given', async () => {
    const { stdout } = await dryRun('--plan', TF_SUMMARIZE, '--drift', REFRESH_ONLY);
    const body = parseBody(stdout);
    const drift = await readPlanFile(join(ROOT, REFRESH_ONLY));
    expect(body.event_type).toBe('plan');
    expect(body.metadata?.drift_counts).toEqual(drift.driftCounts);
  });

  it('lets the user override the event and activity types', async () => {
    const { stdout } = await dryRun(
      '--plan',
      TF_SUMMARIZE,
      '--event-type',
      'apply_needed',
      '--activity-type',
      'apply',
    );
    const body = parseBody(stdout);
    expect(body.event_type).toBe('apply_needed');
    expect(body.metadata?.activity_type).toBe('apply');
  });

  it('needs no credentials, and the same body comes out twice', async () => {
    const first = await dryRun('--plan', TF_SUMMARIZE);
    const second = await dryRun('--plan', TF_SUMMARIZE);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('bad input and usage: one line, exit 2, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['--plan', 'no/such/plan.json'], /no\/such\/plan\.json: no such plan file/],
    [
      'a glob that matches nothing',
      ['--plan', 'plans/*.nothing.json'],
      /plans\/\*\.nothing\.json: the glob matches no plan file/,
    ],
    ['a directory', ['--plan', PLANS], /is a directory/],
    ['an unknown flag', ['--plan', TF_SUMMARIZE, '--bogus'], /bogus/],
    ['a bad event type', ['--plan', TF_SUMMARIZE, '--event-type', 'deployed'], /--event-type/],
    ['no input at all', ['--event-type', 'plan'], /nothing to report/],
    [
      'a state file as a plan',
      ['--plan', `${PLANS}/terraform-json/testdata/no_changes/state.json`],
      /state/i,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const { code, stdout, stderr } = await dryRun(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('names every missing setting when not a dry run, before reading anything', async () => {
    const captured = captureIo({}, ROOT);
    const code = await main(['--plan', 'no/such/plan.json'], captured.io);
    expect(code).toBe(2);
    expect(captured.stderr()).toMatch(
      /missing --account-id \/ HARNESS_ACCOUNT_ID, --org .*--project .*--workspace .*--api-key .*\(or set --dry-run to send nothing\)/,
    );
  });
});

describe('iacm-report (sending)', () => {
  let server: IacmServer;
  let spool: string;
  beforeAll(async () => {
    server = await startIacmServer();
    spool = await mkdtemp(join(tmpdir(), 'iacm-report-spool-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(spool, { recursive: true, force: true });
  });
  afterEach(() => {
    server.requests.length = 0;
    server.events.length = 0;
  });

  function harnessEnv(overrides: Record<string, string> = {}) {
    return {
      ...iacmServerEnv(server),
      ...overrides,
    };
  }

  it('delivers the same body the dry run prints, configured from HARNESS_* variables', async () => {
    const preview = await dryRun('--plan', TF_SUMMARIZE);
    const captured = captureIo(harnessEnv(), ROOT);
    const code = await report(['--plan', TF_SUMMARIZE], captured.io, FAST);
    expect(code).toBe(0);
    expect(captured.stdout()).toBe('');
    expect(server.events.map((b) => b.toString('utf8'))).toEqual([preview.stdout.trim()]);
    expect(captured.stderr()).toContain('Sent to Harness IaCM (workspace ');
    expect(captured.stderr()).not.toContain(server.apiKey);
  });

  it('fails a wrong key with exit 1 and a clear message, and keeps the report', async () => {
    const captured = captureIo(harnessEnv({ HARNESS_API_KEY: 'pat.wrong.key.value' }), ROOT);
    const code = await report(['--plan', TF_SUMMARIZE, '--spool-dir', spool], captured.io, FAST);
    expect(code).toBe(1);
    expect(captured.stderr()).toMatch(/401|API key/);
    expect(captured.stderr()).not.toContain('pat.wrong.key.value');
    expect((await readdir(spool)).length).toBeGreaterThan(0);
  });

  it('saves the body when the server is down, and `send --payload` delivers it later', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iacm-report-down-'));
    const down = harnessEnv({ HARNESS_BASE_URL: `http://127.0.0.1:${await closedPort()}` });
    const captured = captureIo(down, ROOT);
    const code = await report(['--plan', TF_SUMMARIZE, '--spool-dir', dir], captured.io, FAST);
    expect(code).toBe(1);
    // One body saved (its target, without the key, is kept beside it: spool.ts).
    const bodies = (await readdir(dir)).filter((name) => !name.endsWith('.target.json'));
    expect(bodies).toHaveLength(1);
    const [file] = bodies;
    const saved = join(dir, file ?? '');
    expect(captured.stderr()).toContain(`iacm-report send --payload ${saved}`);

    const later = captureIo(harnessEnv(), ROOT);
    expect(await main(['send', '--payload', saved], later.io)).toBe(0);
    expect(server.events.map((b) => b.toString('utf8'))).toEqual([await readFile(saved, 'utf8')]);
    await rm(dir, { recursive: true, force: true });
  });
});
