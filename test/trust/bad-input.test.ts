/**
 * Every bad or hostile input (test/trust/support/bad-inputs.ts, test/fixtures/bad) through the
 * bundles users run: the CLI with --dry-run, the CLI sending to a real local IaCM server, and the
 * Action with dry-run. A rejected input must give one line naming the file (and the byte offset
 * where that helps), exit 2, print no stack trace and nothing on stdout, send nothing and write
 * nothing (no spool file, no payload, no outputs or summary claiming a report). A valid plan with
 * hostile content must be read as the plan it is.
 */
import { chmod, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import type { Counts } from '../../src/model/plan-summary.js';
import { sendEventRequestSchema, type SendEventRequest } from '../../src/reporter/event-schema.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { ALL_LEGS, BASE_PLAN, badInputs, type BadInput, type OffsetRange } from './support/bad-inputs.js';
import {
  BUILD_TIMEOUT_MS,
  bundleReady,
  ensureBundles,
  filesUnder,
  ROOT,
  runActionBundle,
  runCli,
  STACK_TRACE,
} from './support/entries.js';
import { nobodyUnavailable, type ProcessRun } from './support/processes.js';

const CASES = await badInputs();
/** A pipeline's git context, so two runs make the same body even if someone commits in between. */
const CI_CONTEXT = {
  DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
  DRONE_COMMIT_BRANCH: 'main',
  DRONE_COMMIT_MESSAGE: 'Plan the network',
  DRONE_REPO_LINK: 'https://git.example/acme/infra',
};
/** Files the Action is handed by the runner; anything else in RUNNER_TEMP was written by it. */
const RUNNER_FILES = ['event.json', 'github_output', 'step_summary.md'];

let dir: string;
let server: IacmServer;
let baseCounts: Counts;

beforeAll(async () => {
  await ensureBundles(['cli']);
  dir = await mkdtemp(join(tmpdir(), 'iacm-bad-input-'));
  // `nobody` must reach the unreadable file to be refused by it, not by its folder.
  await chmod(dir, 0o755);
  server = await startIacmServer({ workspaces: CASES.map((c) => c.id) });
  baseCounts = (await readPlanFile(join(ROOT, BASE_PLAN))).resourceCounts;
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await (server as IacmServer | undefined)?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function argsOf(c: BadInput, value: string): string[] {
  return [`--${c.flag}`, value, ...(c.withPlan === undefined ? [] : ['--plan', c.withPlan])];
}

function checkOffset(
  expect: ExpectStatic,
  line: string,
  offset: OffsetRange | undefined,
  what: string,
): void {
  if (offset === undefined) return;
  const at = /\(byte (\d+)\)/.exec(line);
  expect(at, `${what}: the message gives the byte offset`).not.toBeNull();
  const byte = Number(at?.[1]);
  expect(byte, what).toBeGreaterThanOrEqual(offset.min);
  expect(byte, what).toBeLessThanOrEqual(offset.max);
}

/** The CLI refused the input: one `iacm-report: error:` line naming it, exit 2, nothing else. */
function expectCliRejected(
  expect: ExpectStatic,
  run: ProcessRun,
  c: BadInput,
  value: string,
  what: string,
): void {
  const hint = c.outcome.kind === 'accepted' ? /$^/ : c.outcome.hint;
  const offset = c.outcome.kind === 'rejected' ? c.outcome.offset : undefined;
  expect(run.timedOut, `${what}: finished in time`).toBe(false);
  expect(run.stderr, `${what}: no stack trace`).not.toMatch(STACK_TRACE);
  expect(run.stdout, `${what}: nothing on stdout`).toBe('');
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines, `${what}: one line on stderr`).toHaveLength(1);
  const line = lines[0] ?? '';
  expect(line, what).toMatch(/^iacm-report: error: /);
  expect(line, `${what}: names the input`).toContain(value);
  expect(line, `${what}: says what is wrong`).toMatch(hint);
  checkOffset(expect, line, offset, what);
  expect(run.code, `${what}: exit 2`).toBe(2);
}

function parseBody(expect: ExpectStatic, stdout: string, what: string): SendEventRequest {
  const lines = stdout.split('\n').filter((line) => line !== '');
  expect(lines, `${what}: one JSON body on stdout`).toHaveLength(1);
  return sendEventRequestSchema.parse(JSON.parse(lines[0] ?? ''));
}

interface Prepared {
  readonly value: string;
  readonly caseDir: string;
}

async function prepare(c: BadInput): Promise<Prepared> {
  const caseDir = join(dir, c.id);
  await mkdir(caseDir, { recursive: true });
  await chmod(caseDir, c.asNobody ? 0o777 : 0o755);
  const value = typeof c.value === 'string' ? c.value : await c.value(caseDir);
  return { value, caseDir };
}

/** `--dry-run`: returns the body printed when the input was read, for the send leg to compare. */
async function dryRunLeg(
  expect: ExpectStatic,
  c: BadInput,
  { value }: Prepared,
): Promise<string | undefined> {
  const what = `${c.id} cli --dry-run`;
  const run = await runCli([...argsOf(c, value), '--dry-run'], {
    env: CI_CONTEXT,
    asNobody: c.asNobody === true,
  });
  const accepted = c.outcome.kind === 'accepted' || (c.outcome.kind === 'either' && run.code === 0);
  if (!accepted) {
    expectCliRejected(expect, run, c, value, what);
    return undefined;
  }
  expect(run.stderr, what).not.toMatch(STACK_TRACE);
  expect(run.code, `${what}: read (stderr: ${run.stderr.slice(0, 300)})`).toBe(0);
  const body = parseBody(expect, run.stdout, what);
  expect(body.metadata?.resource_counts, `${what}: the base plan's counts`).toEqual(baseCounts);
  return run.stdout.trim();
}

/** Without --dry-run, against the local IaCM server: a rejected input sends and spools nothing. */
async function sendLeg(
  expect: ExpectStatic,
  c: BadInput,
  prepared: Prepared,
  body: string | undefined,
): Promise<void> {
  const what = `${c.id} cli (sending)`;
  const spool = join(prepared.caseDir, 'spool');
  const runnerTemp = join(prepared.caseDir, 'runner-temp');
  for (const folder of [spool, runnerTemp]) {
    await mkdir(folder, { recursive: true });
    if (c.asNobody) await chmod(folder, 0o777);
  }
  const env = {
    ...CI_CONTEXT,
    HARNESS_ACCOUNT_ID: server.accountId,
    HARNESS_ORG_ID: server.org,
    HARNESS_PROJECT_ID: server.project,
    HARNESS_WORKSPACE_ID: c.id,
    HARNESS_API_KEY: server.apiKey,
    HARNESS_BASE_URL: server.baseUrl,
    RUNNER_TEMP: runnerTemp,
  };
  const run = await runCli([...argsOf(c, prepared.value), '--spool-dir', spool], {
    env,
    asNobody: c.asNobody === true,
  });
  const requests = server.requests.filter((r) => r.url.includes(`/workspaces/${c.id}/`));
  if (body === undefined) {
    expectCliRejected(expect, run, c, prepared.value, what);
    expect(requests, `${what}: nothing sent`).toHaveLength(0);
    expect(await filesUnder(spool), `${what}: nothing spooled`).toEqual([]);
    expect(await filesUnder(runnerTemp), `${what}: nothing in RUNNER_TEMP`).toEqual([]);
    return;
  }
  expect(run.code, `${what}: delivered (stderr: ${run.stderr.slice(0, 300)})`).toBe(0);
  expect(
    requests.map((r) => r.body.toString('utf8')),
    `${what}: the dry-run body, once`,
  ).toEqual([body]);
}

/** The Action with dry-run: a rejected input fails the step naming the file, and claims nothing. */
async function actionLeg(
  expect: ExpectStatic,
  c: BadInput,
  { value }: Prepared,
  accepted: boolean,
): Promise<void> {
  const what = `${c.id} action`;
  await bundleReady('action');
  const inputs: Record<string, string> = { [c.flag]: value, 'dry-run': 'true' };
  if (c.withPlan !== undefined) inputs['plan'] = c.withPlan;
  const run = await runActionBundle({ inputs, asNobody: c.asNobody === true });
  expect(run.timedOut, `${what}: finished in time`).toBe(false);
  expect(run.stdout + run.stderr, `${what}: no stack trace`).not.toMatch(STACK_TRACE);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  const written = (await filesUnder(run.runnerTemp)).map((f) => f.slice(run.runnerTemp.length + 1));
  if (accepted) {
    expect(errors, what).toEqual([]);
    expect(run.code, what).toBe(0);
    expect(run.outputs['added'], `${what}: counts in the outputs`).toBe(String(baseCounts.added));
    expect(run.summary, `${what}: a job summary`).not.toBe('');
  } else {
    const hint = c.outcome.kind === 'accepted' ? /$^/ : c.outcome.hint;
    expect(errors, `${what}: one ::error:: line`).toHaveLength(1);
    expect(errors[0], `${what}: names the input`).toContain(value);
    expect(errors[0], `${what}: says what is wrong`).toMatch(hint);
    expect(run.code, `${what}: exit 2`).toBe(2);
    expect(run.outputText, `${what}: no outputs`).toBe('');
    // The job summary says the report could not be built (never an earlier run's verdict), and
    // nothing of a report.
    expect(run.summary, `${what}: the failure summary`).toContain('the report could not be built');
    expect(run.summary, `${what}: no counts`).not.toMatch(/to add|to destroy|no changes/);
    expect(written, `${what}: no payload or summary file`).toEqual(RUNNER_FILES);
  }
  await rm(run.runnerTemp, { recursive: true, force: true });
}

describe.concurrent('bad and hostile inputs, through the CLI and Action bundles', () => {
  for (const c of CASES) {
    const skip = c.asNobody ? nobodyUnavailable() : undefined;
    const legs = c.legs ?? ALL_LEGS;
    const title = `${c.id} (${c.outcome.kind}; ${legs.join(', ')})`;
    if (skip !== undefined) {
      it.skip(`${title}: skipped, ${skip}`, () => undefined);
      continue;
    }
    it(title, async ({ expect }) => {
      const prepared = await prepare(c);
      const body = await dryRunLeg(expect, c, prepared);
      if (legs.includes('cli-send')) await sendLeg(expect, c, prepared, body);
      if (legs.includes('action')) await actionLeg(expect, c, prepared, body !== undefined);
    });
  }
});

describe('hostile names (`__proto__`, `constructor`) in a real plan', () => {
  const PROTO = 'test/fixtures/bad/proto-keys.json';

  it('pollute no prototype, and reach the event and the summaries as the text they are', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    // In process, so a polluted prototype would be visible here; through a Terragrunt tree, so the
    // output names travel in the event (stack_outputs).
    const tree = await mkdtemp(join(tmpdir(), 'iacm-proto-tree-'));
    await mkdir(join(tree, 'unit'));
    await copyFile(join(ROOT, PROTO), join(tree, 'unit/tfplan.json'));
    const captured = captureIo({}, ROOT);
    const code = await main(['--terragrunt-dir', tree, '--dry-run'], captured.io);
    await rm(tree, { recursive: true, force: true });

    expect(captured.stderr()).not.toMatch(STACK_TRACE);
    expect(code).toBe(0);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const event = JSON.parse(captured.stdout()) as SendEventRequest;
    const outputs = event.metadata?.stacks?.[0]?.stack_outputs ?? {};
    expect(Object.getPrototypeOf(outputs)).toBe(Object.prototype);
    // Own keys, with the values the plan gives them, not the objects' built-ins.
    expect(Object.hasOwn(outputs, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(outputs, '__proto__')?.value).toBe('{"polluted":"output"}');
    expect(Object.getOwnPropertyDescriptor(outputs, 'constructor')?.value).toBe('constructor-output');
    expect(Object.getOwnPropertyDescriptor(outputs, 'hasOwnProperty')?.value).toBe('own');
  });

  it('are listed in the job summary as escaped text', async () => {
    await bundleReady('action');
    const run = await runActionBundle({ inputs: { plan: PROTO, 'dry-run': 'true' } });
    expect(run.code).toBe(0);
    // Markdown escaping turns `_` into `\_`; the name is there, whole, as text.
    expect(run.summary).toContain('\\_\\_proto\\_\\_');
    expect(run.summary).toContain('constructor.prototype');
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});
