/**
 * runPlugin in-process, with runReport replaced, for the decisions the entry makes itself: the
 * exit code, what is written when delivery fails or a gate trips, redaction. The real pipeline
 * runs in plugin-process.test.ts, through the bundle.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportConfig } from '../../src/config/schema.js';
import { ApiError, InputError } from '../../src/errors.js';
import {
  fittedSummary,
  runPlugin,
  workingFolder,
  type PluginIo,
  type RunReportFn,
} from '../../src/plugin/main.js';
import type { Delivery, ReportOutcome, RunIo } from '../../src/run/run-report.js';
import { trippedGates } from '../../src/run/gates.js';
import type { TrippedGate } from '../../src/reporter/run-facts.js';
import { counts, makeReportModel, makeUnit } from '../support/report-model-factory.js';
import { parseOutputFile } from './support/output-file-parse.js';

const KEY = 'pat.acct.abc123.SeCrEtPaRt987';

let dir: string;
let outputFile: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iacm-plugin-'));
  outputFile = join(dir, 'output.env');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PLUGIN_PLAN: 'plan.json',
    PLUGIN_ACCOUNT_ID: 'acct',
    PLUGIN_ORG: 'default',
    PLUGIN_PROJECT: 'infra',
    PLUGIN_WORKSPACE: 'network',
    PLUGIN_API_KEY: KEY,
    HARNESS_OUTPUT_FILE: outputFile,
    ...extra,
  };
}

const model = makeReportModel({
  resourceCounts: counts({ added: 2, deleted: 1, unchanged: 4 }),
  plannedChangesCount: 3,
  hasChanges: true,
  driftedCount: 1,
  hasDrift: true,
});

function outcome(delivery: Delivery, gates: readonly TrippedGate[] = []): ReportOutcome {
  const fact =
    delivery.kind === 'spooled' ? { kind: delivery.kind, file: delivery.file } : { kind: delivery.kind };
  return {
    model,
    event: { event_type: 'plan' },
    body: '{"event_type":"plan"}',
    delivery,
    gates,
    facts: { gates, delivery: fact, org: 'default', project: 'infra', workspace: 'network' },
  };
}

async function run(envVars: Record<string, string>, report: RunReportFn, tty = false) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: PluginIo = {
    env: envVars,
    cwd: dir,
    stdout: (t) => void stdout.push(t),
    stderr: (t) => void stderr.push(t),
    stderrIsTTY: tty,
  };
  const code = await runPlugin(io, report);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

const outputs = async (): Promise<Record<string, string>> =>
  parseOutputFile(await readFile(outputFile, 'utf8'));

describe('runPlugin', () => {
  it('writes outputs, prints the summary and exits 0 when the event is sent', async () => {
    const report = vi.fn<RunReportFn>(() => Promise.resolve(outcome({ kind: 'sent' })));
    const { code, stdout, stderr } = await run(env(), report);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Resources    2');
    expect(stdout).toContain('Sent the plan event to IaCM workspace "network".');
    const vars = await outputs();
    expect(vars).toMatchObject({ ADDED: '2', DELETED: '1', HAS_CHANGES: 'true', EVENT_TYPE: 'plan' });
    // The verdict first (what Harness approval steps show), then where the event went.
    expect(vars['SUMMARY']?.split('\n')[0]).toBe(
      'CAUTION: 1 to destroy; 1 drifted (changed outside Terraform)',
    );
    expect(vars['SUMMARY']).toContain('Sent to Harness IaCM (workspace default/infra/network)');
    const [config] = report.mock.calls[0] as [ReportConfig, RunIo];
    expect(config.connection.workspace).toBe('network');
  });

  it('still writes outputs and the summary when delivery fails, then exits 1', async () => {
    const error = new ApiError('API_SERVER', 'could not send the event: HTTP 503');
    const { code, stdout, stderr } = await run(env(), () =>
      Promise.resolve(outcome({ kind: 'spooled', file: '/tmp/spool/event.json', error })),
    );
    expect(code).toBe(1);
    expect((await outputs())['ADDED']).toBe('2');
    expect(stdout).toContain('Resources');
    expect(stderr).toContain(
      'iacm-report: error: could not send the event: HTTP 503; the request body was saved to',
    );
    expect(stderr).toContain('iacm-report send --payload /tmp/spool/event.json');
  });

  it('exits 1 on a tripped gate, after the outputs are written', async () => {
    const { code, stderr } = await run(
      env({ PLUGIN_FAIL_ON_DRIFT: 'true', PLUGIN_FAIL_ON_DESTROY: 'true' }),
      (config) => Promise.resolve(outcome({ kind: 'sent' }, trippedGates(model, config.gates))),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'iacm-report: gate failed: fail-on-drift: 1 resource drifted\n' +
        'iacm-report: gate failed: fail-on-destroy: 1 resource would be destroyed (replacements included)\n',
    );
    expect((await outputs())['HAS_DRIFT']).toBe('true');
    // The SUMMARY a Harness approval step shows names the gates too.
    const summary = (await outputs())['SUMMARY'] ?? '';
    expect(summary.split('\n')[0]).toContain('gate failed: fail-on-drift; gate failed: fail-on-destroy');
  });

  it('exits 2 with one line on a bad setting, before anything runs', async () => {
    const report = vi.fn<RunReportFn>();
    const { code, stdout, stderr } = await run(env({ PLUGIN_FAIL_ON_DRIFT: 'sometimes' }), report);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'iacm-report: error: settings.fail_on_drift (PLUGIN_FAIL_ON_DRIFT): expected true or false (got "sometimes")\n',
    );
    expect(stdout).toBe('');
    expect(report).not.toHaveBeenCalled();
  });

  it('maps errors from the pipeline to exit codes, one line each, no stack', async () => {
    const input = await run(env(), () =>
      Promise.reject(new InputError('INPUT_EMPTY', 'plan.json', 'is empty')),
    );
    expect([input.code, input.stderr]).toEqual([2, 'iacm-report: error: plan.json: is empty\n']);
    const api = await run(env(), () => Promise.reject(new ApiError('API_UNAUTHORIZED', 'rejected', 401)));
    expect([api.code, api.stderr]).toEqual([1, 'iacm-report: error: rejected\n']);
    const bug = await run(env(), () => Promise.reject(new TypeError('x is not a function')));
    expect([bug.code, bug.stderr]).toEqual([
      1,
      'iacm-report: error: unexpected error: x is not a function\n',
    ]);
  });

  it('never prints the API key or the in-stage token', async () => {
    const token = 'stage-token-0123456789';
    const leaky: RunReportFn = (_config, io) => {
      io.log(`debug: x-api-key: ${KEY} token ${token}`);
      return Promise.reject(new Error(`socket hang up sending ${KEY} / ${token}`));
    };
    const withToken = env({ PLUGIN_ENDPOINT_VARIABLES: JSON.stringify({ token }) });
    const { stderr } = await run(withToken, leaky);
    expect(stderr).not.toContain(KEY);
    expect(stderr).not.toContain('SeCrEtPaRt987');
    expect(stderr).not.toContain(token);
    expect(stderr).toContain('[REDACTED]');
  });

  it("writes a dry run's body to a file named in the log, and shows its start indented", async () => {
    const spool = join(dir, 'spool');
    const big = JSON.stringify({
      event_type: 'plan',
      metadata: { stacks: Array.from({ length: 500 }, (_, i) => ({ i })) },
    });
    const { code, stdout } = await run(env({ PLUGIN_DRY_RUN: 'true', PLUGIN_SPOOL_DIR: spool }), () =>
      Promise.resolve({ ...outcome({ kind: 'dry-run' }), body: big }),
    );
    expect(code).toBe(0);
    const named =
      /^Dry run: the event was not sent\. The body that would have been sent is in (\S+) \(([\d,]+) characters\); it starts:$/m.exec(
        stdout,
      );
    expect(named?.[1]?.startsWith(spool)).toBe(true);
    expect(await readFile(named?.[1] ?? '', 'utf8')).toBe(big);
    expect(named?.[2]).toBe(big.length.toLocaleString('en-US'));
    const after = stdout.slice(stdout.indexOf(named?.[0] ?? '') + (named?.[0].length ?? 0) + 1).split('\n');
    expect(after.slice(0, 3)).toEqual(['{', '  "event_type": "plan",', '  "metadata": {']);
    expect(after[20]).toMatch(/^\.\.\. [\d,]+ more lines$/);
    expect(stdout).not.toContain(big);
  });

  it('draws Terragrunt progress only on a terminal', async () => {
    const drawing: RunReportFn = (_config, io) => {
      io.progress?.(1, 2);
      io.progress?.(2, 2);
      return Promise.resolve(outcome({ kind: 'sent' }));
    };
    expect((await run(env(), drawing, false)).stderr).toBe('');
    expect((await run(env(), drawing, true)).stderr).toBe(
      // Drawn in place, then erased: the summary starts on a clean line.
      '\r\u001b[2KReading Terragrunt units: 1/2\r\u001b[2K',
    );
  });

  it('exits 1 when the output file cannot be written, after printing the summary', async () => {
    const { code, stdout, stderr } = await run(
      env({ HARNESS_OUTPUT_FILE: join(dir, 'no/such/dir/out') }),
      () => Promise.resolve(outcome({ kind: 'sent' })),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^iacm-report: error: could not write the output variables to .*no\/such\/dir\/out/,
    );
    expect(stdout).toContain('Sent the plan event');
  });

  it('resolves relative paths in the Harness checkout', () => {
    expect(workingFolder({ HARNESS_WORKSPACE: dir }, '/app')).toBe(dir);
    expect(workingFolder({ HARNESS_WORKSPACE: join(dir, 'missing') }, '/app')).toBe('/app');
    expect(workingFolder({ HARNESS_WORKSPACE: 'relative' }, '/app')).toBe('/app');
    expect(workingFolder({}, '/app')).toBe('/app');
  });
});

describe('fittedSummary', () => {
  it('stays within the limit even when redaction lengthens the text', () => {
    const units = Array.from({ length: 200 }, (_, i) =>
      makeUnit(`u/abcd-${i}`, { resourceCounts: counts({ added: 1 }) }),
    );
    const withShortSecrets = makeReportModel({ units });
    const max = 3000;
    const text = fittedSummary(withShortSecrets, max, ['abcd']);
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain('abcd');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(max);
  });
});
