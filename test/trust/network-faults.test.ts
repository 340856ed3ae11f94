/**
 * A failed send never loses a report. End to end through the CLI, against the real local IaCM
 * server told to misbehave: connection refused, a reset before any answer and one in the middle
 * of a 200, no answer at all, a body that stalls, 500s that never stop, and a 200 whose body is
 * an HTML page (a proxy or web server answering in Harness's place). Each run must end within its
 * time bound with exit 1 and a message that says what happened, and leave the exact request body
 * in the spool folder, which `iacm-report send --payload` then delivers to a healthy server byte
 * for byte. In process with short timings for every fault; through the bundle, as a child process
 * with the default timings, for the faults whose default retries stay short.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandOverrides } from '../../src/cli/command-runner.js';
import { main } from '../../src/cli/main.js';
import { run as report } from '../../src/cli/report-command.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type Fault, type IacmServer } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT, runCli, STACK_TRACE } from './support/entries.js';

const PLAN = 'test/fixtures/plans/terraform-json/testdata/action_reason/plan.json';
const DRIFT = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json';
const INPUTS = ['--plan', PLAN, '--drift', DRIFT];
/**
 * A pipeline's git context, so the event never depends on the checkout: others commit to it while
 * the tests run, and a body that changes under them would fail "the exact body" for no fault.
 */
const CI_CONTEXT = {
  DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
  DRONE_COMMIT_BRANCH: 'main',
  DRONE_COMMIT_MESSAGE: 'Plan the network',
  DRONE_REPO_LINK: 'https://git.example/acme/infra',
};

/** Short, but with the retry path intact: three tries, each bounded, all within 2 s. */
const FAST: CommandOverrides = {
  http: {
    connectTimeoutMs: 500,
    requestTimeoutMs: 400,
    maxAttempts: 3,
    baseDelayMs: 5,
    maxDelayMs: 20,
    totalBudgetMs: 2_000,
  },
};
/** The budget above plus the reading, spooling and a busy machine's slack. */
const FAST_BOUND_MS = 5_000;

let healthy: IacmServer;
let faulty: IacmServer | undefined;
let raw: Server | undefined;
let spool: string;
let body: string;

beforeAll(async () => {
  await ensureBundles(['cli']);
  healthy = await startIacmServer();
  // The body every failed send must leave behind: what the dry run prints for the same inputs.
  const preview = captureIo(CI_CONTEXT, ROOT);
  expect(await main([...INPUTS, '--dry-run'], preview.io)).toBe(0);
  body = preview.stdout().trim();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await (healthy as IacmServer | undefined)?.close();
});

afterEach(async () => {
  await faulty?.close();
  faulty = undefined;
  if (raw !== undefined) {
    const server = raw;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    raw = undefined;
  }
  if (spool !== undefined) await rm(spool, { recursive: true, force: true });
});

function harnessEnv(baseUrl: string, apiKey: string, workspace = 'prod-network'): Record<string, string> {
  return {
    ...CI_CONTEXT,
    HARNESS_ACCOUNT_ID: healthy.accountId,
    HARNESS_ORG_ID: healthy.org,
    HARNESS_PROJECT_ID: healthy.project,
    HARNESS_WORKSPACE_ID: workspace,
    HARNESS_API_KEY: apiKey,
    HARNESS_BASE_URL: baseUrl,
  };
}

/**
 * Faults the IaCM test server has no switch for, because they happen after it starts to answer:
 * a 200 whose body is cut by a reset, and one whose body stalls after the first bytes.
 */
type MidResponse = 'reset-mid-body' | 'stall-mid-body';

async function midResponseServer(kind: MidResponse): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '64' });
      res.write('{"accepted":');
      if (kind === 'reset-mid-body') setTimeout(() => req.socket.resetAndDestroy(), 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  raw = server;
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Where the fault is served: a server that misbehaves on every request, or a closed port. */
async function faultUrl(fault: Fault | 'refused' | MidResponse): Promise<string> {
  if (fault === 'refused') return `http://127.0.0.1:${await closedPort()}`;
  if (fault === 'reset-mid-body' || fault === 'stall-mid-body') return midResponseServer(fault);
  faulty = await startIacmServer();
  faulty.failAlways(fault);
  return faulty.baseUrl;
}

/** The one spooled file: the exact body; and `send --payload` of it reaches a healthy server. */
async function expectSpooledAndResendable(stderr: string): Promise<void> {
  // The body, and beside it the target it was meant for (never the key): send uses it.
  const files = (await readdir(spool)).filter((file) => !file.endsWith('.target.json'));
  expect(files, 'one spooled body').toHaveLength(1);
  const saved = join(spool, files[0] ?? '');
  expect(await readFile(saved, 'utf8'), 'the exact report body').toBe(body);
  expect(stderr).toContain(`iacm-report send --payload ${saved}`);

  healthy.events.length = 0;
  const later = captureIo(harnessEnv(healthy.baseUrl, healthy.apiKey), ROOT);
  expect(await main(['send', '--payload', saved], later.io), later.stderr()).toBe(0);
  expect(healthy.events.map((b) => b.toString('utf8'))).toEqual([body]);
}

const CASES: [string, Fault | 'refused' | MidResponse, RegExp][] = [
  ['connection refused', 'refused', /cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED/],
  [
    'a reset before any answer',
    { kind: 'reset' },
    /cannot reach 127\.0\.0\.1:\d+ \((ECONNRESET|UND_ERR_SOCKET)/,
  ],
  ['a reset mid-response', 'reset-mid-body', /cannot reach 127\.0\.0\.1:\d+ \((ECONNRESET|UND_ERR_SOCKET)/],
  ['a server that never answers', { kind: 'hang' }, /no answer from 127\.0\.0\.1:\d+ within/],
  ['a body that stalls after its first bytes', 'stall-mid-body', /no answer from 127\.0\.0\.1:\d+ within/],
  ['500s that never stop', { kind: 'status', status: 500 }, /failed with HTTP 500/],
  ['a 200 whose body is not JSON', { kind: 'non-json' }, /answered 200 but with a body that is not JSON/],
];

describe('in process, short timings', () => {
  for (const [what, fault, message] of CASES) {
    it(`${what}: exit 1 in time, a clear message, the body spooled and sendable later`, async () => {
      spool = await mkdtemp(join(tmpdir(), 'iacm-fault-spool-'));
      const captured = captureIo(harnessEnv(await faultUrl(fault), healthy.apiKey), ROOT);
      const started = performance.now();
      const code = await report([...INPUTS, '--spool-dir', spool], captured.io, FAST);
      const ms = performance.now() - started;
      const stderr = captured.stderr();

      expect(ms, 'within the time bound').toBeLessThan(FAST_BOUND_MS);
      expect(code, stderr).toBe(1);
      expect(captured.stdout()).toBe('');
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(stderr).toMatch(new RegExp(`iacm-report: error: could not send the event: .*${message.source}`));
      expect(stderr).not.toContain('delivered');
      // FAST's maxAttempts; the last 500 leaves the outcome unknown, so nothing is sent again blind.
      if (what === '500s that never stop') expect(stderr).toContain('(attempt 3 of 3)');
      await expectSpooledAndResendable(stderr);
    });
  }
});

describe('the bundle as a child process, default timings', () => {
  // Default retries: 4 tries, backoff under 0.5 + 1 + 2 s, so these end in a few seconds. The
  // hang and reset cases would wait 30 s per try by default; they are covered in process above.
  const BUNDLE_CASES = CASES.filter(([what]) =>
    ['connection refused', '500s that never stop', 'a 200 whose body is not JSON'].includes(what),
  );
  for (const [what, fault, message] of BUNDLE_CASES) {
    it(`${what}: exit 1 within 15 s, the body spooled, \`send --payload\` delivers it`, async () => {
      spool = await mkdtemp(join(tmpdir(), 'iacm-fault-spool-'));
      const run = await runCli([...INPUTS, '--spool-dir', spool], {
        env: harnessEnv(await faultUrl(fault), healthy.apiKey),
        timeoutMs: 15_000,
      });
      expect(run.timedOut, 'ended on its own').toBe(false);
      expect(run.ms).toBeLessThan(15_000);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).toMatch(
        new RegExp(`iacm-report: error: could not send the event: .*${message.source}`),
      );
      if (what === '500s that never stop') expect(run.stderr).toContain('(attempt 4 of 4)'); // the default

      const files = (await readdir(spool)).filter((file) => !file.endsWith('.target.json'));
      expect(files).toHaveLength(1);
      const saved = join(spool, files[0] ?? '');
      expect(await readFile(saved, 'utf8')).toBe(body);
      healthy.events.length = 0;
      const resend = await runCli(['send', '--payload', saved], {
        env: harnessEnv(healthy.baseUrl, healthy.apiKey),
      });
      expect(resend.code, resend.stderr).toBe(0);
      expect(healthy.events.map((b) => b.toString('utf8'))).toEqual([body]);
    });
  }
});
